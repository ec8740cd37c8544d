// Correction of registration fields on request (GDPR art. 16): what may be corrected, what is wrong
// with a correction, and which fields it changes (each kept with who and when). Pure.
import { isValidIsoDate } from './dates';
import { birthYearRange } from './registration';
import {
  GENDERS,
  SUPPORT_SOURCES,
  type Gender,
  type IsoDate,
  type Participant,
  type SupportSource,
} from './types';

export const CORRECTABLE = ['gender', 'birthYear', 'startDate', 'supportAtStart'] as const;
export type CorrectableField = (typeof CORRECTABLE)[number];

export interface CorrectionInput {
  gender: string;
  birthYear: string;
  startDate: string;
  supportAtStart: string;
}

export type CorrectionProblem = 'gender' | 'birth_year' | 'start_date' | 'support';

export interface Corrected {
  gender: Gender;
  birthYear: number;
  startDate: IsoDate;
  supportAtStart: SupportSource | null;
}

/** The corrected values, or what is wrong with them. "-" is no support recorded. */
export function readCorrection(
  input: CorrectionInput,
  today: IsoDate,
): { ok: true; value: Corrected } | { ok: false; problems: CorrectionProblem[] } {
  const problems: CorrectionProblem[] = [];
  const { min, max } = birthYearRange(today);
  const year = /^\d{4}$/.test(input.birthYear.trim()) ? Number(input.birthYear) : NaN;
  if (!(GENDERS as readonly string[]).includes(input.gender)) problems.push('gender');
  if (!(year >= min && year <= max)) problems.push('birth_year');
  if (!isValidIsoDate(input.startDate) || input.startDate > today) problems.push('start_date');
  const support =
    input.supportAtStart === '-' || input.supportAtStart === '' ? null : input.supportAtStart;
  if (support !== null && !(SUPPORT_SOURCES as readonly string[]).includes(support))
    problems.push('support');
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      gender: input.gender as Gender,
      birthYear: year,
      startDate: input.startDate,
      supportAtStart: support as SupportSource | null,
    },
  };
}

/** The fields a correction changes, with their old and new values as text. */
export function changedFields(
  p: Pick<Participant, CorrectableField>,
  c: Corrected,
): { field: CorrectableField; oldValue: string | null; newValue: string | null }[] {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return CORRECTABLE.filter((f) => text(p[f]) !== text(c[f])).map((f) => ({
    field: f,
    oldValue: text(p[f]),
    newValue: text(c[f]),
  }));
}
