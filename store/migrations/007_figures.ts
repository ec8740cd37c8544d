// What the figures need, kept per participant and maintained in the transaction that writes a
// session, a correction, an activity or an import (store/figures.ts), so the digest and the report
// are SQL aggregates over indexed rows instead of every session's JSON parsed at read time.
// Rebuilt from the raw rows by `npm run rebuild-figures` (and at start when the rules they were
// computed with changed). Participants and exits are read directly (they are one row each).
//
// figure_points: one row per participant and session date, the state "as of" the end of that date:
// sessions up to it, how many indicators have risen, stagnation over the last three sessions, and
// latest − first counted score per indicator in the slot columns c0…c23 (figure_slots maps an
// indicator id to its column; the changes of indicators without a slot go, as JSON, to `extra`). The point in
// force on day D is the one with date <= D < next_date (next_date NULL for the latest).
export const version = 7;
export const name = 'figures';

export const SLOT_COUNT = 24;
const slots = Array.from({ length: SLOT_COUNT }, (_, i) => `  c${i} INTEGER,`).join('\n');

export const sql = `
CREATE TABLE figure_points (
  participant_id TEXT NOT NULL,
  date TEXT NOT NULL,
  next_date TEXT,
  sessions INTEGER NOT NULL,
  day_sessions INTEGER NOT NULL,
  risen INTEGER NOT NULL,
  stagnant INTEGER NOT NULL,
${slots}
  extra TEXT,
  PRIMARY KEY (participant_id, date)
);
CREATE INDEX figure_points_date ON figure_points (date, day_sessions);
CREATE TABLE figure_slots (
  indicator_id TEXT PRIMARY KEY,
  slot INTEGER NOT NULL UNIQUE
);
CREATE TABLE figure_activities (
  activity_id TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL,
  started_on TEXT,
  run_from TEXT,
  run_to TEXT,
  ended_on TEXT
);
CREATE INDEX figure_activities_participant ON figure_activities (participant_id, run_from);
CREATE INDEX figure_activities_started ON figure_activities (started_on);
CREATE INDEX figure_activities_ended ON figure_activities (ended_on);
CREATE INDEX participants_start ON participants (start_date)
`;
