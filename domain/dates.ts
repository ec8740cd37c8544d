import { TZDate } from '@date-fns/tz';
import {
  addDays,
  differenceInCalendarDays,
  formatISO,
  getISOWeek,
  getISOWeekYear,
  isExists,
  parseISO,
} from 'date-fns';
import type { IsoDate } from './types';

/** The municipality's time zone: every calendar date in Samsyn is a date in Stockholm. */
export const TIME_ZONE = 'Europe/Stockholm';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The date is the same for every instant of a quarter hour (UTC): Stockholm's offset from UTC is
 * a whole hour and changes on the hour, so its midnight is always on a UTC quarter hour. Asking the
 * time-zone database (Intl) costs more than the rest of a turn's date work, and a turn asks often.
 */
const QUARTER_HOUR_MS = 15 * 60 * 1000;
let last = { quarter: Number.NaN, date: '' };

/** The calendar date in Stockholm at the given instant. */
export function isoDateAt(instant: Date): IsoDate {
  const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
  if (quarter !== last.quarter) {
    const date = formatISO(new TZDate(instant.getTime(), TIME_ZONE), { representation: 'date' });
    last = { quarter, date };
  }
  return last.date;
}

export function today(clock: Clock): IsoDate {
  return isoDateAt(clock.now());
}

/** The shape of an IsoDate, YYYY-MM-DD; `isValidIsoDate` also checks that the day exists. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(s: string): boolean {
  return (
    ISO_DATE.test(s) &&
    isExists(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)))
  );
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return formatISO(addDays(parseISO(date), days), { representation: 'date' });
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** ISO week key like 2026-W48, for "once per channel and ISO week". */
export function isoWeekKey(date: IsoDate): string {
  const d = parseISO(date);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
}
