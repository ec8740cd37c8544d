// The shapes of an import (domain/import.ts): the files, the rules, the problems a row can have and
// the plan of what to write. Types only, apart from the list of files.
import type { ActivityType } from './activities';
import type { Instrument } from './instruments';
import type { ActivityKind, ActivityStatus, IndicatorScore } from './model';
import type { Gender, IsoDate, SfiTrack } from './types';

export const IMPORT_FILES = ['participants.csv', 'ratings.csv', 'activities.csv'] as const;
export type ImportFile = (typeof IMPORT_FILES)[number];
export type SimpleProblem =
  | 'csv_syntax'
  | 'required'
  | 'code_format'
  | 'code_personal_number'
  | 'code_name'
  | 'name_column'
  | 'personal_number_column'
  | 'gender'
  | 'date'
  | 'in_future'
  | 'end_before_start'
  | 'outcome_unknown'
  | 'outcome_without_end'
  | 'end_without_outcome'
  | 'next_step'
  | 'next_step_without_end'
  | 'sfi_track'
  | 'yes_no'
  | 'department_unknown'
  | 'owner_missing'
  | 'owner_format'
  | 'unknown_code'
  | 'before_start'
  | 'after_end'
  | 'instrument_unknown'
  | 'indicator_unknown'
  | 'score'
  | 'self_for_caseworker_only'
  | 'activity_unknown'
  | 'status'
  | 'ended_without_end_date';

export type ImportProblem =
  | { kind: SimpleProblem }
  | { kind: 'missing_column'; column: string }
  | { kind: 'column_count'; expected: number; found: number }
  | { kind: 'birth_year'; min: number; max: number }
  | { kind: 'duplicate'; key: string; firstLine: number };

/** One bad row (or header, or file): where, and what is wrong. Never the value itself. */
export interface ImportError {
  file: ImportFile;
  line: number;
  column: string | null;
  problem: ImportProblem;
}

export interface ImportRules {
  /** Today in Stockholm: no date may be later. */
  today: IsoDate;
  departmentIds: string[];
  /** The activity catalogue (defaults and the admin's types). */
  activityTypes: ActivityType[];
  /** Every indicator set known (built-in and added); a row names one by id, the highest version is used. */
  instruments: Instrument[];
  /** The id the ratings belong to when no `instrument` column is given. */
  defaultInstrumentId: string;
  /** Owner for rows without an `owner` column value (the --owner argument), or null. */
  defaultOwner: string | null;
  /** Participants already in Samsyn, by code: ratings and activities may refer to them. */
  existing: ReadonlyMap<string, { startDate: IsoDate; endDate: IsoDate | null }>;
}

export interface ImportParticipant {
  line: number;
  code: string;
  gender: Gender;
  birthYear: number;
  startDate: IsoDate;
  departments: string[];
  sfiTrack: SfiTrack | null;
  protectedIdentity: boolean;
  ownerId: string;
  /** The exit (avslut), when the row has an end date. */
  exit: { date: IsoDate; outcome: string; nextStep: boolean } | null;
}

export interface ImportSession {
  lines: number[];
  code: string;
  date: IsoDate;
  instrumentId: string;
  instrumentVersion: number;
  /** One score per indicator of the set; indicators without a row are "vet ej" (null). */
  scores: IndicatorScore[];
}

export interface ImportActivity {
  line: number;
  code: string;
  typeId: string;
  kind: ActivityKind;
  departmentId: string;
  startDate: IsoDate;
  /** Set for completed and cancelled activities: when it actually ended. */
  endDate: IsoDate | null;
  /** For planned, ongoing and paused activities, the end_date column is the planned end. */
  plannedEndDate: IsoDate | null;
  status: ActivityStatus;
}

export interface ImportPlan {
  participants: ImportParticipant[];
  sessions: ImportSession[];
  activities: ImportActivity[];
}

export type ImportFiles = Partial<Record<ImportFile, string>> & { 'participants.csv': string };
