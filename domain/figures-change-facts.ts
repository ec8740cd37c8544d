// What the change theory's figures (domain/figures-change.ts) need, in a form a database can
// aggregate (store/figures-change.ts, migration 010), and the figures from those aggregates. Every
// value is computed with the functions that define the figures, so the figures from the store are
// the figures of `changeFigures` by construction; the store only counts.
import { addDaysIso } from './dates';
import { addPeople } from './figure-facts';
import { emptyCount, shareOf, type Period, type PersonCount } from './figures';
import {
  CLOSER_IDS,
  CONTROL_IDS,
  emptySupportTable,
  risenOver,
  supportCell,
  type ChangeFigures,
  type KindFigure,
} from './figures-change';
import { ACTIVITY_KINDS, type ActivityKind, type RatingSession } from './model';
import { sixMonthsAfter } from './plan';
import { sortSessions } from './progression';
import type { IsoDate } from './types';

/** A participant's self-ratings as of the end of a session date: what controlRisen and closerToWork read. */
export interface SelfPoint {
  date: IsoDate;
  /** The participant's next session date; null for the latest point. */
  nextDate: IsoDate | null;
  controlRated: boolean;
  controlRisen: boolean;
  closerRated: boolean;
  closerRisen: boolean;
}

/** The points of one participant's sessions (latest revision of each), one per session date. */
export function selfPoints(sessions: readonly RatingSession[]): SelfPoint[] {
  const sorted = sortSessions(sessions);
  const dates = [...new Set(sorted.map((s) => s.date))];
  return dates.map((date, i) => {
    const [controlRated, controlRisen] = risenOver(sorted, CONTROL_IDS, date);
    const [closerRated, closerRisen] = risenOver(sorted, CLOSER_IDS, date);
    return {
      date,
      nextDate: dates[i + 1] ?? null,
      controlRated,
      controlRisen,
      closerRated,
      closerRisen,
    };
  });
}

/**
 * The exit dates whose six-month point (plan.ts sixMonthsAfter) falls in the period, as a period of
 * exit dates (sixMonthsAfter never goes backwards, so they are one interval); null when none can.
 * A database compares exit dates with it instead of doing calendar arithmetic of its own.
 */
export function sixMonthPointWindow(p: Period): Period | null {
  const back = (d: IsoDate): IsoDate => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const total = y * 12 + (m - 1) - 6;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
  };
  // Start a few days early (or late) and walk to the first (last) date that lands inside.
  let from = addDaysIso(back(p.from), -4);
  while (sixMonthsAfter(from) < p.from) from = addDaysIso(from, 1);
  let to = addDaysIso(back(p.to), 8);
  while (sixMonthsAfter(to) > p.to) to = addDaysIso(to, -1);
  return from <= to ? { from, to } : null;
}

/** The counts a store computes for the change figures of a period, per gender (GROUP BY). */
export interface ChangeAggregates {
  /** Exits whose six-month point is in the period, by answer (null: not asked or no answer). */
  selfSupport: { gender: string; answer: boolean | null; n: number }[];
  /** Active participants, from the point in force at the period's end. */
  risen: {
    gender: string;
    active: number;
    controlRated: number;
    controlRisen: number;
    closerRated: number;
    closerRisen: number;
  }[];
  /** Exits in the period by source of support at start and at exit (null: not recorded). */
  support: { gender: string; start: string | null; exit: string | null; n: number }[];
  /** Activities whose running interval starts in the period, by kind. */
  activities: { gender: string; kind: string; n: number }[];
}

type RisenKey = 'controlRated' | 'controlRisen' | 'closerRated' | 'closerRisen';

const counted = <T>(rows: T[], n: (r: T) => number, gender: (r: T) => string): PersonCount => {
  const c = emptyCount();
  for (const r of rows) addPeople(c, gender(r), n(r));
  return c;
};

/** `changeFigures` from a store's aggregates. */
export function changeFiguresFromAggregates(a: ChangeAggregates): ChangeFigures {
  const g = (r: { gender: string }) => r.gender;
  const answered = (v: boolean | null) => a.selfSupport.filter((r) => r.answer === v);
  const yes = counted(answered(true), (r) => r.n, g);
  const no = counted(answered(false), (r) => r.n, g);
  const unknown = counted(answered(null), (r) => r.n, g);
  const both = counted(
    a.selfSupport.filter((r) => r.answer !== null),
    (r) => r.n,
    g,
  );
  const risen = (rated: RisenKey, up: RisenKey) => {
    const r = counted(a.risen, (x) => x[rated], g);
    const u = counted(a.risen, (x) => x[up], g);
    return { rated: r, risen: u, share: shareOf(u, r) };
  };
  const support = emptySupportTable();
  for (const r of a.support) addPeople(supportCell(support, r.start, r.exit), r.gender, r.n);
  const active = counted(a.risen, (r) => r.active, g);
  const kinds = Object.fromEntries(
    ACTIVITY_KINDS.map((k) => {
      const c = counted(
        a.activities.filter((r) => r.kind === k),
        (r) => r.n,
        g,
      );
      return [k, { activities: c, perParticipant: shareOf(c, active) }];
    }),
  ) as Record<ActivityKind, KindFigure>;
  return {
    selfSupport6m: { yes, no, unknown, share: shareOf(yes, both) },
    controlRisen: risen('controlRated', 'controlRisen'),
    closerToWork: risen('closerRated', 'closerRisen'),
    supportAtStartAndExit: support,
    activitiesByKindAndGender: kinds,
  };
}
