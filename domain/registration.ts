// The rules a registration (and a consent renewal) must satisfy. Pure: the card's raw values in,
// either a typed registration or the list of fields that need correcting out.
import { daysBetween, isValidIsoDate } from './dates';
import {
  GENDERS,
  SFI_COURSES,
  SFI_TRACKS,
  SUPPORT_SOURCES,
  type Gender,
  type IsoDate,
  type SfiCourse,
  type SfiTrack,
  type SupportSource,
} from './types';
import { isParticipantLanguage, normalizeLanguages, type ParticipantLanguage } from './languages';

/** What the registration card sends, every value as the card holds it (strings; "" when empty). */
export interface RegistrationRaw {
  name: string;
  gender: string;
  birthYear: string;
  startDate: string;
  departments: string[];
  /** Languages for the participant's own rating cards (domain/languages), first = the usual one. */
  languages: string[];
  sfiTrack: string;
  sfiCourse: string;
  protectedIdentity: boolean;
  supportAtStart: string;
  consentGivenOn: string;
  consentDepartments: string[];
  consentValidUntil: string;
}

export const EMPTY_REGISTRATION: RegistrationRaw = {
  name: '',
  gender: '',
  birthYear: '',
  startDate: '',
  departments: [],
  languages: [],
  sfiTrack: '',
  sfiCourse: '',
  protectedIdentity: false,
  supportAtStart: '',
  consentGivenOn: '',
  consentDepartments: [],
  consentValidUntil: '',
};

/**
 * A new registration card: today as the start date and as the day consent was given (the usual
 * case, changed when not), everything else empty.
 */
export function freshRegistration(today: IsoDate): RegistrationRaw {
  return { ...EMPTY_REGISTRATION, startDate: today, consentGivenOn: today };
}

/**
 * The consent's departments as registered: those chosen, or, when none were, the departments
 * involved (the registration card says an empty choice means them). A renewal has no such default.
 */
export function consentDepartmentsOf(raw: RegistrationRaw): string[] {
  return raw.consentDepartments.length ? raw.consentDepartments : raw.departments;
}

export type RegistrationField = Exclude<keyof RegistrationRaw, 'protectedIdentity'>;

export type FieldProblem =
  | 'required'
  | 'invalid'
  | 'invalid_date'
  | 'birth_year_range'
  | 'in_future'
  | 'not_after_given'
  | 'unknown_department'
  | 'course_without_track'
  | 'too_long';

export interface FieldError {
  field: RegistrationField;
  problem: FieldProblem;
}

export interface ValidRegistration {
  /** Null when none was given, and always null for a person with protected identity. */
  name: string | null;
  gender: Gender;
  birthYear: number;
  startDate: IsoDate;
  departments: string[];
  languages: ParticipantLanguage[];
  sfiTrack: SfiTrack | null;
  sfiCourse: SfiCourse | null;
  protectedIdentity: boolean;
  supportAtStart: SupportSource;
  consent: ValidConsent;
}

export interface ValidConsent {
  givenOn: IsoDate;
  departments: string[];
  validUntil: IsoDate;
}

export interface RegistrationRules {
  /** Today, in Stockholm. */
  today: IsoDate;
  /** Department ids the municipality knows (config.departments). */
  departmentIds: string[];
}

/** Birth years a participant can plausibly have: born 1900 or later, at least 15 years old this year. */
export function birthYearRange(today: IsoDate): { min: number; max: number } {
  return { min: 1900, max: Number(today.slice(0, 4)) - 15 };
}

export const NAME_MAX = 100;

const isOneOf = <T extends string | number>(list: readonly T[], v: unknown): v is T =>
  (list as readonly unknown[]).includes(v);

/**
 * The consent part: given on a real date not in the future, for at least one known department,
 * valid until a real date after the day it was given.
 */
export function validateConsent(
  raw: Pick<RegistrationRaw, 'consentGivenOn' | 'consentDepartments' | 'consentValidUntil'>,
  rules: RegistrationRules,
): { ok: true; value: ValidConsent } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const given = raw.consentGivenOn.trim();
  const until = raw.consentValidUntil.trim();
  if (!given) errors.push({ field: 'consentGivenOn', problem: 'required' });
  else if (!isValidIsoDate(given))
    errors.push({ field: 'consentGivenOn', problem: 'invalid_date' });
  else if (given > rules.today) errors.push({ field: 'consentGivenOn', problem: 'in_future' });

  if (raw.consentDepartments.length === 0)
    errors.push({ field: 'consentDepartments', problem: 'required' });
  else if (raw.consentDepartments.some((d) => !rules.departmentIds.includes(d)))
    errors.push({ field: 'consentDepartments', problem: 'unknown_department' });

  if (!until) errors.push({ field: 'consentValidUntil', problem: 'required' });
  else if (!isValidIsoDate(until))
    errors.push({ field: 'consentValidUntil', problem: 'invalid_date' });
  else if (given && isValidIsoDate(given) && daysBetween(given, until) <= 0)
    errors.push({ field: 'consentValidUntil', problem: 'not_after_given' });

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: { givenOn: given, departments: [...new Set(raw.consentDepartments)], validUntil: until },
  };
}

/** Every rule of a registration; all problems at once, so the caseworker corrects them in one go. */
export function validateRegistration(
  raw: RegistrationRaw,
  rules: RegistrationRules,
): { ok: true; value: ValidRegistration } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];

  const name = raw.name.trim();
  if (name.length > NAME_MAX) errors.push({ field: 'name', problem: 'too_long' });

  if (!raw.gender) errors.push({ field: 'gender', problem: 'required' });
  else if (!isOneOf(GENDERS, raw.gender)) errors.push({ field: 'gender', problem: 'invalid' });

  const by = raw.birthYear.trim();
  const { min, max } = birthYearRange(rules.today);
  if (!by) errors.push({ field: 'birthYear', problem: 'required' });
  else if (!/^\d{4}$/.test(by) || Number(by) < min || Number(by) > max)
    errors.push({ field: 'birthYear', problem: 'birth_year_range' });

  const start = raw.startDate.trim();
  if (!start) errors.push({ field: 'startDate', problem: 'required' });
  else if (!isValidIsoDate(start)) errors.push({ field: 'startDate', problem: 'invalid_date' });

  if (raw.departments.length === 0) errors.push({ field: 'departments', problem: 'required' });
  else if (raw.departments.some((d) => !rules.departmentIds.includes(d)))
    errors.push({ field: 'departments', problem: 'unknown_department' });

  if (raw.languages.some((l) => !isParticipantLanguage(l.trim())))
    errors.push({ field: 'languages', problem: 'invalid' });

  const track = raw.sfiTrack.trim();
  const course = raw.sfiCourse.trim();
  if (track && !isOneOf(SFI_TRACKS, Number(track)))
    errors.push({ field: 'sfiTrack', problem: 'invalid' });
  if (course && !isOneOf(SFI_COURSES, course))
    errors.push({ field: 'sfiCourse', problem: 'invalid' });
  else if (course && !track) errors.push({ field: 'sfiCourse', problem: 'course_without_track' });

  if (!raw.supportAtStart) errors.push({ field: 'supportAtStart', problem: 'required' });
  else if (!isOneOf(SUPPORT_SOURCES, raw.supportAtStart))
    errors.push({ field: 'supportAtStart', problem: 'invalid' });

  const consent = validateConsent({ ...raw, consentDepartments: consentDepartmentsOf(raw) }, rules);
  if (!consent.ok) errors.push(...consent.errors);

  if (errors.length || !consent.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      // Protected identity (skyddade personuppgifter): the name is never kept, not even for the owner.
      name: raw.protectedIdentity || !name ? null : name,
      gender: raw.gender as Gender,
      birthYear: Number(by),
      startDate: start,
      departments: [...new Set(raw.departments)],
      languages: normalizeLanguages(raw.languages),
      sfiTrack: track ? (Number(track) as SfiTrack) : null,
      sfiCourse: course ? (course as SfiCourse) : null,
      protectedIdentity: raw.protectedIdentity,
      supportAtStart: raw.supportAtStart as SupportSource,
      consent: consent.value,
    },
  };
}

/** What is kept in a draft: never a name typed for a person with protected identity. */
export function draftValues(raw: RegistrationRaw): RegistrationRaw {
  return raw.protectedIdentity ? { ...raw, name: '' } : raw;
}
