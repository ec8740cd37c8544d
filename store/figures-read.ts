// The figures as SQL aggregates over the figure facts (migration 007), participants and exits:
// GROUP BY gender and outcome in the database, one small result per figure, every query of one
// digest read from one snapshot (Db.readBatch: off the bot's event loop on SQLite). What each
// number means is defined in domain/figures.ts; domain/figure-facts.ts turns these rows into it.
import type { FigureAggregates } from '../domain/figure-facts';
import type { Period } from '../domain/figures';
import type { ForumAction } from '../domain/model';
import type { IsoDate } from '../domain/types';
import type { ChangeFigures } from '../domain/figures-change';
import type { Db, Query, Row, SqlValue } from './db';
import {
  attentionOf,
  attentionQuery,
  type AttentionQuery,
  type AttentionReadings,
} from './figures-attention';
import { changeFiguresOf, changeQueries, risenOf, selfJoin, selfSums } from './figures-change';
import { ACTIVE, END, NOTHING, num, PEOPLE, pointJoin, pt } from './figures-sql';
import { SLOT_COUNT } from './migrations/007_figures';

/** Two activities ran on one day in [from, to] (figure_parallel): parameters to, from. */
const PARALLEL = `EXISTS (SELECT 1 FROM figure_parallel x
  WHERE x.participant_id = p.id AND x.run_from <= ? AND (x.run_to IS NULL OR x.run_to >= ?))`;

/** Indicators beyond the slot columns (only once every slot is taken): rare, summed in JS. */
const EXTRA = ({ from, to }: Period): Query => ({
  sql: `SELECT ${pt('', 'extra')} AS extra FROM ${PEOPLE} ${pointJoin('')}
        WHERE ${ACTIVE} AND ${pt('', 'extra')} IS NOT NULL`,
  params: [to, to, to, to, from],
});

/**
 * Every per-participant figure of every period in one pass over the participants: grouped by
 * gender, outcome and whether the participant was active in each period (a0, a1, …), so each
 * row's activity is computed once and the sums need no condition; periods ending on the same day
 * share one lookup of the point in force. The JS then adds up the groups active in a period.
 *
 * Two queries over disjoint participants, their rows added up alike: the settled (no session
 * after the earliest period end: in a digest over last week, everyone not rated since Monday),
 * whose point in force at every end is their latest (figure_latest, and with `self` the latest
 * self-rating facts, without a lookup of older points), and the recent (a session after it:
 * found through figure_latest_date), with the general lookup of the point in force at each end.
 * With `self`, the sums of the self-rating facts at each end (store/figures-change.ts selfJoin).
 */
export function peopleQueries(
  periods: Period[],
  minRisen: number,
  slots: number[],
  self: boolean,
): [settled: Query, recent: Query] {
  const ends = [...new Set(periods.map((p) => p.to))];
  const first = ends.reduce((a, b) => (a < b ? a : b));
  const settled = peopleSelect(periods, minRisen, slots, ends, self, {
    pt: (_, column) => `l.${column}`,
    self: () => 's',
    from: `${PEOPLE} LEFT JOIN figure_latest l ON l.participant_id = p.id
      ${self ? selfJoin('s', true) : ''}`,
    fromParams: [],
    where: 'l.participant_id IS NULL OR l.date <= ?',
    whereParams: [first],
  });
  const recent = peopleSelect(periods, minRisen, slots, ends, self, {
    pt: (j, column) => pt(`${j}`, column),
    self: (j) => `s${j}`,
    from: `figure_latest r JOIN participants p ON p.id = r.participant_id
      LEFT JOIN exits e ON e.participant_id = p.id
      ${ends.map((_, j) => pointJoin(`${j}`) + (self ? ` ${selfJoin(`s${j}`, false)}` : '')).join(' ')}`,
    fromParams: ends.flatMap((to) => [to, to, to, ...(self ? [to, to] : [])]),
    where: 'r.date > ?',
    whereParams: [first],
  });
  return [settled, recent];
}

/** peopleQueries' select list over a FROM that names each end's point (`pt`) and self facts. */
function peopleSelect(
  periods: Period[],
  minRisen: number,
  slots: number[],
  ends: IsoDate[],
  self: boolean,
  source: {
    pt: (end: number, column: string) => string;
    self: (end: number) => string;
    from: string;
    fromParams: SqlValue[];
    where: string;
    whereParams: SqlValue[];
  },
): Query {
  const params: SqlValue[] = [];
  const cols: string[] = [];
  periods.forEach((p, i) => {
    cols.push(`CASE WHEN ${ACTIVE} THEN 1 ELSE 0 END AS a${i}`);
    params.push(p.to, p.from);
  });
  periods.forEach((p, i) => {
    cols.push(
      `SUM(CASE WHEN p.start_date >= ? AND p.start_date <= ? THEN 1 ELSE 0 END) AS started${i}`,
    );
    cols.push(`SUM(CASE WHEN ${END} >= ? AND ${END} <= ? THEN 1 ELSE 0 END) AS exited${i}`);
    params.push(p.from, p.to, p.from, p.to);
    // hadParallel is false for an empty period (to before from).
    cols.push(
      p.from <= p.to
        ? `SUM(CASE WHEN ${PARALLEL} THEN 1 ELSE 0 END) AS parallel${i}`
        : `0 AS parallel${i}`,
    );
    if (p.from <= p.to) params.push(p.to, p.from);
  });
  ends.forEach((_, j) => {
    const at = (column: string) => source.pt(j, column);
    cols.push(
      `SUM(CASE WHEN ${at('sessions')} >= 2 AND ${at('risen')} >= ? THEN 1 ELSE 0 END) AS progressed${j}`,
    );
    params.push(minRisen);
    for (const k of slots)
      cols.push(`SUM(${at(`c${k}`)}) AS s${k}_${j}, COUNT(${at(`c${k}`)}) AS n${k}_${j}`);
    if (self) cols.push(...selfSums(source.self(j), `_${j}`));
  });
  const groups = periods.map((_, i) => `a${i}`);
  return {
    sql: `SELECT p.gender AS gender, COALESCE(e.outcome, 'okand') AS outcome, COUNT(*) AS n, ${cols.join(', ')}
      FROM ${source.from} WHERE ${source.where}
      GROUP BY p.gender, COALESCE(e.outcome, 'okand')${groups.map((g) => `, ${g}`).join('')}`,
    // In the order of the text: the select list's, the joins', the condition's.
    params: [...params, ...source.fromParams, ...source.whereParams],
  };
}

/** Sessions held, activities started and ended in the period (index-only range scans). */
export const countsQuery = ({ from, to }: Period): Query => ({
  sql: `SELECT
    (SELECT COALESCE(SUM(day_sessions), 0) FROM figure_points WHERE date >= ? AND date <= ?) AS sessions,
    (SELECT COUNT(*) FROM figure_activities WHERE started_on >= ? AND started_on <= ?) AS started,
    (SELECT COUNT(*) FROM figure_activities WHERE ended_on >= ? AND ended_on <= ?) AS ended`,
  params: [from, to, from, to, from, to],
});

/** Period i's aggregates from the grouped rows of peopleQueries, its extras and its counts. */
function aggregatesOf(
  rows: Row[],
  i: number,
  j: number,
  slotIds: Map<number, string>,
  extra: Row[],
  counts: Row | undefined,
): FigureAggregates {
  const people = new Map<string, FigureAggregates['people'][number]>();
  const progressed = new Map<string, number>();
  const parallel = new Map<string, number>();
  const sums = new Map<string, { indicatorId: string; sum: number; count: number }>();
  const add = (indicatorId: string, sum: number, count: number) => {
    const acc = sums.get(indicatorId) ?? { indicatorId, sum: 0, count: 0 };
    acc.sum += sum;
    acc.count += count;
    sums.set(indicatorId, acc);
  };
  for (const r of rows) {
    const gender = String(r.gender);
    const outcome = String(r.outcome);
    const key = `${gender}|${outcome}`;
    const row = people.get(key) ?? { gender, outcome, active: 0, started: 0, exited: 0 };
    row.started += num(r[`started${i}`]);
    row.exited += num(r[`exited${i}`]);
    people.set(key, row);
    if (num(r[`a${i}`]) !== 1) continue;
    row.active += num(r.n);
    progressed.set(gender, (progressed.get(gender) ?? 0) + num(r[`progressed${j}`]));
    parallel.set(gender, (parallel.get(gender) ?? 0) + num(r[`parallel${i}`]));
    for (const [slot, id] of slotIds) add(id, num(r[`s${slot}_${j}`]), num(r[`n${slot}_${j}`]));
  }
  for (const r of extra)
    if (r.extra)
      for (const [id, change] of JSON.parse(String(r.extra)) as [string, number][])
        add(id, change, 1);
  const byGender = (m: Map<string, number>) => [...m].map(([gender, n]) => ({ gender, n }));
  return {
    people: [...people.values()],
    progressed: byGender(progressed),
    parallel: byGender(parallel),
    changes: [...sums.values()],
    ratingSessions: num(counts?.sessions),
    activitiesStarted: num(counts?.started),
    activitiesEnded: num(counts?.ended),
  };
}

export interface FigureReadings {
  periods: FigureAggregates[];
  attention: AttentionReadings;
  openActions: Pick<ForumAction, 'departmentId' | 'due' | 'status'>[];
  /** With `change`: the change theory's figures of each period (store/figures-change.ts). */
  change: ChangeFigures[];
}

const SLOTS = 'SELECT indicator_id, slot FROM figure_slots ORDER BY slot';

export interface FigureRead {
  periods: Period[];
  minRisen: number;
  attention?: AttentionQuery;
  /** Also the change theory's figures of each period, from the same snapshot. */
  change?: boolean;
}

/** The aggregates of each period, and (when asked) "needs attention", open forum actions and the change figures, from one snapshot. */
export async function readFigures(db: Db, o: FigureRead): Promise<FigureReadings> {
  // Slots are only ever added: while one is free, no point can have needed one (no extras). The
  // batch reads them again in its snapshot; one added meanwhile (a new set) means reading anew.
  for (;;) {
    const slots = await db.all<Row>(SLOTS);
    const read = await readWith(db, o, slots);
    if (read) return read;
  }
}

async function readWith(db: Db, o: FigureRead, slots: Row[]): Promise<FigureReadings | null> {
  const full = slots.length >= SLOT_COUNT;
  const self = o.change === true;
  const ends = [...new Set(o.periods.map((p) => p.to))];
  const queries: Query[] = [
    { sql: SLOTS },
    ...peopleQueries(
      o.periods,
      o.minRisen,
      slots.map((r) => num(r.slot)),
      self,
    ),
  ];
  for (const p of o.periods) queries.push(full ? EXTRA(p) : NOTHING, countsQuery(p));
  const attentionAt = queries.length;
  if (o.attention) {
    queries.push(attentionQuery(o.attention, db.dialect), {
      sql: "SELECT department_id, due, status FROM forum_actions WHERE status = 'open'",
    });
  }
  const changeAt = queries.length;
  if (self) queries.push(...o.periods.flatMap(changeQueries));
  const rows = await db.readBatch(queries);
  if (rows[0].length !== slots.length) return null;
  const slotIds = new Map(rows[0].map((r) => [num(r.slot), String(r.indicator_id)] as const));
  const people = [...rows[1], ...rows[2]];
  const periods = o.periods.map((p, i) =>
    aggregatesOf(people, i, ends.indexOf(p.to), slotIds, rows[3 + 2 * i], rows[4 + 2 * i][0]),
  );
  const risen = o.periods.map((p, i) =>
    risenOf(
      people
        .filter((r) => num(r[`a${i}`]) === 1)
        .map((r) => ({ gender: String(r.gender), active: num(r.n), row: r })),
      `_${ends.indexOf(p.to)}`,
    ),
  );
  return {
    periods,
    attention: attentionOf(o.attention ? rows[attentionAt] : []),
    openActions: o.attention
      ? rows[attentionAt + 1].map((r) => ({
          departmentId: String(r.department_id),
          due: String(r.due),
          status: 'open' as const,
        }))
      : [],
    change: self ? changeFiguresOf(rows.slice(changeAt), risen) : [],
  };
}
