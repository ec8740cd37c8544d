// "Min resa": the participant's own ratings now against their first session, shown to them on
// screen, and the rule for a second session on the same day. Pure functions over sessions.
import type { RatingSession, Score } from './model';
import { progressionTable, sortSessions } from './progression';
import { sessionLanguageOf, type ParticipantLanguage } from './languages';
import type { IsoDate } from './types';

export interface JourneyRow {
  indicatorId: string;
  /** The participant's own first score (first session where they gave one); null: never scored. */
  first: Score;
  /** Their latest own score; null: never scored. */
  now: Score;
  risen: boolean;
  /** The language each of the two answers was given in (absent: a session held together). */
  firstLang?: ParticipantLanguage;
  nowLang?: ParticipantLanguage;
}

const ownScore = (s: RatingSession, id: string): Score =>
  s.scores.find((x) => x.indicatorId === id)?.self ?? null;

/**
 * One row per self-rated indicator, with the participant's own scores only (never the
 * caseworker's: the two ratings are independent, and this card is for the participant), and the
 * language of the sessions that gave them. "Vet ej" is skipped as everywhere in progression.
 */
export function journeyRows(
  sessions: readonly RatingSession[],
  selfRatedIds: readonly string[],
): JourneyRow[] {
  const ownOnly = () => false;
  const sorted = sortSessions(sessions);
  return progressionTable(sessions, ownOnly, selfRatedIds)
    .filter((r) => selfRatedIds.includes(r.indicatorId))
    .map((r) => {
      const answered = sorted.filter((s) => ownScore(s, r.indicatorId) !== null);
      return {
        indicatorId: r.indicatorId,
        first: r.first,
        now: r.now,
        risen: r.risen,
        firstLang: answered[0]?.language ?? undefined,
        nowLang: answered[answered.length - 1]?.language ?? undefined,
      };
    });
}

/**
 * The language Min resa is shown in: the one the participant answered their latest session in (they
 * are looking at the screen now), else their first recorded language.
 */
export function journeyLanguage(
  sessions: readonly RatingSession[],
  languages: readonly string[],
): ParticipantLanguage {
  const latest = sortSessions(sessions).pop();
  return latest?.language ?? sessionLanguageOf(languages);
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
