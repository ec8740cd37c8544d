// Adding an activity to the plan, and editing or ending one (plan card forms).
import { z } from 'zod';
import { NO_CHOICE } from '../../cards/core';
import { planCard } from '../../cards/plan';
import { isValidIsoDate, today } from '../../domain/dates';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, type PlanActivity } from '../../domain/model';
import {
  activityDateProblems,
  cancelProblem,
  endDateAfterEdit,
  endProblem,
  isEnded,
  newActivityProblems,
  type PlanProblem,
} from '../../domain/plan';
import type { FlowContext } from '../context';
import type { planActions, PlanRef } from '../../cards/plan-actions';
import { optDate, optEnum, optText, stringValues } from './common';
import { fieldErrors, problemText } from './errors';
import { changedCard, changePlan, savedCard, withOwnPlan } from './own';
import { planView } from './view';

const choice = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s && s !== NO_CHOICE ? s : null));

const AddInput = z.object({
  new_type: choice(40),
  new_name: optText(80),
  new_kind: optEnum([...ACTIVITY_KINDS]),
  new_department: choice(40),
  new_responsible: optText(80),
  new_status: optEnum(['planned', 'ongoing']),
  new_start: optDate,
  new_plannedEnd: optDate,
});

const badDates = (ctx: FlowContext, dates: (string | null)[], label: string) =>
  dates.filter((d) => d && !isValidIsoDate(d)).map(() => ctx.t.plan.errors.date(label));

const worded = (ctx: FlowContext, problems: PlanProblem[]) =>
  problems.map((x) => problemText(ctx, x));

export const addActivity = withOwnPlan<typeof PlanRef>('plan.activity.add', async (ctx, own) => {
  const { p, raw } = own;
  const values = stringValues(raw);
  const again = async (errors: string[]) =>
    planCard(await planView(ctx, p, { errors, form: { kind: 'add', values } }), ctx.t);
  const input = AddInput.safeParse(raw);
  if (!input.success) return again(fieldErrors(ctx, input.error));
  const f = input.data;
  const { problems, type, departmentId } = newActivityProblems(
    { typeId: f.new_type, name: f.new_name, kind: f.new_kind, departmentId: f.new_department },
    await ctx.store.plans.catalogue(),
    ctx.config.departments.map((d) => d.id),
  );
  const status = (f.new_status ?? 'planned') as 'planned' | 'ongoing';
  const dates = { startDate: f.new_start, plannedEndDate: f.new_plannedEnd, status };
  const errors = [
    ...worded(ctx, problems),
    ...badDates(ctx, [f.new_start], ctx.t.plan.startDate),
    ...badDates(ctx, [f.new_plannedEnd], ctx.t.plan.plannedEndDate),
    ...worded(ctx, activityDateProblems(dates)),
  ];
  if (errors.length) return again([...new Set(errors)]);
  const activity: Omit<PlanActivity, 'id'> = {
    participantId: p.id,
    typeId: type?.id ?? null,
    customName: type ? null : f.new_name,
    kind: type?.kind ?? f.new_kind!,
    departmentId: departmentId!,
    responsible: f.new_responsible,
    startDate: f.new_start,
    plannedEndDate: f.new_plannedEnd,
    endDate: null,
    status,
    cancelReason: null,
  };
  const ok = await changePlan(ctx, p, own.ref.rev, {}, async (s) => {
    const saved = await s.plans.addActivity(activity);
    await s.plans.record({
      participantId: p.id,
      actorId: ctx.actor.id,
      change: 'activity.add',
      activityId: saved.id,
      detail: { typeId: saved.typeId, kind: saved.kind, status: saved.status },
      at: ctx.clock.now().toISOString(),
    });
  });
  return savedCard(ctx, p, ok);
});

type EditRef = typeof planActions.saveActivity.schema;
type OpenEditRef = typeof planActions.editActivity.schema;

/** "Ändra" on an activity: the plan card with that activity's edit form open. */
export const editActivity = withOwnPlan<OpenEditRef>('plan.view', async (ctx, own) => {
  const activities = await ctx.store.plans.activitiesFor(own.p.id);
  const n = activities.findIndex((a) => a.id === own.ref.activityId);
  if (n < 0) return changedCard(ctx, own.p);
  return planCard(await planView(ctx, own.p, { form: { kind: 'edit', n, values: {} } }), ctx.t);
});

function editSchema(n: number) {
  return z.object({
    [`status_${n}`]: z.enum(ACTIVITY_STATUSES),
    [`department_${n}`]: z.string().trim().min(1).max(40),
    [`responsible_${n}`]: optText(80),
    [`start_${n}`]: optDate,
    [`plannedEnd_${n}`]: optDate,
    [`end_${n}`]: optDate,
    [`reason_${n}`]: optText(200),
  });
}

/** The activity as the edit form left it (dates as typed, end date by the rule of domain/plan). */
function edited(
  d: Record<string, string | null>,
  n: number,
  before: PlanActivity,
  day: string,
): Pick<
  PlanActivity,
  | 'status'
  | 'departmentId'
  | 'responsible'
  | 'startDate'
  | 'plannedEndDate'
  | 'endDate'
  | 'cancelReason'
> {
  const status = d[`status_${n}`] as PlanActivity['status'];
  return {
    status,
    departmentId: d[`department_${n}`]!,
    responsible: d[`responsible_${n}`] ?? null,
    startDate: d[`start_${n}`] ?? null,
    plannedEndDate: d[`plannedEnd_${n}`] ?? null,
    endDate: endDateAfterEdit(before.status, status, d[`end_${n}`] ?? null, day),
    cancelReason: status === 'cancelled' ? (d[`reason_${n}`] ?? null) : null,
  };
}

export const saveActivity = withOwnPlan<EditRef>('plan.activity.edit', async (ctx, own) => {
  const { p, raw, ref } = own;
  const activity = await ctx.store.plans.activity(ref.activityId);
  if (!activity || activity.participantId !== p.id) return changedCard(ctx, p);
  const activities = await ctx.store.plans.activitiesFor(p.id);
  const index = activities.findIndex((a) => a.id === activity.id);
  const values = renumber(stringValues(raw), ref.n, index);
  const again = async (errors: string[]) =>
    planCard(await planView(ctx, p, { errors, form: { kind: 'edit', n: index, values } }), ctx.t);
  const input = editSchema(ref.n).safeParse(raw);
  if (!input.success) return again(fieldErrors(ctx, input.error));
  const next = edited(
    input.data as Record<string, string | null>,
    ref.n,
    activity,
    today(ctx.clock),
  );
  const problems: PlanProblem[] = [...activityDateProblems(next)];
  const ending = isEnded(next.status) ? endProblem(next, next.endDate) : null;
  const reason = cancelProblem(next.status, next.cancelReason);
  for (const x of [ending, reason]) if (x) problems.push(x);
  const errors = [
    ...(ctx.config.departments.some((x) => x.id === next.departmentId)
      ? []
      : [problemText(ctx, 'unknown_department')]),
    ...badDates(ctx, [next.startDate], ctx.t.plan.startDate),
    ...badDates(ctx, [next.plannedEndDate], ctx.t.plan.plannedEndDate),
    ...badDates(ctx, [next.endDate], ctx.t.plan.endDate),
    ...worded(ctx, problems),
  ];
  if (errors.length) return again([...new Set(errors)]);
  const change =
    isEnded(next.status) && activity.status !== next.status ? 'activity.end' : 'activity.edit';
  const ok = await changePlan(ctx, p, ref.rev, {}, async (s) => {
    await s.plans.updateActivity(activity.id, next);
    await s.plans.record({
      participantId: p.id,
      actorId: ctx.actor.id,
      change,
      activityId: activity.id,
      detail: { from: activity.status, to: next.status },
      at: ctx.clock.now().toISOString(),
    });
  });
  return savedCard(ctx, p, ok);
});

/** Input ids carry the activity's position on the card that sent them; redraw them at its current position. */
function renumber(
  values: Record<string, string>,
  from: number,
  to: number,
): Record<string, string> {
  if (from === to) return values;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values))
    out[k.replace(new RegExp(`_${from}$`), `_${to}`)] = v;
  return out;
}
