// A caseworker's caseload ("mina deltagare") at a real size: what each participant needs done,
// the order that puts the most pressing first, search by code or own name, and pages.
// Pure: facts in, decisions out.
import type { ConsentStatus } from './consent';
import { daysBetween } from './dates';
import type { IsoDate } from './types';

/** What a participant needs from the caseworker, most pressing first. */
export const NEEDS = [
  'rating_overdue',
  'follow_up_due',
  'consent_expiring',
  'consent_invalid',
  'first_rating',
] as const;
export type Need = (typeof NEEDS)[number];

export interface CaseloadFacts {
  code: string;
  /** The owner's view of the name (null for protected identity). */
  name: string | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  lastRating: IsoDate | null;
  nextFollowUp: IsoDate | null;
  consentStatus: ConsentStatus;
  /** Days left of a valid consent inside the warning window, else null (domain/consent expiresSoon). */
  consentExpiresIn: number | null;
}

export interface CaseloadRules {
  today: IsoDate;
  /** "No rating for longer than N weeks" is a follow-up signal (RATING_INTERVAL_WEEKS, default 12). */
  ratingIntervalWeeks: number;
}

/**
 * What needs doing, most pressing first. An exited participant needs nothing. A rating is overdue
 * when the last one is older than the interval; a participant never rated needs a first rating
 * (overdue once the interval has passed since the start). A follow-up is due on its date.
 */
export function needsOf(f: CaseloadFacts, rules: CaseloadRules): Need[] {
  if (f.endDate) return [];
  const out: Need[] = [];
  const limit = rules.ratingIntervalWeeks * 7;
  const since = daysBetween(f.lastRating ?? f.startDate, rules.today);
  if (since > limit) out.push('rating_overdue');
  else if (!f.lastRating) out.push('first_rating');
  if (f.nextFollowUp && f.nextFollowUp <= rules.today) out.push('follow_up_due');
  if (f.consentExpiresIn !== null) out.push('consent_expiring');
  else if (f.consentStatus !== 'valid') out.push('consent_invalid');
  return out.sort((a, b) => NEEDS.indexOf(a) - NEEDS.indexOf(b));
}

/** How pressing, within the participant's first need: larger is more pressing. */
function urgency(f: CaseloadFacts, need: Need | undefined, today: IsoDate): number {
  switch (need) {
    case 'rating_overdue':
      return daysBetween(f.lastRating ?? f.startDate, today);
    case 'follow_up_due':
      return daysBetween(f.nextFollowUp ?? today, today);
    case 'consent_expiring':
      return -(f.consentExpiresIn ?? 0);
    default:
      return 0;
  }
}

/**
 * The caseload in the order of what needs doing: by the first need (overdue rating, follow-up due,
 * consent expiring, consent not valid, no rating yet), the most overdue first within one need, then
 * those needing nothing; exited participants last, the latest exit first. Ties by code.
 */
export function sortByNeed<T extends CaseloadFacts>(rows: T[], rules: CaseloadRules): T[] {
  const key = (f: T) => {
    if (f.endDate) return { rank: NEEDS.length + 1, urgency: -daysBetween(f.endDate, rules.today) };
    const need = needsOf(f, rules)[0];
    return {
      rank: need ? NEEDS.indexOf(need) : NEEDS.length,
      urgency: urgency(f, need, rules.today),
    };
  };
  const keyed = rows.map((r) => ({ r, k: key(r) }));
  keyed.sort(
    (a, b) => a.k.rank - b.k.rank || b.k.urgency - a.k.urgency || a.r.code.localeCompare(b.r.code),
  );
  return keyed.map((x) => x.r);
}

/** Lower case, no diacritics: "Åsa" is found by "asa" and "åsa". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * Does a participant match what the caseworker searched for? By the start of the code (with or
 * without "D-") or by
 * any part of the own name; an empty query matches everyone.
 */
export function matchesSearch(f: Pick<CaseloadFacts, 'code' | 'name'>, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  const code = fold(f.code);
  if (code.startsWith(q) || code.replace(/^d-/, '').startsWith(q)) return true;
  return !!f.name && fold(f.name).includes(q);
}

export interface Page<T> {
  items: T[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  total: number;
}

/** One page of a list; a page number past the end (the list shrank since) shows the last page. */
export function pageOf<T>(items: T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { items: items.slice(p * size, p * size + size), page: p, pages, total: items.length };
}
