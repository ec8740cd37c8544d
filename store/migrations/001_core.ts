// Core schema: users and roles, conversation references, participants, consent, ownership,
// audit, drafts of card flows, exactly-once dispatches, and a key-value table for botbuilder.
// Dialect-neutral SQL (runs on SQLite and PostgreSQL): TEXT ids, ISO dates as TEXT, JSON as TEXT.
export const version = 1;
export const name = 'core';
export const sql = `
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT,
  locale TEXT NOT NULL DEFAULT 'sv',
  last_seen_at TEXT NOT NULL
);
CREATE TABLE user_roles (
  user_id TEXT NOT NULL,
  role TEXT NOT NULL,
  granted_by TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
);
CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  team_id TEXT,
  channel_id TEXT,
  user_id TEXT,
  reference TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX conversations_user ON conversations (user_id);
CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT,
  gender TEXT NOT NULL,
  birth_year INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  departments TEXT NOT NULL,
  sfi_track INTEGER,
  sfi_course TEXT,
  protected_identity INTEGER NOT NULL DEFAULT 0,
  support_at_start TEXT,
  owner_id TEXT NOT NULL,
  pending_owner_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  rev INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX participants_owner ON participants (owner_id);
CREATE TABLE consents (
  id TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants (id),
  given_on TEXT NOT NULL,
  departments TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  withdrawn_on TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX consents_participant ON consents (participant_id);
CREATE TABLE ownership_changes (
  id TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants (id),
  from_user TEXT NOT NULL,
  to_user TEXT NOT NULL,
  status TEXT NOT NULL,
  offered_at TEXT NOT NULL,
  decided_at TEXT
);
CREATE TABLE audit (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  action TEXT NOT NULL,
  participant_id TEXT,
  detail TEXT
);
CREATE INDEX audit_participant ON audit (participant_id);
CREATE TABLE flows (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  owner_id TEXT NOT NULL,
  participant_id TEXT,
  step TEXT NOT NULL,
  rev INTEGER NOT NULL,
  status TEXT NOT NULL,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX flows_owner ON flows (owner_id, kind, status);
CREATE TABLE dispatches (
  key TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_at TEXT NOT NULL,
  sent_at TEXT,
  last_error TEXT
);
CREATE TABLE kv (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  etag TEXT NOT NULL
);
`;
