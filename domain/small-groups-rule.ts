// The small-numbers rule (diskretionering) for statistics shown to many (../shared/docs/domain.md
// "Records and rights"), as a pure rule over cells and the sums that tie them. Pure.
//
// A **cell** is a group of people a reader sees (a count, or a count a share shows: share × base) or
// can work out without seeing it (the complement of a shown part in a shown whole, "annat/ej
// uppgivet" = total − women − men): those are *implicit* cells. Cells with the same id are the same
// group, wherever in the digest they appear. A **sum** ties cells: whole = part + part + ….
//
// 1. Primary: a cell of 1 to min − 1 people is hidden as "few" (implicit ones too: they must not be
//    computable). 0 is shown.
// 2. Secondary: a sum with exactly one unknown cell gives it away by subtraction, so one more of its
//    cells is hidden ("hidden"): an implicit cell with people in it if there is one (hiding it costs
//    the reader nothing: it is not shown), else the smallest shown cell with people in it, else the
//    smallest shown one. An implicit cell of 0 is never the second unknown: readers assume nobody
//    of "annat" is there. The whole of a sum whose parts are in one row may be hidden; a whole shown
//    in another table (`fixed`) only when no part is left to hide.
// 3. Repeated over every sum of the digest until no sum has exactly one unknown cell.
// A share is hidden when the cell above or below its line is.
import type { PersonCount } from './figures';

export type Hidden = 'few' | 'hidden';
export const COUNT_KEYS = ['total', 'women', 'men', 'other'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type CountMask = Partial<Record<CountKey, Hidden>>;
export type ShareMask = Partial<Record<'total' | 'women' | 'men', Hidden>>;

const isSmall = (n: number, min: number): boolean => n > 0 && n < min;

interface Cell {
  value: number;
  visible: boolean;
  /** Shown as it is whatever it holds (a count of activities, not people): never hidden. */
  exempt: boolean;
  hidden?: Hidden;
}

interface Sum {
  whole: string | null;
  parts: string[];
  /** The whole is shown elsewhere: it is never the cell hidden for this sum. */
  fixed: boolean;
}

export interface CountOptions {
  /** Whether "other" (annat/ej uppgivet) is shown; when not, it is implicit: total − women − men. */
  otherShown?: boolean;
  /** Shown as it is (activities, not people). */
  exempt?: boolean;
}

export class SmallGroups {
  private readonly cells = new Map<string, Cell>();
  private readonly sums: Sum[] = [];

  constructor(readonly min: number) {}

  /** A cell; the same id again is the same group (shown if shown anywhere). */
  cell(id: string, value: number, visible = true, exempt = false): void {
    const c = this.cells.get(id);
    if (c) {
      c.visible ||= visible;
      c.exempt ||= exempt;
    } else this.cells.set(id, { value, visible, exempt });
  }

  /** A cell hidden already (decided elsewhere, e.g. a whole of another table). */
  given(id: string, h: Hidden | undefined): void {
    const c = this.cells.get(id);
    if (c && h) c.hidden = h;
  }

  /** whole = Σ parts; `fixed`: the whole belongs to another table and is not hidden for this sum. */
  sum(whole: string | null, parts: string[], fixed = true): void {
    this.sums.push({ whole, parts, fixed });
  }

  /** A count by gender under `id` (`id.total`, `id.women`, …), tied by total = women + men + other. */
  count(id: string, c: PersonCount, visible = true, o: CountOptions = {}): void {
    for (const k of COUNT_KEYS)
      this.cell(`${id}.${k}`, c[k], visible && (k !== 'other' || !!o.otherShown), !!o.exempt);
    this.sum(
      `${id}.total`,
      ['women', 'men', 'other'].map((k) => `${id}.${k}`),
      false,
    );
  }

  /** Counts that add up, column by column (`keys`), to a whole count shown elsewhere. */
  sumCounts(whole: string, parts: string[], keys: readonly CountKey[] = COUNT_KEYS): void {
    for (const k of keys)
      this.sum(
        `${whole}.${k}`,
        parts.map((p) => `${p}.${k}`),
      );
  }

  /** `part` is a subset of `whole`: the rest (whole − part) is a group too, implicit under `rest`. */
  nested(whole: string, wc: PersonCount, part: string, pc: PersonCount, rest: string): void {
    const r = {
      total: wc.total - pc.total,
      women: wc.women - pc.women,
      men: wc.men - pc.men,
      other: wc.other - pc.other,
    };
    this.count(rest, r, false);
    this.sumCounts(whole, [part, rest]);
  }

  private closeSum(s: Sum): boolean {
    const members = [...(s.whole ? [s.whole] : []), ...s.parts];
    const cells = members.map((id) => this.cells.get(id)).filter((c): c is Cell => !!c);
    if (cells.filter((c) => c.hidden).length !== 1) return false;
    const open = [...(s.whole && !s.fixed ? [s.whole] : []), ...s.parts]
      .map((id) => this.cells.get(id))
      .filter((c): c is Cell => !!c && !c.hidden && !c.exempt && (c.visible || c.value > 0));
    const smallest = (xs: Cell[]) => xs.reduce((a, b) => (b.value < a.value ? b : a));
    const implicit = open.filter((c) => !c.visible);
    const positive = open.filter((c) => c.value > 0);
    // Nothing else left to hide (the other cells hidden or implicit zeros): the whole, when shown.
    const whole = s.whole ? this.cells.get(s.whole) : undefined;
    const last = whole && !whole.hidden && !whole.exempt && whole.visible ? [whole] : [];
    const pick = [implicit, positive, open, last].find((xs) => xs.length > 0);
    if (!pick) return false;
    smallest(pick).hidden = 'hidden';
    return true;
  }

  /** Applies the rule; afterwards `hidden` and `mask` say what to hide. */
  solve(): this {
    for (const c of this.cells.values())
      if (!c.exempt && isSmall(c.value, this.min)) c.hidden = 'few';
    for (let changed = true; changed;) {
      changed = false;
      for (const s of this.sums) if (this.closeSum(s)) changed = true;
    }
    return this;
  }

  hidden(id: string): Hidden | undefined {
    return this.cells.get(id)?.hidden;
  }

  mask(id: string): CountMask {
    const m: CountMask = {};
    for (const k of COUNT_KEYS) {
      const h = this.hidden(`${id}.${k}`);
      if (h) m[k] = h;
    }
    return m;
  }
}

/** A share is hidden when the count above or below the line is. */
export function shareMask(part: CountMask, whole: CountMask): ShareMask {
  const out: ShareMask = {};
  for (const k of ['total', 'women', 'men'] as const) {
    const h = part[k] ?? whole[k];
    if (h) out[k] = h;
  }
  return out;
}

/**
 * Masks for rows of counts (each row: total = women + men + other, "other" shown). With `sum`, the
 * rows add up column by column (or only in `columns`) to a count shown elsewhere with its own mask.
 */
export function protectCounts(
  rows: readonly PersonCount[],
  min: number,
  sum?: { count: PersonCount; mask: CountMask; columns?: readonly CountKey[] },
): CountMask[] {
  const g = new SmallGroups(min);
  rows.forEach((c, i) => g.count(`r${i}`, c, true, { otherShown: true }));
  if (sum) {
    // The sum's own cells were decided with its own table: never hidden here, hidden ones unknown.
    for (const k of COUNT_KEYS) g.cell(`sum.${k}`, sum.count[k], true, true);
    g.sumCounts(
      'sum',
      rows.map((_, i) => `r${i}`),
      sum.columns,
    );
  }
  if (sum) for (const k of COUNT_KEYS) g.given(`sum.${k}`, sum.mask[k]);
  g.solve();
  return rows.map((_, i) => g.mask(`r${i}`));
}

export const protectCount = (c: PersonCount, min: number): CountMask => protectCounts([c], min)[0];
