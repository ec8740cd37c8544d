// Parts of the plan cards: how an activity and a department are named, and the plan's forms (new
// activity, edit an activity, goal and follow-up date). Pure: data and strings in, elements out.
import type { ActivityType } from '../domain/activities';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, type PlanActivity } from '../domain/model';
import type { Department, Locale } from '../domain/types';
import type { Strings } from './locales';
import { choiceInput, dateInput, textInput, type Choice, type Element, NO_CHOICE } from './core';
import type { PlanView } from './plan';

/** The name of an activity as the owner sees it: the catalogue name (marked if retired) or the free name. */
export function activityName(
  a: Pick<PlanActivity, 'typeId' | 'customName'>,
  catalogue: ActivityType[],
  locale: Locale,
  t: Strings,
): string {
  const type = a.typeId ? catalogue.find((c) => c.id === a.typeId) : undefined;
  if (type) return type.retired ? t.plan.retired(type.name[locale]) : type.name[locale];
  return a.customName ?? a.typeId ?? '?';
}

export function departmentName(id: string, departments: Department[], locale: Locale): string {
  return departments.find((d) => d.id === id)?.name[locale] ?? id;
}

const statusChoices = (t: Strings): Choice[] =>
  ACTIVITY_STATUSES.map((s) => ({ title: t.plan.status[s], value: s }));
export const kindChoices = (t: Strings): Choice[] =>
  ACTIVITY_KINDS.map((k) => ({ title: t.plan.kind[k], value: k }));
export const departmentChoices = (departments: Department[], locale: Locale): Choice[] =>
  departments.map((d) => ({ title: d.name[locale], value: d.id }));

export function typeChoices(catalogue: ActivityType[], locale: Locale, t: Strings): Choice[] {
  return catalogue
    .filter((c) => !c.retired)
    .map((c) => ({ title: `${c.name[locale]} (${t.plan.kind[c.kind]})`, value: c.id }));
}

/** The form of a new activity; input ids start with `new_`. */
export function addForm(v: PlanView, t: Strings, values: Record<string, string> = {}): Element[] {
  return [
    choiceInput(
      'new_type',
      t.plan.type,
      [...typeChoices(v.catalogue, v.locale, t), { title: t.plan.customType, value: 'custom' }],
      values.new_type ?? null,
    ),
    textInput('new_name', t.plan.customName, values.new_name, { maxLength: 80 }),
    choiceInput('new_kind', t.plan.customKind, kindChoices(t), values.new_kind ?? null),
    choiceInput(
      'new_department',
      t.plan.department,
      [
        { title: t.plan.departmentDefault, value: NO_CHOICE },
        ...departmentChoices(v.departments, v.locale),
      ],
      values.new_department ?? NO_CHOICE,
    ),
    textInput('new_responsible', t.plan.responsible, values.new_responsible, { maxLength: 80 }),
    choiceInput(
      'new_status',
      t.plan.statusLabel,
      statusChoices(t).filter((c) => c.value === 'planned' || c.value === 'ongoing'),
      values.new_status ?? 'planned',
    ),
    dateInput('new_start', t.plan.startDate, values.new_start ?? v.today),
    dateInput('new_plannedEnd', t.plan.plannedEndDate, values.new_plannedEnd),
  ];
}

/** The edit form of activity number n; input ids end with `_<n>`. */
export function editForm(
  v: PlanView,
  a: PlanActivity,
  n: number,
  t: Strings,
  values?: Record<string, string>,
): Element[] {
  const val = (k: string, fallback: string | null) =>
    (values ? values[`${k}_${n}`] : undefined) ?? fallback;
  return [
    choiceInput(`status_${n}`, t.plan.statusLabel, statusChoices(t), val('status', a.status)),
    choiceInput(
      `department_${n}`,
      t.plan.department,
      departmentChoices(v.departments, v.locale),
      val('department', a.departmentId),
    ),
    textInput(`responsible_${n}`, t.plan.responsible, val('responsible', a.responsible), {
      maxLength: 80,
    }),
    dateInput(`start_${n}`, t.plan.startDate, val('start', a.startDate)),
    dateInput(`plannedEnd_${n}`, t.plan.plannedEndDate, val('plannedEnd', a.plannedEndDate)),
    dateInput(`end_${n}`, t.plan.endDate, val('end', a.endDate)),
    textInput(`reason_${n}`, t.plan.cancelReason, val('reason', a.cancelReason), {
      maxLength: 200,
    }),
  ];
}

export function goalForm(v: PlanView, t: Strings, values?: Record<string, string>): Element[] {
  return [
    choiceInput(
      'goal',
      t.plan.goal,
      (['work', 'studies', 'step'] as const).map((g) => ({ title: t.plan.goals[g], value: g })),
      values?.goal ?? v.plan.goal,
    ),
    textInput('ownWords', t.plan.ownWords, values?.ownWords ?? v.plan.ownWords ?? null, {
      multiline: true,
      maxLength: 500,
    }),
    dateInput('nextFollowUp', t.plan.nextFollowUp, values?.nextFollowUp ?? v.plan.nextFollowUp, {
      min: v.today,
    }),
  ];
}
