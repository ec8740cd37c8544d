// SQL fragments the figures' queries share (store/figures-read.ts, figures-attention.ts,
// figures-change.ts): a participant's end, who was active, and the point in force on a day.
import type { Query } from './db';

export const END = 'COALESCE(e.exit_date, p.end_date)';
export const PEOPLE = 'participants p LEFT JOIN exits e ON e.participant_id = p.id';
/** Active at some time in [from, to]: parameters to, from. */
export const ACTIVE = `p.start_date <= ? AND (${END} IS NULL OR ${END} >= ?)`;
/**
 * The point in force at the end of a day, joined as `l<g>` (the latest point, figure_latest, when it
 * is from that day or before: nearly always) or else `h<g>` (the older point in force then, found
 * through figure_points_next: `|| ''` keeps SQLite from the primary key, which would read every
 * earlier point). Parameters day, day, day; read its columns with pt(g, column).
 */
export const pointJoin = (g: string) =>
  `LEFT JOIN figure_latest l${g} ON l${g}.participant_id = p.id AND l${g}.date <= ?
   LEFT JOIN figure_points h${g} ON l${g}.participant_id IS NULL AND h${g}.participant_id = p.id
     AND h${g}.date || '' <= ? AND h${g}.next_date > ?`;
export const pt = (g: string, column: string) => `COALESCE(l${g}.${column}, h${g}.${column})`;
/**
 * A column of the point in force at the end of a day, in a query joined to figure_latest as `l` with
 * no condition: the latest point when it is from that day or before (nearly always: no subquery
 * runs), else the older one in force then, found through figure_points_next. Parameters day, day, day.
 */
export const pointAt = (column: string) =>
  `CASE WHEN l.participant_id IS NULL OR l.date <= ? THEN l.${column}
    ELSE (SELECT h.${column} FROM figure_points h
      WHERE h.participant_id = p.id AND h.date || '' <= ? AND h.next_date > ?) END`;

/** A number from a row's value (drivers give counts as strings or numbers); 0 for none. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** A query that reads no row: the place of a query a read does not need, so the batch's order holds. */
export const NOTHING: Query = { sql: 'SELECT 1 AS none WHERE 1 = 0' };
