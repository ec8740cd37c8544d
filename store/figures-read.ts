// The figures as SQL aggregates over the figure facts (migration 007), participants and exits:
// GROUP BY gender and outcome in the database, one small result per figure, every query of one
// digest read from one snapshot (Db.readBatch: off the bot's event loop on SQLite). What each
// number means is defined in domain/figures.ts; domain/figure-facts.ts turns these rows into it.
import type { FigureAggregates } from '../domain/figure-facts';
import type { Period } from '../domain/figures';
import {
  ATTENTION_KINDS,
  attentionFromCounts,
  type NeedsAttention,
} from '../domain/figures-attention';
import type { ForumAction } from '../domain/model';
import { needsNextStep, OUTCOMES } from '../domain/outcomes';
import type { IsoDate } from '../domain/types';
import type { Db, Query, Row, SqlValue } from './db';
import { SLOT_COUNT } from './migrations/007_figures';

const END = 'COALESCE(e.exit_date, p.end_date)';
const PEOPLE = 'participants p LEFT JOIN exits e ON e.participant_id = p.id';
/** Active at some time in [from, to]: parameters to, from. */
const ACTIVE = `p.start_date <= ? AND (${END} IS NULL OR ${END} >= ?)`;
/**
 * The point in force at the end of a day, joined as `l<g>` (the latest point, figure_latest, when it
 * is from that day or before: nearly always) or else `h<g>` (the older point in force then, found
 * through figure_points_next: `|| ''` keeps SQLite from the primary key, which would read every
 * earlier point). Parameters day, day, day; read its columns with pt(g, column).
 */
const pointJoin = (g: string) =>
  `LEFT JOIN figure_latest l${g} ON l${g}.participant_id = p.id AND l${g}.date <= ?
   LEFT JOIN figure_points h${g} ON l${g}.participant_id IS NULL AND h${g}.participant_id = p.id
     AND h${g}.date || '' <= ? AND h${g}.next_date > ?`;
const pt = (g: string, column: string) => `COALESCE(l${g}.${column}, h${g}.${column})`;
/** Two activities ran on one day in [from, to] (figure_parallel): parameters to, from. */
const PARALLEL = `EXISTS (SELECT 1 FROM figure_parallel x
  WHERE x.participant_id = p.id AND x.run_from <= ? AND (x.run_to IS NULL OR x.run_to >= ?))`;

const NOTHING: Query = { sql: 'SELECT 1 AS none WHERE 1 = 0' };

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
 */
export function peopleQuery(periods: Period[], minRisen: number, slots: number[]): Query {
  const ends = [...new Set(periods.map((p) => p.to))];
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
    cols.push(
      `SUM(CASE WHEN ${pt(`${j}`, 'sessions')} >= 2 AND ${pt(`${j}`, 'risen')} >= ? THEN 1 ELSE 0 END) AS progressed${j}`,
    );
    params.push(minRisen);
    for (const k of slots)
      cols.push(
        `SUM(${pt(`${j}`, `c${k}`)}) AS s${k}_${j}, COUNT(${pt(`${j}`, `c${k}`)}) AS n${k}_${j}`,
      );
  });
  const joins = ends.map((_, j) => pointJoin(`${j}`));
  const joinParams = ends.flatMap((to) => [to, to, to]);
  const groups = periods.map((_, i) => `a${i}`);
  return {
    sql: `SELECT p.gender AS gender, COALESCE(e.outcome, 'okand') AS outcome, COUNT(*) AS n, ${cols.join(', ')}
      FROM ${PEOPLE} ${joins.join(' ')}
      GROUP BY p.gender, COALESCE(e.outcome, 'okand')${groups.map((g) => `, ${g}`).join('')}`,
    // The select list's parameters, in order, then the joins'.
    params: [...params, ...joinParams],
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

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** Period i's aggregates from the grouped rows of peopleQuery, its extras and its counts. */
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

export interface AttentionQuery {
  asOf: IsoDate;
  exitPeriod: Period;
  /** Last day of a session that is still recent: asOf − RATING_INTERVAL_WEEKS. */
  ratingDeadline: IsoDate;
  /** At most this many codes of each list (what the card shows). */
  limit: number;
}

/** Active on asOf: parameters asOf, asOf. */
const ACTIVE_NOW = `p.start_date <= ? AND (${END} IS NULL OR ${END} >= ?)`;
/** Outcomes that are themselves the next step (domain/outcomes needsNextStep is false). */
const NO_NEXT_STEP_NEEDED = OUTCOMES.filter((o) => !needsNextStep(o.id)).map((o) => o.id);

/**
 * "Needs attention" as the card shows it (domain/figures-attention.ts attentionKinds, in SQL):
 * per kind (0…3, ATTENTION_KINDS) and consent (visible: valid on asOf), how many (n), and for the
 * visible the first `limit` in code order with id and code; of the withheld one row, no code.
 */
export function attentionQuery(q: AttentionQuery, dialect: Db['dialect']): Query {
  const { asOf, exitPeriod } = q;
  const done = NO_NEXT_STEP_NEEDED.map(() => '?').join(', ');
  const collate = dialect === 'postgres' ? ' COLLATE "C"' : '';
  const kinds = [0, 1, 2, 3];
  return {
    sql: `WITH f0 AS (SELECT p.id AS id, p.code AS code,
        CASE WHEN ${ACTIVE_NOW} AND COALESCE(${pt('', 'date')}, p.start_date) < ? THEN 1 ELSE 0 END AS k0,
        CASE WHEN ${ACTIVE_NOW} AND pl.next_follow_up < ? AND pl.next_follow_up <> '' THEN 1 ELSE 0 END AS k1,
        CASE WHEN ${ACTIVE_NOW} AND ${pt('', 'stagnant')} = 1 THEN 1 ELSE 0 END AS k2,
        CASE WHEN e.exit_date >= ? AND e.exit_date <= ? AND COALESCE(e.next_step, 0) = 0
          AND e.outcome NOT IN (${done}) THEN 1 ELSE 0 END AS k3
        FROM ${PEOPLE} LEFT JOIN plans pl ON pl.participant_id = p.id ${pointJoin('')}),
      f AS (SELECT id, code, k0, k1, k2, k3,
        COALESCE((SELECT CASE WHEN (c.withdrawn_on IS NULL OR c.withdrawn_on > ?) AND c.given_on <= ?
            AND c.valid_until >= ? THEN 1 ELSE 0 END FROM consents c
          WHERE c.participant_id = f0.id ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1), 0) AS visible
        FROM f0 WHERE k0 = 1 OR k1 = 1 OR k2 = 1 OR k3 = 1),
      k AS (${kinds.map((i) => `SELECT ${i} AS kind, id, code, visible FROM f WHERE k${i} = 1`).join(' UNION ALL ')}),
      r AS (SELECT kind, visible, id, code, COUNT(*) OVER (PARTITION BY kind, visible) AS n,
        ROW_NUMBER() OVER (PARTITION BY kind, visible ORDER BY code${collate}) AS rn FROM k)
      SELECT kind, visible, n, CASE WHEN visible = 1 THEN id END AS id,
        CASE WHEN visible = 1 THEN code END AS code
      FROM r WHERE rn = 1 OR (visible = 1 AND rn <= ?)`,
    params: [
      ...[asOf, asOf, q.ratingDeadline],
      ...[asOf, asOf, asOf],
      ...[asOf, asOf],
      ...[exitPeriod.from, exitPeriod.to, ...NO_NEXT_STEP_NEEDED],
      ...[asOf, asOf, asOf],
      ...[asOf, asOf, asOf],
      q.limit,
    ],
  };
}

/** The lists of "needs attention" from attentionQuery's rows, and the id of each code listed. */
function attentionOf(rows: Row[]): AttentionReadings {
  const counts = ATTENTION_KINDS.map((kind) => ({
    kind,
    listed: 0,
    withheld: 0,
    codes: [] as string[],
  }));
  const ids = new Map<string, string>();
  for (const r of rows) {
    const c = counts[num(r.kind)];
    if (num(r.visible) !== 1) {
      c.withheld = num(r.n);
      continue;
    }
    c.listed = num(r.n);
    c.codes.push(String(r.code));
    ids.set(String(r.code), String(r.id));
  }
  return { lists: attentionFromCounts(counts), ids };
}

export interface AttentionReadings {
  lists: NeedsAttention;
  /** Code → participant id, of every code in `lists`. */
  ids: Map<string, string>;
}

export interface FigureReadings {
  periods: FigureAggregates[];
  attention: AttentionReadings;
  openActions: Pick<ForumAction, 'departmentId' | 'due' | 'status'>[];
  /** The rows of `extra`'s queries (another area's aggregates read from the same snapshot). */
  extra: Row[][];
}

const SLOTS = 'SELECT indicator_id, slot FROM figure_slots ORDER BY slot';

/** The aggregates of each period, and (when asked) "needs attention" and open forum actions, from one snapshot. */
export async function readFigures(
  db: Db,
  o: { periods: Period[]; minRisen: number; attention?: AttentionQuery; extra?: Query[] },
): Promise<FigureReadings> {
  // Slots are only ever added: while one is free, no point can have needed one (no extras). The
  // batch reads them again in its snapshot; one added meanwhile (a new set) means reading anew.
  for (;;) {
    const slots = await db.all<Row>(SLOTS);
    const read = await readWith(db, o, slots);
    if (read) return read;
  }
}

async function readWith(
  db: Db,
  o: { periods: Period[]; minRisen: number; attention?: AttentionQuery; extra?: Query[] },
  slots: Row[],
): Promise<FigureReadings | null> {
  const full = slots.length >= SLOT_COUNT;
  const ends = [...new Set(o.periods.map((p) => p.to))];
  const queries: Query[] = [
    { sql: SLOTS },
    peopleQuery(
      o.periods,
      o.minRisen,
      slots.map((r) => num(r.slot)),
    ),
  ];
  for (const p of o.periods) queries.push(full ? EXTRA(p) : NOTHING, countsQuery(p));
  if (o.attention) {
    queries.push(attentionQuery(o.attention, db.dialect), {
      sql: "SELECT department_id, due, status FROM forum_actions WHERE status = 'open'",
    });
  }
  const extraAt = queries.length;
  queries.push(...(o.extra ?? []));
  const rows = await db.readBatch(queries);
  if (rows[0].length !== slots.length) return null;
  const slotIds = new Map(rows[0].map((r) => [num(r.slot), String(r.indicator_id)] as const));
  const periods = o.periods.map((p, i) =>
    aggregatesOf(rows[1], i, ends.indexOf(p.to), slotIds, rows[2 + 2 * i], rows[3 + 2 * i][0]),
  );
  const rest = rows.slice(2 + 2 * o.periods.length, extraAt);
  return {
    periods,
    attention: attentionOf(o.attention ? rest[0] : []),
    openActions: o.attention
      ? rest[1].map((r) => ({
          departmentId: String(r.department_id),
          due: String(r.due),
          status: 'open' as const,
        }))
      : [],
    extra: rows.slice(extraAt),
  };
}

export type { SqlValue };
