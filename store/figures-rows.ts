// The rows of the figure facts (store/figures.ts): how a point is stored, and the SQL the facts
// are read from and written with.
import type { RatingPoint } from '../domain/figure-facts';
import type { RatingSession } from '../domain/model';
import type { Db, SqlValue } from './db';
import { SLOT_COUNT } from './migrations/007_figures';
import { LATEST } from './ratings-sql';

const SLOT_COLUMNS = Array.from({ length: SLOT_COUNT }, (_, i) => `c${i}`);
export const POINT_COLUMNS = [
  'participant_id',
  'date',
  'next_date',
  'sessions',
  'day_sessions',
  'risen',
  'stagnant',
  ...SLOT_COLUMNS,
  'extra',
];
/** Rows per multi-row INSERT (31 parameters a row stays far below both databases' limits). */
const ROWS_PER_INSERT = 400;

export async function insertRows(db: Db, table: string, columns: string[], rows: SqlValue[][]) {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const part = rows.slice(i, i + ROWS_PER_INSERT);
    const one = `(${columns.map(() => '?').join(', ')})`;
    await db.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${part.map(() => one).join(', ')}`,
      part.flat(),
    );
  }
}

export interface SessionRow {
  participant_id: string;
  id: string;
  date: string;
  saved_at: string;
  scores: string;
}

export const SESSIONS_OF = (n: number) =>
  `SELECT r.participant_id, r.id, r.date, r.saved_at, r.scores FROM rating_sessions r
   WHERE r.participant_id IN (${Array(n).fill('?').join(', ')})
   AND ${LATEST}`;

/** Just what the points are computed from (the rest of a session is not read). */
export const asSession = (r: SessionRow): RatingSession => ({
  id: r.id,
  participantId: r.participant_id,
  date: r.date,
  savedAt: r.saved_at,
  scores: JSON.parse(r.scores),
  instrumentId: '',
  instrumentVersion: 0,
  jobSearchDescription: null,
  revision: 0,
  ratedBy: '',
});

export function pointRow(pid: string, pt: RatingPoint, slots: Map<string, number>): SqlValue[] {
  const cols: SqlValue[] = Array<SqlValue>(SLOT_COUNT).fill(null);
  const extra: [string, number][] = [];
  for (const [indicatorId, change] of pt.changes) {
    const slot = slots.get(indicatorId);
    if (slot === undefined) extra.push([indicatorId, change]);
    else cols[slot] = change;
  }
  return [
    pid,
    pt.date,
    pt.nextDate,
    pt.sessions,
    pt.daySessions,
    pt.risen,
    pt.stagnant ? 1 : 0,
    ...cols,
    extra.length ? JSON.stringify(extra) : null,
  ];
}
