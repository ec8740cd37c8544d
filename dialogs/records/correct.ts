// Correction of registration fields on request (GDPR art. 16): the case owner corrects gender, birth
// year, start date or support at start; each changed field is kept with its old and new value, who and
// when (participant_corrections), and audited by field name only.
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { correctionCard, type CorrectionView } from '../../cards/records';
import { canEditCase } from '../../domain/access';
import { changedFields, readCorrection } from '../../domain/corrections';
import { today } from '../../domain/dates';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import type { CardPayload } from '../route';
import { ownParticipant } from '../shared';

const valuesOf = (p: Participant): CorrectionView['values'] => ({
  gender: p.gender,
  birthYear: String(p.birthYear),
  startDate: p.startDate,
  supportAtStart: p.supportAtStart ?? '-',
});

const view = (p: Participant, extra: Partial<CorrectionView> = {}): CorrectionView => ({
  participantId: p.id,
  code: p.code,
  rev: p.rev,
  values: valuesOf(p),
  ...extra,
});

/** `rätta <kod>`: the correction card, for the case owner. */
export async function openCorrection(ctx: FlowContext, args: string): Promise<AdaptiveCard> {
  if (!args.trim()) return refusalCard(ctx.t.records.correct.usage);
  const own = await ownParticipant(ctx, args, 'participant.correct.open');
  if (!own.ok) return own.card;
  return correctionCard(view(own.value), ctx.t);
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Save: checked, changed only from the revision the card was drawn at, each field kept with who and when. */
export async function saveCorrection(
  ctx: FlowContext,
  data: { participantId: string; rev: number },
  payload: CardPayload,
): Promise<AdaptiveCard> {
  const r = ctx.t.records.correct;
  const p = await ctx.store.participants.get(data.participantId);
  if (!p) return refusalCard(ctx.t.common.errors.expired);
  if (!canEditCase(ctx.actor, p)) return refusalCard(ctx.t.common.errors.notOwner(p.code));
  const input = {
    gender: str(payload.gender),
    birthYear: str(payload.birthYear),
    startDate: str(payload.startDate),
    supportAtStart: str(payload.supportAtStart),
  };
  if (p.rev !== data.rev)
    return correctionCard(view(p, { errors: [ctx.t.common.errors.stale] }), ctx.t);
  const read = readCorrection(input, today(ctx.clock));
  if (!read.ok)
    return correctionCard(
      view(p, { values: input, errors: read.problems.map((x) => r.problems[x]) }),
      ctx.t,
    );
  const changes = changedFields(p, read.value);
  if (changes.length === 0) return correctionCard(view(p, { message: r.nothing }), ctx.t);
  const saved = await ctx.store.transaction(async (s) => {
    const next = await s.participants.update(p.id, p.rev, read.value);
    if (!next) return undefined;
    for (const c of changes)
      await s.records.addCorrection({ participantId: p.id, ...c, correctedBy: ctx.actor.id });
    return next;
  });
  if (!saved) {
    const cur = (await ctx.store.participants.get(p.id)) ?? p;
    return correctionCard(view(cur, { errors: [ctx.t.common.errors.stale] }), ctx.t);
  }
  const fields = changes.map((c) => c.field);
  await ctx.audit('participant.correct', p.id, { code: p.code, fields: fields.join(';') });
  const names = fields.map((f) => r.fields[f]).join(', ');
  return correctionCard(view(saved, { message: r.saved(names) }), ctx.t);
}
