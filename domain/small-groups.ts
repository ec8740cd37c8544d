// Small numbers in shared channels (diskretionering): statistics shown to many must not show a group
// so small that a person can be recognised (../shared/docs/domain.md "Records and rights"). Pure.
//
// Primary: a count of people from 1 to min − 1 is shown as "fewer than min" (`few`); 0 is shown.
// Secondary: a table's cells are tied by sums (total = women + men + other; the outcome groups add
// up to the exits). A sum with exactly one hidden cell gives that cell away by subtraction, so one
// more cell of it is hidden (`hidden`): the smallest one still shown, a positive one if any.
// Repeated until no sum has exactly one hidden cell. A share is hidden when its numerator or
// denominator is; an average change over fewer than min people is hidden.
import type { Digest } from './digest';
import { emptyCount, type PeriodFigures, type PersonCount } from './figures';
import { supportRows, type ChangeFigures, type RisenFigure } from './figures-change';
import { ACTIVITY_KINDS, OUTCOME_GROUPS, type ActivityKind, type OutcomeGroup } from './model';
import { outcomeGroup } from './outcomes';

export type Hidden = 'few' | 'hidden';
export const COUNT_KEYS = ['total', 'women', 'men', 'other'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type CountMask = Partial<Record<CountKey, Hidden>>;
export type ShareMask = Partial<Record<'total' | 'women' | 'men', Hidden>>;

export const isSmall = (n: number, min: number): boolean => n > 0 && n < min;

/** The value of a count's cell, or how it is hidden. */
export type Cell = number | Hidden;
export const cellOf = (c: PersonCount, m: CountMask | undefined, k: CountKey): Cell =>
  m?.[k] ?? c[k];

interface Slot {
  value: number;
  get(): Hidden | undefined;
  set(h: Hidden): void;
}

const slot = (c: PersonCount, m: CountMask, k: CountKey): Slot => ({
  value: c[k],
  get: () => m[k],
  set: (h) => {
    m[k] = h;
  },
});

/**
 * One sum (its cells, and whether the sum itself is unknown to the reader): with exactly one
 * unknown, hides the smallest cell still shown. `fixed` cells belong to another table and are
 * never hidden here. True when a cell was hidden.
 */
function closeSum(cells: Slot[], fixed: Slot[] = []): boolean {
  const unknown = [...cells, ...fixed].filter((s) => s.get()).length;
  if (unknown !== 1) return false;
  const shown = cells.filter((s) => !s.get());
  // A hidden 0 protects little (readers assume "other" is 0): hide a positive cell when there is one.
  const positive = shown.filter((s) => s.value > 0);
  const pick = positive.length ? positive : shown;
  if (pick.length === 0) return false;
  pick.reduce((a, b) => (b.value < a.value ? b : a)).set('hidden');
  return true;
}

/**
 * Masks for rows of counts (each row: total = women + men + other). With `sum`, the rows add up
 * column by column (or only in `columns`) to a count shown elsewhere (with its own mask), which is
 * then a sum too.
 */
export function protectCounts(
  rows: readonly PersonCount[],
  min: number,
  sum?: { count: PersonCount; mask: CountMask; columns?: readonly CountKey[] },
): CountMask[] {
  const masks: CountMask[] = rows.map((c) => {
    const m: CountMask = {};
    for (const k of COUNT_KEYS) if (isSmall(c[k], min)) m[k] = 'few';
    return m;
  });
  for (let changed = true; changed;) {
    changed = false;
    rows.forEach((c, i) => {
      if (closeSum(COUNT_KEYS.map((k) => slot(c, masks[i], k)))) changed = true;
    });
    if (!sum) continue;
    for (const k of sum.columns ?? COUNT_KEYS) {
      const column = rows.map((c, i) => slot(c, masks[i], k));
      if (closeSum(column, [slot(sum.count, { ...sum.mask }, k)])) changed = true;
    }
  }
  return masks;
}

export const protectCount = (c: PersonCount, min: number): CountMask => protectCounts([c], min)[0];

/** A share is hidden when the count above or below the line is. */
export function shareMask(part: CountMask, whole: CountMask): ShareMask {
  const out: ShareMask = {};
  for (const k of ['total', 'women', 'men'] as const) {
    const h = part[k] ?? whole[k];
    if (h) out[k] = h;
  }
  return out;
}

export interface FigureMask {
  participants: CountMask;
  newParticipants: CountMask;
  exited: CountMask;
  progressed3: CountMask;
  progressedShare: ShareMask;
  parallelActivitiesShare?: Hidden;
  selfSupportShare?: Hidden;
  exitsByGroup: Record<OutcomeGroup, CountMask>;
  exitsByOutcome: Record<string, CountMask>;
  /** Indicator id → hidden when fewer than min people have both a first and a latest score. */
  averageChange: Record<string, Hidden>;
}

/** What of one period's figures a shared channel may not show. */
export function protectFigures(f: PeriodFigures, min: number): FigureMask {
  const [participants, newParticipants, exited] = protectCounts(
    [f.participants, f.newParticipants, f.exited],
    min,
  );
  const progressed3 = protectCount(f.progressed3, min);
  const groupMasks = protectCounts(
    OUTCOME_GROUPS.map((g) => f.exitsByGroup[g]),
    min,
    { count: f.exited, mask: exited },
  );
  const exitsByGroup = Object.fromEntries(
    OUTCOME_GROUPS.map((g, i) => [g, groupMasks[i]]),
  ) as Record<OutcomeGroup, CountMask>;
  const exitsByOutcome: Record<string, CountMask> = {};
  for (const g of OUTCOME_GROUPS) {
    const ids = Object.keys(f.exitsByOutcome).filter((id) => outcomeGroup(id) === g);
    const masks = protectCounts(
      ids.map((id) => f.exitsByOutcome[id]),
      min,
      { count: f.exitsByGroup[g], mask: exitsByGroup[g] },
    );
    ids.forEach((id, i) => (exitsByOutcome[id] = masks[i]));
  }
  const parallel = f.parallelActivities.total;
  const selfSupport = f.exitsByGroup.work.total + f.exitsByGroup.studies.total;
  const averageChange: Record<string, Hidden> = {};
  for (const c of f.averageChange) if (isSmall(c.count, min)) averageChange[c.indicatorId] = 'few';
  return {
    participants,
    newParticipants,
    exited,
    progressed3,
    progressedShare: shareMask(progressed3, participants),
    parallelActivitiesShare: isSmall(parallel, min) ? 'few' : participants.total,
    selfSupportShare:
      isSmall(selfSupport, min) || isSmall(f.exited.total - selfSupport, min)
        ? 'few'
        : exited.total,
    exitsByGroup,
    exitsByOutcome,
    averageChange,
  };
}

export interface DigestMask {
  /** SMALL_GROUP_MIN: groups below it are "fewer than min". */
  min: number;
  period: FigureMask;
  cumulative: FigureMask | null;
  /** The change figures the card shows: since the start when there is a start, else the period's. */
  change: ChangeMask;
}

/** The masks for a digest posted in a shared channel. */
export function protectDigest(d: Digest, min: number): DigestMask {
  const period = protectFigures(d.period, min);
  const cumulative = d.cumulative ? protectFigures(d.cumulative, min) : null;
  const [fig, mask] = d.cumulative && cumulative ? [d.cumulative, cumulative] : [d.period, period];
  const change = d.change.cumulative ?? d.change.period;
  return {
    min,
    period,
    cumulative,
    change: protectChange(
      change,
      supportRows(change.supportAtStartAndExit),
      {
        exited: { count: fig.exited, mask: mask.exited },
        participants: { count: fig.participants, mask: mask.participants },
        activitiesStarted: fig.activitiesStarted,
      },
      min,
    ),
  };
}

/** Masks of the change theory's figures (domain/figures-change.ts), as a channel shows them. */
export interface ChangeMask {
  selfSupport6m: { yes: CountMask; no: CountMask; unknown: CountMask; share: ShareMask };
  controlRisen: RisenMask;
  closerToWork: RisenMask;
  /** The support cells shown (start>exit keys of supportRows), and the "other combinations" cell. */
  support: Record<string, CountMask>;
  activities: Record<ActivityKind, { activities: CountMask; perParticipant: ShareMask }>;
}

export interface RisenMask {
  rated: CountMask;
  risen: CountMask;
  share: ShareMask;
}

/**
 * rated = risen + not risen, and "not risen" is a group too (never shown, but rated − risen): a
 * small one hides risen (or rated) as well.
 */
function protectRisen(f: RisenFigure, min: number): RisenMask {
  const rated = protectCount(f.rated, min);
  const notRisen = {
    total: f.rated.total - f.risen.total,
    women: f.rated.women - f.risen.women,
    men: f.rated.men - f.risen.men,
    other: f.rated.other - f.risen.other,
  };
  const [risen] = protectCounts([f.risen, notRisen], min, { count: f.rated, mask: rated });
  return { rated, risen, share: shareMask(risen, rated) };
}

/**
 * What of the change figures a shared channel may not show. `shown` is what the same digest shows
 * elsewhere that these add up to: the exits of the period (the support table's cells add up to
 * them), its active participants (activities per participant divide by them) and its activities
 * started (the kinds add up to it).
 */
export function protectChange(
  c: ChangeFigures,
  support: { key: string; count: PersonCount }[],
  shown: { exited: Shown; participants: Shown; activitiesStarted: number },
  min: number,
): ChangeMask {
  const s = c.selfSupport6m;
  const [yes, no, unknown] = protectCounts([s.yes, s.no, s.unknown], min);
  const supportMasks = protectCounts(
    support.map((x) => x.count),
    min,
    shown.exited,
  );
  const kinds = protectCounts(
    ACTIVITY_KINDS.map((k) => c.activitiesByKindAndGender[k].activities),
    min,
    // activities started are shown in total only: only that column adds up to something shown
    { count: { ...emptyCount(), total: shown.activitiesStarted }, mask: {}, columns: ['total'] },
  );
  return {
    selfSupport6m: { yes, no, unknown, share: shareMask(yes, no) },
    controlRisen: protectRisen(c.controlRisen, min),
    closerToWork: protectRisen(c.closerToWork, min),
    support: Object.fromEntries(support.map((x, i) => [x.key, supportMasks[i]])),
    activities: Object.fromEntries(
      ACTIVITY_KINDS.map((k, i) => [
        k,
        { activities: kinds[i], perParticipant: shareMask(kinds[i], shown.participants.mask) },
      ]),
    ) as ChangeMask['activities'],
  };
}

/** A count shown elsewhere in the digest, with its mask. */
export interface Shown {
  count: PersonCount;
  mask: CountMask;
}
