// The progression card (stegförflyttning) for the owner, and "Min resa", the participant's own
// summary in their language, shown on screen after a session.
import { z } from 'zod';
import { messageCard, refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { journeyCard } from '../../cards/journey';
import { progressionCard, type ProgressionView } from '../../cards/progression';
import {
  caseworkerOnlyOf,
  participantText,
  selfRated,
  type Instrument,
} from '../../domain/instruments';
import { journeyLanguage, journeyRows, hasJourney } from '../../domain/journey';
import type { RatingSession } from '../../domain/model';
import { maySeeProgression, scoreHistory, summarize } from '../../domain/progression';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import { participantByCode } from './open';
import { bilingualOf } from './view';

/** The sets the sessions used, newest first (rows follow the latest one's order). */
async function setsUsed(ctx: FlowContext, sessions: RatingSession[]): Promise<Instrument[]> {
  const used: Instrument[] = [];
  for (const s of [...sessions].reverse()) {
    if (used.some((i) => i.id === s.instrumentId && i.version === s.instrumentVersion)) continue;
    const inst = await ctx.store.instruments.get(s.instrumentId, s.instrumentVersion);
    if (inst) used.push(inst);
  }
  return used;
}

function areasOf(used: Instrument[], ctx: FlowContext): Record<string, string> {
  const areas: Record<string, string> = {};
  for (const inst of [...used].reverse())
    for (const ind of inst.indicators) areas[ind.id] = ind.area[ctx.actor.locale];
  return areas;
}

export async function progressionFor(
  ctx: FlowContext,
  p: Participant,
  extra: { savedNotice?: string; notice?: string } = {},
): Promise<AdaptiveCard> {
  const sessions = await ctx.store.ratings.sessionsFor(p.id);
  await ctx.audit('progression.view', p.id, { code: p.code, sessions: sessions.length });
  if (sessions.length === 0) return messageCard(ctx.t.rating.progression.none(p.code));
  const used = await setsUsed(ctx, sessions);
  const cwOnly = new Set(used.flatMap((i) => [...caseworkerOnlyOf(i)]));
  const isCw = (id: string) => cwOnly.has(id);
  const ids = [...new Set(used.flatMap((i) => i.indicators.map((x) => x.id)))];
  const sum = summarize(sessions, isCw, ids, ctx.config.PROGRESSION_MIN_RISEN);
  const latest = sum.sessions[sum.sessions.length - 1]!;
  const latestInst = used[0];
  const view: ProgressionView = {
    code: p.code,
    participantId: p.id,
    areas: areasOf(used, ctx),
    instrumentLine: latestInst
      ? ctx.t.rating.progression.instrumentLine(
          latestInst.name[ctx.actor.locale],
          latestInst.version,
        )
      : `${latest.instrumentId} v${latest.instrumentVersion}`,
    rows: sum.rows,
    risenCount: sum.risen.length,
    comparable: sum.rows.filter((r) => r.first !== null).length,
    progressed: sum.progressed,
    doubtful: sum.doubtful,
    minRisen: ctx.config.PROGRESSION_MIN_RISEN,
    signals: { ...sum.signals, drops: sum.drops },
    history: scoreHistory(sum.sessions, isCw, ids),
    sessions: sum.sessions.map((s) => ({
      id: s.id,
      date: s.date,
      revision: s.revision,
      savedAt: s.savedAt,
    })),
    jobSearch: latest.jobSearchDescription,
    jobSearchWords: latest.jobSearchWords,
    ...extra,
  };
  return progressionCard(view, ctx.t);
}

/** `progression <kod>`: the owner only, with an audit row either way. */
export async function progressionCommand(ctx: FlowContext, args: string): Promise<AdaptiveCard> {
  const found = await participantByCode(ctx, args);
  if (!found.ok) return found.card;
  const p = found.value;
  if (!maySeeProgression(ctx.actor, p)) {
    await ctx.audit('progression.view.refused', p.id, { code: p.code, reason: 'not_owner' });
    return refusalCard(ctx.t.common.errors.notOwner(p.code));
  }
  return progressionFor(ctx, p);
}

const ParticipantRef = z.object({ participantId: z.string().min(1).max(100) });

async function ownParticipantById(ctx: FlowContext, raw: unknown, action: string) {
  const input = ParticipantRef.safeParse(raw);
  const p = input.success ? await ctx.store.participants.get(input.data.participantId) : undefined;
  if (!p) return { card: refusalCard(ctx.t.common.errors.expired) };
  if (!maySeeProgression(ctx.actor, p)) {
    await ctx.audit(`${action}.refused`, p.id, { code: p.code, reason: 'not_owner' });
    return { card: refusalCard(ctx.t.common.errors.notOwner(p.code)) };
  }
  return { p };
}

/** "Tillbaka till progressionen" from Min resa. */
export async function progressionAction(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const own = await ownParticipantById(ctx, raw, 'progression.view');
  return own.p ? progressionFor(ctx, own.p) : own.card;
}

/** "Min resa": the participant's own answers, first session against now, in their language. */
export async function journey(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const own = await ownParticipantById(ctx, raw, 'rating.journey');
  if (!own.p) return own.card;
  const p = own.p;
  const sessions = await ctx.store.ratings.sessionsFor(p.id);
  const latest = sessions[sessions.length - 1];
  const instrument = latest
    ? await ctx.store.instruments.get(latest.instrumentId, latest.instrumentVersion)
    : undefined;
  if (!instrument) return messageCard(ctx.t.rating.mode.journeyNone);
  const ids = selfRated(instrument).map((i) => i.id);
  const rows = journeyRows(sessions, ids);
  if (!rows.some((r) => r.now !== null)) return messageCard(ctx.t.rating.mode.journeyNone);
  await ctx.audit('rating.journey.view', p.id, { code: p.code, sessions: sessions.length });
  const lang = journeyLanguage(sessions, p.languages ?? []);
  const given = rows.flatMap((r) => [r.firstLang, r.nowLang]).filter((l) => l !== undefined);
  const answerTexts = Object.fromEntries(
    [...new Set(given)].map((l) => [l, participantText(instrument, l) ?? undefined]),
  );
  return journeyCard(
    {
      ...bilingualOf(ctx, instrument, lang),
      answerTexts,
      rows,
      firstOnly: !hasJourney(rows, sessions.length),
      participantId: p.id,
    },
    ctx.t,
  );
}
