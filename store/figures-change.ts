// The change theory's figures (domain/figures-change.ts) as SQL aggregates: GROUP BY gender (and
// answer, source of support, activity kind) in the database, one small result per figure, read from
// one snapshot (Db.readBatch), so a region of 100,000 participants is never loaded into JavaScript.
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
import type { Db, Query, Row, SqlValue } from './db';

const END = 'COALESCE(e.exit_date, p.end_date)';
const PEOPLE = 'participants p LEFT JOIN exits e ON e.participant_id = p.id';
/** Active at some time in [from, to]: parameters to, from (as store/figures-read.ts). */
const ACTIVE = `p.start_date <= ? AND (${END} IS NULL OR ${END} >= ?)`;
const SELF_COLUMNS = [
  'participant_id',
  'date',
  'next_date',
  'control_rated',
  'control_risen',
  'closer_rated',
  'closer_risen',
];
const ROWS_PER_INSERT = 400;

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
  const one = `(${SELF_COLUMNS.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const part = rows.slice(i, i + ROWS_PER_INSERT);
    await db.run(
      `INSERT INTO figure_self (${SELF_COLUMNS.join(', ')}) VALUES ${part.map(() => one).join(', ')}`,
      part.flat(),
    );
  }
}

/** The queries of one period's change figures, in the order aggregatesOf reads them. */
export function changeQueries({ from, to }: Period): Query[] {
  const window = sixMonthPointWindow({ from, to });
  return [
    window
      ? {
          sql: `SELECT p.gender AS gender, e.self_support_after_6m AS answer, COUNT(*) AS n
            FROM ${PEOPLE} WHERE ${END} >= ? AND ${END} <= ?
            GROUP BY p.gender, e.self_support_after_6m`,
          params: [window.from, window.to],
        }
      : { sql: 'SELECT 1 AS none WHERE 1 = 0' },
    {
      sql: `SELECT p.gender AS gender, COUNT(*) AS active,
        SUM(s.control_rated) AS control_rated, SUM(s.control_risen) AS control_risen,
        SUM(s.closer_rated) AS closer_rated, SUM(s.closer_risen) AS closer_risen
        FROM ${PEOPLE} LEFT JOIN figure_self s ON s.participant_id = p.id
          AND s.date <= ? AND (s.next_date IS NULL OR s.next_date > ?)
        WHERE ${ACTIVE} GROUP BY p.gender`,
      params: [to, to, to, from],
    },
    {
      sql: `SELECT p.gender AS gender, p.support_at_start AS start, e.support_at_exit AS exit_source,
        COUNT(*) AS n FROM ${PEOPLE} WHERE ${END} >= ? AND ${END} <= ?
        GROUP BY p.gender, p.support_at_start, e.support_at_exit`,
      params: [from, to],
    },
    {
      // activitiesStarted by kind: the running interval begins in the period (figure_activities,
      // which holds the kind since migration 013; the gender stays the participant's own).
      sql: `SELECT p.gender AS gender, f.kind AS kind, COUNT(*) AS n
        FROM figure_activities f JOIN participants p ON p.id = f.participant_id
        WHERE f.started_on >= ? AND f.started_on <= ? GROUP BY p.gender, f.kind`,
      params: [from, to],
    },
  ];
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function aggregatesOf([selfSupport, risen, support, activities]: Row[][]): ChangeAggregates {
  return {
    selfSupport: selfSupport.map((r) => ({
      gender: String(r.gender),
      answer: r.answer === null || r.answer === undefined ? null : num(r.answer) === 1,
      n: num(r.n),
    })),
    risen: risen.map((r) => ({
      gender: String(r.gender),
      active: num(r.active),
      controlRated: num(r.control_rated),
      controlRisen: num(r.control_risen),
      closerRated: num(r.closer_rated),
      closerRisen: num(r.closer_risen),
    })),
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
export const CHANGE_QUERIES = 4;

/** The figures of each period from the rows of `periods.flatMap(changeQueries)`. */
export const changeFiguresOf = (rows: Row[][], periods: number): ChangeFigures[] =>
  Array.from({ length: periods }, (_, i) =>
    changeFiguresFromAggregates(
      aggregatesOf(rows.slice(i * CHANGE_QUERIES, (i + 1) * CHANGE_QUERIES)),
    ),
  );

/**
 * The change theory's figures of each period, as SQL aggregates from one snapshot (the digest reads
 * the same queries in the snapshot of its core figures: readFigures `extra`).
 */
export async function readChangeFigures(db: Db, periods: Period[]): Promise<ChangeFigures[]> {
  return changeFiguresOf(await db.readBatch(periods.flatMap(changeQueries)), periods.length);
}
