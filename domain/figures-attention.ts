// "Needs attention" of ../shared/docs/domain.md "Figures", for the weekly digest: who needs
// attention, by pseudonymous code only. Re-exported from domain/figures.ts; pure, over its index.
import { addDaysIso } from './dates';
import { isConsentValid } from './consent';
import type { FigureIndex, FigureRules, Period } from './figures';
import type { Exit, RatingSession } from './model';
import { fallsBetweenChairs } from './outcomes';
import { isStagnant } from './progression';
import type { IsoDate } from './types';

export const inPeriod = (date: IsoDate | null | undefined, p: Period): boolean =>
  !!date && p.from <= date && date <= p.to;

/** Sessions held up to and including a date (sessions are sorted, so this is a prefix). */
export function sessionsUpTo(sorted: RatingSession[], to: IsoDate): RatingSession[] {
  let n = sorted.length;
  while (n > 0 && sorted[n - 1].date > to) n--;
  return n === sorted.length ? sorted : sorted.slice(0, n);
}

export const ATTENTION_KINDS = [
  'noRecentRating',
  'followUpOverdue',
  'stagnant',
  'exitWithoutNextStep',
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export interface AttentionList {
  /** Codes that may be shown (valid consent on asOf), sorted (from the store: only the first ones). */
  codes: string[];
  /** How many more need attention but are not listed outside their caseworker's view (no valid consent). */
  withheld: number;
  /** How many more may be shown than `codes` holds (the store reads only what the card can show). */
  more?: number;
}

export type NeedsAttention = Record<AttentionKind, AttentionList>;

/** What "needs attention" reads of one participant, as of a day. */
export interface AttentionFacts {
  startDate: IsoDate;
  /** The exit date: the recorded exit's, else the participant's end date. */
  endDate: IsoDate | null;
  /** The latest session on or before the day; null when never rated by then. */
  lastSessionDate: IsoDate | null;
  /** isStagnant over the sessions up to the day (three or more sessions). */
  stagnant: boolean;
  nextFollowUp: IsoDate | null;
  exit: Pick<Exit, 'date' | 'nextStep' | 'outcome'> | null;
}

/** Why one participant needs attention as of a day (the kinds of `needsAttention`). */
export function attentionKinds(
  f: AttentionFacts,
  asOf: IsoDate,
  exitPeriod: Period,
  ratingIntervalWeeks: number,
): AttentionKind[] {
  const kinds: AttentionKind[] = [];
  const activeNow = f.startDate <= asOf && (f.endDate === null || f.endDate >= asOf);
  if (activeNow) {
    const last = f.lastSessionDate ?? f.startDate;
    if (last < addDaysIso(asOf, -7 * ratingIntervalWeeks)) kinds.push('noRecentRating');
    if (f.nextFollowUp && f.nextFollowUp < asOf) kinds.push('followUpOverdue');
    if (f.stagnant) kinds.push('stagnant');
  }
  if (f.exit && fallsBetweenChairs(f.exit) && inPeriod(f.exit.date, exitPeriod))
    kinds.push('exitWithoutNextStep');
  return kinds;
}

/** The lists of "needs attention": codes shown only with a valid consent on the day, the others counted. */
export function attentionLists(
  flagged: Iterable<{ code: string; kinds: AttentionKind[]; visible: boolean }>,
): NeedsAttention {
  const out = Object.fromEntries(
    ATTENTION_KINDS.map((k) => [k, { codes: [] as string[], withheld: 0 }]),
  ) as NeedsAttention;
  for (const f of flagged) {
    for (const k of f.kinds) {
      if (f.visible) out[k].codes.push(f.code);
      else out[k].withheld++;
    }
  }
  for (const k of ATTENTION_KINDS) out[k].codes.sort();
  return out;
}

/** One list as the store counts it: how many are listed and withheld, and the first listed codes. */
export interface AttentionCount {
  kind: AttentionKind;
  listed: number;
  withheld: number;
  /** The first of the listed codes, in code order (at most the card's limit). */
  codes: string[];
}

/** The lists from the store's counts (the same lists as attentionLists, then firstCodes). */
export function attentionFromCounts(counts: Iterable<AttentionCount>): NeedsAttention {
  const out = attentionLists([]);
  for (const c of counts) {
    const codes = [...c.codes].sort();
    out[c.kind] = { codes, withheld: c.withheld };
    if (c.listed > codes.length) out[c.kind].more = c.listed - codes.length;
  }
  return out;
}

/** Each list's first `limit` codes (what the card can show), the others counted in `more`. */
export function firstCodes(a: NeedsAttention, limit: number): NeedsAttention {
  const out = attentionLists([]);
  for (const k of ATTENTION_KINDS) {
    const { codes, withheld, more = 0 } = a[k];
    out[k] = { codes: codes.slice(0, limit), withheld };
    const rest = more + Math.max(0, codes.length - limit);
    if (rest > 0) out[k].more = rest;
  }
  return out;
}

/**
 * "Needs attention", by pseudonymous code only, as of a date:
 * - noRecentRating: active, and no session for longer than `ratingIntervalWeeks` (counted from the
 *   start when never rated);
 * - followUpOverdue: active, and the plan's next follow-up date has passed;
 * - stagnant: active, and no indicator has risen over the last three sessions (domain/progression);
 * - exitWithoutNextStep: exited in `exitPeriod` with no next step where one was needed
 *   (domain/outcomes fallsBetweenChairs: an exit to work or studies is itself the next step).
 * A code is listed only when the participant's consent is valid on asOf: without it the person
 * is only counted (`withheld`), so nothing about them is shared across departments.
 */
export function needsAttention(
  ix: FigureIndex,
  asOf: IsoDate,
  exitPeriod: Period,
  rules: FigureRules & { ratingIntervalWeeks: number },
): NeedsAttention {
  const flagged: { code: string; kinds: AttentionKind[]; visible: boolean }[] = [];
  for (const f of ix.people) {
    const upTo = sessionsUpTo(f.sessions, asOf);
    const facts: AttentionFacts = {
      startDate: f.participant.startDate,
      endDate: f.endDate,
      lastSessionDate: upTo.length ? upTo[upTo.length - 1].date : null,
      stagnant: upTo.length >= 3 && isStagnant(upTo, rules.isCaseworkerOnly),
      nextFollowUp: f.plan?.nextFollowUp ?? null,
      exit: f.exit ?? null,
    };
    const kinds = attentionKinds(facts, asOf, exitPeriod, rules.ratingIntervalWeeks);
    if (kinds.length === 0) continue;
    const visible = isConsentValid(ix.consents.get(f.participant.id), asOf);
    flagged.push({ code: f.participant.code, kinds, visible });
  }
  return attentionLists(flagged);
}
