// Rules of the activity plan. Pure functions: what runs when, parallel activities (BIP: a
// job-oriented activity in parallel with skills/health gave most progression), and date checks.
import { endOfMonth, formatISO, isLastDayOfMonth, parseISO, subMonths } from 'date-fns';
import type { ActivityType } from './activities';
import { addDaysIso } from './dates';
import { shareableActivity } from './forum';
import type {
  ActivityKind,
  ActivityPlan,
  ActivityStatus,
  Exit,
  PlanActivity,
  PlanChange,
} from './model';
import type { IsoDate, Participant } from './types';

/**
 * "Running" on a date, precisely: the activity has started and not ended on that date, by its
 * recorded dates, and it is not merely planned or paused.
 *
 * - `planned`: never running (it has not started, whatever its start date says).
 * - `paused`: not running (pauses have no dates, so a paused activity counts for no day).
 * - `ongoing`: running from `startDate` (inclusive) until `endDate` (inclusive) if one is
 *   recorded, else open-ended. No start date: not running.
 * - `completed`: running from `startDate` to `endDate`, both inclusive; without both dates it
 *   counts for no day (we do not guess when it ran).
 * - `cancelled`: running from `startDate` up to the day before `endDate`: the day it was cancelled
 *   it no longer runs (an activity started and cancelled on the same day never ran).
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
      if (!a.endDate || a.endDate < a.startDate) return null;
      return { from: a.startDate, to: a.endDate };
    case 'cancelled': {
      if (!a.endDate) return null;
      const lastDay = addDaysIso(a.endDate, -1);
      return lastDay < a.startDate ? null : { from: a.startDate, to: lastDay };
    }
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
  { as: 'kind'; kind: ActivityKind } | { as: 'type'; typeId: string };

/**
 * A health activity is not shown at all (null: the one rule, domain/forum.ts shareableActivity —
 * health information is sensitive and stays in the caseworker's own view); a free-named one only by
 * its kind (the name is free text); a catalogue activity by its type.
 */
export function sharedActivityName(
  a: Pick<PlanActivity, 'kind' | 'typeId'>,
): SharedActivityName | null {
  if (!shareableActivity(a)) return null;
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

// ---------------------------------------------------------------- history

/** Kinds of line in a plan's history, as the locale words them. */
const HISTORY_KINDS = [
  'plan.goal', // before goal and follow-up date were told apart: one or both changed
  'goal.change',
  'followup.date',
  'activity.add',
  'activity.edit',
  'activity.end',
  'activity.cancel',
  'followup.done',
  'exit.record',
  'exit.correct',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/**
 * What a history line says happened: an activity that ended cancelled was cut short ("avbröts"),
 * not completed ("avslutades"). Unknown change codes are shown as an edit.
 */
export function historyKind(c: Pick<PlanChange, 'change' | 'detail'>): HistoryKind {
  if (c.change === 'activity.end' && c.detail.to === 'cancelled') return 'activity.cancel';
  return (HISTORY_KINDS as readonly string[]).includes(c.change)
    ? (c.change as HistoryKind)
    : 'activity.edit';
}

/** The history lines a goal form writes: the goal (or own words) and the follow-up date apart. */
export function goalChanges(
  before: Pick<ActivityPlan, 'goal' | 'ownWords' | 'nextFollowUp'>,
  after: Pick<ActivityPlan, 'goal' | 'ownWords' | 'nextFollowUp'>,
): ('goal.change' | 'followup.date')[] {
  const out: ('goal.change' | 'followup.date')[] = [];
  if (before.goal !== after.goal || before.ownWords !== after.ownWords) out.push('goal.change');
  if (before.nextFollowUp !== after.nextFollowUp) out.push('followup.date');
  return out;
}

// ---------------------------------------------------------------- date checks

export type PlanDateProblem =
  | 'end_before_start'
  | 'planned_end_before_start'
  | 'followup_in_past'
  | 'end_required'
  | 'start_required'
  | 'reason_required';

export type NewActivityProblem =
  'unknown_type' | 'name_required' | 'kind_required' | 'department_required' | 'unknown_department';

/** What went wrong with a plan change: a rule of this file, worded by cards/locales/plan.ts. */
export type PlanProblem = PlanDateProblem | NewActivityProblem;

/** The card's choice of a new activity: a catalogue id, `custom` (own name), or nothing. */
export interface NewActivityChoice {
  typeId: string | null;
  name: string | null;
  kind: ActivityKind | null;
  departmentId: string | null;
}

/**
 * A new activity is a type of the catalogue (not retired), or an own name with a kind. Its
 * department is the one chosen, else the type's usual one; an own-named activity has no usual
 * department, so one must be chosen ("Annan insats" asks for it rather than guessing).
 */
export function newActivityProblems(
  c: NewActivityChoice,
  catalogue: ActivityType[],
  departmentIds: string[],
): { problems: NewActivityProblem[]; type: ActivityType | undefined; departmentId: string | null } {
  const problems: NewActivityProblem[] = [];
  const fromCatalogue = c.typeId !== null && c.typeId !== 'custom';
  const type = fromCatalogue ? catalogue.find((x) => x.id === c.typeId && !x.retired) : undefined;
  if (fromCatalogue && !type) problems.push('unknown_type');
  if (!fromCatalogue && !c.name) problems.push('name_required');
  if (!fromCatalogue && c.name && !c.kind) problems.push('kind_required');
  const departmentId = c.departmentId ?? type?.departmentId ?? null;
  if (c.departmentId && !departmentIds.includes(c.departmentId))
    problems.push('unknown_department');
  else if (!departmentId && !fromCatalogue) problems.push('department_required');
  return { problems, type, departmentId };
}

/** A cancelled activity needs a reason (why it was cut short is what the next follow-up asks). */
export function cancelProblem(
  status: ActivityStatus | 'keep',
  reason: string | null | undefined,
): 'reason_required' | null {
  return status === 'cancelled' && !reason ? 'reason_required' : null;
}

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

// ---------------------------------------------------------------- exits

export type ExitDateProblem = 'exit_in_future' | 'exit_before_start';

/** An exit date is today or earlier, and not before the participant started. */
export function exitDateProblem(
  date: IsoDate,
  today: IsoDate,
  startDate: IsoDate,
): ExitDateProblem | null {
  if (date > today) return 'exit_in_future';
  if (date < startDate) return 'exit_before_start';
  return null;
}

/**
 * What an exit does to the plan's activities that are still current: each one ends on the exit
 * date. One that has started by then is completed; one that had not started (planned, or starting
 * later) is cancelled, and gets the reason the caller words ("avslut").
 */
export function endingsAtExit(
  activities: PlanActivity[],
  exitDate: IsoDate,
): { id: string; status: 'completed' | 'cancelled'; endDate: IsoDate }[] {
  return activities.filter(isCurrent).map((a) => ({
    id: a.id,
    status:
      a.status !== 'planned' && a.startDate !== null && a.startDate <= exitDate
        ? 'completed'
        : 'cancelled',
    endDate: exitDate,
  }));
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

/**
 * The latest exit date whose six-month question is due on `day`: sixMonthsAfter(d) <= day exactly
 * when d <= sixMonthsDueBy(day). Six months before (date-fns clamps to the month's length); on the
 * last day of a month, every exit of the month six months before is due (31 August on 28 February).
 */
export function sixMonthsDueBy(day: IsoDate): IsoDate {
  const d = parseISO(day);
  const back = subMonths(d, 6);
  return formatISO(isLastDayOfMonth(d) ? endOfMonth(back) : back, { representation: 'date' });
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

/**
 * The follow-up reminder is due on `day`: the plan's next follow-up has come, and the participant has
 * not exited (an exited participant gets none). `Plans.followUpsToRemind` reads only these.
 */
export function followUpReminderDue(
  participant: Pick<Participant, 'endDate'>,
  plan: Pick<ActivityPlan, 'nextFollowUp'>,
  day: IsoDate,
): boolean {
  return !participant.endDate && plan.nextFollowUp !== null && plan.nextFollowUp <= day;
}

/**
 * The six-month question is due on `day`: not answered yet, and six months have passed since the
 * exit. `Exits.sixMonthsToRemind` reads only these (up to `sixMonthsDueBy(day)`).
 */
export function sixMonthQuestionDue(
  exit: Pick<Exit, 'date' | 'selfSupportAfter6m'>,
  day: IsoDate,
): boolean {
  return exit.selfSupportAfter6m === null && sixMonthsAfter(exit.date) <= day;
}
