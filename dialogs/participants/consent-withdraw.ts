// Withdrawing a consent: asked first, with what will happen said in plain words, then done from
// today. The question changes nothing; only "Ja, återkalla" on the current card withdraws.
import type { AdaptiveCard } from '../../cards/core';
import { withdrawConfirmCard } from '../../cards/participants';
import { today } from '../../domain/dates';
import type { FlowContext } from '../context';
import { tokenOf } from '../shared';
import { departmentChoices } from './common';
import { consentView, KIND, type ConsentDraft } from './consent';
import { loadOwnedFlow } from './own';

/** "Återkalla samtycket …" on the consent card: the question, and what a withdrawal stops. */
export async function ask(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const l = await loadOwnedFlow<ConsentDraft>(ctx, KIND, raw, 'consent.withdraw');
  if (!l.ok) return l.card;
  const { flow, p } = l.value;
  if (!l.value.current) return consentView(ctx, p, flow, { stale: true });
  const current = await ctx.store.consents.latest(p.id);
  if (!current || current.withdrawnOn)
    return consentView(ctx, p, flow, { message: ctx.t.participants.consent.alreadyWithdrawn });
  await ctx.audit('consent.view', p.id, { code: p.code });
  const names = new Map(departmentChoices(ctx).map((d) => [d.id, d.name]));
  return withdrawConfirmCard(
    {
      code: p.code,
      today: today(ctx.clock),
      departments: current.departments.map((d) => names.get(d) ?? d),
      token: tokenOf(flow),
    },
    ctx.t,
  );
}

/** "Ja, återkalla": the latest consent is withdrawn from today, once (a double click changes nothing). */
export async function withdraw(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const l = await loadOwnedFlow<ConsentDraft>(ctx, KIND, raw, 'consent.withdraw');
  if (!l.ok) return l.card;
  const { flow, p } = l.value;
  if (!l.value.current) return consentView(ctx, p, flow, { stale: true });
  const on = today(ctx.clock);
  const now = ctx.clock.now();
  const outcome = await ctx.store.transaction(async (s) => {
    const moved = await s.flows.advance<ConsentDraft>(flow.id, flow.rev, {});
    if (!moved) return { flow: undefined, done: false };
    const latest = await s.consents.latest(p.id);
    const done = !!latest && (await s.consents.withdraw(latest.id, on));
    if (done) {
      await s.audit.write(
        {
          actorId: ctx.actor.id,
          action: 'consent.withdraw',
          participantId: p.id,
          detail: { code: p.code, on },
        },
        now,
      );
    }
    return { flow: moved, done };
  });
  if (!outcome.flow)
    return consentView(ctx, p, (await ctx.store.flows.get<ConsentDraft>(flow.id))!, {
      stale: true,
    });
  const c = ctx.t.participants.consent;
  return consentView(ctx, p, outcome.flow, {
    message: outcome.done ? c.withdrawn : c.alreadyWithdrawn,
  });
}
