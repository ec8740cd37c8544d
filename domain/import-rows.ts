// Row schemas of an import (domain/import.ts): one zod schema per file, turning a CSV row into typed
// values or into import errors (column and problem, never the value).
import { z } from 'zod';
import { PARTICIPANT_CODE } from './code';
import { isValidIsoDate } from './dates';
import { readCode } from './import-codes';
import type {
  ImportError,
  ImportFile,
  ImportProblem,
  ImportRules,
  SimpleProblem,
} from './import-types';
import type { Instrument } from './instruments';
import { ACTIVITY_STATUSES, type Score } from './model';
import { OUTCOME_IDS } from './outcomes';
import { birthYearRange } from './registration';
import { GENDERS, type SfiTrack } from './types';

const fail = (kind: SimpleProblem) => ({ message: kind });
const required = z.string().min(1, 'required');
const optional = z.string().transform((s) => (s === '' ? null : s));
const date = required.refine(isValidIsoDate, fail('date'));
const optionalDate = z
  .string()
  .refine((s) => s === '' || isValidIsoDate(s), fail('date'))
  .transform((s) => (s === '' ? null : s));
const yesNo = required
  .pipe(z.enum(['ja', 'nej'], { errorMap: () => fail('yes_no') }))
  .transform((v) => v === 'ja');
const score = z
  .string()
  .refine((s) => s === '' || /^[1-5]$/.test(s), fail('score'))
  .transform((s) => (s === '' ? null : (Number(s) as Score)));
// A Samsyn code, or the spreadsheet's own code (domain/import-codes.ts): the key the rows of one
// participant share. A key that is not a Samsyn code is a municipal code (`isMunicipal`).
const code = required.transform((s, ctx) => {
  const r = readCode(s);
  if (r.kind === 'refused') {
    ctx.addIssue({ code: 'custom', message: r.problem });
    return z.NEVER;
  }
  return r.kind === 'samsyn' ? r.code : r.ref;
});

/** True when an import key is the spreadsheet's own code, not a Samsyn code. */
export const isMunicipal = (key: string): boolean => !PARTICIPANT_CODE.test(key);
// An AAD object id is a GUID; tests and the anonymous mode use short ids, so accept any plain id.
const ownerId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9:._@-]{0,99}$/, 'owner_format');

export function participantSchema(rules: ImportRules, ownerMissingReported: boolean) {
  const { min, max } = birthYearRange(rules.today);
  return z
    .object({
      code,
      gender: required.pipe(z.enum(GENDERS, { errorMap: () => fail('gender') })),
      birth_year: required
        .regex(/^\d{4}$/, 'birth_year')
        .transform(Number)
        .refine((y) => y >= min && y <= max, 'birth_year'),
      start_date: date,
      end_date: optionalDate,
      outcome: optional.refine(
        (o) => o === null || OUTCOME_IDS.includes(o),
        fail('outcome_unknown'),
      ),
      next_step: z.string().refine((s) => s === '' || s === 'ja' || s === 'nej', fail('next_step')),
      sfi_track: z
        .string()
        .refine((s) => ['', '1', '2', '3'].includes(s), fail('sfi_track'))
        .transform((s) => (s === '' ? null : (Number(s) as SfiTrack))),
      protected_identity: yesNo,
      departments: required
        .transform((s) => [
          ...new Set(
            s
              .split(';')
              .map((d) => d.trim())
              .filter(Boolean),
          ),
        ])
        .refine((ds) => ds.length > 0, fail('required'))
        .refine(
          (ds) => ds.every((d) => rules.departmentIds.includes(d)),
          fail('department_unknown'),
        ),
      owner: z
        .string()
        .optional()
        .transform((s) => (s ? s : rules.defaultOwner))
        .pipe(ownerId.nullable()),
    })
    .superRefine((r, ctx) => {
      const issue = (path: string, kind: SimpleProblem) =>
        ctx.addIssue({ code: 'custom', path: [path], message: kind });
      if (r.start_date > rules.today) issue('start_date', 'in_future');
      if (r.end_date && r.end_date > rules.today) issue('end_date', 'in_future');
      if (r.end_date && r.end_date < r.start_date) issue('end_date', 'end_before_start');
      if (r.end_date && !r.outcome) issue('outcome', 'end_without_outcome');
      if (!r.end_date && r.outcome) issue('outcome', 'outcome_without_end');
      if (!r.end_date && r.next_step) issue('next_step', 'next_step_without_end');
      if (!r.owner && !ownerMissingReported) issue('owner', 'owner_missing');
    });
}

export function ratingSchema() {
  return z.object({
    code,
    date,
    indicator: required,
    self: score,
    staff: score,
    instrument: z
      .string()
      .optional()
      .transform((s) => s || null),
  });
}

export function activitySchema(rules: ImportRules) {
  const typeIds = rules.activityTypes.map((t) => t.id);
  return z
    .object({
      code,
      activity: required.refine((a) => typeIds.includes(a), fail('activity_unknown')),
      department: required.refine(
        (d) => rules.departmentIds.includes(d),
        fail('department_unknown'),
      ),
      start_date: date,
      end_date: optionalDate,
      status: required.pipe(z.enum(ACTIVITY_STATUSES, { errorMap: () => fail('status') })),
    })
    .superRefine((r, ctx) => {
      const issue = (path: string, kind: SimpleProblem) =>
        ctx.addIssue({ code: 'custom', path: [path], message: kind });
      if (r.start_date > rules.today && r.status !== 'planned') issue('start_date', 'in_future');
      if (r.end_date && r.end_date < r.start_date) issue('end_date', 'end_before_start');
      if ((r.status === 'completed' || r.status === 'cancelled') && !r.end_date)
        issue('end_date', 'ended_without_end_date');
      if (
        (r.status === 'completed' || r.status === 'cancelled') &&
        r.end_date &&
        r.end_date > rules.today
      )
        issue('end_date', 'in_future');
    });
}

/** Zod's issues as import errors: the column, and the problem named by the schema's message. */
export function issuesOf(
  file: ImportFile,
  line: number,
  error: z.ZodError,
  rules: ImportRules,
): ImportError[] {
  const seen = new Set<string>();
  const out: ImportError[] = [];
  for (const i of error.issues) {
    const column = String(i.path[0] ?? '') || null;
    if (seen.has(String(column))) continue; // one problem per column is enough to correct it
    seen.add(String(column));
    const kind = i.message as SimpleProblem | 'birth_year';
    const problem: ImportProblem =
      kind === 'birth_year'
        ? { kind, ...birthYearRange(rules.today) }
        : { kind: (KNOWN.has(kind) ? kind : 'required') as SimpleProblem };
    out.push({ file, line, column, problem });
  }
  return out;
}

const KNOWN = new Set<string>([
  'csv_syntax',
  'required',
  'code_format',
  'code_personal_number',
  'code_name',
  'name_column',
  'personal_number_column',
  'gender',
  'date',
  'in_future',
  'end_before_start',
  'outcome_unknown',
  'outcome_without_end',
  'end_without_outcome',
  'next_step',
  'next_step_without_end',
  'sfi_track',
  'yes_no',
  'department_unknown',
  'owner_missing',
  'owner_format',
  'unknown_code',
  'before_start',
  'after_end',
  'instrument_unknown',
  'indicator_unknown',
  'score',
  'self_for_caseworker_only',
  'activity_unknown',
  'status',
  'ended_without_end_date',
]);

export function latestInstrument(instruments: Instrument[], id: string): Instrument | undefined {
  return instruments.filter((i) => i.id === id).sort((a, b) => b.version - a.version)[0];
}

export type ParticipantRow = z.infer<ReturnType<typeof participantSchema>>;
export type RatingRow = z.infer<ReturnType<typeof ratingSchema>>;
export type ActivityRow = z.infer<ReturnType<typeof activitySchema>>;
