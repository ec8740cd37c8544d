// "mina deltagare": the caseworker's active participants, computed at read time (consent status
// from the latest consent row on today's date), and the cases handed over to them.
import type { AdaptiveCard } from '../../cards/core';
import {
  myParticipantsCard,
  type IncomingView,
  type ParticipantRowView,
} from '../../cards/participants';
import { displayName } from '../../domain/access';
import { consentStatus, expiresSoon } from '../../domain/consent';
import { daysBetween, today } from '../../domain/dates';
import type { FlowContext } from '../context';
import { staffName } from './common';

export async function myParticipants(ctx: FlowContext): Promise<AdaptiveCard> {
  const on = today(ctx.clock);
  const own = await ctx.store.participants.byOwner(ctx.actor.id);
  const consents = await ctx.store.consents.latestFor(own.map((p) => p.id));
  const rows: ParticipantRowView[] = [];
  for (const p of own) {
    const consent = consents.get(p.id);
    const sessions = await ctx.store.ratings.sessionsFor(p.id);
    const last = sessions.length ? sessions[sessions.length - 1].date : null;
    rows.push({
      participantId: p.id,
      code: p.code,
      name: displayName(ctx.actor, p),
      protectedIdentity: p.protectedIdentity,
      startDate: p.startDate,
      consentStatus: consentStatus(consent, on),
      consentUntil: consent?.validUntil ?? null,
      consentExpiresIn: expiresSoon(consent, on, ctx.config.CONSENT_WARNING_DAYS),
      daysSinceRating: last ? Math.max(0, daysBetween(last, on)) : null,
      pendingTo: p.pendingOwnerId ? await staffName(ctx, p.pendingOwnerId) : null,
    });
    await ctx.audit('participant.list', p.id, { code: p.code });
  }
  const incoming: IncomingView[] = [];
  for (const p of await ctx.store.participants.pendingFor(ctx.actor.id)) {
    incoming.push({ participantId: p.id, code: p.code, fromName: await staffName(ctx, p.ownerId) });
    await ctx.audit('participant.list', p.id, { code: p.code, pending: true });
  }
  return myParticipantsCard(rows, incoming, ctx.t);
}
