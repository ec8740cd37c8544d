// A person's request for their data (registerutdrag, GDPR art. 15): the owner or an administrator gets
// everything stored about one participant in their personal chat, as readable Swedish text and as
// JSON, split into messages inside Teams' size limit. Audited.
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { strings } from '../../cards/locales';
import { exportPartCard } from '../../cards/records';
import { normalizeCode } from '../../domain/code';
import { mayExportParticipant } from '../../domain/records';
import type { Participant } from '../../domain/types';
import type { Store } from '../../store';
import type { FlowContext } from '../context';
import { recordJson, recordText, splitForTeams, type ParticipantRecord } from './record-text';

/**
 * Bytes of text per message (the larger of UTF-16 and UTF-8). Teams has refused bot messages over
 * 40 KB in UTF-16 (now 100 KB) and the bot budgets 28 KB of JSON per card (docs/teams-behaviour.md,
 * rows 4 and 5); a part's card adds its heading and intro (under 2 KB), so 24 KB of text keeps every
 * part inside all of them.
 */
export const PART_BYTES = 24_000;

export async function gatherRecord(
  store: Store,
  p: Participant,
  now: Date,
): Promise<ParticipantRecord> {
  const [tables, audit, users] = await Promise.all([
    store.records.rowsAbout(p.id),
    store.records.entries({ participantId: p.id, code: p.code }),
    store.users.list(),
  ]);
  const staffNames: Record<string, string> = {};
  for (const u of users) if (u.name) staffNames[u.id] = u.name;
  return { code: p.code, producedAt: now.toISOString(), tables, audit, staffNames };
}

/** The record as the cards of the requester's chat: the Swedish text, then the JSON. */
export function recordCards(r: ParticipantRecord, t = strings('sv')): AdaptiveCard[] {
  const text = splitForTeams(recordText(r, strings('sv')), PART_BYTES);
  const json = splitForTeams(JSON.stringify(recordJson(r), null, 1), PART_BYTES);
  const parts = text.length + json.length;
  return [
    ...text.map((body, i) =>
      exportPartCard({ code: r.code, part: i + 1, parts, kind: 'text', body }, t),
    ),
    ...json.map((body, i) =>
      exportPartCard({ code: r.code, part: text.length + i + 1, parts, kind: 'json', body }, t),
    ),
  ];
}

/** `registerutdrag <kod>` in personal chat. */
export async function accessRequest(
  ctx: FlowContext,
  args: string,
): Promise<AdaptiveCard[] | AdaptiveCard> {
  const code = normalizeCode(args);
  if (!code) return refusalCard(ctx.t.records.export.usage);
  const p = await ctx.store.participants.byCode(code);
  if (!p) return refusalCard(ctx.t.common.errors.unknownParticipant(code));
  if (!mayExportParticipant(ctx.actor, p)) {
    await ctx.audit('records.export.refused', p.id, { code: p.code, reason: 'not_owner' });
    return refusalCard(ctx.t.records.export.notAllowed(p.code));
  }
  const record = await gatherRecord(ctx.store, p, ctx.clock.now());
  const cards = recordCards(record, ctx.t);
  await ctx.audit('records.export', p.id, { code: p.code, parts: cards.length });
  ctx.log.info({ participantId: p.id, parts: cards.length }, 'access request produced');
  return cards;
}
