import type { Clock } from '../domain/dates';
import type { Db, SqlValue } from './db';

/**
 * The bot's clock as the store uses it. Every recorded-at stamp comes from that clock, never the
 * wall clock, so stored times agree with the times the bot compares (retention's "last entry", a
 * reminder's due time) and a test's fake clock reaches the rows.
 *
 * Stamps are strictly increasing within one store: two rows written in the same millisecond (or
 * under a clock that a test holds still) get stamps a millisecond apart, so "in the order they
 * were recorded" (activities, actions, the latest draft) is the order of their stamps. A clock
 * set back by more than a second (a test's clock, a corrected system clock) is followed as it is.
 */
/** Writes closer together than this count as one moment, to be ordered by their stamps. */
const SAME_MOMENT_MS = 1000;

export class StoreClock implements Clock {
  private last = 0;
  constructor(private readonly clock: Clock) {}

  now(): Date {
    return this.clock.now();
  }

  /** The clock's instant as the ISO text the tables store, later than every stamp before it. */
  stamp(): string {
    const t = this.clock.now().getTime();
    this.last = t <= this.last && this.last - t < SAME_MOMENT_MS ? this.last + 1 : t;
    return new Date(this.last).toISOString();
  }
}

/** The base of every repository: the database, and the store's clock. */
export abstract class Repository {
  constructor(
    protected readonly db: Db,
    protected readonly clock: StoreClock,
  ) {}

  /**
   * A long read that does not hold up other users: a reminder job's look over a region (every plan
   * overdue, every exit). On SQLite it runs on the reader's worker thread (Db.readBatch), where the
   * driver would otherwise hold the bot's event loop for the whole query (164 ms a minute at
   * 100,000 participants, growing with what was ever overdue: docs/reminders.md). What it returns
   * is what had been committed when it began; the jobs check each row again before they send.
   */
  protected async offLoop<T>(sql: string, params: SqlValue[]): Promise<T[]> {
    const [rows] = await this.db.readBatch([{ sql, params }]);
    return rows as T[];
  }

  protected now(): string {
    return this.clock.stamp();
  }
}
