// The shared data model of the method, agreed between the areas (rating, plan, forum, digest).
// Each area owns its tables and repository; the types here are what the others read.
import type { ParticipantLanguage } from './languages';
import type { IsoDate } from './types';

// ------------------------------------------------------------------ rating sessions (issue 3)

/** A score on the 1–5 scale, or null for "vet ej" (not answered: never a score). */
export type Score = 1 | 2 | 3 | 4 | 5 | null;

export interface IndicatorScore {
  indicatorId: string;
  /** The participant's own rating (null: vet ej, or not rated by the participant). */
  self: Score;
  /** The caseworker's rating. */
  staff: Score;
  /** Optional short comment: free text, only ever shown to the owning caseworker. */
  comment?: string | null;
}

/** A saved rating session (skattningstillfälle). A correction is a new revision; the latest counts. */
export type JobSearchWords = 'participant' | 'caseworker';

export interface RatingSession {
  id: string;
  participantId: string;
  date: IsoDate;
  instrumentId: string;
  instrumentVersion: number;
  scores: IndicatorScore[];
  /** Answer to "Beskriv hur du söker jobb": free text, owner's view only. */
  jobSearchDescription: string | null;
  /** Whose words the job-search answer is in: the participant's own, or the caseworker's Swedish. */
  jobSearchWords?: JobSearchWords | null;
  /**
   * The language the participant answered their own questions in, on their own cards (participant
   * mode); null when the session was held together (the questions read in the conversation).
   */
  language?: ParticipantLanguage | null;
  revision: number;
  ratedBy: string;
  savedAt: string;
}

// ------------------------------------------------------------------ activity plans (issue 4)

export const ACTIVITY_KINDS = ['job', 'language', 'skills', 'health', 'social'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATUSES = [
  'planned',
  'ongoing',
  'paused',
  'completed',
  'cancelled',
] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export interface PlanActivity {
  id: string;
  participantId: string;
  /** Catalogue id (e.g. `praktik`), or null for a free-named activity. */
  typeId: string | null;
  /** The free name, when not from the catalogue. */
  customName: string | null;
  kind: ActivityKind;
  departmentId: string;
  /** Caseworker or executor (utförare) responsible: a display name of staff, or null. */
  responsible: string | null;
  startDate: IsoDate | null;
  plannedEndDate: IsoDate | null;
  /** When it actually ended (completed or cancelled). */
  endDate: IsoDate | null;
  status: ActivityStatus;
  cancelReason: string | null;
}

export interface ActivityPlan {
  participantId: string;
  /** The goal: work, studies, or a step towards them. */
  goal: 'work' | 'studies' | 'step' | null;
  /** The goal in the participant's own words: free text, owner's view only. */
  ownWords?: string | null;
  nextFollowUp: IsoDate | null;
  rev: number;
  updatedAt: string;
}

/** One line of a plan's history: who changed what, when (codes and ids, no free text). */
export interface PlanChange {
  id: string;
  participantId: string;
  at: string;
  actorId: string;
  /** e.g. `plan.goal`, `activity.add`, `activity.edit`, `activity.end`, `plan.followup`, `followup.done`. */
  change: string;
  activityId: string | null;
  detail: Record<string, string | number | boolean | null>;
}

/** A follow-up held on a plan (uppföljning). */
export interface FollowUp {
  id: string;
  participantId: string;
  /** The follow-up date it answered. */
  dueDate: IsoDate | null;
  heldOn: IsoDate;
  /** SFI course (sfi_a…sfi_d) or CEFR level (A1…C2), domain/plan.ts SWEDISH_LEVELS. */
  swedishLevel: string | null;
  /** What the participant thinks of each activity: activity id → free text (owner's view only). */
  opinions: Record<string, string>;
  nextFollowUp: IsoDate | null;
  recordedBy: string;
  recordedAt: string;
}

// ------------------------------------------------------------------ exits (issue 4)

export const OUTCOME_GROUPS = ['work', 'studies', 'other'] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];

export interface Exit {
  participantId: string;
  date: IsoDate;
  /** An id of the outcome table in domain.md, e.g. `arbete`, `sfi`, `avbrott`. */
  outcome: string;
  /** Whether a next step is arranged with another department or authority. */
  nextStep: boolean;
  /** Reason code when there is no next step. */
  noNextStepReason: string | null;
  supportAtExit: string | null;
  /** Six months on: supports themselves through work or studies? null until recorded. */
  selfSupportAfter6m: boolean | null;
  /** Department or authority id the next step is arranged with (when nextStep). */
  nextStepWith?: string | null;
  recordedBy?: string;
  recordedAt?: string;
  selfSupportRecordedAt?: string | null;
}

// ------------------------------------------------------------------ case forum (issue 5)

export interface ForumAction {
  id: string;
  forumId: string;
  meetingId: string;
  participantId: string;
  what: string;
  departmentId: string;
  /** AAD object id of the person responsible, if named. */
  ownerId: string | null;
  due: IsoDate;
  status: 'open' | 'done';
  doneAt: string | null;
}
