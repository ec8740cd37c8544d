// What the exit cards show, read from the store for the case owner.
import type { AdaptiveCard } from '../../cards/core';
import { exitCard, exitDoneCard, type ExitFormView } from '../../cards/exit';
import { displayName } from '../../domain/access';
import { isoDateAt, today } from '../../domain/dates';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import { valuesOf } from './input';

export function formView(
  ctx: FlowContext,
  p: Participant,
  extra: Partial<ExitFormView> = {},
): ExitFormView {
  return {
    participantId: p.id,
    code: p.code,
    name: displayName(ctx.actor, p),
    rev: p.rev,
    startDate: p.startDate,
    today: today(ctx.clock),
    departments: ctx.config.departments,
    locale: ctx.actor.locale,
    ...extra,
  };
}

async function nameOf(ctx: FlowContext, userId: string | undefined): Promise<string> {
  return (userId && (await ctx.store.users.get(userId))?.name) || ctx.t.plan.someone;
}

/** The recorded exit, with who recorded and corrected it, and the correction form. */
export async function doneCard(
  ctx: FlowContext,
  participantId: string,
  notice?: string,
  correctionErrors?: { errors: string[]; values: Record<string, string> },
): Promise<AdaptiveCard> {
  const p = (await ctx.store.participants.get(participantId))!;
  // A correction that failed is drawn open, with its errors and what was typed.
  if (correctionErrors)
    return exitCard(formView(ctx, p, { mode: 'correct', ...correctionErrors }), ctx.t);
  const exit = (await ctx.store.exits.exitFor(p.id))!;
  const history = await ctx.store.plans.history(p.id);
  const corrections = [];
  for (const h of history.filter((x) => x.change === 'exit.correct'))
    corrections.push({ at: isoDateAt(new Date(h.at)), who: await nameOf(ctx, h.actorId) });
  return exitDoneCard(
    {
      code: p.code,
      exit,
      departments: ctx.config.departments,
      locale: ctx.actor.locale,
      notice,
      recorded: exit.recordedAt
        ? { at: isoDateAt(new Date(exit.recordedAt)), who: await nameOf(ctx, exit.recordedBy) }
        : undefined,
      corrections,
      correction: formView(ctx, p, {
        mode: 'correct',
        values: valuesOf(exit),
      }),
    },
    ctx.t,
  );
}
