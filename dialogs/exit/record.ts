// Recording an exit (avslut): the participant's end date, the exit row, the plan closed (its
// activities end on the exit date, no more follow-ups), in one transaction.
import type { AdaptiveCard } from '../../cards/core';
import { exitCard } from '../../cards/exit';
import { today } from '../../domain/dates';
import { endingsAtExit } from '../../domain/plan';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import { ownById, stringValues } from '../plan/common';
import { won } from '../../store/stale';
import { readExit, type ExitAnswers } from './input';
import { doneCard, formView } from './view';

/** Ends the plan at the exit: each current activity ends on the exit date; no next follow-up. */
async function closePlan(ctx: FlowContext, s: FlowContext['store'], p: Participant, date: string) {
  const at = ctx.clock.now().toISOString();
  for (const e of endingsAtExit(await s.plans.activitiesFor(p.id), date)) {
    const before = await s.plans.activity(e.id);
    await s.plans.updateActivity(e.id, {
      status: e.status,
      endDate: e.endDate,
      cancelReason: e.status === 'cancelled' ? ctx.t.exit.endedByExit : null,
    });
    await s.plans.record({
      participantId: p.id,
      actorId: ctx.actor.id,
      change: 'activity.end',
      activityId: e.id,
      detail: { from: before?.status ?? null, to: e.status, byExit: true },
      at,
    });
  }
  const plan = await s.plans.planFor(p.id);
  if (plan) won(await s.plans.bump(p.id, plan.rev, ctx.actor.id, { nextFollowUp: null }));
}

/** Writes the exit; false when the case moved on since the card was drawn (nothing written). */
async function write(ctx: FlowContext, p: Participant, rev: number, a: ExitAnswers) {
  const done = await ctx.store.attempt(async (s) => {
    // The participant row moves only from the rev the card was drawn at: sets end_date.
    won(await s.participants.update(p.id, rev, { endDate: a.date }));
    won(await s.exits.record({ participantId: p.id, ...a, recordedBy: ctx.actor.id }));
    await closePlan(ctx, s, p, a.date);
    await s.plans.record({
      participantId: p.id,
      actorId: ctx.actor.id,
      change: 'exit.record',
      activityId: null,
      detail: { outcome: a.outcome, nextStep: a.nextStep },
      at: ctx.clock.now().toISOString(),
    });
    return true;
  });
  return done === true;
}

export async function saveExit(
  ctx: FlowContext,
  ref: { participantId: string; rev: number },
  raw: unknown,
): Promise<AdaptiveCard> {
  const e = ctx.t.exit;
  const owned = await ownById(ctx, ref.participantId, 'exit.record');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  // Recorded already (a double click, another card): one exit, nothing overwritten.
  const existing = await ctx.store.exits.exitFor(p.id);
  if (existing) return doneCard(ctx, p.id, e.alreadyExited(p.code, existing.date));
  if (p.rev !== ref.rev) return exitCard(formView(ctx, p, { notice: e.changed }), ctx.t);
  const answers = readExit(ctx, p, raw, today(ctx.clock));
  if (!answers.ok)
    return exitCard(formView(ctx, p, { errors: answers.errors, values: stringValues(raw) }), ctx.t);
  if (!(await write(ctx, p, ref.rev, answers.value))) {
    const ex = await ctx.store.exits.exitFor(p.id);
    if (ex) return doneCard(ctx, p.id, e.alreadyExited(p.code, ex.date));
    const fresh = (await ctx.store.participants.get(p.id))!;
    return exitCard(formView(ctx, fresh, { notice: e.changed }), ctx.t);
  }
  const a = answers.value;
  await ctx.audit('exit.saved', p.id, { code: p.code, outcome: a.outcome, nextStep: a.nextStep });
  return doneCard(ctx, p.id);
}
