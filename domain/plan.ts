// Rules of the activity plan. Pure functions: what runs when, parallel activities (BIP: a
// job-oriented activity in parallel with skills/health gave most progression), and date checks.
import { addDaysIso } from './dates';
import type { ActivityKind, ActivityStatus, PlanActivity } from './model';
import type { IsoDate } from './types';

/**
 * "Running" on a date, precisely: the activity has started and not ended on that date, by its
 * recorded dates, and it is not merely planned or paused.
 *
 * - `planned`: never running (it has not started, whatever its start date says).
 * - `paused`: not running (pauses have no dates, so a paused activity counts for no day).
 * - `ongoing`: running from `startDate` (inclusive) until `endDate` (inclusive) if one is
 *   recorded, else open-ended. No start date: not running.
 * - `completed` / `cancelled`: running from `startDate` to `endDate`, both inclusive; without
 *   both dates it counts for no day (we do not guess when it ran).
 *
 * The planned end date is a plan, not a fact, and is never used here.
 */
export function isRunningOn(a: PlanActivity, date: IsoDate): boolean {
  const iv = runningInterval(a);
  if (!iv) return false;
  return iv.from <= date && (iv.to === null || date <= iv.to);
}

/** The days an activity ran, by the rule of `isRunningOn`: [from, to], to null = open. */
export function runningInterval(
  a: Pick<PlanActivity, 'status' | 'startDate' | 'endDate'>,
): { from: IsoDate; to: IsoDate | null } | null {
  if (!a.startDate) return null;
  switch (a.status) {
    case 'planned':
    case 'paused':
      return null;
    case 'ongoing':
      return { from: a.startDate, to: a.endDate };
    case 'completed':
    case 'cancelled':
      if (!a.endDate || a.endDate < a.startDate) return null;
      return { from: a.startDate, to: a.endDate };
  }
}

export function runningOn(activities: PlanActivity[], date: IsoDate): PlanActivity[] {
  return activities.filter((a) => isRunningOn(a, date));
}

export function parallelCountOn(activities: PlanActivity[], date: IsoDate): number {
  return runningOn(activities, date).length;
}

/**
 * Two or more activities running on the same day at some point in [from, to] (inclusive):
 * the digest's `parallelActivitiesShare`. Checked on interval starts, which is enough: if two
 * intervals overlap within the period, they both run on the later of their (clipped) starts.
 */
export function hadParallel(activities: PlanActivity[], from: IsoDate, to: IsoDate): boolean {
  if (to < from) return false;
  const clipped = activities
    .map(runningInterval)
    .filter((iv): iv is { from: IsoDate; to: IsoDate | null } => iv !== null)
    .map((iv) => ({
      from: iv.from < from ? from : iv.from,
      to: iv.to === null || iv.to > to ? to : iv.to,
    }))
    .filter((iv) => iv.from <= iv.to);
  for (const a of clipped) {
    let n = 0;
    for (const b of clipped) if (b.from <= a.from && a.from <= b.to) n++;
    if (n >= 2) return true;
  }
  return false;
}

/** Activities still part of the plan (not finished): planned, ongoing or paused. */
export function isCurrent(a: Pick<PlanActivity, 'status'>): boolean {
  return a.status === 'planned' || a.status === 'ongoing' || a.status === 'paused';
}

/** An activity has ended when it is completed or cancelled; only an ended activity has an end date. */
export function isEnded(status: ActivityStatus): boolean {
  return status === 'completed' || status === 'cancelled';
}

/**
 * The end date an edited activity gets: the date entered if it has ended, today when it ends by this
 * edit and no date was entered, none when it is (re)opened.
 */
export function endDateAfterEdit(
  from: ActivityStatus,
  to: ActivityStatus,
  entered: IsoDate | null,
  today: IsoDate,
): IsoDate | null {
  if (!isEnded(to)) return null;
  return entered ?? (to !== from ? today : null);
}

/** A new activity is ongoing from its start date, planned before it. */
export function statusForStart(start: IsoDate, today: IsoDate): 'ongoing' | 'planned' {
  return start <= today ? 'ongoing' : 'planned';
}

/** How an activity may be named outside the owner's personal chat (the case forum). */
export type SharedActivityName =
  { as: 'other' } | { as: 'kind'; kind: ActivityKind } | { as: 'type'; typeId: string };

/**
 * A health activity is shown only as "another activity" (health information is sensitive and stays
 * in the caseworker's own view); a free-named one only by its kind (the name is free text); a
 * catalogue activity by its type.
 */
export function sharedActivityName(a: Pick<PlanActivity, 'kind' | 'typeId'>): SharedActivityName {
  if (a.kind === 'health') return { as: 'other' };
  if (!a.typeId) return { as: 'kind', kind: a.kind };
  return { as: 'type', typeId: a.typeId };
}

const SUPPORTING_KINDS: ActivityKind[] = ['skills', 'health'];

/**
 * BIP's nudge: the current plan (planned, ongoing or paused activities) has a skills or health
 * activity but no job-oriented one. Skills and health activities helped when run in parallel
 * with a job-oriented activity.
 */
export function needsJobActivity(activities: Pick<PlanActivity, 'status' | 'kind'>[]): boolean {
  const current = activities.filter(isCurrent);
  return (
    current.some((a) => SUPPORTING_KINDS.includes(a.kind)) && !current.some((a) => a.kind === 'job')
  );
}

// ---------------------------------------------------------------- date checks

export type PlanDateProblem =
  | 'end_before_start'
  | 'planned_end_before_start'
  | 'followup_in_past'
  | 'end_required'
  | 'start_required';

/** Dates of one activity: no end (planned or actual) before its start. */
export function activityDateProblems(a: {
  startDate: IsoDate | null;
  plannedEndDate: IsoDate | null;
  endDate?: IsoDate | null;
  status?: ActivityStatus;
}): PlanDateProblem[] {
  const out: PlanDateProblem[] = [];
  if (a.startDate && a.plannedEndDate && a.plannedEndDate < a.startDate)
    out.push('planned_end_before_start');
  if (a.startDate && a.endDate && a.endDate < a.startDate) out.push('end_before_start');
  if (a.status === 'ongoing' && !a.startDate) out.push('start_required');
  return out;
}

/** The next follow-up may be today or later, never in the past (dates in Stockholm). */
export function followUpProblem(date: IsoDate | null, today: IsoDate): PlanDateProblem | null {
  if (date && date < today) return 'followup_in_past';
  return null;
}

/** Ending an activity (completed or cancelled) on a date: not before it started. */
export function endProblem(
  a: Pick<PlanActivity, 'startDate'>,
  endDate: IsoDate | null,
): PlanDateProblem | null {
  if (!endDate) return 'end_required';
  if (a.startDate && endDate < a.startDate) return 'end_before_start';
  return null;
}

/** The default next follow-up when none is set: in four weeks (a suggestion, the caseworker decides). */
export const DEFAULT_FOLLOW_UP_DAYS = 28;
export function suggestedFollowUp(today: IsoDate): IsoDate {
  return addDaysIso(today, DEFAULT_FOLLOW_UP_DAYS);
}

/** The six-month question after exit is due on the same calendar day six months on. */
export function sixMonthsAfter(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = m - 1 + 6;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Swedish level as recorded at a follow-up: SFI course A–D or a CEFR (GERS) level. */
export const SWEDISH_LEVELS = [
  'sfi_a',
  'sfi_b',
  'sfi_c',
  'sfi_d',
  'A1',
  'A2',
  'B1',
  'B2',
  'C1',
  'C2',
] as const;
export type SwedishLevel = (typeof SWEDISH_LEVELS)[number];
