// Progression (stegförflyttning) of the BIP/SKAPA method: pure functions over rating sessions.
// The rules are those of ../shared/docs/domain.md, "Progression rules". Sessions may be given in
// any order; every function sorts them by date (then savedAt) itself.
import { hasRole, isOwner } from './access';
import { consentStatus, type ConsentStatus } from './consent';
import type { IndicatorScore, RatingSession, Score } from './model';
import type { Actor, Consent, IsoDate, Participant } from './types';

export type IsCaseworkerOnly = (indicatorId: string) => boolean;

/** The score that counts for progression: the caseworker's on a caseworker-only indicator, else the participant's own. */
export function scoreFor(score: IndicatorScore, caseworkerOnly: boolean): Score {
  return caseworkerOnly ? score.staff : score.self;
}

const cmp = (a: string, b: string) => Number(a > b) - Number(a < b);

/** Oldest first: by date, then by when it was saved (two sessions on one day), then by id (stable for any input order). */
export function sortSessions(sessions: readonly RatingSession[]): RatingSession[] {
  return [...sessions].sort(
    (a, b) => cmp(a.date, b.date) || cmp(a.savedAt, b.savedAt) || cmp(a.id, b.id),
  );
}

/** Indicator ids in the order they first appear in the (sorted) sessions. */
function indicatorIdsOf(sorted: readonly RatingSession[]): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const s of sorted)
    for (const sc of s.scores)
      if (!seen.has(sc.indicatorId)) {
        seen.add(sc.indicatorId);
        ids.push(sc.indicatorId);
      }
  return ids;
}

function countingScore(
  session: RatingSession,
  indicatorId: string,
  isCaseworkerOnly: IsCaseworkerOnly,
): Score {
  const sc = session.scores.find((x) => x.indicatorId === indicatorId);
  return sc ? scoreFor(sc, isCaseworkerOnly(indicatorId)) : null;
}

/** First and latest counted score of one indicator; "vet ej" (null) is skipped. */
function firstAndLatest(
  sorted: readonly RatingSession[],
  indicatorId: string,
  isCaseworkerOnly: IsCaseworkerOnly,
): { first: Score; latest: Score } {
  let first: Score = null;
  let latest: Score = null;
  for (const s of sorted) {
    const v = countingScore(s, indicatorId, isCaseworkerOnly);
    if (v === null) continue;
    if (first === null) first = v;
    latest = v;
  }
  return { first, latest };
}

/**
 * Indicators whose latest score is higher than at the first session on which they were scored.
 * BIP counts a rise of one step as progression; "vet ej" is never a rise or a fall.
 */
export function risenIndicators(
  sessions: readonly RatingSession[],
  isCaseworkerOnly: IsCaseworkerOnly,
): string[] {
  const sorted = sortSessions(sessions);
  return indicatorIdsOf(sorted).filter((id) => {
    const { first, latest } = firstAndLatest(sorted, id, isCaseworkerOnly);
    return first !== null && latest !== null && latest > first;
  });
}

/** Progressed: at least `minRisen` (three by default, configurable) indicators have risen. */
export function hasProgressed(
  sessions: readonly RatingSession[],
  isCaseworkerOnly: IsCaseworkerOnly,
  minRisen = 3,
): boolean {
  return risenIndicators(sessions, isCaseworkerOnly).length >= minRisen;
}

/**
 * Stagnation: no indicator has risen between the last three sessions (over the last two
 * intervals), i.e. no indicator's latest score in that window is above its first score in it.
 * Never with fewer than three sessions: too early to say.
 */
export function isStagnant(
  sessions: readonly RatingSession[],
  isCaseworkerOnly: IsCaseworkerOnly,
): boolean {
  const sorted = sortSessions(sessions);
  if (sorted.length < 3) return false;
  return risenIndicators(sorted.slice(-3), isCaseworkerOnly).length === 0;
}

/**
 * "5 on every area, as if it were a job interview": every self-rating given in the session is 5.
 * "Vet ej" is skipped; at least `minAnswered` self-ratings are needed for the pattern to mean anything.
 */
export function uniformTopSelfRating(
  session: RatingSession,
  isCaseworkerOnly: IsCaseworkerOnly,
  minAnswered = 3,
): boolean {
  const selfScores = session.scores
    .filter((s) => !isCaseworkerOnly(s.indicatorId))
    .map((s) => s.self)
    .filter((v): v is Exclude<Score, null> => v !== null);
  return selfScores.length >= Math.max(1, minAnswered) && selfScores.every((v) => v === 5);
}

/**
 * Self/caseworker gap: the indicators where the two ratings differ by `minSteps` or more, when
 * there are at least `minIndicators` of them; null otherwise. Only indicators rated by both count.
 */
export function selfStaffGap(
  session: RatingSession,
  minSteps = 2,
  minIndicators = 3,
): string[] | null {
  const gaps = session.scores
    .filter((s) => s.self !== null && s.staff !== null && Math.abs(s.self - s.staff) >= minSteps)
    .map((s) => s.indicatorId);
  return gaps.length >= minIndicators ? gaps : null;
}

export interface ProgressionRow {
  indicatorId: string;
  /** Latest counted score (the one the rise is measured with); null when never scored. */
  now: Score;
  /** Score at the latest session itself (null: vet ej or not rated then). */
  atLatest: Score;
  /** Score at the first session on which it was scored. */
  first: Score;
  /** Score at the session before the latest (null: vet ej, not rated, or no such session). */
  previous: Score;
  /** now − first, when both are scores; null otherwise. */
  change: number | null;
  risen: boolean;
}

/**
 * The per-indicator table of the progression card. `indicatorIds` gives the rows and their
 * order (the instrument's); indicators only in the sessions are added after them.
 */
export function progressionTable(
  sessions: readonly RatingSession[],
  isCaseworkerOnly: IsCaseworkerOnly,
  indicatorIds: readonly string[] = [],
): ProgressionRow[] {
  const sorted = sortSessions(sessions);
  const ids = [...indicatorIds];
  for (const id of indicatorIdsOf(sorted)) if (!ids.includes(id)) ids.push(id);
  const latest = sorted[sorted.length - 1];
  const prev = sorted.length >= 2 ? sorted[sorted.length - 2] : undefined;
  return ids.map((id) => {
    const { first, latest: now } = firstAndLatest(sorted, id, isCaseworkerOnly);
    const change = first !== null && now !== null ? now - first : null;
    return {
      indicatorId: id,
      now,
      atLatest: latest ? countingScore(latest, id, isCaseworkerOnly) : null,
      first,
      previous: prev ? countingScore(prev, id, isCaseworkerOnly) : null,
      change,
      risen: change !== null && change > 0,
    };
  });
}

export interface ProgressionSignals {
  /** Every self-rating in the latest session is 5: discuss the questions again. */
  uniformTop: boolean;
  /** Indicators with a self/caseworker gap of two or more steps (three or more of them), else null. */
  gap: string[] | null;
  /** No indicator risen over the last two intervals. */
  stagnant: boolean;
}

/** The counted score fell `minSteps` or more from the session before the latest to the latest. */
export function largeDrops(rows: readonly ProgressionRow[], minSteps = 2): string[] | null {
  const ids = rows
    .filter(
      (r) => r.previous !== null && r.atLatest !== null && r.previous - r.atLatest >= minSteps,
    )
    .map((r) => r.indicatorId);
  return ids.length ? ids : null;
}

/**
 * A rise is not shown as plain success when a signal casts doubt on the latest ratings: 5 on every
 * self-rating ("as if it were a job interview") or large drops since the session before.
 */
export function castsDoubt(signals: ProgressionSignals, drops: string[] | null): boolean {
  return signals.uniformTop || drops !== null;
}

export interface ProgressionSummary {
  sessions: RatingSession[];
  rows: ProgressionRow[];
  risen: string[];
  progressed: boolean;
  /** Progressed, but a signal casts doubt on it (castsDoubt). */
  doubtful: boolean;
  signals: ProgressionSignals;
  /** Indicators that fell two steps or more since the session before (counted scores), else null. */
  drops: string[] | null;
}

/** Everything the progression card shows, from the participant's sessions. */
export function summarize(
  sessions: readonly RatingSession[],
  isCaseworkerOnly: IsCaseworkerOnly,
  indicatorIds: readonly string[] = [],
  minRisen = 3,
): ProgressionSummary {
  const sorted = sortSessions(sessions);
  const latest = sorted[sorted.length - 1];
  const risen = risenIndicators(sorted, isCaseworkerOnly);
  const rows = progressionTable(sorted, isCaseworkerOnly, indicatorIds);
  const signals: ProgressionSignals = {
    uniformTop: latest ? uniformTopSelfRating(latest, isCaseworkerOnly) : false,
    gap: latest ? selfStaffGap(latest) : null,
    stagnant: isStagnant(sorted, isCaseworkerOnly),
  };
  const drops = largeDrops(rows);
  const progressed = risen.length >= minRisen;
  return {
    sessions: sorted,
    rows,
    risen,
    progressed,
    doubtful: progressed && castsDoubt(signals, drops),
    signals,
    drops,
  };
}

// ------------------------------------------------------------------ who may rate

export type RatingRefusal = 'not_caseworker' | 'not_owner' | 'exited' | ConsentStatus;

/**
 * Only the owning caseworker (the one the case was handed to, after acceptance, is the owner)
 * rates, and only while the consent in force (the latest) is valid on `today`, the day the
 * session is started, resumed, saved or corrected. A new session is dated the day it is started,
 * so at the start this is "valid on the session date"; checking today again on save means a draft
 * cannot be saved after the consent expired or was withdrawn, and a session held before a renewal
 * can be corrected under the renewed consent (whose given-on date is later than the session's).
 */
export function mayRate(
  actor: Actor,
  participant: Participant,
  consent: Consent | null | undefined,
  today: IsoDate,
): { ok: true } | { ok: false; reason: RatingRefusal } {
  if (!hasRole(actor, 'caseworker')) return { ok: false, reason: 'not_caseworker' };
  if (!isOwner(actor, participant)) return { ok: false, reason: 'not_owner' };
  const status = consentStatus(consent, today);
  if (status !== 'valid') return { ok: false, reason: status };
  return { ok: true };
}

/** Whether a new session may still begin for the participant: before the exit (the who and the
 * consent are mayStartSession's). */
export function beforeExit(participant: Pick<Participant, 'endDate'>): boolean {
  return !participant.endDate;
}

/**
 * Beginning a new rating session (not resuming a draft, not correcting a held session): as mayRate,
 * and only while the participant has not exited. The method's sessions are those of the time in
 * the programme, and a new session is dated the day it is started, so one begun after the exit
 * would be dated after it. A draft begun before the exit can still be resumed and saved.
 */
export function mayStartSession(
  actor: Actor,
  participant: Participant,
  consent: Consent | null | undefined,
  today: IsoDate,
): { ok: true } | { ok: false; reason: RatingRefusal } {
  const may = mayRate(actor, participant, consent, today);
  if (may.ok && !beforeExit(participant)) return { ok: false, reason: 'exited' };
  return may;
}

/** Offered in the picker of a new rating session: whom the actor may start a session with today. */
export function offeredForRating(
  actor: Actor,
  participant: Participant,
  consent: Consent | null | undefined,
  today: IsoDate,
): boolean {
  return mayStartSession(actor, participant, consent, today).ok;
}

/** Seeing the history of sessions (comments and job-search text included): the owner only. */
export function maySeeProgression(actor: Actor, participant: Participant): boolean {
  return isOwner(actor, participant);
}

// ------------------------------------------------------------------ history for the chart

export interface ScoreHistory {
  /** Session dates, oldest first (one per session; a date can repeat). */
  dates: IsoDate[];
  /** Per indicator, the counted score at each session (null: vet ej or not rated then). */
  series: { indicatorId: string; values: Score[] }[];
}

/** The counted score of every indicator at every session, for the chart and its table. */
export function scoreHistory(
  sessions: readonly RatingSession[],
  isCaseworkerOnly: IsCaseworkerOnly,
  indicatorIds: readonly string[] = [],
): ScoreHistory {
  const sorted = sortSessions(sessions);
  const ids = [...indicatorIds];
  for (const id of indicatorIdsOf(sorted)) if (!ids.includes(id)) ids.push(id);
  return {
    dates: sorted.map((s) => s.date),
    series: ids.map((id) => ({
      indicatorId: id,
      values: sorted.map((s) => countingScore(s, id, isCaseworkerOnly)),
    })),
  };
}
