import type { Clock } from '../../domain/dates';

/** A clock the test sets: reminders and digests fall due when the test says so. */
export class FakeClock implements Clock {
  private t: number;
  constructor(iso = '2026-11-23T09:00:00Z') {
    this.t = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.t);
  }
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
  advanceDays(days: number): void {
    this.t += days * 86_400_000;
  }
  advanceMs(ms: number): void {
    this.t += ms;
  }
}
