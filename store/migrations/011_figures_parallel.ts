// The figures at a region's size (issue 15). figure_parallel: per participant, the days two or more
// of their activities ran at once (domain/figure-facts.ts parallelIntervals over the run intervals
// of figure_activities), so "parallel activities in the period" is one indexed probe per
// participant instead of a self-join of their activities; maintained with figure_activities.
// participants_start goes: for any period the figures read most participants, and driving from that
// index made SQLite fetch every participant row in start-date order (random pages) instead of
// scanning the table. The latest consent per participant is read from an index in its order.
// figure_latest: each participant's latest point (the figure_points row with next_date NULL) again,
// in a table of one narrow row per participant: the point in force on a recent day is nearly
// always the latest, and looking it up there reads a tenth of the rows; an older one is found
// through figure_points_next (the participant's points with next_date > day, the first of them).
// Dialect-neutral SQL (SQLite and PostgreSQL).
import { SLOT_COUNT } from './007_figures';

const SLOTS = Array.from({ length: SLOT_COUNT }, (_, i) => `  c${i} INTEGER,`).join('\n');

export const version = 11;
export const name = 'figures_parallel';
export const sql = `
CREATE TABLE figure_parallel (
  participant_id TEXT NOT NULL,
  run_from TEXT NOT NULL,
  run_to TEXT,
  PRIMARY KEY (participant_id, run_from)
);
CREATE INDEX figure_parallel_runs ON figure_parallel (participant_id, run_from, run_to);
CREATE TABLE figure_latest (
  participant_id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  next_date TEXT,
  sessions INTEGER NOT NULL,
  day_sessions INTEGER NOT NULL,
  risen INTEGER NOT NULL,
  stagnant INTEGER NOT NULL,
${SLOTS}
  extra TEXT
);
CREATE INDEX figure_points_next ON figure_points (participant_id, next_date, date);
DROP INDEX participants_start;
CREATE INDEX consents_latest ON consents (participant_id, recorded_at, id)
`;
