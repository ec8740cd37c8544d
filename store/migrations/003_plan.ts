// Activity plans, their activities, history and follow-ups; the admin's activity catalogue; exits.
// Dialect-neutral SQL (SQLite and PostgreSQL): TEXT ids, ISO dates as TEXT, JSON as TEXT, 0/1 booleans.
export const version = 3;
export const name = 'plan';
export const sql = `
CREATE TABLE plans (
  participant_id TEXT PRIMARY KEY REFERENCES participants (id),
  goal TEXT,
  own_words TEXT,
  next_follow_up TEXT,
  rev INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  updated_by TEXT
);
CREATE INDEX plans_follow_up ON plans (next_follow_up);
CREATE TABLE plan_activities (
  id TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants (id),
  type_id TEXT,
  custom_name TEXT,
  kind TEXT NOT NULL,
  department_id TEXT NOT NULL,
  responsible TEXT,
  start_date TEXT,
  planned_end_date TEXT,
  end_date TEXT,
  status TEXT NOT NULL,
  cancel_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_activities_participant ON plan_activities (participant_id);
CREATE TABLE plan_history (
  id TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  change TEXT NOT NULL,
  activity_id TEXT,
  detail TEXT NOT NULL
);
CREATE INDEX plan_history_participant ON plan_history (participant_id, at);
CREATE TABLE plan_followups (
  id TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants (id),
  due_date TEXT,
  held_on TEXT NOT NULL,
  swedish_level TEXT,
  opinions TEXT NOT NULL,
  next_follow_up TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX plan_followups_participant ON plan_followups (participant_id);
CREATE TABLE activity_types (
  id TEXT PRIMARY KEY,
  name_sv TEXT NOT NULL,
  name_en TEXT NOT NULL,
  kind TEXT NOT NULL,
  department_id TEXT NOT NULL,
  retired INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE exits (
  participant_id TEXT PRIMARY KEY REFERENCES participants (id),
  exit_date TEXT NOT NULL,
  outcome TEXT NOT NULL,
  next_step INTEGER NOT NULL,
  next_step_with TEXT,
  no_next_step_reason TEXT,
  support_at_exit TEXT,
  self_support_after_6m INTEGER,
  self_support_recorded_at TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX exits_date ON exits (exit_date);
`;
