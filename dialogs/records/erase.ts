// Erasure on request (GDPR art. 17): an administrator erases one participant now, with a reason from
// the list, through the same culling as retention (store/retention.ts). The audit log keeps who, when
// and why, by code.
import { messageCard, refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { erasedCard, erasureCard } from '../../cards/records';
import { normalizeCode } from '../../domain/code';
import { ErasureInput, erasureProblems, mayErase } from '../../domain/records';
import type { FlowContext } from '../context';
import type { CardPayload } from '../route';

/** `radera <kod>`: the erasure card. */
export async function openErasure(ctx: FlowContext, args: string): Promise<AdaptiveCard> {
  if (!mayErase(ctx.actor)) return refusalCard(ctx.t.common.errors.notAllowed);
  const code = normalizeCode(args);
  if (!code) return refusalCard(ctx.t.records.erase.usage);
  const p = await ctx.store.participants.byCode(code);
  if (!p) return refusalCard(ctx.t.records.erase.gone(code));
  await ctx.audit('records.erase.open', p.id, { code: p.code });
  return erasureCard({ participantId: p.id, code: p.code, rev: p.rev }, ctx.t);
}

/** The card's Erase: reason and code checked, then everything about the participant deleted at once. */
export async function erase(
  ctx: FlowContext,
  data: { participantId: string; rev: number },
  payload: CardPayload,
): Promise<AdaptiveCard> {
  if (!mayErase(ctx.actor)) return refusalCard(ctx.t.common.errors.notAllowed);
  const p = await ctx.store.participants.get(data.participantId);
  if (!p) return messageCard(ctx.t.records.erase.gone(''), { style: 'warning' });
  const base = { participantId: p.id, code: p.code, rev: p.rev };
  if (p.rev !== data.rev)
    return erasureCard({ ...base, errors: [ctx.t.common.errors.stale] }, ctx.t);
  const input = ErasureInput.parse({
    reason: typeof payload.reason === 'string' ? payload.reason : '',
    confirmCode: typeof payload.confirmCode === 'string' ? payload.confirmCode : '',
  });
  const problems = erasureProblems(input, p.code);
  if (problems.length)
    return erasureCard(
      {
        ...base,
        reason: input.reason,
        errors: problems.map((x) => ctx.t.records.erase.problems[x]),
      },
      ctx.t,
    );
  const counts = await ctx.store.transaction(async (s) => {
    const cur = await s.participants.get(p.id);
    if (!cur || cur.rev !== p.rev) return null; // changed since the card was drawn: nothing erased
    const n = await s.retention.cull(p.id);
    await s.audit.write(
      {
        actorId: ctx.actor.id,
        action: 'participant.erased',
        participantId: p.id,
        detail: { code: p.code, reason: input.reason },
        via: ctx.conversation.kind,
      },
      ctx.clock.now(),
    );
    return n;
  });
  if (counts) await ctx.store.retention.releaseDeleted();
  if (!counts) {
    const cur = await ctx.store.participants.get(p.id);
    return cur
      ? erasureCard({ ...base, rev: cur.rev, errors: [ctx.t.common.errors.stale] }, ctx.t)
      : messageCard(ctx.t.records.erase.gone(p.code), { style: 'warning' });
  }
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  ctx.log.info({ participantId: p.id, rows: counts }, 'participant erased on request');
  return erasedCard(p.code, rows, ctx.t);
}
