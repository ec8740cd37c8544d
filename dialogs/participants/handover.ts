// "överlämna <kod>": the owner offers the case to another caseworker, who accepts or declines.
// Ownership moves only on acceptance ("en handläggare äger hela ärendet": never two, never none).
import { z } from 'zod';
import { messageCard, refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { localeOf, strings, type Strings } from '../../cards/locales';
import { handoverCard, handoverOfferCard } from '../../cards/participants';
import type { Participant } from '../../domain/types';
import type { Flow } from '../../store/core';
import type { FlowContext } from '../context';
import { refusedUnlessOwner, tokenOf } from '../shared';
import { myParticipants } from './list';
import { loadFlowParticipant, loadOwnedFlow, withOwnParticipant } from './own';
import { LostRace, staffName } from './common';

export const KIND = 'handover';

interface HandoverDraft {
  toUser?: string;
}

export const OfferPayload = z.object({ toUser: z.string().trim().min(1).max(200) });
export const AnswerPayload = z.object({ participantId: z.string().trim().min(1).max(100) });

async function candidates(ctx: FlowContext): Promise<{ id: string; name: string }[]> {
  const ids = (await ctx.store.users.usersWithRole('caseworker')).filter(
    (id) => id !== ctx.actor.id,
  );
  const out: { id: string; name: string }[] = [];
  for (const id of ids) out.push({ id, name: await staffName(ctx, id) });
  return out.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

async function pickCard(
  ctx: FlowContext,
  p: Participant,
  flow: Flow<HandoverDraft>,
  extra: { stale?: boolean; errors?: string[] } = {},
): Promise<AdaptiveCard> {
  return handoverCard(
    {
      code: p.code,
      candidates: await candidates(ctx),
      token: tokenOf(flow),
      pendingTo: p.pendingOwnerId ? await staffName(ctx, p.pendingOwnerId) : null,
      ...extra,
    },
    ctx.t,
  );
}

/** `överlämna <kod>`, the button on the participant card: the pick card, on the open draft if there is one. */
export const open = withOwnParticipant('handover.view', async (ctx, p) => {
  const flow =
    (await ctx.store.flows.findOpen<HandoverDraft>(KIND, ctx.actor.id, p.id)) ??
    (await ctx.store.flows.create<HandoverDraft>({
      kind: KIND,
      ownerId: ctx.actor.id,
      participantId: p.id,
      openKey: p.id,
      step: 'pick',
      data: {},
    }));
  return pickCard(ctx, p, flow);
});

/** `överlämna` alone answers with the list, where each participant's card has the button. */
export const command = (ctx: FlowContext, args: string) =>
  args ? open.command(ctx, args) : myParticipants(ctx);

export async function offer(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const loaded = await loadFlowParticipant<HandoverDraft>(ctx, KIND, raw);
  if (!loaded.ok) return loaded.card;
  const { flow, p, current } = loaded.value;
  const h = ctx.t.participants.handover;
  // Already offered from this card (double click): say what happened, change nothing.
  if (flow.status === 'done' && flow.data.toUser)
    return messageCard(h.offered(p.code, await staffName(ctx, flow.data.toUser)), {
      style: 'good',
    });
  const refused = await refusedUnlessOwner(ctx, p, 'handover.offer');
  if (refused) return refused;
  if (!current) return pickCard(ctx, p, flow, { stale: true });
  const parsed = OfferPayload.safeParse(raw);
  const list = await candidates(ctx);
  const to = parsed.success ? list.find((c) => c.id === parsed.data.toUser) : undefined;
  if (!to) return pickCard(ctx, p, flow, { errors: [h.unknownUser] });

  const now = ctx.clock.now();
  let moved: Flow<HandoverDraft> | undefined;
  try {
    moved = await ctx.store.transaction(async (s) => {
      const done = await s.flows.advance<HandoverDraft>(flow.id, flow.rev, {
        step: 'offered',
        status: 'done',
        data: { toUser: to.id },
      });
      if (!done) return undefined;
      if (!(await s.participants.update(p.id, p.rev, { pendingOwnerId: to.id })))
        throw new LostRace();
      await s.ownership.offer(p.id, ctx.actor.id, to.id);
      await s.audit.write(
        {
          actorId: ctx.actor.id,
          action: 'handover.offer',
          participantId: p.id,
          detail: { code: p.code, toUser: to.id },
        },
        now,
      );
      return done;
    });
  } catch (err) {
    if (!(err instanceof LostRace)) throw err;
  }
  if (!moved) {
    const fresh = await ctx.store.participants.get(p.id);
    const cur = await ctx.store.flows.get<HandoverDraft>(flow.id);
    if (cur?.status === 'done' && cur.data.toUser)
      return messageCard(h.offered(p.code, await staffName(ctx, cur.data.toUser)), {
        style: 'good',
      });
    return pickCard(ctx, fresh ?? p, cur ?? flow, { stale: true });
  }
  ctx.log.info({ participantId: p.id, code: p.code }, 'handover offered');
  const fromName = ctx.actor.name ?? ctx.t.participants.someone;
  const reached = await ctx.notify.toUser(
    to.id,
    handoverOfferCard(
      { participantId: p.id, code: p.code, fromName },
      await receiverStrings(ctx, to.id),
    ),
  );
  return messageCard(
    [h.offered(p.code, to.name), reached ? null : h.notReachable(to.name)]
      .filter(Boolean)
      .join('\n\n'),
    { style: 'good' },
  );
}

/** The owner takes back an offer not yet answered; the receiver is told, their card stops working. */
export async function withdrawOffer(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const loaded = await loadOwnedFlow<HandoverDraft>(ctx, KIND, raw, 'handover.withdraw');
  if (!loaded.ok) return loaded.card;
  const { flow, p, current } = loaded.value;
  if (!current || !p.pendingOwnerId) return pickCard(ctx, p, flow, { stale: true });
  const to = p.pendingOwnerId;
  const now = ctx.clock.now();
  let moved: Flow<HandoverDraft> | undefined;
  try {
    moved = await ctx.store.transaction(async (s) => {
      const done = await s.flows.advance<HandoverDraft>(flow.id, flow.rev, {});
      if (!done) return undefined;
      if (!(await s.participants.update(p.id, p.rev, { pendingOwnerId: null })))
        throw new LostRace();
      await s.ownership.cancelOpen(p.id);
      await s.audit.write(
        {
          actorId: ctx.actor.id,
          action: 'handover.withdraw',
          participantId: p.id,
          detail: { code: p.code, toUser: to },
        },
        now,
      );
      return done;
    });
  } catch (err) {
    if (!(err instanceof LostRace)) throw err;
  }
  const h = ctx.t.participants.handover;
  if (!moved) {
    const fresh = (await ctx.store.participants.get(p.id)) ?? p;
    return pickCard(ctx, fresh, (await ctx.store.flows.get<HandoverDraft>(flow.id)) ?? flow, {
      stale: true,
    });
  }
  const toName = await staffName(ctx, to);
  const rt = await receiverStrings(ctx, to);
  await ctx.notify.toUser(
    to,
    messageCard(
      rt.participants.handover.toReceiverWithdrawn(
        p.code,
        ctx.actor.name ?? rt.participants.someone,
      ),
    ),
  );
  return messageCard(h.offerWithdrawn(p.code, toName), { style: 'good' });
}

/** The receiver reads the card in their own language, which may not be the sender's. */
async function receiverStrings(ctx: FlowContext, userId: string): Promise<Strings> {
  return strings(localeOf((await ctx.store.users.get(userId))?.locale));
}

type Answer = 'accepted' | 'declined';

async function answer(ctx: FlowContext, raw: unknown, status: Answer): Promise<AdaptiveCard> {
  const h = ctx.t.participants.handover;
  const parsed = AnswerPayload.safeParse(raw);
  if (!parsed.success) return refusalCard(ctx.t.common.errors.expired);
  const p = await ctx.store.participants.get(parsed.data.participantId);
  if (!p) return refusalCard(ctx.t.common.errors.expired);
  if (p.pendingOwnerId !== ctx.actor.id) {
    // A second click after accepting: the case is already ours, say so; otherwise the offer is gone.
    if (status === 'accepted' && p.ownerId === ctx.actor.id)
      return messageCard(h.accepted(p.code), { style: 'good' });
    return messageCard(h.noLongerOffered(p.code), { style: 'warning' });
  }
  const previousOwner = p.ownerId;
  const now = ctx.clock.now();
  let ok = false;
  try {
    ok = await ctx.store.transaction(async (s) => {
      if (!(await s.ownership.decide(p.id, ctx.actor.id, status))) return false;
      const patch =
        status === 'accepted'
          ? { ownerId: ctx.actor.id, pendingOwnerId: null }
          : { pendingOwnerId: null };
      if (!(await s.participants.update(p.id, p.rev, patch))) throw new LostRace();
      await s.audit.write(
        {
          actorId: ctx.actor.id,
          action: `handover.${status === 'accepted' ? 'accept' : 'decline'}`,
          participantId: p.id,
          detail: { code: p.code, fromUser: previousOwner, toUser: ctx.actor.id },
        },
        now,
      );
      return true;
    });
  } catch (err) {
    if (!(err instanceof LostRace)) throw err;
  }
  if (!ok) {
    const now = await ctx.store.participants.get(p.id);
    if (status === 'accepted' && now?.ownerId === ctx.actor.id)
      return messageCard(h.accepted(p.code), { style: 'good' });
    return messageCard(h.noLongerOffered(p.code), { style: 'warning' });
  }
  ctx.log.info({ participantId: p.id, code: p.code, status }, 'handover answered');
  const ownerT = await receiverStrings(ctx, previousOwner);
  const by = ctx.actor.name ?? ownerT.participants.someone;
  await ctx.notify.toUser(
    previousOwner,
    messageCard(
      status === 'accepted'
        ? ownerT.participants.handover.toOwnerAccepted(p.code, by)
        : ownerT.participants.handover.toOwnerDeclined(p.code, by),
      { style: status === 'accepted' ? 'good' : 'warning' },
    ),
  );
  return messageCard(status === 'accepted' ? h.accepted(p.code) : h.declined(p.code), {
    style: status === 'accepted' ? 'good' : 'emphasis',
  });
}

export const accept = (ctx: FlowContext, raw: unknown) => answer(ctx, raw, 'accepted');
export const decline = (ctx: FlowContext, raw: unknown) => answer(ctx, raw, 'declined');
