// Correction of the registration on request (GDPR art. 16): the case owner corrects any field of the
// registration (name, protected identity, gender, birth year, start date, departments, languages, SFI
// track and course, support at start). Each changed field is kept with its old and new value, who and
// when (participant_corrections, shown in the access request), and audited by field name only: the
// values never go to the audit log or the log.
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { correctionCard, type CorrectionView } from '../../cards/records-correction';
import { canEditCase } from '../../domain/access';
import { changedFields, readCorrection, type CorrectionInput } from '../../domain/corrections';
import { today } from '../../domain/dates';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import type { CardPayload } from '../route';
import { cardInput, ownParticipant } from '../shared';

const valuesOf = (p: Participant): CorrectionInput => ({
  name: p.name ?? '',
  protectedIdentity: p.protectedIdentity,
  gender: p.gender,
  birthYear: String(p.birthYear),
  startDate: p.startDate,
  departments: p.departments,
  languages: p.languages ?? [],
  sfiTrack: p.sfiTrack === null ? '-' : String(p.sfiTrack),
  sfiCourse: p.sfiCourse ?? '-',
  supportAtStart: p.supportAtStart ?? '-',
});

/** The configured departments, and any on the record the configuration no longer lists (by id). */
function departmentsFor(ctx: FlowContext, p: Participant): CorrectionView['departments'] {
  const known = ctx.config.departments.map((d) => ({ id: d.id, name: d.name[ctx.actor.locale] }));
  const gone = p.departments.filter((id) => !known.some((d) => d.id === id));
  return [...known, ...gone.map((id) => ({ id, name: id }))];
}

function view(
  ctx: FlowContext,
  p: Participant,
  extra: Partial<CorrectionView> = {},
): CorrectionView {
  return {
    participantId: p.id,
    code: p.code,
    rev: p.rev,
    values: valuesOf(p),
    departments: departmentsFor(ctx, p),
    ...extra,
  };
}

/** `rätta <kod>`: the correction card, for the case owner. */
export async function openCorrection(ctx: FlowContext, args: string): Promise<AdaptiveCard> {
  if (!args.trim()) return refusalCard(ctx.t.records.correct.usage);
  const own = await ownParticipant(ctx, args, 'participant.correct.open');
  if (!own.ok) return own.card;
  return correctionCard(view(ctx, own.value), ctx.t);
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * The card's values. Teams does not send an input left empty (a cleared name, no language chosen):
 * absent is empty. The toggle and the choices that have a "none" choice are always sent by Teams, so
 * when one is absent it is kept as it is, never silently cleared (nor protection lifted).
 */
function inputOf(payload: CardPayload, p: Participant): CorrectionInput {
  const now = valuesOf(p);
  const kept = (key: 'sfiTrack' | 'sfiCourse' | 'supportAtStart') =>
    payload[key] === undefined ? now[key] : str(payload[key]);
  return {
    name: str(payload.name),
    protectedIdentity:
      cardInput.bool.safeParse(payload.protectedIdentity ?? p.protectedIdentity).data ??
      p.protectedIdentity,
    gender: str(payload.gender),
    birthYear: str(payload.birthYear),
    startDate: str(payload.startDate),
    departments: cardInput.list.safeParse(payload.departments).data ?? [],
    languages: cardInput.list.safeParse(payload.languages).data ?? [],
    sfiTrack: kept('sfiTrack'),
    sfiCourse: kept('sfiCourse'),
    supportAtStart: kept('supportAtStart'),
  };
}

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
  if (p.rev !== data.rev)
    return correctionCard(view(ctx, p, { errors: [ctx.t.common.errors.stale] }), ctx.t);
  const input = inputOf(payload, p);
  const departmentIds = departmentsFor(ctx, p).map((d) => d.id);
  const read = readCorrection(input, {
    today: today(ctx.clock),
    departmentIds,
    endDate: p.endDate,
  });
  if (!read.ok)
    return correctionCard(
      view(ctx, p, { values: input, errors: read.problems.map((x) => r.problems[x]) }),
      ctx.t,
    );
  const changes = changedFields(p, read.value);
  if (changes.length === 0) return correctionCard(view(ctx, p, { message: r.nothing }), ctx.t);
  const saved = await ctx.store.transaction(async (s) => {
    const next = await s.participants.update(p.id, p.rev, read.value);
    if (!next) return undefined;
    for (const c of changes)
      await s.records.addCorrection({ participantId: p.id, ...c, correctedBy: ctx.actor.id });
    if (next.protectedIdentity) await s.records.forgetNames(p.id);
    return next;
  });
  if (!saved) {
    const cur = (await ctx.store.participants.get(p.id)) ?? p;
    return correctionCard(view(ctx, cur, { errors: [ctx.t.common.errors.stale] }), ctx.t);
  }
  const fields = changes.map((c) => c.field);
  await ctx.audit('participant.correct', p.id, { code: p.code, fields: fields.join(';') });
  const names = fields.map((f) => r.fields[f]).join(', ');
  return correctionCard(view(ctx, saved, { message: r.saved(names) }), ctx.t);
}
