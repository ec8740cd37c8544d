// "Min resa": the participant's own ratings now against their first session, shown to them on
// screen, and the rule for a second session on the same day. Pure functions over sessions.
import type { RatingSession, Score } from './model';
import { progressionTable, sortSessions } from './progression';
import type { IsoDate } from './types';

export interface JourneyRow {
  indicatorId: string;
  /** The participant's own first score (first session where they gave one); null: never scored. */
  first: Score;
  /** Their latest own score; null: never scored. */
  now: Score;
  risen: boolean;
}

/**
 * One row per self-rated indicator, with the participant's own scores only (never the
 * caseworker's: the two ratings are independent, and this card is for the participant).
 * "Vet ej" is skipped as everywhere in progression.
 */
export function journeyRows(
  sessions: readonly RatingSession[],
  selfRatedIds: readonly string[],
): JourneyRow[] {
  const ownOnly = () => false;
  return progressionTable(sessions, ownOnly, selfRatedIds)
    .filter((r) => selfRatedIds.includes(r.indicatorId))
    .map((r) => ({ indicatorId: r.indicatorId, first: r.first, now: r.now, risen: r.risen }));
}

/** More than one session with an own score: there is something to compare. */
export function hasJourney(rows: readonly JourneyRow[], sessionCount: number): boolean {
  return sessionCount >= 2 && rows.some((r) => r.first !== null);
}

/** The participant's session already held on `day`, if any (the latest of that day). */
export function sessionOnDay(
  sessions: readonly RatingSession[],
  day: IsoDate,
): RatingSession | undefined {
  return sortSessions(sessions.filter((s) => s.date === day)).pop();
}
