// The whole import (domain/import.ts): every row of every file validated, each file in turn, and
// only when all are valid a plan of what to write. Ratings and activities must belong to a
// participant in participants.csv or already in Samsyn, and fall within that participant's period.
import { normalizeCode } from './code';
import { readCsv } from './import-csv';
import {
  activitySchema,
  issuesOf,
  latestInstrument,
  participantSchema,
  ratingSchema,
  type ActivityRow,
  type ParticipantRow,
  type RatingRow,
} from './import-rows';
import {
  IMPORT_FILES,
  type ImportActivity,
  type ImportError,
  type ImportFile,
  type ImportFiles,
  type ImportParticipant,
  type ImportPlan,
  type ImportRules,
  type ImportSession,
  type SimpleProblem,
} from './import-types';
import type { Instrument } from './instruments';
import type { IsoDate } from './types';

type Period = { startDate: IsoDate; endDate: IsoDate | null };
/** By code: the participant's period, or null when its participants.csv row is bad. */
type Periods = Map<string, Period | null>;
/** True when a date of a row is within the period of its participant; else the error is listed. */
type Within = (file: ImportFile, line: number, column: string, code: string, d: IsoDate) => boolean;
type Indicator = Instrument['indicators'][number];

const P_FILE = 'participants.csv' satisfies ImportFile;
const R_FILE = 'ratings.csv' satisfies ImportFile;
const A_FILE = 'activities.csv' satisfies ImportFile;

const rowError = (
  file: ImportFile,
  line: number,
  column: string | null,
  kind: SimpleProblem,
): ImportError => ({ file, line, column, problem: { kind } });

/**
 * A check that a key is on one row of a file only: true for the first row with the key; a later
 * row with it is listed as a duplicate of the first (`label` names the key's columns) and false.
 */
function onceEach(file: ImportFile, column: string, label: string, errors: ImportError[]) {
  const firstLine = new Map<string, number>();
  return (line: number, key: string): boolean => {
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, line);
      return true;
    }
    errors.push({
      file,
      line,
      column,
      problem: { kind: 'duplicate', key: label, firstLine: first },
    });
    return false;
  };
}

/**
 * Validates every row of every file and, only when all are valid, returns what to write.
 * Errors are in file order, then line order; every bad row is listed, not only the first.
 */
export function planImport(
  files: ImportFiles,
  rules: ImportRules,
): { ok: true; plan: ImportPlan } | { ok: false; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const participants = planParticipants(files[P_FILE], rules, errors);
  const within = withinPeriod(knownPeriods(files[P_FILE], rules, participants), errors);
  const ratings = files[R_FILE];
  const sessions = ratings === undefined ? [] : planSessions(ratings, rules, within, errors);
  const activityText = files[A_FILE];
  const activities =
    activityText === undefined ? [] : planActivities(activityText, rules, within, errors);
  if (errors.length) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, plan: { participants, sessions, activities } };
}

// ------------------------------------------------------------------ participants.csv

function planParticipants(
  text: string,
  rules: ImportRules,
  errors: ImportError[],
): ImportParticipant[] {
  const rows = readCsv(P_FILE, text, errors);
  // No owner for any row (no --owner, no owner column): said once, not on every line.
  const noOwnerAtAll = !rules.defaultOwner && rows.length > 0 && !('owner' in rows[0]!.values);
  if (noOwnerAtAll) errors.push(rowError(P_FILE, 1, 'owner', 'owner_missing'));
  const schema = participantSchema(rules, noOwnerAtAll);
  const participants: ImportParticipant[] = [];
  const firstOfCode = onceEach(P_FILE, 'code', 'code', errors);
  for (const row of rows) {
    const r = schema.safeParse(row.values);
    if (!r.success) {
      errors.push(...issuesOf(P_FILE, row.line, r.error, rules));
      continue;
    }
    const v = r.data;
    if (!firstOfCode(row.line, v.code)) continue;
    participants.push(toParticipant(row.line, v));
  }
  return participants;
}

function toParticipant(line: number, v: ParticipantRow): ImportParticipant {
  return {
    line,
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
  };
}

/**
 * Codes with a valid row in participants.csv, or already in Samsyn. A code whose row is bad is
 * known too (its own error is listed), so its ratings and activities are not reported a second time.
 */
function knownPeriods(
  text: string,
  rules: ImportRules,
  participants: ImportParticipant[],
): Periods {
  const period: Periods = new Map();
  for (const [c, p] of rules.existing) period.set(c, p);
  for (const p of participants)
    period.set(p.code, { startDate: p.startDate, endDate: p.exit?.date ?? null });
  for (const row of readCsv(P_FILE, text, [])) {
    const c = normalizeCode(row.values.code ?? '');
    if (c && !period.has(c)) period.set(c, null);
  }
  return period;
}

function withinPeriod(period: Periods, errors: ImportError[]): Within {
  return (file, line, column, c, d) => {
    if (!period.has(c)) {
      errors.push(rowError(file, line, 'code', 'unknown_code'));
      return false;
    }
    const p = period.get(c);
    if (!p) return false; // its participants.csv row is bad and already listed
    if (d < p.startDate) {
      errors.push(rowError(file, line, column, 'before_start'));
      return false;
    }
    if (p.endDate && d > p.endDate) {
      errors.push(rowError(file, line, column, 'after_end'));
      return false;
    }
    return true;
  };
}

// ------------------------------------------------------------------ ratings.csv

/** One session per code, date and indicator set. */
function planSessions(
  text: string,
  rules: ImportRules,
  within: Within,
  errors: ImportError[],
): ImportSession[] {
  const schema = ratingSchema();
  const sessions = new Map<string, ImportSession>();
  const firstOfScore = onceEach(R_FILE, 'indicator', 'code+date+indicator', errors);
  for (const row of readCsv(R_FILE, text, errors)) {
    const r = schema.safeParse(row.values);
    if (!r.success) {
      errors.push(...issuesOf(R_FILE, row.line, r.error, rules));
      continue;
    }
    const v = r.data;
    const rated = checkRating(row.line, v, rules, within, errors);
    if (!rated) continue;
    const sessionKey = `${v.code}|${v.date}|${rated.instrument.id}`;
    if (!firstOfScore(row.line, `${sessionKey}|${rated.indicator.id}`)) continue;
    let s = sessions.get(sessionKey);
    if (!s) {
      s = newSession(v, rated.instrument);
      sessions.set(sessionKey, s);
    }
    s.lines.push(row.line);
    const sc = s.scores.find((x) => x.indicatorId === rated.indicator.id)!;
    sc.self = v.self;
    sc.staff = v.staff;
  }
  return [...sessions.values()];
}

/** The set and indicator a valid rating row names, or null with its error listed. */
function checkRating(
  line: number,
  v: RatingRow,
  rules: ImportRules,
  within: Within,
  errors: ImportError[],
): { instrument: Instrument; indicator: Indicator } | null {
  const instrument = latestInstrument(rules.instruments, v.instrument ?? rules.defaultInstrumentId);
  if (!instrument) {
    errors.push(rowError(R_FILE, line, 'instrument', 'instrument_unknown'));
    return null;
  }
  const indicator = instrument.indicators.find((i) => i.id === v.indicator);
  if (!indicator) {
    errors.push(rowError(R_FILE, line, 'indicator', 'indicator_unknown'));
    return null;
  }
  if (indicator.ratedBy === 'caseworker' && v.self !== null) {
    errors.push(rowError(R_FILE, line, 'self', 'self_for_caseworker_only'));
    return null;
  }
  if (v.date > rules.today) {
    errors.push(rowError(R_FILE, line, 'date', 'in_future'));
    return null;
  }
  if (!within(R_FILE, line, 'date', v.code, v.date)) return null;
  return { instrument, indicator };
}

function newSession(v: RatingRow, instrument: Instrument): ImportSession {
  return {
    lines: [],
    code: v.code,
    date: v.date,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    scores: instrument.indicators.map((i) => ({ indicatorId: i.id, self: null, staff: null })),
  };
}

// ------------------------------------------------------------------ activities.csv

function planActivities(
  text: string,
  rules: ImportRules,
  within: Within,
  errors: ImportError[],
): ImportActivity[] {
  const schema = activitySchema(rules);
  const activities: ImportActivity[] = [];
  const firstOfActivity = onceEach(A_FILE, 'activity', 'code+activity+start_date', errors);
  for (const row of readCsv(A_FILE, text, errors)) {
    const r = schema.safeParse(row.values);
    if (!r.success) {
      errors.push(...issuesOf(A_FILE, row.line, r.error, rules));
      continue;
    }
    const v = r.data;
    if (!within(A_FILE, row.line, 'start_date', v.code, v.start_date)) continue;
    if (!firstOfActivity(row.line, `${v.code}|${v.activity}|${v.start_date}`)) continue;
    activities.push(toActivity(row.line, v, rules));
  }
  return activities;
}

function toActivity(line: number, v: ActivityRow, rules: ImportRules): ImportActivity {
  const ended = v.status === 'completed' || v.status === 'cancelled';
  return {
    line,
    code: v.code,
    typeId: v.activity,
    kind: rules.activityTypes.find((t) => t.id === v.activity)!.kind,
    departmentId: v.department,
    startDate: v.start_date,
    endDate: ended ? v.end_date : null,
    plannedEndDate: ended ? null : v.end_date,
    status: v.status,
  };
}

function sortErrors(errors: ImportError[]): ImportError[] {
  const order = (f: ImportFile) => IMPORT_FILES.indexOf(f);
  return [...errors].sort((a, b) => order(a.file) - order(b.file) || a.line - b.line);
}
