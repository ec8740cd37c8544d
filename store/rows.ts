// The rows each table returns, column for column as `store/migrations/*.ts` create them (snake_case,
// dates and JSON as TEXT, booleans as INTEGER 0/1). Repositories type their queries with these
// (`this.db.get<FlowDbRow>(…)`) and map them to the domain's camelCase types in one place.
// A TEXT column that only ever holds a domain enum is typed with that enum: the repository is the
// only writer, and it writes only values of that type.
import type {
  ActivityKind,
  ActivityPlan,
  ForumAction,
  JobSearchWords,
  PlanActivity,
} from '../domain/model';
import type { Gender, Role, SfiCourse, SfiTrack, SupportSource } from '../domain/types';
import type { ParticipantLanguage } from '../domain/languages';
import type { ConversationKind, FlowStatus } from './core';

/** 0/1 in SQLite; the mappers read it with `!!Number(…)` so either driver's integer works. */
type IntFlag = number;

// ------------------------------------------------------------------ 001 core

export type UserDbRow = { id: string; name: string | null; locale: string; last_seen_at: string };

export type UserRoleDbRow = { user_id: string; role: Role; granted_by: string; granted_at: string };

export type ConversationDbRow = {
  id: string;
  kind: ConversationKind;
  team_id: string | null;
  channel_id: string | null;
  user_id: string | null;
  /** A ConversationReference as JSON. */
  reference: string;
  updated_at: string;
};

export type ParticipantDbRow = {
  id: string;
  code: string;
  name: string | null;
  gender: Gender;
  birth_year: number;
  start_date: string;
  end_date: string | null;
  /** Department ids as a JSON array. */
  departments: string;
  sfi_track: SfiTrack | null;
  sfi_course: SfiCourse | null;
  protected_identity: IntFlag;
  support_at_start: SupportSource | null;
  /** JSON list of language codes (migration 009). */
  languages: string;
  owner_id: string;
  pending_owner_id: string | null;
  created_at: string;
  updated_at: string;
  rev: number;
};

export type ConsentDbRow = {
  id: string;
  participant_id: string;
  given_on: string;
  /** Department ids as a JSON array. */
  departments: string;
  valid_until: string;
  withdrawn_on: string | null;
  recorded_by: string;
  recorded_at: string;
};

export type OwnershipChangeDbRow = {
  id: string;
  participant_id: string;
  from_user: string;
  to_user: string;
  status: 'offered' | 'accepted' | 'declined' | 'cancelled';
  offered_at: string;
  decided_at: string | null;
};

export type AuditDbRow = {
  id: string;
  at: string;
  actor_id: string;
  action: string;
  participant_id: string | null;
  /** Ids and codes as a JSON object, or null. */
  detail: string | null;
};

export type FlowDbRow = {
  id: string;
  kind: string;
  owner_id: string;
  participant_id: string | null;
  step: string;
  rev: number;
  status: FlowStatus;
  /** The flow's draft data as JSON. */
  data: string;
  created_at: string;
  updated_at: string;
  /** What the draft is for, unique among the owner's open drafts of its kind (migration 006). */
  open_key: string | null;
};

export type DispatchDbRow = {
  key: string;
  status: string;
  attempts: number;
  claimed_at: string;
  sent_at: string | null;
  last_error: string | null;
};

// ------------------------------------------------------------------ 002 rating

export type RatingSessionDbRow = {
  id: string;
  revision: number;
  participant_id: string;
  date: string;
  instrument_id: string;
  instrument_version: number;
  /** IndicatorScore[] as JSON. */
  scores: string;
  job_search: string | null;
  /** Whose words the job-search answer is in (migration 009). */
  job_search_words: JobSearchWords | null;
  /** The language the participant answered their own questions in (migration 012). */
  language: ParticipantLanguage | null;
  rated_by: string;
  saved_at: string;
};

export type InstrumentDbRow = {
  id: string;
  version: number;
  /** The Instrument as JSON. */
  definition: string;
  added_by: string;
  added_at: string;
};

// ------------------------------------------------------------------ 003 plan

export type PlanDbRow = {
  participant_id: string;
  goal: ActivityPlan['goal'];
  own_words: string | null;
  next_follow_up: string | null;
  rev: number;
  updated_at: string;
  updated_by: string | null;
};

export type PlanActivityDbRow = {
  id: string;
  participant_id: string;
  type_id: string | null;
  custom_name: string | null;
  kind: ActivityKind;
  department_id: string;
  responsible: string | null;
  start_date: string | null;
  planned_end_date: string | null;
  end_date: string | null;
  status: PlanActivity['status'];
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
};

export type PlanHistoryDbRow = {
  id: string;
  participant_id: string;
  seq: number;
  at: string;
  actor_id: string;
  change: string;
  activity_id: string | null;
  /** Codes and ids as a JSON object. */
  detail: string;
};

export type FollowUpDbRow = {
  id: string;
  participant_id: string;
  due_date: string | null;
  held_on: string;
  swedish_level: string | null;
  /** Activity id → the participant's opinion, as JSON. */
  opinions: string;
  next_follow_up: string | null;
  recorded_by: string;
  recorded_at: string;
};

export type ActivityTypeDbRow = {
  id: string;
  name_sv: string;
  name_en: string;
  kind: ActivityKind;
  department_id: string;
  retired: IntFlag;
  updated_by: string;
  updated_at: string;
};

export type ExitDbRow = {
  participant_id: string;
  exit_date: string;
  outcome: string;
  next_step: IntFlag;
  next_step_with: string | null;
  no_next_step_reason: string | null;
  support_at_exit: string | null;
  self_support_after_6m: IntFlag | null;
  self_support_recorded_at: string | null;
  recorded_by: string;
  recorded_at: string;
};

// ------------------------------------------------------------------ 004 forum

export type ForumDbRow = {
  id: string;
  team_id: string;
  channel_id: string;
  conversation_id: string;
  /** Department ids as a JSON array. */
  departments: string;
  created_by: string;
  created_at: string;
  rev: number;
};

export type ForumMeetingDbRow = {
  id: string;
  forum_id: string;
  date: string;
  status: 'open' | 'closed';
  started_by: string;
  created_at: string;
  closed_at: string | null;
  closed_by: string | null;
};

export type ForumCaseDbRow = {
  id: string;
  meeting_id: string;
  participant_id: string;
  position: number;
  brought_by: string;
  brought_by_name: string | null;
  added_at: string;
  rev: number;
};

export type ForumActionDbRow = {
  id: string;
  forum_id: string;
  meeting_id: string;
  case_id: string;
  participant_id: string;
  what: string;
  department_id: string;
  owner_id: string | null;
  owner_name: string | null;
  due: string;
  status: ForumAction['status'];
  done_at: string | null;
  result: string | null;
  created_by: string;
  created_at: string;
};

// ------------------------------------------------------------------ 005 digest

export type DigestChannelDbRow = {
  conversation_id: string;
  team_id: string | null;
  channel_id: string | null;
  weekday: number;
  time: string;
  active: IntFlag;
  set_by: string;
  created_at: string;
  updated_at: string;
  rev: number;
};
