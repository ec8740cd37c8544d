// Records and rights (issue 16): from which kind of conversation each audited read or change came
// (personal, channel, groupChat; null for jobs and command lines), the log review's monthly samples
// and their checks, a municipality's
// own spreadsheet code as the owner's private reference (a second import changes nothing), corrections
// of registration fields (who, when, what), and indexes for reading the audit log by time and by staff
// member. Dialect-neutral SQL (SQLite and PostgreSQL).
export const version = 8;
export const name = 'records';
export const sql = `
ALTER TABLE audit ADD COLUMN via TEXT;
CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_actor ON audit (actor_id, at);
CREATE TABLE audit_samples (
  month TEXT NOT NULL,
  audit_id TEXT NOT NULL,
  checked_by TEXT,
  checked_at TEXT,
  rev INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (month, audit_id)
);
ALTER TABLE participants ADD COLUMN external_ref TEXT;
CREATE UNIQUE INDEX participants_external_ref ON participants (external_ref);
CREATE TABLE participant_corrections (
  id TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants (id),
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  corrected_by TEXT NOT NULL,
  corrected_at TEXT NOT NULL
);
CREATE INDEX participant_corrections_participant ON participant_corrections (participant_id);
`;
