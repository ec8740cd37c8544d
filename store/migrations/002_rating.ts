// Rating sessions (skattningstillfällen) and admin-added indicator sets. A session is never
// changed in place: a correction is a new row with the next revision, who saved it and when.
// The primary key (id, revision) makes a doubled save of the same revision impossible.
export const version = 2;
export const name = 'rating';
export const sql = `
CREATE TABLE rating_sessions (
  id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  participant_id TEXT NOT NULL REFERENCES participants (id),
  date TEXT NOT NULL,
  instrument_id TEXT NOT NULL,
  instrument_version INTEGER NOT NULL,
  scores TEXT NOT NULL,
  job_search TEXT,
  rated_by TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (id, revision)
);
CREATE INDEX rating_sessions_participant ON rating_sessions (participant_id, date);
CREATE TABLE instruments (
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  definition TEXT NOT NULL,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (id, version)
);
`;
