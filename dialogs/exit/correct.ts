// Correcting a recorded exit (date, outcome, support, next step), by the case owner; who and when
// are kept in the plan history and shown on the exit card.
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { today } from '../../domain/dates';
import type { Exit } from '../../domain/model';
import { isEnded } from '../../domain/plan';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import { ownById, stringValues } from '../plan/common';
import { won } from '../../store/stale';
import { readExit, type ExitAnswers } from './input';
import { doneCard } from './view';

const FIELDS = [
  'date',
  'outcome',
  'nextStep',
  'nextStepWith',
  'noNextStepReason',
  'supportAtExit',
] as const;

async function write(
  ctx: FlowContext,
  p: Participant,
  rev: number,
  before: Exit,
  a: ExitAnswers,
  changed: string[],
) {
  const done = await ctx.store.attempt(async (s) => {
    // From the participant's rev the card was drawn at: a second card or a double click loses.
    won(await s.participants.update(p.id, rev, { endDate: a.date }));
    await s.exits.correct(p.id, a);
    // The activities the exit ended, ended on the old date, end on the corrected one.
    if (a.date !== before.date)
      for (const act of await s.plans.activitiesFor(p.id))
        if (isEnded(act.status) && act.endDate === before.date)
          await s.plans.updateActivity(act.id, { endDate: a.date });
    await s.plans.record({
      participantId: p.id,
      actorId: ctx.actor.id,
      change: 'exit.correct',
      activityId: null,
      detail: { fields: changed.join(',') },
      at: ctx.clock.now().toISOString(),
    });
    return true;
  });
  return done === true;
}

export async function correctExit(
  ctx: FlowContext,
  ref: { participantId: string; rev: number },
  raw: unknown,
): Promise<AdaptiveCard> {
  const e = ctx.t.exit;
  const owned = await ownById(ctx, ref.participantId, 'exit.correct');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const before = await ctx.store.exits.exitFor(p.id);
  if (!before) return refusalCard(ctx.t.common.errors.expired);
  if (p.rev !== ref.rev) return doneCard(ctx, p.id, e.changed);
  const answers = readExit(ctx, p, raw, today(ctx.clock));
  if (!answers.ok)
    return doneCard(ctx, p.id, undefined, {
      errors: answers.errors,
      values: stringValues(raw),
    });
  const a = answers.value;
  const changed = FIELDS.filter((k) => (before[k] ?? null) !== (a[k] ?? null));
  if (changed.length === 0) return doneCard(ctx, p.id);
  if (!(await write(ctx, p, ref.rev, before, a, changed))) return doneCard(ctx, p.id, e.changed);
  await ctx.audit('exit.corrected', p.id, { code: p.code, fields: changed.join(',') });
  return doneCard(ctx, p.id, e.corrected);
}
