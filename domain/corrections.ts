// Correction of registration fields on request (GDPR art. 16): what may be corrected (every field of
// the registration), what is wrong with a correction, and which fields it changes (each kept with who
// and when, and its old value). Pure.
import { isValidIsoDate } from './dates';
import { normalizeLanguages, isParticipantLanguage } from './languages';
import { birthYearRange, NAME_MAX } from './registration';
import {
  GENDERS,
  SFI_COURSES,
  SFI_TRACKS,
  SUPPORT_SOURCES,
  type Gender,
  type IsoDate,
  type Participant,
  type SfiCourse,
  type SfiTrack,
  type SupportSource,
} from './types';

/** Every field of the registration, in the order the card shows them. Consent has its own card. */
export const CORRECTABLE = [
  'name',
  'protectedIdentity',
  'gender',
  'birthYear',
  'startDate',
  'departments',
  'languages',
  'sfiTrack',
  'sfiCourse',
  'supportAtStart',
] as const;
export type CorrectableField = (typeof CORRECTABLE)[number];

/** The card's values as it sends them ("" or "-" for no choice; lists already split). */
export interface CorrectionInput {
  name: string;
  protectedIdentity: boolean;
  gender: string;
  birthYear: string;
  startDate: string;
  departments: string[];
  languages: string[];
  sfiTrack: string;
  sfiCourse: string;
  supportAtStart: string;
}

export type CorrectionProblem =
  | 'name'
  | 'gender'
  | 'birth_year'
  | 'start_date'
  | 'start_after_exit'
  | 'departments'
  | 'unknown_department'
  | 'languages'
  | 'sfi_track'
  | 'sfi_course'
  | 'course_without_track'
  | 'support';

export interface CorrectionRules {
  /** Today, in Stockholm. */
  today: IsoDate;
  /** Departments a participant may be registered with: the configured ones and those already on the record. */
  departmentIds: readonly string[];
  /** The participant's exit date, if they have left: the start date cannot be after it. */
  endDate: IsoDate | null;
}

export type Corrected = Pick<Participant, Exclude<CorrectableField, 'languages'>> & {
  languages: string[];
};

const NONE = new Set(['', '-']);
const isOneOf = <T extends string | number>(list: readonly T[], v: unknown): v is T =>
  (list as readonly unknown[]).includes(v);

function personProblems(input: CorrectionInput, rules: CorrectionRules): CorrectionProblem[] {
  const problems: CorrectionProblem[] = [];
  const { min, max } = birthYearRange(rules.today);
  const year = /^\d{4}$/.test(input.birthYear.trim()) ? Number(input.birthYear) : NaN;
  const start = input.startDate.trim();
  if (input.name.trim().length > NAME_MAX) problems.push('name');
  if (!isOneOf(GENDERS, input.gender)) problems.push('gender');
  if (!(year >= min && year <= max)) problems.push('birth_year');
  if (!isValidIsoDate(start) || start > rules.today) problems.push('start_date');
  else if (rules.endDate && start > rules.endDate) problems.push('start_after_exit');
  const support = input.supportAtStart;
  if (!NONE.has(support) && !isOneOf(SUPPORT_SOURCES, support)) problems.push('support');
  return problems;
}

function caseProblems(input: CorrectionInput, rules: CorrectionRules): CorrectionProblem[] {
  const problems: CorrectionProblem[] = [];
  if (input.departments.length === 0) problems.push('departments');
  else if (input.departments.some((d) => !rules.departmentIds.includes(d)))
    problems.push('unknown_department');
  if (input.languages.some((l) => !isParticipantLanguage(l.trim()))) problems.push('languages');
  const track = input.sfiTrack.trim();
  const course = input.sfiCourse.trim();
  if (!NONE.has(track) && !isOneOf(SFI_TRACKS, Number(track))) problems.push('sfi_track');
  if (!NONE.has(course) && !isOneOf(SFI_COURSES, course)) problems.push('sfi_course');
  else if (!NONE.has(course) && NONE.has(track)) problems.push('course_without_track');
  return problems;
}

/**
 * The corrected values, or every problem at once. The same rules as a registration, and: the start
 * date not in the future nor after the exit. With protected identity no name is kept.
 */
export function readCorrection(
  input: CorrectionInput,
  rules: CorrectionRules,
): { ok: true; value: Corrected } | { ok: false; problems: CorrectionProblem[] } {
  const problems = [...personProblems(input, rules), ...caseProblems(input, rules)];
  if (problems.length) return { ok: false, problems };
  const name = input.name.trim();
  const track = input.sfiTrack.trim();
  const course = input.sfiCourse.trim();
  return {
    ok: true,
    value: {
      name: input.protectedIdentity || !name ? null : name,
      protectedIdentity: input.protectedIdentity,
      gender: input.gender as Gender,
      birthYear: Number(input.birthYear),
      startDate: input.startDate.trim(),
      departments: [...new Set(input.departments)],
      languages: normalizeLanguages(input.languages),
      sfiTrack: NONE.has(track) ? null : (Number(track) as SfiTrack),
      sfiCourse: NONE.has(course) ? null : (course as SfiCourse),
      supportAtStart: NONE.has(input.supportAtStart)
        ? null
        : (input.supportAtStart as SupportSource),
    },
  };
}

export interface FieldChange {
  field: CorrectableField;
  oldValue: string | null;
  newValue: string | null;
}

/** A value as the history keeps it: lists joined with ";" (departments in no particular order). */
function asText(field: CorrectableField, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) {
    const list = field === 'departments' ? [...v].sort() : v;
    return list.length ? list.join(';') : null;
  }
  return String(v);
}

/**
 * The fields a correction changes, with their old and new values as text. A name is never kept for
 * a person with protected identity, not even as the old value of a correction.
 */
export function changedFields(p: Pick<Participant, CorrectableField>, c: Corrected): FieldChange[] {
  return CORRECTABLE.filter((f) => asText(f, p[f]) !== asText(f, c[f])).map((f) => ({
    field: f,
    oldValue: f === 'name' && c.protectedIdentity ? null : asText(f, p[f]),
    newValue: asText(f, c[f]),
  }));
}
