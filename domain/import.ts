// Import of existing BIP/SKAPA records kept in spreadsheets (domain.md, "Import format").
// Pure: the text of the three CSV files and the rules in, either a plan of what to write or the
// list of every bad row (file, line, column, problem) out. Nothing is written unless every row
// of every file is valid; writing the plan is store/importer.ts.
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { ActivityType } from './activities';
import { normalizeCode, PARTICIPANT_CODE } from './code';
import { columnProblem, readCode } from './import-codes';
import { isValidIsoDate } from './dates';
import type { Instrument } from './instruments';
import {
  ACTIVITY_STATUSES,
  type ActivityKind,
  type ActivityStatus,
  type IndicatorScore,
  type Score,
} from './model';
import { OUTCOME_IDS } from './outcomes';
import { birthYearRange } from './registration';
import { GENDERS, type Gender, type IsoDate, type SfiTrack } from './types';

export const IMPORT_FILES = ['participants.csv', 'ratings.csv', 'activities.csv'] as const;
export type ImportFile = (typeof IMPORT_FILES)[number];

const COLUMNS: Record<ImportFile, { required: string[]; optional: string[] }> = {
  'participants.csv': {
    required: [
      'code',
      'gender',
      'birth_year',
      'start_date',
      'end_date',
      'outcome',
      'next_step',
      'sfi_track',
      'protected_identity',
      'departments',
    ],
    // Not in domain.md's format: an owner per row, when one file holds several caseworkers' participants.
    optional: ['owner'],
  },
  'ratings.csv': {
    required: ['code', 'date', 'indicator', 'self', 'staff'],
    optional: ['instrument'],
  },
  'activities.csv': {
    required: ['code', 'activity', 'department', 'start_date', 'end_date', 'status'],
    optional: [],
  },
};

type SimpleProblem =
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

// ------------------------------------------------------------------ CSV

interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/** Reads one file: header check, then one record per row with its (first) line number. */
export function readCsv(file: ImportFile, text: string, errors: ImportError[]): CsvRow[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: true,
      // With `info: true` each record comes with its line info; csv-parse's types do not say so.
    }) as unknown as typeof parsed;
  } catch (e) {
    errors.push({
      file,
      line: Number((e as { lines?: number }).lines ?? 1),
      column: null,
      problem: { kind: 'csv_syntax' },
    });
    return [];
  }
  if (parsed.length === 0) {
    for (const column of COLUMNS[file].required)
      errors.push({ file, line: 1, column: null, problem: { kind: 'missing_column', column } });
    return [];
  }
  const header = parsed[0]!.record.map((h) => h.trim().toLowerCase());
  // Names and identity numbers never come in, not even in a column Samsyn would not read.
  const personal = header.filter((h) => columnProblem(h));
  for (const column of personal)
    errors.push({
      file,
      line: parsed[0]!.info.lines,
      column,
      problem: { kind: columnProblem(column)! },
    });
  if (personal.length) return [];
  const missing = COLUMNS[file].required.filter((c) => !header.includes(c));
  for (const column of missing)
    errors.push({
      file,
      line: parsed[0]!.info.lines,
      column: null,
      problem: { kind: 'missing_column', column },
    });
  if (missing.length) return [];
  const rows: CsvRow[] = [];
  for (const { record, info } of parsed.slice(1)) {
    // info.lines is where the record ends; a quoted value may span lines.
    const line = info.lines - record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.length) {
      errors.push({
        file,
        line,
        column: null,
        problem: { kind: 'column_count', expected: header.length, found: record.length },
      });
      continue;
    }
    rows.push({ line, values: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])) });
  }
  return rows;
}

// ------------------------------------------------------------------ row schemas (zod)

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

function participantSchema(rules: ImportRules, ownerMissingReported: boolean) {
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

function ratingSchema() {
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

function activitySchema(rules: ImportRules) {
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
function issuesOf(
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

function latestInstrument(instruments: Instrument[], id: string): Instrument | undefined {
  return instruments.filter((i) => i.id === id).sort((a, b) => b.version - a.version)[0];
}

// ------------------------------------------------------------------ the whole import

/**
 * Validates every row of every file and, only when all are valid, returns what to write.
 * Errors are in file order, then line order; every bad row is listed, not only the first.
 */
export function planImport(
  files: ImportFiles,
  rules: ImportRules,
): { ok: true; plan: ImportPlan } | { ok: false; errors: ImportError[] } {
  const errors: ImportError[] = [];

  // participants.csv
  const pFile: ImportFile = 'participants.csv';
  const pRows = readCsv(pFile, files[pFile], errors);
  // No owner for any row (no --owner, no owner column): said once, not on every line.
  const noOwnerAtAll = !rules.defaultOwner && pRows.length > 0 && !('owner' in pRows[0]!.values);
  if (noOwnerAtAll)
    errors.push({ file: pFile, line: 1, column: 'owner', problem: { kind: 'owner_missing' } });
  const pSchema = participantSchema(rules, noOwnerAtAll);
  const participants: ImportParticipant[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const row of pRows) {
    const r = pSchema.safeParse(row.values);
    if (!r.success) {
      errors.push(...issuesOf(pFile, row.line, r.error, rules));
      continue;
    }
    const v = r.data;
    const first = firstLineOfCode.get(v.code);
    if (first !== undefined) {
      errors.push({
        file: pFile,
        line: row.line,
        column: 'code',
        problem: { kind: 'duplicate', key: 'code', firstLine: first },
      });
      continue;
    }
    firstLineOfCode.set(v.code, row.line);
    participants.push({
      line: row.line,
      code: v.code,
      gender: v.gender,
      birthYear: v.birth_year,
      startDate: v.start_date,
      departments: v.departments,
      sfiTrack: v.sfi_track,
      protectedIdentity: v.protected_identity,
      ownerId: v.owner ?? '',
      exit: v.end_date
        ? { date: v.end_date, outcome: v.outcome!, nextStep: v.next_step === 'ja' }
        : null,
    });
  }
  // Codes with a valid row in this file, or already in Samsyn. A code whose row is bad is known
  // too (its own error is listed), so its ratings and activities are not reported a second time.
  const period = new Map<string, { startDate: IsoDate; endDate: IsoDate | null } | null>();
  for (const [c, p] of rules.existing) period.set(c, p);
  for (const p of participants)
    period.set(p.code, { startDate: p.startDate, endDate: p.exit?.date ?? null });
  for (const row of readCsv(pFile, files[pFile], [])) {
    const c = normalizeCode(row.values.code ?? '');
    if (c && !period.has(c)) period.set(c, null);
  }
  const within = (
    file: ImportFile,
    line: number,
    column: string,
    c: string,
    d: IsoDate,
  ): boolean => {
    if (!period.has(c)) {
      errors.push({ file, line, column: 'code', problem: { kind: 'unknown_code' } });
      return false;
    }
    const p = period.get(c);
    if (!p) return false; // its participants.csv row is bad and already listed
    if (d < p.startDate) {
      errors.push({ file, line, column, problem: { kind: 'before_start' } });
      return false;
    }
    if (p.endDate && d > p.endDate) {
      errors.push({ file, line, column, problem: { kind: 'after_end' } });
      return false;
    }
    return true;
  };

  // ratings.csv: one session per code, date and indicator set
  const sessions = new Map<string, ImportSession>();
  const firstLineOfScore = new Map<string, number>();
  const rFile: ImportFile = 'ratings.csv';
  if (files[rFile] !== undefined) {
    const rSchema = ratingSchema();
    for (const row of readCsv(rFile, files[rFile]!, errors)) {
      const r = rSchema.safeParse(row.values);
      if (!r.success) {
        errors.push(...issuesOf(rFile, row.line, r.error, rules));
        continue;
      }
      const v = r.data;
      const instrument = latestInstrument(
        rules.instruments,
        v.instrument ?? rules.defaultInstrumentId,
      );
      if (!instrument) {
        errors.push({
          file: rFile,
          line: row.line,
          column: 'instrument',
          problem: { kind: 'instrument_unknown' },
        });
        continue;
      }
      const indicator = instrument.indicators.find((i) => i.id === v.indicator);
      if (!indicator) {
        errors.push({
          file: rFile,
          line: row.line,
          column: 'indicator',
          problem: { kind: 'indicator_unknown' },
        });
        continue;
      }
      if (indicator.ratedBy === 'caseworker' && v.self !== null) {
        errors.push({
          file: rFile,
          line: row.line,
          column: 'self',
          problem: { kind: 'self_for_caseworker_only' },
        });
        continue;
      }
      if (v.date > rules.today) {
        errors.push({
          file: rFile,
          line: row.line,
          column: 'date',
          problem: { kind: 'in_future' },
        });
        continue;
      }
      if (!within(rFile, row.line, 'date', v.code, v.date)) continue;
      const sessionKey = `${v.code}|${v.date}|${instrument.id}`;
      const scoreKey = `${sessionKey}|${indicator.id}`;
      const first = firstLineOfScore.get(scoreKey);
      if (first !== undefined) {
        errors.push({
          file: rFile,
          line: row.line,
          column: 'indicator',
          problem: { kind: 'duplicate', key: 'code+date+indicator', firstLine: first },
        });
        continue;
      }
      firstLineOfScore.set(scoreKey, row.line);
      let s = sessions.get(sessionKey);
      if (!s) {
        s = {
          lines: [],
          code: v.code,
          date: v.date,
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          scores: instrument.indicators.map((i) => ({
            indicatorId: i.id,
            self: null,
            staff: null,
          })),
        };
        sessions.set(sessionKey, s);
      }
      s.lines.push(row.line);
      const sc = s.scores.find((x) => x.indicatorId === indicator.id)!;
      sc.self = v.self;
      sc.staff = v.staff;
    }
  }

  // activities.csv
  const activities: ImportActivity[] = [];
  const firstLineOfActivity = new Map<string, number>();
  const aFile: ImportFile = 'activities.csv';
  if (files[aFile] !== undefined) {
    const aSchema = activitySchema(rules);
    for (const row of readCsv(aFile, files[aFile]!, errors)) {
      const r = aSchema.safeParse(row.values);
      if (!r.success) {
        errors.push(...issuesOf(aFile, row.line, r.error, rules));
        continue;
      }
      const v = r.data;
      if (!within(aFile, row.line, 'start_date', v.code, v.start_date)) continue;
      const key = `${v.code}|${v.activity}|${v.start_date}`;
      const first = firstLineOfActivity.get(key);
      if (first !== undefined) {
        errors.push({
          file: aFile,
          line: row.line,
          column: 'activity',
          problem: { kind: 'duplicate', key: 'code+activity+start_date', firstLine: first },
        });
        continue;
      }
      firstLineOfActivity.set(key, row.line);
      const ended = v.status === 'completed' || v.status === 'cancelled';
      activities.push({
        line: row.line,
        code: v.code,
        typeId: v.activity,
        kind: rules.activityTypes.find((t) => t.id === v.activity)!.kind,
        departmentId: v.department,
        startDate: v.start_date,
        endDate: ended ? v.end_date : null,
        plannedEndDate: ended ? null : v.end_date,
        status: v.status,
      });
    }
  }

  if (errors.length) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, plan: { participants, sessions: [...sessions.values()], activities } };
}

function sortErrors(errors: ImportError[]): ImportError[] {
  const order = (f: ImportFile) => IMPORT_FILES.indexOf(f);
  return [...errors].sort((a, b) => order(a.file) - order(b.file) || a.line - b.line);
}
