// Retention (gallring): a participant's data is kept only as long as needed. Once the case has ended
// (an exit date) and the last entry about the participant is older than the retention period
// (RETENTION_YEARS, default five years, as social services' case files), every row about the
// participant is deleted. Pure rules; the store finds the dates, the job deletes.
import { addYears, formatISO, parseISO } from 'date-fns';
import { ISO_DATE, isoDateAt, isValidIsoDate } from './dates';
import type { IsoDate } from './types';

/** What the rule needs about one participant: the exit date and the dates of every entry. */
export interface RetentionFacts {
  /** participants.end_date; null while the case is active. */
  endDate: IsoDate | null;
  /**
   * Dates of entries about the participant: calendar dates (`YYYY-MM-DD`, e.g. a rating session's
   * date) or instants (ISO timestamps, e.g. when a consent was recorded). Null/undefined are skipped.
   */
  entries: readonly (string | null | undefined)[];
}

export type RetentionDecision =
  | {
      due: false;
      reason: 'active' | 'unreadable_date' | 'within_period';
      lastEntry: IsoDate | null;
      cullFrom: IsoDate | null;
    }
  | { due: true; lastEntry: IsoDate; cullFrom: IsoDate };

/** A date or an instant as a Stockholm calendar date; null when it is neither. */
export function entryDate(s: string): IsoDate | null {
  if (ISO_DATE.test(s)) return isValidIsoDate(s) ? s : null;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? null : isoDateAt(new Date(ms));
}

/** The latest of the exit date and every entry; null when one of them cannot be read. */
export function lastEntry(facts: RetentionFacts): IsoDate | null {
  let last: IsoDate | null = null;
  for (const s of [facts.endDate, ...facts.entries]) {
    if (s === null || s === undefined) continue;
    const d = entryDate(s);
    if (d === null) return null;
    if (last === null || d > last) last = d;
  }
  return last;
}

/**
 * The first day on which data whose last entry is `last` is older than `years` years: the day after
 * the anniversary (a last entry on 2020-03-10 with five years is culled from 2025-03-11; one on
 * 29 February counts its anniversary on 28 February).
 */
export function cullFrom(last: IsoDate, years: number): IsoDate {
  const anniversary = addYears(parseISO(last), years);
  anniversary.setDate(anniversary.getDate() + 1);
  return formatISO(anniversary, { representation: 'date' });
}

/**
 * Is this participant due for culling on `on`? Never while the case is active (no exit date). Never
 * when a date cannot be read (keep rather than delete on doubt). Otherwise when the latest of the
 * exit date and every entry is more than `years` years before `on`.
 */
export function retentionDecision(
  facts: RetentionFacts,
  on: IsoDate,
  years: number,
): RetentionDecision {
  if (facts.endDate === null)
    return { due: false, reason: 'active', lastEntry: null, cullFrom: null };
  const last = lastEntry(facts);
  if (last === null)
    return { due: false, reason: 'unreadable_date', lastEntry: null, cullFrom: null };
  const from = cullFrom(last, years);
  return on >= from
    ? { due: true, lastEntry: last, cullFrom: from }
    : { due: false, reason: 'within_period', lastEntry: last, cullFrom: from };
}

export function isDueForCulling(facts: RetentionFacts, on: IsoDate, years: number): boolean {
  return retentionDecision(facts, on, years).due;
}

/** The scheduler claims the retention pass once per Stockholm calendar day. */
export function retentionKey(day: IsoDate): string {
  return `retention:${day}`;
}
