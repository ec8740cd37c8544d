// The weekly digest: when it falls due, which periods it covers, and what it holds. Pure.
import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { addDaysIso, isoDateAt, isoWeekKey, TIME_ZONE } from './dates';
import {
  forumActionsByDepartment,
  needsAttention,
  periodFigures,
  type DepartmentActions,
  type FigureIndex,
  type FigureRules,
  type NeedsAttention,
  type Period,
  type PeriodFigures,
} from './figures';
import { changeFigures, type ChangeFigures } from './figures-change';
import type { IsoDate } from './types';

/** When the digest is posted: ISO weekday (1 = Monday … 7 = Sunday) and HH:MM, Europe/Stockholm. */
export const DigestSchedule = z.object({
  weekday: z.coerce.number().int().min(1).max(7),
  time: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/),
});
export type DigestSchedule = z.infer<typeof DigestSchedule>;

export const DEFAULT_SCHEDULE: DigestSchedule = { weekday: 1, time: '08:00' };

/**
 * The default schedule from DIGEST_CRON when it is a plain weekly cron ("M H * * D", D 0–7);
 * anything else falls back to Monday 08:00.
 */
export function scheduleFromCron(cron: string): DigestSchedule {
  const m = /^\s*(\d{1,2})\s+(\d{1,2})\s+\*\s+\*\s+([0-7])\s*$/.exec(cron);
  if (!m) return DEFAULT_SCHEDULE;
  const parsed = DigestSchedule.safeParse({
    weekday: Number(m[3]) === 0 ? 7 : Number(m[3]),
    time: `${m[2].padStart(2, '0')}:${m[1].padStart(2, '0')}`,
  });
  return parsed.success ? parsed.data : DEFAULT_SCHEDULE;
}

/** ISO weekday (1–7) of a calendar date. */
function isoWeekday(date: IsoDate): number {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The instant a Stockholm calendar date and HH:MM falls on. */
export function stockholmInstant(date: IsoDate, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, TIME_ZONE).getTime());
}

/** Monday of the ISO week a date is in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDaysIso(date, 1 - isoWeekday(date));
}

/** The ISO week before the one a date is in: Monday to Sunday. */
export function previousIsoWeek(date: IsoDate): Period & { week: string } {
  const from = addDaysIso(mondayOf(date), -7);
  return { from, to: addDaysIso(from, 6), week: isoWeekKey(from) };
}

export interface DueDigest {
  /** When it fell due (the latest scheduled moment at or before now). */
  dueAt: Date;
  /** The ISO week the digest reports on (the week before the one it is posted in), e.g. 2026-W47. */
  week: string;
  period: Period;
}

/**
 * The digest due at `now` for a channel with this schedule: the latest scheduled moment at or
 * before now, reporting on the ISO week before it. Only the latest is due: a bot that was down
 * for several weeks posts the latest missed week once, not every week it missed. Nothing is due
 * from before the channel became a digest channel (`since`).
 */
export function dueDigest(now: Date, schedule: DigestSchedule, since: Date): DueDigest | null {
  const todayIso = isoDateAt(now);
  let date = addDaysIso(todayIso, schedule.weekday - isoWeekday(todayIso));
  let dueAt = stockholmInstant(date, schedule.time);
  if (dueAt.getTime() > now.getTime()) {
    date = addDaysIso(date, -7);
    dueAt = stockholmInstant(date, schedule.time);
  }
  if (dueAt.getTime() < since.getTime()) return null;
  const prev = previousIsoWeek(date);
  return { dueAt, week: prev.week, period: { from: prev.from, to: prev.to } };
}

/**
 * The period of `sammanfattning` without dates (the manager's digest on demand): the seven days up
 * to and including today, so on a Friday it covers up to that Friday (the scheduled post keeps
 * reporting on the ISO week before it is posted). Not an ISO week, so its card has no week number.
 */
export function onDemandPeriod(today: IsoDate): Period {
  return { from: addDaysIso(today, -6), to: today };
}

/** A share over fewer people than this (exits, answers) is shown with a caution: it says little. */
export const SHARE_CAUTION_BELOW = 5;

/** Whether a share over `base` people (e.g. exits in the period) needs the caution. */
export const shareCaution = (base: number): boolean => base > 0 && base < SHARE_CAUTION_BELOW;

/** The exactly-once key of a channel's digest for a week (store.dispatches). */
export function digestKey(conversationId: string, week: string): string {
  return `digest:${conversationId}:${week}`;
}

export interface Digest {
  /** The period reported on (a week, or the period a manager asked for). */
  period: PeriodFigures;
  /** ISO week key when the period is an ISO week. */
  week: string | null;
  /** From DIGEST_START_DATE to the end of the period; null when the period itself was asked for. */
  cumulative: PeriodFigures | null;
  /** EXIT_TARGET_SHARE: the target share of exits to work or studies. */
  exitTargetShare: number;
  /** The day the digest is drawn up; "needs attention" and forum actions are as of this day. */
  asOf: IsoDate;
  forumActions: DepartmentActions[];
  attention: NeedsAttention;
  /** The change theory's figures (domain/figures-change.ts) of the period and since the start. */
  change: { period: ChangeFigures; cumulative: ChangeFigures | null };
}

export interface DigestOptions {
  period: Period;
  week: string | null;
  /** Start of the cumulative figures; null for none. */
  cumulativeFrom: IsoDate | null;
  asOf: IsoDate;
  exitTargetShare: number;
  ratingIntervalWeeks: number;
}

/** The "since start" period of a digest: DIGEST_START_DATE to the end of the period, if it starts before. */
export function cumulativePeriod(
  o: Pick<DigestOptions, 'period' | 'cumulativeFrom'>,
): Period | null {
  return o.cumulativeFrom !== null && o.cumulativeFrom <= o.period.to
    ? { from: o.cumulativeFrom, to: o.period.to }
    : null;
}

export function buildDigest(ix: FigureIndex, rules: FigureRules, o: DigestOptions): Digest {
  const cumulative = cumulativePeriod(o);
  return {
    period: periodFigures(ix, o.period, rules),
    week: o.week,
    cumulative: cumulative ? periodFigures(ix, cumulative, rules) : null,
    exitTargetShare: o.exitTargetShare,
    asOf: o.asOf,
    forumActions: forumActionsByDepartment(ix.actions, o.asOf),
    attention: needsAttention(ix, o.asOf, o.period, {
      ...rules,
      ratingIntervalWeeks: o.ratingIntervalWeeks,
    }),
    change: {
      period: changeFigures(ix, o.period),
      cumulative: cumulative ? changeFigures(ix, cumulative) : null,
    },
  };
}
