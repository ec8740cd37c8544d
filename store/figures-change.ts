// The change theory's figures (domain/figures-change.ts) as SQL aggregates: GROUP BY gender (and
// answer, source of support, activity kind) in the database, one small result per figure, read from
// one snapshot (Db.readBatch), so a region of 100,000 participants is never loaded into JavaScript.
// The risen figures are summed in the core figures' pass over the participants (selfJoin, read by
// store/figures-read.ts readFigures with `change`), the others are queries of their own.
// The facts of migration 010 (figure_self) are written with the figure points (store/figures.ts
// writePoints calls writeSelfFacts), so they are maintained on every session write and rebuilt by
// `npm run rebuild-figures`. What each number means is defined in domain/figures-change.ts;
// domain/figures-change-facts.ts computes the facts and turns these rows into the figures.
import {
  changeFiguresFromAggregates,
  selfPoints,
  sixMonthPointWindow,
  type ChangeAggregates,
} from '../domain/figures-change-facts';
import type { ChangeFigures } from '../domain/figures-change';
import type { Period } from '../domain/figures';
import type { RatingSession } from '../domain/model';
import { daysBetween } from '../domain/dates';
import type { Db, Query, Row, SqlValue } from './db';
import { END, NOTHING, num, PEOPLE } from './figures-sql';
import { insertRows } from './figures-rows';

const SELF_COLUMNS = [
  'participant_id',
  'date',
  'next_date',
  'control_rated',
  'control_risen',
  'closer_rated',
  'closer_risen',
];

/**
 * Writes the self-rating facts of these participants from their sessions (latest revision of each,
 * by participant), replacing what they had. Runs in the caller's transaction.
 */
export async function writeSelfFacts(
  db: Db,
  participantIds: string[],
  sessions: Map<string, RatingSession[]>,
): Promise<void> {
  if (participantIds.length === 0) return;
  await db.run(
    `DELETE FROM figure_self WHERE participant_id IN (${participantIds.map(() => '?').join(', ')})`,
    participantIds,
  );
  const rows: SqlValue[][] = [];
  for (const [pid, list] of sessions) {
    for (const pt of selfPoints(list)) {
      rows.push([
        pid,
        pt.date,
        pt.nextDate,
        Number(pt.controlRated),
        Number(pt.controlRisen),
        Number(pt.closerRated),
        Number(pt.closerRisen),
      ]);
    }
  }
  await insertRows(db, 'figure_self', SELF_COLUMNS, rows);
}

/**
 * The self-rating facts in force at the end of a day, for the figures' one pass over the participants
 * (store/figures-read.ts peopleQueries), which sums them per gender over the active: the risen
 * figures (controlRisen, closerToWork) cost one more indexed lookup per participant there instead of
 * a pass of their own. `latestOnly`: every participant of that pass has no session after the day,
 * so the point in force is their latest (next_date NULL: the partial index of migration 014).
 * Parameters of the join: none with latestOnly, else day, day.
 */
export const selfJoin = (alias: string, latestOnly: boolean): string =>
  latestOnly
    ? `LEFT JOIN figure_self ${alias} ON ${alias}.participant_id = p.id AND ${alias}.next_date IS NULL`
    : `LEFT JOIN figure_self ${alias} ON ${alias}.participant_id = p.id
        AND ${alias}.date <= ? AND (${alias}.next_date IS NULL OR ${alias}.next_date > ?)`;

/** The sums of the self-rating facts of a join `selfJoin(alias)`, named `<column><suffix>`. */
export const selfSums = (alias: string, suffix: string): string[] =>
  SELF_SUMS.map((c) => `SUM(${alias}.${c}) AS ${c}${suffix}`);

const SELF_SUMS = ['control_rated', 'control_risen', 'closer_rated', 'closer_risen'];

/** The risen rows of ChangeAggregates from grouped rows carrying selfSums (suffix) and the active count. */
export function risenOf(
  rows: { gender: string; active: number; row: Row }[],
  suffix: string,
): ChangeAggregates['risen'] {
  const byGender = new Map<string, ChangeAggregates['risen'][number]>();
  for (const { gender, active, row } of rows) {
    const r = byGender.get(gender) ?? {
      gender,
      active: 0,
      controlRated: 0,
      controlRisen: 0,
      closerRated: 0,
      closerRisen: 0,
    };
    r.active += active;
    r.controlRated += num(row[`control_rated${suffix}`]);
    r.controlRisen += num(row[`control_risen${suffix}`]);
    r.closerRated += num(row[`closer_rated${suffix}`]);
    r.closerRisen += num(row[`closer_risen${suffix}`]);
    byGender.set(gender, r);
  }
  return [...byGender.values()];
}

/**
 * Periods longer than this count activities by kind driving from the participants (one probe of
 * figure_activities_by_participant each); shorter ones from the start days' index. SQLite plans by
 * its indexes alone (no statistics are gathered), so the query says which; PostgreSQL plans the
 * join itself either way (CROSS JOIN with the condition in WHERE is an ordinary join there).
 */
const LONG_PERIOD_DAYS = 92;

/**
 * The queries of one period's change figures other than the risen ones (those come with the
 * figures' pass over the participants, selfJoin), in the order changeAggregatesOf reads them.
 */
export function changeQueries({ from, to }: Period): Query[] {
  const window = sixMonthPointWindow({ from, to });
  const long = from <= to && daysBetween(from, to) > LONG_PERIOD_DAYS;
  return [
    window
      ? {
          sql: `SELECT p.gender AS gender, e.self_support_after_6m AS answer, COUNT(*) AS n
            FROM ${PEOPLE} WHERE ${END} >= ? AND ${END} <= ?
            GROUP BY p.gender, e.self_support_after_6m`,
          params: [window.from, window.to],
        }
      : NOTHING,
    {
      sql: `SELECT p.gender AS gender, p.support_at_start AS start, e.support_at_exit AS exit_source,
        COUNT(*) AS n FROM ${PEOPLE} WHERE ${END} >= ? AND ${END} <= ?
        GROUP BY p.gender, p.support_at_start, e.support_at_exit`,
      params: [from, to],
    },
    {
      // activitiesStarted by kind: the running interval begins in the period (figure_activities,
      // which holds the kind since migration 013; the gender stays the participant's own).
      sql: long
        ? `SELECT p.gender AS gender, f.kind AS kind, COUNT(*) AS n
          FROM participants p CROSS JOIN figure_activities f
          WHERE f.participant_id = p.id AND f.started_on >= ? AND f.started_on <= ?
          GROUP BY p.gender, f.kind`
        : `SELECT p.gender AS gender, f.kind AS kind, COUNT(*) AS n
          FROM figure_activities f JOIN participants p ON p.id = f.participant_id
          WHERE f.started_on >= ? AND f.started_on <= ? GROUP BY p.gender, f.kind`,
      params: [from, to],
    },
  ];
}

const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** A period's change aggregates from the rows of its changeQueries and its risen rows (risenOf). */
function changeAggregatesOf(
  [selfSupport, support, activities]: Row[][],
  risen: ChangeAggregates['risen'],
): ChangeAggregates {
  return {
    selfSupport: selfSupport.map((r) => ({
      gender: String(r.gender),
      answer: r.answer === null || r.answer === undefined ? null : num(r.answer) === 1,
      n: num(r.n),
    })),
    risen,
    support: support.map((r) => ({
      gender: String(r.gender),
      start: strOrNull(r.start),
      exit: strOrNull(r.exit_source),
      n: num(r.n),
    })),
    activities: activities.map((r) => ({
      gender: String(r.gender),
      kind: String(r.kind),
      n: num(r.n),
    })),
  };
}

/** Queries per period (changeQueries). */
const CHANGE_QUERIES = 3;

/** The figures of each period from the rows of `periods.flatMap(changeQueries)` and each period's risen rows. */
export const changeFiguresOf = (
  rows: Row[][],
  risen: ChangeAggregates['risen'][],
): ChangeFigures[] =>
  risen.map((r, i) =>
    changeFiguresFromAggregates(
      changeAggregatesOf(rows.slice(i * CHANGE_QUERIES, (i + 1) * CHANGE_QUERIES), r),
    ),
  );
