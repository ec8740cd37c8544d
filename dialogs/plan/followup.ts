// A follow-up of the plan (uppföljning): opened by the reminder on its date, or ahead of it with
// `uppföljning <kod>`; saving it ends or keeps each activity, may add one, and sets the next date.
import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import { NO_CHOICE, type AdaptiveCard } from '../../cards/core';
import { followUpCard, type FollowUpView } from '../../cards/plan';
import { isValidIsoDate, today } from '../../domain/dates';
import type { PlanActivity } from '../../domain/model';
import {
  cancelProblem,
  endProblem,
  followUpProblem,
  statusForStart,
  SWEDISH_LEVELS,
  type PlanProblem,
} from '../../domain/plan';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import { ownParticipant } from '../shared';
import type { planActions } from '../../cards/plan-actions';
import { optDate, optEnum, optText, ownById, stringValues } from './common';
import { fieldErrors, problemText } from './errors';
import { changePlan, savedCard, withOwnPlan } from './own';
import { followUpViewOf } from './view';

/** The follow-up card now: due on the plan's next follow-up date, or today when none is set. */
async function openCard(ctx: FlowContext, p: Participant): Promise<AdaptiveCard> {
  if (p.endDate) return refusalCard(ctx.t.plan.followUp.exited(p.code, p.endDate));
  const plan = await ctx.store.plans.ensurePlan(p.id, ctx.actor.id);
  const day = today(ctx.clock);
  const view = await followUpViewOf(ctx.store, p, ctx.actor.locale, day, plan.nextFollowUp ?? day);
  return followUpCard(view, ctx.t);
}

/** `uppföljning <kod>`: hold the follow-up before its reminder comes. */
export async function followUpCommand(ctx: FlowContext, args: string) {
  const owned = await ownParticipant(ctx, args, 'plan.followup.open');
  if (!owned.ok) return owned.card;
  return openCard(ctx, owned.value);
}

export async function openFollowUp(
  ctx: FlowContext,
  data: { participantId: string },
): Promise<AdaptiveCard> {
  const owned = await ownById(ctx, data.participantId, 'plan.followup.open');
  if (!owned.ok) return owned.card;
  return openCard(ctx, owned.value);
}

type FollowUpRef = typeof planActions.saveFollowUp.schema;

function schemaFor(view: FollowUpView) {
  return z.object({
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
}

interface Ending {
  a: PlanActivity;
  status: 'completed' | 'cancelled';
  reason: string | null;
}

/** What the card decided, and what is wrong with it (rules of domain/plan). */
function decide(view: FollowUpView, f: Record<string, string | null>, day: string) {
  const problems: PlanProblem[] = [];
  const endings: Ending[] = [];
  const opinions: Record<string, string> = {};
  view.activities.forEach((a, n) => {
    const opinion = f[`opinion_${n}`];
    if (opinion) opinions[a.id] = opinion;
    const decision = f[`decision_${n}`];
    if (decision !== 'completed' && decision !== 'cancelled') return;
    const reason = decision === 'cancelled' ? (f[`reason_${n}`] ?? null) : null;
    for (const x of [cancelProblem(decision, reason), endProblem(a, day)]) if (x) problems.push(x);
    endings.push({ a, status: decision, reason });
  });
  const type = f.newType ? view.catalogue.find((c) => c.id === f.newType && !c.retired) : undefined;
  if (f.newType && !type) problems.push('unknown_type');
  const fp =
    f.nextFollowUp && isValidIsoDate(f.nextFollowUp) ? followUpProblem(f.nextFollowUp, day) : null;
  if (fp) problems.push(fp);
  return { problems, endings, opinions, type };
}

export const saveFollowUp = withOwnPlan<FollowUpRef>('plan.followup', async (ctx, own) => {
  const { p, raw, ref } = own;
  const day = today(ctx.clock);
  const view = await followUpViewOf(ctx.store, p, ctx.actor.locale, day, ref.dueDate);
  const again = (errors: string[]) =>
    followUpCard({ ...view, errors: [...new Set(errors)], values: stringValues(raw) }, ctx.t);
  const input = schemaFor(view).safeParse(raw);
  if (!input.success) return again(fieldErrors(ctx, input.error));
  const f = input.data as Record<string, string | null>;
  const d = decide(view, f, day);
  const errors = d.problems.map((x) => problemText(ctx, x));
  if (!f.nextFollowUp) errors.unshift(ctx.t.plan.errors.followUpRequired);
  else if (!isValidIsoDate(f.nextFollowUp))
    errors.unshift(ctx.t.plan.errors.date(ctx.t.plan.nextFollowUp));
  if (f.newStart && !isValidIsoDate(f.newStart))
    errors.push(ctx.t.plan.errors.date(ctx.t.plan.followUp.newStart));
  if (errors.length) return again(errors);
  const at = ctx.clock.now().toISOString();
  const record = (
    s: FlowContext['store'],
    change: string,
    activityId: string | null,
    detail: Record<string, string | null>,
  ) =>
    s.plans.record({ participantId: p.id, actorId: ctx.actor.id, change, activityId, detail, at });
  const ok = await changePlan(ctx, p, ref.rev, { nextFollowUp: f.nextFollowUp }, async (s) => {
    for (const e of d.endings) {
      await s.plans.updateActivity(e.a.id, {
        status: e.status,
        endDate: day,
        cancelReason: e.reason,
      });
      await record(s, 'activity.end', e.a.id, { from: e.a.status, to: e.status });
    }
    if (d.type) {
      const start = f.newStart ?? day;
      const added = await s.plans.addActivity({
        participantId: p.id,
        typeId: d.type.id,
        customName: null,
        kind: d.type.kind,
        departmentId: d.type.departmentId,
        responsible: null,
        startDate: start,
        plannedEndDate: null,
        endDate: null,
        status: statusForStart(start, day),
        cancelReason: null,
      });
      await record(s, 'activity.add', added.id, {
        typeId: d.type.id,
        kind: d.type.kind,
        status: added.status,
      });
    }
    const held = await s.plans.addFollowUp({
      participantId: p.id,
      dueDate: ref.dueDate,
      heldOn: day,
      swedishLevel: f.level ?? null,
      opinions: d.opinions,
      nextFollowUp: f.nextFollowUp,
      recordedBy: ctx.actor.id,
    });
    await record(s, 'followup.done', null, {
      dueDate: ref.dueDate,
      level: f.level ?? null,
      nextFollowUp: f.nextFollowUp,
      followUpId: held.id,
    });
  });
  return savedCard(ctx, p, ok, ctx.t.plan.followUp.saved, 'followup');
});
