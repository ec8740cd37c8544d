// Six months after the exit: does the person support themselves through work or studies?
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { sixMonthCard } from '../../cards/exit';
import { localeOf, strings } from '../../cards/locales';
import { isoDateAt } from '../../domain/dates';
import { sixMonthQuestionDue, sixMonthsDueBy } from '../../domain/plan';
import type { FlowContext, Job } from '../context';
import { sendOnce } from '../jobs';
import { ownById } from '../plan/common';

export async function saveSelfSupport(
  ctx: FlowContext,
  input: { participantId: string; value: 'yes' | 'no' },
): Promise<AdaptiveCard> {
  const owned = await ownById(ctx, input.participantId, 'exit.selfsupport');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const exit = await ctx.store.exits.exitFor(p.id);
  if (!exit) return refusalCard(ctx.t.common.errors.expired);
  // Only the first answer is recorded; a second click shows what was recorded.
  await ctx.store.exits.recordSelfSupport(p.id, input.value === 'yes');
  const now = (await ctx.store.exits.exitFor(p.id))!;
  return sixMonthCard(
    { participantId: p.id, code: p.code, exit: now, locale: ctx.actor.locale },
    ctx.t,
  );
}

/** The dispatch key of the six-month question: one per participant. */
const SIX_MONTHS_KEY = 'exit6m:';
export const sixMonthKey = (participantId: string) => `${SIX_MONTHS_KEY}${participantId}`;

/**
 * Six months after the exit date (same calendar day, Stockholm), the owning caseworker is asked
 * once whether the person supports themselves through work or studies. Claimed once per
 * participant (`exit6m:<id>`): sent after downtime, never twice; not sent once answered.
 */
export const sixMonthJob: Job = {
  name: 'exit.sixmonths',
  async run(deps, now) {
    const day = isoDateAt(now);
    // Only exits due, unanswered and not yet asked about: a tick does not read every exit again.
    const due = await deps.store.exits.sixMonthsToRemind(sixMonthsDueBy(day), SIX_MONTHS_KEY);
    for (const exit of due) {
      if (!sixMonthQuestionDue(exit, day)) continue;
      const p = await deps.store.participants.get(exit.participantId);
      if (!p) continue;
      const locale = localeOf((await deps.store.users.get(p.ownerId))?.locale);
      const t = strings(locale);
      await sendOnce(deps, 'exit.sixmonths', now, {
        key: sixMonthKey(p.id),
        send: () =>
          deps.notify.toUser(
            p.ownerId,
            sixMonthCard({ participantId: p.id, code: p.code, exit, locale }, t),
            t.exit.sixMonths.summary(p.code),
          ),
        after: () =>
          deps.store.audit.write(
            {
              actorId: 'system',
              action: 'exit.sixmonths.remind',
              participantId: p.id,
              detail: { code: p.code },
            },
            now,
          ),
      });
    }
  },
};
