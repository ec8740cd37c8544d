// The figures as SQL aggregates over the figure facts (migration 007), participants and exits:
// GROUP BY gender and outcome in the database, one small result per figure, every query of one
// digest read from one snapshot (Db.readBatch: off the bot's event loop on SQLite). What each
// number means is defined in domain/figures.ts; domain/figure-facts.ts turns these rows into it.
import type { FigureAggregates } from '../domain/figure-facts';
import type { AttentionFacts, Period } from '../domain/figures';
import type { ForumAction } from '../domain/model';
import type { Consent, IsoDate } from '../domain/types';
import type { Db, Query, Row, SqlValue } from './db';
import { SLOT_COUNT } from './migrations/007_figures';

const END = 'COALESCE(e.exit_date, p.end_date)';
const PEOPLE = 'participants p LEFT JOIN exits e ON e.participant_id = p.id';
/** Active at some time in [from, to]: parameters to, from. */
const ACTIVE = `p.start_date <= ? AND (${END} IS NULL OR ${END} >= ?)`;
/** The point in force at the end of a day: parameters day, day. */
const POINT_AT =
  'g.participant_id = p.id AND g.date <= ? AND (g.next_date IS NULL OR g.next_date > ?)';
const SLOTS = Array.from(
  { length: SLOT_COUNT },
  (_, i) => `SUM(g.c${i}) AS s${i}, COUNT(g.c${i}) AS n${i}`,
);

const NOTHING: Query = { sql: 'SELECT 1 AS none WHERE 1 = 0' };

/** Indicators beyond the slot columns (only once every slot is taken): rare, summed in JS. */
const EXTRA = ({ from, to }: Period): Query => ({
  sql: `SELECT g.extra AS extra FROM ${PEOPLE} LEFT JOIN figure_points g ON ${POINT_AT}
        WHERE ${ACTIVE} AND g.extra IS NOT NULL`,
  params: [to, to, to, from],
});

export function periodQueries(p: Period, minRisen: number, slotsFull = true): Query[] {
  const { from, to } = p;
  return [
    {
      sql: `SELECT p.gender AS gender, COALESCE(e.outcome, 'okand') AS outcome,
        SUM(CASE WHEN ${ACTIVE} THEN 1 ELSE 0 END) AS active,
        SUM(CASE WHEN p.start_date >= ? AND p.start_date <= ? THEN 1 ELSE 0 END) AS started,
        SUM(CASE WHEN ${END} >= ? AND ${END} <= ? THEN 1 ELSE 0 END) AS exited
        FROM ${PEOPLE} GROUP BY p.gender, COALESCE(e.outcome, 'okand')`,
      params: [to, from, from, to, from, to],
    },
    {
      sql: `SELECT p.gender AS gender,
        SUM(CASE WHEN g.sessions >= 2 AND g.risen >= ? THEN 1 ELSE 0 END) AS progressed, ${SLOTS.join(', ')}
        FROM ${PEOPLE} LEFT JOIN figure_points g ON ${POINT_AT} WHERE ${ACTIVE} GROUP BY p.gender`,
      params: [minRisen, to, to, to, from],
    },
    slotsFull ? EXTRA(p) : NOTHING,
    {
      // hadParallel: two activities whose running intervals overlap on a day within the period.
      sql: `SELECT p.gender AS gender, COUNT(*) AS n FROM ${PEOPLE} WHERE ${ACTIVE} AND EXISTS (
        SELECT 1 FROM figure_activities a JOIN figure_activities b
          ON b.participant_id = a.participant_id AND b.activity_id > a.activity_id
        WHERE a.participant_id = p.id
          AND a.run_from <= ? AND COALESCE(a.run_to, ?) >= ? AND b.run_from <= ? AND COALESCE(b.run_to, ?) >= ?
          AND a.run_from <= COALESCE(b.run_to, ?) AND b.run_from <= COALESCE(a.run_to, ?))
        GROUP BY p.gender`,
      params: [to, from, to, to, from, to, to, from, to, to],
    },
    {
      sql: `SELECT
        (SELECT COALESCE(SUM(day_sessions), 0) FROM figure_points WHERE date >= ? AND date <= ?) AS sessions,
        (SELECT COUNT(*) FROM figure_activities WHERE started_on >= ? AND started_on <= ?) AS started,
        (SELECT COUNT(*) FROM figure_activities WHERE ended_on >= ? AND ended_on <= ?) AS ended`,
      params: [from, to, from, to, from, to],
    },
  ];
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

function aggregatesOf(rows: Row[][], slotIds: Map<number, string>): FigureAggregates {
  const [people, progress, extra, parallel, counts] = rows;
  const sums = new Map<string, { indicatorId: string; sum: number; count: number }>();
  const add = (indicatorId: string, sum: number, count: number) => {
    const acc = sums.get(indicatorId) ?? { indicatorId, sum: 0, count: 0 };
    acc.sum += sum;
    acc.count += count;
    sums.set(indicatorId, acc);
  };
  for (const r of progress)
    for (const [slot, id] of slotIds) add(id, num(r[`s${slot}`]), num(r[`n${slot}`]));
  for (const r of extra)
    if (r.extra)
      for (const [id, change] of JSON.parse(String(r.extra)) as [string, number][])
        add(id, change, 1);
  return {
    people: people.map((r) => ({
      gender: String(r.gender),
      outcome: String(r.outcome),
      active: num(r.active),
      started: num(r.started),
      exited: num(r.exited),
    })),
    progressed: progress.map((r) => ({ gender: String(r.gender), n: num(r.progressed) })),
    parallel: parallel.map((r) => ({ gender: String(r.gender), n: num(r.n) })),
    changes: [...sums.values()],
    ratingSessions: num(counts[0]?.sessions),
    activitiesStarted: num(counts[0]?.started),
    activitiesEnded: num(counts[0]?.ended),
  };
}

export interface AttentionRow extends AttentionFacts {
  id: string;
  code: string;
  consent: Pick<Consent, 'givenOn' | 'validUntil' | 'withdrawnOn'> | null;
}

export interface AttentionQuery {
  asOf: IsoDate;
  exitPeriod: Period;
  /** Last day of a session that is still recent: asOf − RATING_INTERVAL_WEEKS. */
  ratingDeadline: IsoDate;
}

/** Everyone who may need attention on asOf (a superset: domain attentionKinds decides), with the latest consent. */
export function attentionQuery(q: AttentionQuery): Query {
  const { asOf, exitPeriod } = q;
  return {
    sql: `SELECT p.id AS id, p.code AS code, p.start_date AS start_date, ${END} AS end_date,
      g.date AS last_date, g.stagnant AS stagnant, pl.next_follow_up AS next_follow_up,
      e.exit_date AS exit_date, e.next_step AS next_step, e.outcome AS outcome,
      (SELECT c.given_on || '|' || c.valid_until || '|' || COALESCE(c.withdrawn_on, '') FROM consents c
        WHERE c.participant_id = p.id ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1) AS consent
      FROM ${PEOPLE} LEFT JOIN plans pl ON pl.participant_id = p.id
      LEFT JOIN figure_points g ON ${POINT_AT}
      WHERE (p.start_date <= ? AND (${END} IS NULL OR ${END} >= ?)
          AND (COALESCE(g.date, p.start_date) < ? OR pl.next_follow_up < ? OR g.stagnant = 1))
        OR (e.next_step = 0 AND e.exit_date >= ? AND e.exit_date <= ?)`,
    params: [asOf, asOf, asOf, asOf, q.ratingDeadline, asOf, exitPeriod.from, exitPeriod.to],
  };
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The latest consent's dates, as the attention query gives them (given|valid until|withdrawn). */
function consentOf(v: unknown): AttentionRow['consent'] {
  if (typeof v !== 'string') return null;
  const [givenOn, validUntil, withdrawnOn] = v.split('|');
  return { givenOn, validUntil, withdrawnOn: withdrawnOn || null };
}

function attentionRow(r: Row): AttentionRow {
  return {
    id: String(r.id),
    code: String(r.code),
    startDate: String(r.start_date),
    endDate: str(r.end_date),
    lastSessionDate: str(r.last_date),
    stagnant: num(r.stagnant) === 1,
    nextFollowUp: str(r.next_follow_up),
    exit: r.exit_date
      ? { date: String(r.exit_date), nextStep: num(r.next_step) === 1, outcome: String(r.outcome) }
      : null,
    consent: consentOf(r.consent),
  };
}

export interface FigureReadings {
  periods: FigureAggregates[];
  attention: AttentionRow[];
  openActions: Pick<ForumAction, 'departmentId' | 'due' | 'status'>[];
  /** The rows of `extra`'s queries (another area's aggregates read from the same snapshot). */
  extra: Row[][];
}

/** The aggregates of each period, and (when asked) "needs attention" and open forum actions, from one snapshot. */
export async function readFigures(
  db: Db,
  o: { periods: Period[]; minRisen: number; attention?: AttentionQuery; extra?: Query[] },
): Promise<FigureReadings> {
  const queries: Query[] = [{ sql: 'SELECT indicator_id, slot FROM figure_slots' }];
  // Slots are only ever added: while one is free, no point can have needed one (no extras).
  const slots = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM figure_slots');
  const full = Number(slots?.n ?? 0) >= SLOT_COUNT;
  for (const p of o.periods) queries.push(...periodQueries(p, o.minRisen, full));
  if (o.attention) {
    queries.push(attentionQuery(o.attention), {
      sql: "SELECT department_id, due, status FROM forum_actions WHERE status = 'open'",
    });
  }
  const extraAt = queries.length;
  queries.push(...(o.extra ?? []));
  const rows = await db.readBatch(queries);
  const slotIds = new Map(rows[0].map((r) => [num(r.slot), String(r.indicator_id)] as const));
  const per = 5;
  const periods = o.periods.map((_, i) =>
    aggregatesOf(rows.slice(1 + i * per, 1 + (i + 1) * per), slotIds),
  );
  const rest = rows.slice(1 + o.periods.length * per, extraAt);
  return {
    periods,
    attention: o.attention ? rest[0].map(attentionRow) : [],
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
