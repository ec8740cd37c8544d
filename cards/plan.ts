// Cards of the activity plan (handlingsplan), the follow-up (uppföljning), the activity catalogue,
// and a read-only plan summary by code for the case forum. Pure: data and strings in, card out.
import type { ActivityType } from '../domain/activities';
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  type ActivityPlan,
  type PlanActivity,
} from '../domain/model';
import { isCurrent, sharedActivityName, SWEDISH_LEVELS } from '../domain/plan';
import type { Department, IsoDate, Locale } from '../domain/types';
import type { Strings } from './locales';
import {
  card,
  choiceInput,
  container,
  dateInput,
  errorBanner,
  execute,
  facts,
  heading,
  notice,
  showCard,
  subheading,
  table,
  text,
  textInput,
  toggle,
  type AdaptiveCard,
  type Choice,
  type Element,
  NO_CHOICE,
} from './core';

export interface PlanHistoryLine {
  at: string;
  who: string;
  change: string;
}

export interface PlanView {
  participantId: string;
  code: string;
  /** Shown to the owner only, never with protected identity (the caller decides: domain/access displayName). */
  name: string | null;
  plan: ActivityPlan;
  activities: PlanActivity[];
  catalogue: ActivityType[];
  departments: Department[];
  locale: Locale;
  today: IsoDate;
  parallelNow: number;
  nudge: boolean;
  history: PlanHistoryLine[];
  errors?: string[];
  notice?: string;
  /** Values entered on a form that failed, to draw it again with the errors. */
  form?: { kind: 'add' | 'edit' | 'goal'; n?: number; values: Record<string, string> };
}

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
const kindChoices = (t: Strings): Choice[] =>
  ACTIVITY_KINDS.map((k) => ({ title: t.plan.kind[k], value: k }));
const departmentChoices = (departments: Department[], locale: Locale): Choice[] =>
  departments.map((d) => ({ title: d.name[locale], value: d.id }));

function typeChoices(catalogue: ActivityType[], locale: Locale, t: Strings): Choice[] {
  return catalogue
    .filter((c) => !c.retired)
    .map((c) => ({ title: `${c.name[locale]} (${t.plan.kind[c.kind]})`, value: c.id }));
}

/** The form of a new activity; input ids start with `new_`. */
function addForm(v: PlanView, t: Strings, values: Record<string, string> = {}): Element[] {
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
function editForm(
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

function goalForm(v: PlanView, t: Strings, values?: Record<string, string>): Element[] {
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

const planData = (v: PlanView) => ({ participantId: v.participantId, rev: v.plan.rev });

function activitiesTable(v: PlanView, t: Strings): Element {
  if (v.activities.length === 0) return text(t.plan.noActivities, { isSubtle: true });
  return table(
    [
      t.plan.col.activity,
      t.plan.col.department,
      t.plan.col.responsible,
      t.plan.col.start,
      t.plan.col.plannedEnd,
      t.plan.col.status,
    ],
    v.activities.map((a) => [
      activityName(a, v.catalogue, v.locale, t),
      departmentName(a.departmentId, v.departments, v.locale),
      a.responsible ?? t.common.none,
      a.startDate ?? t.common.none,
      a.plannedEndDate ?? t.common.none,
      a.status === 'cancelled' && a.cancelReason
        ? `${t.plan.status[a.status]}: ${a.cancelReason}`
        : t.plan.status[a.status],
    ]),
  );
}

/** The owner's plan: goal, activities, parallel count, BIP nudge, next follow-up, history, and the edit forms. */
export function planCard(v: PlanView, t: Strings): AdaptiveCard {
  // A form that failed is drawn open, with its errors and what was typed.
  if (v.form) return planFormCard(v, t);
  const sub = (inner: Element[], actions: ReturnType<typeof execute>[]) => card(inner, actions);
  return card(
    [
      heading(t.plan.title(v.code), v.name ?? undefined),
      errorBanner(v.errors),
      v.notice ? notice(v.notice, 'good') : null,
      facts([
        [t.plan.goal, v.plan.goal ? t.plan.goals[v.plan.goal] : t.plan.noGoal],
        ...(v.plan.ownWords ? [[t.plan.ownWords, v.plan.ownWords] as [string, string]] : []),
        [t.plan.nextFollowUp, v.plan.nextFollowUp ?? t.plan.noFollowUp],
      ]),
      text(t.plan.parallelNow(v.parallelNow), { weight: 'Bolder' }),
      v.nudge ? notice(t.plan.nudge, 'warning') : null,
      subheading(t.plan.activities),
      activitiesTable(v, t),
      subheading(t.plan.history),
      v.history.length === 0
        ? text(t.plan.noHistory, { isSubtle: true })
        : container(
            v.history.slice(-10).map((h) =>
              text(t.plan.historyLine(h.at, h.who, h.change), {
                isSubtle: true,
                spacing: 'None',
              }),
            ),
          ),
    ],
    [
      showCard(
        t.plan.addActivity,
        sub(addForm(v, t), [execute(t.plan.save, { verb: 'plan.activity.add', ...planData(v) })]),
      ),
      ...v.activities.map((a, n) =>
        showCard(
          t.plan.editActivity(activityName(a, v.catalogue, v.locale, t)),
          sub(editForm(v, a, n, t), [
            execute(t.plan.save, {
              verb: 'plan.activity.save',
              ...planData(v),
              activityId: a.id,
              n,
            }),
          ]),
        ),
      ),
      showCard(
        t.plan.editGoal,
        sub(goalForm(v, t), [execute(t.plan.save, { verb: 'plan.goal.save', ...planData(v) })]),
      ),
    ],
  );
}

function planFormCard(v: PlanView, t: Strings): AdaptiveCard {
  const f = v.form!;
  const a = f.n !== undefined ? v.activities[f.n] : undefined;
  const body =
    f.kind === 'add'
      ? addForm(v, t, f.values)
      : f.kind === 'edit' && a
        ? editForm(v, a, f.n!, t, f.values)
        : goalForm(v, t, f.values);
  const verb =
    f.kind === 'add'
      ? 'plan.activity.add'
      : f.kind === 'edit'
        ? 'plan.activity.save'
        : 'plan.goal.save';
  const title =
    f.kind === 'add'
      ? t.plan.addActivity
      : f.kind === 'edit' && a
        ? t.plan.editActivity(activityName(a, v.catalogue, v.locale, t))
        : t.plan.editGoal;
  return card(
    [heading(t.plan.title(v.code), title), errorBanner(v.errors), ...body],
    [
      execute(t.plan.save, {
        verb,
        ...planData(v),
        ...(f.kind === 'edit' && a ? { activityId: a.id, n: f.n } : {}),
      }),
      execute(t.common.back, { verb: 'plan.open', participantId: v.participantId }),
    ],
  );
}

// ---------------------------------------------------------------- follow-up

export interface FollowUpView {
  participantId: string;
  code: string;
  plan: ActivityPlan;
  /** The current activities (planned, ongoing, paused) to go through. */
  activities: PlanActivity[];
  catalogue: ActivityType[];
  locale: Locale;
  today: IsoDate;
  dueDate: IsoDate;
  suggestedNext: IsoDate;
  errors?: string[];
  notice?: string;
  values?: Record<string, string>;
}

/** The follow-up card the owner gets on the follow-up date: activities, opinions, add/end, Swedish level, next date. */
export function followUpCard(v: FollowUpView, t: Strings): AdaptiveCard {
  const f = t.plan.followUp;
  const val = (k: string) => v.values?.[k];
  return card(
    [
      heading(f.title(v.code)),
      errorBanner(v.errors),
      v.notice ? notice(v.notice, 'warning') : null,
      text(f.intro(v.dueDate)),
      v.activities.length === 0 ? text(f.noActivities, { isSubtle: true }) : null,
      ...v.activities.map((a, n) =>
        container(
          [
            subheading(`${activityName(a, v.catalogue, v.locale, t)} – ${t.plan.status[a.status]}`),
            textInput(
              `opinion_${n}`,
              f.opinion(activityName(a, v.catalogue, v.locale, t)),
              val(`opinion_${n}`),
              { multiline: true, maxLength: 500 },
            ),
            choiceInput(
              `decision_${n}`,
              f.decision,
              [
                { title: f.keep, value: 'keep' },
                { title: f.complete, value: 'completed' },
                { title: f.cancel, value: 'cancelled' },
              ],
              val(`decision_${n}`) ?? 'keep',
            ),
            textInput(`reason_${n}`, f.cancelReason, val(`reason_${n}`), { maxLength: 200 }),
          ],
          { separator: true },
        ),
      ),
      subheading(f.addNew),
      choiceInput(
        'newType',
        t.plan.type,
        [{ title: f.noNew, value: NO_CHOICE }, ...typeChoices(v.catalogue, v.locale, t)],
        val('newType') ?? NO_CHOICE,
      ),
      dateInput('newStart', f.newStart, val('newStart') ?? v.today),
      choiceInput(
        'level',
        f.swedishLevel,
        [
          { title: f.noLevel, value: NO_CHOICE },
          ...SWEDISH_LEVELS.map((l) => ({ title: f.levels[l]!, value: l })),
        ],
        val('level') ?? NO_CHOICE,
      ),
      dateInput('nextFollowUp', t.plan.nextFollowUp, val('nextFollowUp') ?? v.suggestedNext, {
        min: v.today,
      }),
    ],
    [
      execute(f.save, {
        verb: 'plan.followup.save',
        participantId: v.participantId,
        rev: v.plan.rev,
        dueDate: v.dueDate,
      }),
      execute(t.plan.open, { verb: 'plan.open', participantId: v.participantId }),
    ],
  );
}

// ---------------------------------------------------------------- catalogue (admin)

export interface CatalogueView {
  types: ActivityType[];
  departments: Department[];
  locale: Locale;
  errors?: string[];
  notice?: string;
  values?: Record<string, string>;
}

export function catalogueCard(v: CatalogueView, t: Strings): AdaptiveCard {
  const c = t.plan.catalogue;
  const val = (k: string) => v.values?.[k];
  return card(
    [
      heading(c.title, c.intro),
      errorBanner(v.errors),
      v.notice ? notice(v.notice, 'good') : null,
      table(
        [t.plan.col.activity, c.kind, c.department],
        v.types.map((ty) => [
          ty.retired ? `${ty.name[v.locale]} (${c.retiredMark})` : ty.name[v.locale],
          t.plan.kind[ty.kind],
          departmentName(ty.departmentId, v.departments, v.locale),
        ]),
      ),
      // One small action set per type in the body: a card's own action set holds at most six actions.
      ...v.types.map((ty) => ({
        type: 'ActionSet',
        actions: [
          showCard(
            c.edit(ty.name[v.locale]),
            card(
              [
                textInput(`nameSv_${ty.id}`, c.nameSv, ty.name.sv, { maxLength: 80 }),
                textInput(`nameEn_${ty.id}`, c.nameEn, ty.name.en, { maxLength: 80 }),
                choiceInput(
                  `department_${ty.id}`,
                  c.department,
                  departmentChoices(v.departments, v.locale),
                  ty.departmentId,
                ),
                toggle(`retired_${ty.id}`, c.retire, ty.retired),
              ],
              [execute(c.save, { verb: 'plan.catalogue.save', typeId: ty.id })],
            ),
          ),
        ],
      })),
    ],
    [
      showCard(
        c.add,
        card(
          [
            textInput('id', c.id, val('id'), { maxLength: 40 }),
            textInput('nameSv', c.nameSv, val('nameSv'), { maxLength: 80 }),
            textInput('nameEn', c.nameEn, val('nameEn'), { maxLength: 80 }),
            choiceInput('kind', c.kind, kindChoices(t), val('kind') ?? 'job'),
            choiceInput(
              'department',
              c.department,
              departmentChoices(v.departments, v.locale),
              val('department') ?? v.departments[0]?.id,
            ),
          ],
          [execute(c.save, { verb: 'plan.catalogue.add' })],
        ),
      ),
    ],
  );
}

// ---------------------------------------------------------------- read-only summary (case forum)

export interface PlanSummaryView {
  code: string;
  goal: ActivityPlan['goal'];
  nextFollowUp: IsoDate | null;
  activities: PlanActivity[];
  catalogue: ActivityType[];
  departments: Department[];
  locale: Locale;
  parallelNow: number;
}

/**
 * A read-only plan by code only, for others with a consent-based view (the case forum): no name,
 * no free text (own words, free activity names, cancel reasons, responsible person) and no health
 * details (a health activity is shown as "other activity"). Only current activities are listed.
 */
export function planSummaryElements(v: PlanSummaryView, t: Strings): Element[] {
  const s = t.plan.summary;
  const label = (a: PlanActivity) => {
    const shared = sharedActivityName(a);
    if (shared.as === 'other') return s.otherActivity;
    if (shared.as === 'kind') return s.ownActivity(t.plan.kind[shared.kind]);
    return activityName(a, v.catalogue, v.locale, t);
  };
  const current = v.activities.filter(isCurrent);
  return [
    subheading(s.title(v.code)),
    facts([
      [t.plan.goal, v.goal ? t.plan.goals[v.goal] : t.plan.noGoal],
      [t.plan.nextFollowUp, v.nextFollowUp ?? t.plan.noFollowUp],
    ]),
    text(t.plan.parallelNow(v.parallelNow)),
    current.length === 0
      ? text(t.plan.noActivities, { isSubtle: true })
      : table(
          [t.plan.col.activity, t.plan.col.department, t.plan.col.status],
          current.map((a) => [
            label(a),
            departmentName(a.departmentId, v.departments, v.locale),
            t.plan.status[a.status],
          ]),
        ),
  ];
}

export function planSummaryCard(v: PlanSummaryView, t: Strings): AdaptiveCard {
  return card(planSummaryElements(v, t));
}
