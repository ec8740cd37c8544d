// Case forum (ärendeforum): a forum per team channel, its meetings, the cases on each meeting's
// agenda and the actions decided for them. Dialect-neutral SQL (SQLite and PostgreSQL).
export const version = 4;
export const name = 'forum';
export const sql = `
CREATE TABLE forums (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  departments TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  rev INTEGER NOT NULL DEFAULT 1,
  UNIQUE (team_id, channel_id)
);
CREATE TABLE forum_meetings (
  id TEXT PRIMARY KEY,
  forum_id TEXT NOT NULL REFERENCES forums (id),
  date TEXT NOT NULL,
  status TEXT NOT NULL,
  started_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  closed_at TEXT,
  closed_by TEXT
);
CREATE INDEX forum_meetings_forum ON forum_meetings (forum_id, date);
CREATE TABLE forum_cases (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES forum_meetings (id),
  participant_id TEXT NOT NULL REFERENCES participants (id),
  position INTEGER NOT NULL,
  brought_by TEXT NOT NULL,
  brought_by_name TEXT,
  added_at TEXT NOT NULL,
  rev INTEGER NOT NULL DEFAULT 1,
  UNIQUE (meeting_id, participant_id)
);
CREATE TABLE forum_actions (
  id TEXT PRIMARY KEY,
  forum_id TEXT NOT NULL REFERENCES forums (id),
  meeting_id TEXT NOT NULL REFERENCES forum_meetings (id),
  case_id TEXT NOT NULL REFERENCES forum_cases (id),
  participant_id TEXT NOT NULL REFERENCES participants (id),
  what TEXT NOT NULL,
  department_id TEXT NOT NULL,
  owner_id TEXT,
  owner_name TEXT,
  due TEXT NOT NULL,
  status TEXT NOT NULL,
  done_at TEXT,
  result TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX forum_actions_participant ON forum_actions (participant_id);
CREATE INDEX forum_actions_due ON forum_actions (status, due)
`;
