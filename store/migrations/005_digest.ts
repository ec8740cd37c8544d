// Digest channels: where the weekly digest is posted, and on which weekday and time (Europe/Stockholm).
// Dialect-neutral SQL (SQLite and PostgreSQL).
export const version = 5;
export const name = 'digest';
export const sql = `
CREATE TABLE digest_channels (
  conversation_id TEXT PRIMARY KEY,
  team_id TEXT,
  channel_id TEXT,
  weekday INTEGER NOT NULL,
  time TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  set_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  rev INTEGER NOT NULL DEFAULT 1
);
`;
