import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import { catalogueCard, followUpCard, planCard } from '../../cards/plan';
import { strings, localeOf } from '../../cards/locales';
import { ACTIVITY_TYPE_ID } from '../../domain/activities';
import { isValidIsoDate, isoDateAt, today } from '../../domain/dates';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, type PlanActivity } from '../../domain/model';
import {
  activityDateProblems,
  endDateAfterEdit,
  endProblem,
  followUpProblem,
  isCurrent,
  isEnded,
  statusForStart,
  suggestedFollowUp,
  SWEDISH_LEVELS,
  type PlanDateProblem,
} from '../../domain/plan';
import type { Participant } from '../../domain/types';
import type { DialogModule, FlowContext, Job } from '../context';
import { ownParticipant } from '../shared';
import {
  optDate,
  optEnum,
  optText,
  ownById,
  ParticipantRef,
  PlanRef,
  planView,
  stringValues,
} from './common';
import { NO_CHOICE, type AdaptiveCard } from '../../cards/core';

// ---------------------------------------------------------------- helpers

/** Zod issues → lines on the card, naming the field by its label. */
function fieldErrors(
  ctx: FlowContext,
  error: z.ZodError,
  labels: Record<string, string>,
): string[] {
  const out = new Set<string>();
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    const base = key.replace(/_\d+$/, '');
    const label = labels[base] ?? labels[key] ?? key;
    if (/date|start|end|followup/i.test(base)) out.add(ctx.t.plan.errors.date(label));
    else if (issue.code === 'too_big') out.add(ctx.t.plan.errors.tooLong(label));
    else out.add(ctx.t.plan.errors.invalid(label));
  }
  return [...out];
}

const problemText = (ctx: FlowContext, p: PlanDateProblem) => ctx.t.plan.errors[p];

/** The plan moved since the card was drawn: say so and show the current plan; nothing is written. */
async function changedCard(ctx: FlowContext, p: Participant): Promise<AdaptiveCard> {
  return planCard(await planView(ctx, p, { errors: [ctx.t.plan.changed] }), ctx.t);
}

class StalePlan extends Error {}

/** Runs a plan change in one transaction, from the plan's rev the card was drawn at. */
async function changePlan(
  ctx: FlowContext,
  p: Participant,
  rev: number,
  patch: Parameters<FlowContext['store']['plans']['bump']>[3],
  write: (s: FlowContext['store']) => Promise<void>,
): Promise<boolean> {
  try {
    await ctx.store.transaction(async (s) => {
      const moved = await s.plans.bump(p.id, rev, ctx.actor.id, patch);
      if (!moved) throw new StalePlan();
      await write(s);
    });
    return true;
  } catch (err) {
    if (err instanceof StalePlan) return false;
    throw err;
  }
}

const labelsOf = (ctx: FlowContext) => ({
  new_type: ctx.t.plan.type,
  new_name: ctx.t.plan.customName,
  new_kind: ctx.t.plan.customKind,
  new_department: ctx.t.plan.department,
  new_responsible: ctx.t.plan.responsible,
  new_status: ctx.t.plan.statusLabel,
  new_start: ctx.t.plan.startDate,
  new_plannedEnd: ctx.t.plan.plannedEndDate,
  status: ctx.t.plan.statusLabel,
  department: ctx.t.plan.department,
  responsible: ctx.t.plan.responsible,
  start: ctx.t.plan.startDate,
  plannedEnd: ctx.t.plan.plannedEndDate,
  end: ctx.t.plan.endDate,
  reason: ctx.t.plan.cancelReason,
  goal: ctx.t.plan.goal,
  ownWords: ctx.t.plan.ownWords,
  nextFollowUp: ctx.t.plan.nextFollowUp,
  opinion: ctx.t.plan.followUp.opinion(''),
  decision: ctx.t.plan.followUp.decision,
  level: ctx.t.plan.followUp.swedishLevel,
  newType: ctx.t.plan.type,
  newStart: ctx.t.plan.followUp.newStart,
});

// ---------------------------------------------------------------- add an activity

const AddInput = z.object({
  new_type: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((s) => (s ? s : null)),
  new_name: optText(80),
  new_kind: optEnum([...ACTIVITY_KINDS]),
  new_department: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((s) => (s && s !== NO_CHOICE ? s : null)),
  new_responsible: optText(80),
  new_status: optEnum(['planned', 'ongoing']),
  new_start: optDate,
  new_plannedEnd: optDate,
});

async function addActivity(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const ref = PlanRef.safeParse(raw);
  if (!ref.success) return refusalCard(ctx.t.common.errors.expired);
  const owned = await ownById(ctx, ref.data.participantId, 'plan.activity.add');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const current = await ctx.store.plans.planFor(p.id);
  if (!current || current.rev !== ref.data.rev) return changedCard(ctx, p);
  const values = stringValues(raw);
  const again = async (errors: string[]) =>
    planCard(await planView(ctx, p, { errors, form: { kind: 'add', values } }), ctx.t);
  const input = AddInput.safeParse(raw);
  if (!input.success) return again(fieldErrors(ctx, input.error, labelsOf(ctx)));
  const f = input.data;
  const catalogue = await ctx.store.plans.catalogue();
  const errors: string[] = [];
  const type =
    f.new_type && f.new_type !== 'custom'
      ? catalogue.find((c) => c.id === f.new_type && !c.retired)
      : undefined;
  if (f.new_type && f.new_type !== 'custom' && !type) errors.push(ctx.t.plan.errors.unknownType);
  if (!type && !f.new_name && !(f.new_type && f.new_type !== 'custom'))
    errors.push(ctx.t.plan.errors.nameRequired);
  if (!type && f.new_name && !f.new_kind) errors.push(ctx.t.plan.errors.kindRequired);
  const departmentId = f.new_department ?? type?.departmentId ?? null;
  if (f.new_department && !ctx.config.departments.some((d) => d.id === f.new_department))
    errors.push(ctx.t.plan.errors.unknownDepartment);
  if (!departmentId && errors.length === 0) errors.push(ctx.t.plan.errors.unknownDepartment);
  for (const d of [f.new_start, f.new_plannedEnd])
    if (d && !isValidIsoDate(d)) errors.push(ctx.t.plan.errors.date(ctx.t.plan.startDate));
  const status = (f.new_status ?? 'planned') as PlanActivity['status'];
  errors.push(
    ...activityDateProblems({
      startDate: f.new_start,
      plannedEndDate: f.new_plannedEnd,
      status,
    }).map((x) => problemText(ctx, x)),
  );
  if (errors.length) return again(errors);
  const activity: Omit<PlanActivity, 'id'> = {
    participantId: p.id,
    typeId: type?.id ?? null,
    customName: type ? null : f.new_name,
    kind: type?.kind ?? (f.new_kind as PlanActivity['kind']),
    departmentId: departmentId!,
    responsible: f.new_responsible,
    startDate: f.new_start,
    plannedEndDate: f.new_plannedEnd,
    endDate: null,
    status,
    cancelReason: null,
  };
  const ok = await changePlan(ctx, p, ref.data.rev, {}, async (s) => {
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
  if (!ok) return changedCard(ctx, p);
  return planCard(await planView(ctx, p, { notice: ctx.t.plan.saved }), ctx.t);
}

// ---------------------------------------------------------------- edit or end an activity

const EditRef = PlanRef.extend({
  activityId: z.string().min(1).max(100),
  n: z.coerce.number().int().min(0).max(200),
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

async function saveActivity(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const ref = EditRef.safeParse(raw);
  if (!ref.success) return refusalCard(ctx.t.common.errors.expired);
  const owned = await ownById(ctx, ref.data.participantId, 'plan.activity.edit');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const current = await ctx.store.plans.planFor(p.id);
  const activity = await ctx.store.plans.activity(ref.data.activityId);
  if (!current || current.rev !== ref.data.rev || !activity || activity.participantId !== p.id)
    return changedCard(ctx, p);
  const { n } = ref.data;
  const values = stringValues(raw);
  const activities = await ctx.store.plans.activitiesFor(p.id);
  const index = activities.findIndex((a) => a.id === activity.id);
  const again = async (errors: string[]) =>
    planCard(
      await planView(ctx, p, {
        errors,
        form: { kind: 'edit', n: index, values: renumber(values, n, index) },
      }),
      ctx.t,
    );
  const input = editSchema(n).safeParse(raw);
  if (!input.success) return again(fieldErrors(ctx, input.error, labelsOf(ctx)));
  const d = input.data as Record<string, string | null>;
  const status = d[`status_${n}`] as PlanActivity['status'];
  const ended = isEnded(status);
  const next = {
    status,
    departmentId: d[`department_${n}`]!,
    responsible: d[`responsible_${n}`] ?? null,
    startDate: d[`start_${n}`] ?? null,
    plannedEndDate: d[`plannedEnd_${n}`] ?? null,
    endDate: endDateAfterEdit(activity.status, status, d[`end_${n}`] ?? null, today(ctx.clock)),
    cancelReason: status === 'cancelled' ? (d[`reason_${n}`] ?? null) : null,
  };
  const errors: string[] = [];
  if (!ctx.config.departments.some((x) => x.id === next.departmentId))
    errors.push(ctx.t.plan.errors.unknownDepartment);
  for (const x of [next.startDate, next.plannedEndDate, next.endDate])
    if (x && !isValidIsoDate(x)) errors.push(ctx.t.plan.errors.date(ctx.t.plan.startDate));
  errors.push(...activityDateProblems(next).map((x) => problemText(ctx, x)));
  if (ended) {
    const e = endProblem(next, next.endDate);
    if (e && !errors.includes(problemText(ctx, e))) errors.push(problemText(ctx, e));
  }
  if (status === 'cancelled' && !next.cancelReason) errors.push(ctx.t.plan.errors.reasonRequired);
  if (errors.length) return again(errors);
  const change = ended && activity.status !== status ? 'activity.end' : 'activity.edit';
  const ok = await changePlan(ctx, p, ref.data.rev, {}, async (s) => {
    await s.plans.updateActivity(activity.id, next);
    await s.plans.record({
      participantId: p.id,
      actorId: ctx.actor.id,
      change,
      activityId: activity.id,
      detail: { from: activity.status, to: status },
      at: ctx.clock.now().toISOString(),
    });
  });
  if (!ok) return changedCard(ctx, p);
  return planCard(await planView(ctx, p, { notice: ctx.t.plan.saved }), ctx.t);
}

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

// ---------------------------------------------------------------- goal and next follow-up

const GoalInput = z.object({
  goal: optEnum(['work', 'studies', 'step']),
  ownWords: optText(500),
  nextFollowUp: optDate,
});

async function saveGoal(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const ref = PlanRef.safeParse(raw);
  if (!ref.success) return refusalCard(ctx.t.common.errors.expired);
  const owned = await ownById(ctx, ref.data.participantId, 'plan.goal');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const current = await ctx.store.plans.planFor(p.id);
  if (!current || current.rev !== ref.data.rev) return changedCard(ctx, p);
  const again = async (errors: string[]) =>
    planCard(
      await planView(ctx, p, { errors, form: { kind: 'goal', values: stringValues(raw) } }),
      ctx.t,
    );
  const input = GoalInput.safeParse(raw);
  if (!input.success) return again(fieldErrors(ctx, input.error, labelsOf(ctx)));
  const f = input.data;
  const errors: string[] = [];
  if (f.nextFollowUp && !isValidIsoDate(f.nextFollowUp))
    errors.push(ctx.t.plan.errors.date(ctx.t.plan.nextFollowUp));
  const fp = followUpProblem(f.nextFollowUp, today(ctx.clock));
  if (fp) errors.push(problemText(ctx, fp));
  if (errors.length) return again(errors);
  const ok = await changePlan(
    ctx,
    p,
    ref.data.rev,
    {
      goal: f.goal as 'work' | 'studies' | 'step' | null,
      ownWords: f.ownWords,
      nextFollowUp: f.nextFollowUp,
    },
    async (s) => {
      await s.plans.record({
        participantId: p.id,
        actorId: ctx.actor.id,
        change: 'plan.goal',
        activityId: null,
        detail: { goal: f.goal, nextFollowUp: f.nextFollowUp },
        at: ctx.clock.now().toISOString(),
      });
    },
  );
  if (!ok) return changedCard(ctx, p);
  return planCard(await planView(ctx, p, { notice: ctx.t.plan.saved }), ctx.t);
}

// ---------------------------------------------------------------- follow-up

async function followUpViewOf(
  store: FlowContext['store'],
  p: Participant,
  locale: 'sv' | 'en',
  day: string,
  dueDate: string,
) {
  const plan = (await store.plans.planFor(p.id))!;
  const activities = (await store.plans.activitiesFor(p.id)).filter(isCurrent);
  return {
    participantId: p.id,
    code: p.code,
    plan,
    activities,
    catalogue: await store.plans.catalogue(),
    locale,
    today: day,
    dueDate,
    suggestedNext: suggestedFollowUp(day),
  };
}

const FollowUpRef = PlanRef.extend({ dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

async function saveFollowUp(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const ref = FollowUpRef.safeParse(raw);
  if (!ref.success) return refusalCard(ctx.t.common.errors.expired);
  const owned = await ownById(ctx, ref.data.participantId, 'plan.followup');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const current = await ctx.store.plans.planFor(p.id);
  // A follow-up saved already (double click) or a plan changed since: show the current plan.
  if (!current || current.rev !== ref.data.rev) return changedCard(ctx, p);
  const day = today(ctx.clock);
  const view = await followUpViewOf(ctx.store, p, ctx.actor.locale, day, ref.data.dueDate);
  const values = stringValues(raw);
  const again = (errors: string[]) => followUpCard({ ...view, errors, values }, ctx.t);
  const schema = z.object({
    level: optEnum([...SWEDISH_LEVELS]),
    nextFollowUp: optDate,
    newType: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((s) => (s && s !== NO_CHOICE ? s : null)),
    newStart: optDate,
    ...Object.fromEntries(
      view.activities.flatMap((_, n) => [
        [`opinion_${n}`, optText(500)],
        [`decision_${n}`, optEnum(['keep', 'completed', 'cancelled'])],
        [`reason_${n}`, optText(200)],
      ]),
    ),
  });
  const input = schema.safeParse(raw);
  if (!input.success) return again(fieldErrors(ctx, input.error, labelsOf(ctx)));
  const f = input.data as Record<string, string | null>;
  const errors: string[] = [];
  if (!f.nextFollowUp) errors.push(ctx.t.plan.errors.followUpRequired);
  else if (!isValidIsoDate(f.nextFollowUp))
    errors.push(ctx.t.plan.errors.date(ctx.t.plan.nextFollowUp));
  else {
    const fp = followUpProblem(f.nextFollowUp, day);
    if (fp) errors.push(problemText(ctx, fp));
  }
  const endings: { a: PlanActivity; status: 'completed' | 'cancelled'; reason: string | null }[] =
    [];
  const opinions: Record<string, string> = {};
  view.activities.forEach((a, n) => {
    const opinion = f[`opinion_${n}`];
    if (opinion) opinions[a.id] = opinion;
    const decision = f[`decision_${n}`];
    if (decision === 'completed' || decision === 'cancelled') {
      const reason = f[`reason_${n}`] ?? null;
      if (decision === 'cancelled' && !reason) errors.push(ctx.t.plan.errors.reasonRequired);
      const e = endProblem(a, day);
      if (e) errors.push(problemText(ctx, e));
      endings.push({ a, status: decision, reason: decision === 'cancelled' ? reason : null });
    }
  });
  const type = f.newType ? view.catalogue.find((c) => c.id === f.newType && !c.retired) : undefined;
  if (f.newType && !type) errors.push(ctx.t.plan.errors.unknownType);
  if (f.newStart && !isValidIsoDate(f.newStart))
    errors.push(ctx.t.plan.errors.date(ctx.t.plan.followUp.newStart));
  if (errors.length) return again([...new Set(errors)]);
  const at = ctx.clock.now().toISOString();
  const ok = await changePlan(ctx, p, ref.data.rev, { nextFollowUp: f.nextFollowUp }, async (s) => {
    for (const e of endings) {
      await s.plans.updateActivity(e.a.id, {
        status: e.status,
        endDate: day,
        cancelReason: e.reason,
      });
      await s.plans.record({
        participantId: p.id,
        actorId: ctx.actor.id,
        change: 'activity.end',
        activityId: e.a.id,
        detail: { from: e.a.status, to: e.status },
        at,
      });
    }
    if (type) {
      const start = f.newStart ?? day;
      const added = await s.plans.addActivity({
        participantId: p.id,
        typeId: type.id,
        customName: null,
        kind: type.kind,
        departmentId: type.departmentId,
        responsible: null,
        startDate: start,
        plannedEndDate: null,
        endDate: null,
        status: statusForStart(start, day),
        cancelReason: null,
      });
      await s.plans.record({
        participantId: p.id,
        actorId: ctx.actor.id,
        change: 'activity.add',
        activityId: added.id,
        detail: { typeId: type.id, kind: type.kind, status: added.status },
        at,
      });
    }
    await s.plans.addFollowUp({
      participantId: p.id,
      dueDate: ref.data.dueDate,
      heldOn: day,
      swedishLevel: f.level ?? null,
      opinions,
      nextFollowUp: f.nextFollowUp,
      recordedBy: ctx.actor.id,
    });
    await s.plans.record({
      participantId: p.id,
      actorId: ctx.actor.id,
      change: 'followup.done',
      activityId: null,
      detail: { dueDate: ref.data.dueDate, level: f.level ?? null, nextFollowUp: f.nextFollowUp },
      at,
    });
  });
  if (!ok) return changedCard(ctx, p);
  return planCard(await planView(ctx, p, { notice: ctx.t.plan.followUp.saved }), ctx.t);
}

/**
 * On the plan's next follow-up date (Stockholm), the owner gets the follow-up card in personal
 * chat. Claimed once per participant and due date: also sent when the bot was down at the due
 * time (the next tick finds it still due), never twice. Exited participants get no reminder.
 */
export const followUpJob: Job = {
  name: 'plan.followup',
  async run(deps, now) {
    const day = isoDateAt(now);
    for (const plan of await deps.store.plans.followUpsDue(day)) {
      const p = await deps.store.participants.get(plan.participantId);
      if (!p || p.endDate) continue;
      const key = `followup:${p.id}:${plan.nextFollowUp}`;
      if (!(await deps.store.dispatches.claim(key, now))) continue;
      try {
        const locale = localeOf((await deps.store.users.get(p.ownerId))?.locale);
        const t = strings(locale);
        const card = followUpCard(
          await followUpViewOf(deps.store, p, locale, day, plan.nextFollowUp!),
          t,
        );
        const delivered = await deps.notify.toUser(
          p.ownerId,
          card,
          t.plan.followUp.summary(p.code),
        );
        if (delivered) {
          await deps.store.dispatches.sent(key, now);
          await deps.store.audit.write(
            {
              actorId: 'system',
              action: 'plan.followup.remind',
              participantId: p.id,
              detail: { code: p.code, due: plan.nextFollowUp },
            },
            now,
          );
        } else {
          await deps.store.dispatches.failed(key, 'no_personal_chat');
        }
      } catch (err) {
        await deps.store.dispatches.failed(key, (err as Error).message);
        deps.log.warn(
          { job: 'plan.followup', participantId: p.id },
          'follow-up reminder failed; retried next tick',
        );
      }
    }
  },
};

// ---------------------------------------------------------------- catalogue (admin)

async function catalogueView(
  ctx: FlowContext,
  extra: { errors?: string[]; notice?: string; values?: Record<string, string> } = {},
) {
  return {
    types: await ctx.store.plans.catalogue(),
    departments: ctx.config.departments,
    locale: ctx.actor.locale,
    ...extra,
  };
}

const CatalogueAdd = z.object({
  id: z.string().trim().regex(ACTIVITY_TYPE_ID),
  nameSv: z.string().trim().min(1).max(80),
  nameEn: z.string().trim().min(1).max(80),
  kind: z.enum(ACTIVITY_KINDS),
  department: z.string().trim().min(1).max(40),
});

async function catalogueAdd(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const c = ctx.t.plan.catalogue;
  const values = stringValues(raw);
  const input = CatalogueAdd.safeParse(raw);
  if (!input.success) {
    const errors = new Set<string>();
    for (const i of input.error.issues)
      errors.add(
        i.path[0] === 'id'
          ? c.idFormat
          : i.path[0] === 'nameSv' || i.path[0] === 'nameEn'
            ? c.nameRequired
            : ctx.t.plan.errors.invalid(String(i.path[0])),
      );
    return catalogueCard(await catalogueView(ctx, { errors: [...errors], values }), ctx.t);
  }
  const f = input.data;
  const types = await ctx.store.plans.catalogue();
  const errors: string[] = [];
  if (types.some((x) => x.id === f.id)) errors.push(c.idTaken);
  if (!ctx.config.departments.some((d) => d.id === f.department))
    errors.push(ctx.t.plan.errors.unknownDepartment);
  if (errors.length) return catalogueCard(await catalogueView(ctx, { errors, values }), ctx.t);
  await ctx.store.plans.saveType(
    {
      id: f.id,
      name: { sv: f.nameSv, en: f.nameEn },
      kind: f.kind,
      departmentId: f.department,
      retired: false,
    },
    ctx.actor.id,
  );
  await ctx.audit('plan.catalogue.add', null, { typeId: f.id });
  return catalogueCard(await catalogueView(ctx, { notice: c.saved }), ctx.t);
}

async function catalogueSave(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const c = ctx.t.plan.catalogue;
  const ref = z.object({ typeId: z.string().regex(ACTIVITY_TYPE_ID) }).safeParse(raw);
  const types = await ctx.store.plans.catalogue();
  const type = ref.success ? types.find((x) => x.id === ref.data.typeId) : undefined;
  if (!type) return catalogueCard(await catalogueView(ctx, { errors: [c.unknownType] }), ctx.t);
  const id = type.id;
  const input = z
    .object({
      [`nameSv_${id}`]: z.string().trim().min(1).max(80),
      [`nameEn_${id}`]: z.string().trim().min(1).max(80),
      [`department_${id}`]: z.string().trim().min(1).max(40),
      [`retired_${id}`]: z
        .union([z.boolean(), z.enum(['true', 'false'])])
        .optional()
        .transform((v) => v === true || v === 'true'),
    })
    .safeParse(raw);
  if (!input.success)
    return catalogueCard(await catalogueView(ctx, { errors: [c.nameRequired] }), ctx.t);
  const f = input.data as Record<string, string | boolean>;
  const department = f[`department_${id}`] as string;
  if (!ctx.config.departments.some((d) => d.id === department))
    return catalogueCard(
      await catalogueView(ctx, { errors: [ctx.t.plan.errors.unknownDepartment] }),
      ctx.t,
    );
  await ctx.store.plans.saveType(
    {
      id,
      name: { sv: f[`nameSv_${id}`] as string, en: f[`nameEn_${id}`] as string },
      kind: type.kind,
      departmentId: department,
      retired: f[`retired_${id}`] as boolean,
    },
    ctx.actor.id,
  );
  await ctx.audit('plan.catalogue.save', null, {
    typeId: id,
    retired: f[`retired_${id}`] as boolean,
  });
  return catalogueCard(await catalogueView(ctx, { notice: c.saved }), ctx.t);
}

// ---------------------------------------------------------------- module

export const planModule: DialogModule = {
  name: 'plan',
  commands: [
    {
      names: ['plan', 'handlingsplan', 'activity plan'],
      scope: 'personal',
      role: 'caseworker',
      run: async (ctx, args) => {
        const owned = await ownParticipant(ctx, args, 'plan.view');
        if (!owned.ok) return owned.card;
        return planCard(await planView(ctx, owned.value), ctx.t);
      },
    },
    {
      names: ['insatskatalog', 'activity catalogue', 'activity catalog'],
      scope: 'personal',
      role: 'admin',
      run: async (ctx) => catalogueCard(await catalogueView(ctx), ctx.t),
    },
  ],
  actions: [
    {
      verb: 'plan.open',
      role: 'caseworker',
      run: async (ctx, raw) => {
        const ref = ParticipantRef.safeParse(raw);
        if (!ref.success) return refusalCard(ctx.t.common.errors.expired);
        const owned = await ownById(ctx, ref.data.participantId, 'plan.view');
        if (!owned.ok) return owned.card;
        return planCard(await planView(ctx, owned.value), ctx.t);
      },
    },
    { verb: 'plan.activity.add', role: 'caseworker', run: addActivity },
    { verb: 'plan.activity.save', role: 'caseworker', run: saveActivity },
    { verb: 'plan.goal.save', role: 'caseworker', run: saveGoal },
    { verb: 'plan.followup.save', role: 'caseworker', run: saveFollowUp },
    { verb: 'plan.catalogue.add', role: 'admin', run: catalogueAdd },
    { verb: 'plan.catalogue.save', role: 'admin', run: catalogueSave },
  ],
  jobs: [followUpJob],
};
