import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqliteReader } from './db-reader';
import {
  joinedUnit,
  isWrite,
  OUTSIDE_TRANSACTION,
  UNIT_WAIT_MS,
  UnitWaitTimeout,
  type Hold,
  type SqliteUnit,
  type UnitHooks,
  type UnitState,
} from './db-unit';

export { isWrite, joinedUnit, UnitWaitTimeout, type UnitHooks, type UnitState };

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

/** One query of a batch of reads. */
export interface Query {
  sql: string;
  params?: SqlValue[];
}

/** What a Db has done since it was opened: the bench and the turn-cost test print these. */
export interface DbStats {
  statements: number;
  transactions: number;
  /** Called with the SQL of every statement run (tests and the bench set it to see a turn's work). */
  onStatement?: (sql: string) => void;
}

/**
 * The small SQL surface every repository is written against. SQL is written once, in the
 * subset SQLite and PostgreSQL share (TEXT/INTEGER columns, ISO dates as TEXT, JSON as TEXT,
 * `?` placeholders, ON CONFLICT, RETURNING), so each repository serves both databases.
 */
export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  readonly stats: DbStats;
  all<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; returns the number of rows changed. */
  run(sql: string, params?: SqlValue[]): Promise<number>;
  exec(sql: string): Promise<void>;
  /** Runs fn in one transaction; a throw rolls everything back. Nested calls join the outer one. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /**
   * Long reads (the figures), all from one snapshot, without holding up other users: on SQLite
   * they run on a worker thread with its own read-only connection (WAL lets it read while the bot
   * writes); on PostgreSQL in one read-only REPEATABLE READ transaction on a pooled connection.
   */
  readBatch(queries: Query[]): Promise<Row[][]>;
  /**
   * One unit of work (a turn's handler): fn gets the unit's own Db, whose first write begins one
   * transaction that every later statement through it joins (a nested `transaction` is a
   * savepoint); `hooks.beforeCommit` writes inside it, then it commits. A throw rolls all of it
   * back. Reads before the first write are not held in a transaction, and readBatch stays off it
   * on SQLite, so a read-only turn (a manager's digest) never holds other users up.
   *
   * The unit is handed over, not found in an AsyncLocalStorage: once one is used, Node 20 runs
   * promise hooks for every promise of the process, which cost the bare framework 14 % of its
   * throughput in the round-trip bench (README "Benchmarks"). So what runs in a unit must use the
   * Db (or the Store over it) it was given: a write through the outer Db waits for the unit to end.
   */
  unit<T>(fn: (db: Db) => Promise<T>, hooks: UnitHooks): Promise<T>;
  /** The unit of work this Db belongs to, if any (null for the outer Db and after the unit ended). */
  unitState(): UnitState | null;
  close(): Promise<void>;
}

/** Prepared statements kept per SQL text: preparing compiles the SQL, so it is done once. */
const CACHE_SIZE = 500;

/**
 * SQLite through better-sqlite3. The driver is synchronous and there is one connection, so
 * while an async transaction awaits, nothing else may use the connection: every call queues on
 * one lock, and the transaction's own calls (through `tx`) bypass it.
 */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  readonly stats: DbStats = { statements: 0, transactions: 0 };
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly reader: SqliteReader | null;
  private lock: Promise<unknown> = Promise.resolve();
  /** The unit of work holding the connection (its transaction is open), if any. */
  private holder: Hold | null = null;
  private readonly unitWaitMs: number;

  constructor(
    private readonly file: string,
    options: { unitWaitMs?: number } = {},
  ) {
    this.unitWaitMs = options.unitWaitMs ?? UNIT_WAIT_MS;
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // Set explicitly (not left to the driver's compile-time default): in WAL mode NORMAL syncs at
    // checkpoints only, so a commit is durable against a crash of the process, not of the machine.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    // Deleted means deleted: freed space is overwritten with zeros, so a culled participant's name
    // and free text do not stay readable in free pages (and every backup of the file).
    this.db.pragma('secure_delete = ON');
    this.reader = file === ':memory:' ? null : new SqliteReader(file);
  }

  private prepared(sql: string): Database.Statement {
    this.stats.statements++;
    this.stats.onStatement?.(sql);
    let s = this.statements.get(sql);
    if (s) return s;
    s = this.db.prepare(sql);
    if (this.statements.size >= CACHE_SIZE) {
      const oldest = this.statements.keys().next().value;
      if (oldest !== undefined) this.statements.delete(oldest);
    }
    this.statements.set(sql, s);
    return s;
  }

  private queued<T>(fn: () => Promise<T> | T): Promise<T> {
    if (!this.holder) {
      const result = this.lock.then(fn, fn);
      this.lock = result.catch(() => undefined);
      return result;
    }
    // Behind a unit of work: failed if the unit still holds the connection after UNIT_WAIT_MS (one
    // timer per hold, not per statement), and then it does not run at all.
    const hold = this.holder;
    if (hold.expired) return Promise.reject(new UnitWaitTimeout(this.unitWaitMs));
    return new Promise<T>((resolve, reject) => {
      let gaveUp = false;
      const giveUp = (err: Error) => {
        gaveUp = true;
        reject(err);
      };
      hold.waiting.add(giveUp);
      const run = () => {
        hold.waiting.delete(giveUp);
        if (gaveUp) throw new UnitWaitTimeout(this.unitWaitMs);
        return fn();
      };
      const result = this.lock.then(run, run);
      this.lock = result.catch(() => undefined);
      result.then(resolve, reject);
    });
  }

  private allNow<T>(sql: string, params: SqlValue[]): T[] {
    return this.prepared(sql).all(...params) as T[];
  }
  private getNow<T>(sql: string, params: SqlValue[]): T | undefined {
    return this.prepared(sql).get(...params) as T | undefined;
  }
  private runNow(sql: string, params: SqlValue[]): number {
    return this.prepared(sql).run(...params).changes;
  }
  private batchNow(queries: Query[]): Row[][] {
    return queries.map((q) => this.allNow<Row>(q.sql, q.params ?? []));
  }

  private direct(): Db {
    const self: Db = {
      dialect: 'sqlite',
      stats: this.stats,
      all: async <T>(sql: string, params: SqlValue[] = []) => this.allNow<T>(sql, params),
      get: async <T>(sql: string, params: SqlValue[] = []) => this.getNow<T>(sql, params),
      run: async (sql: string, params: SqlValue[] = []) => this.runNow(sql, params),
      exec: async (sql: string) => {
        this.db.exec(sql);
      },
      transaction: async <T>(fn: (tx: Db) => Promise<T>) => fn(self),
      readBatch: async (queries: Query[]) => this.batchNow(queries),
      unit: (fn, hooks) => joinedUnit(() => fn(self), hooks),
      unitState: () => ({ writing: true }),
      close: async () => undefined,
    };
    return self;
  }

  /** Begins the unit's transaction: waits for the connection, then holds it until the unit ends. */
  private begin(u: SqliteUnit): Promise<void> {
    u.began ??= new Promise<void>((started, failed) => {
      void this.queued(() => {
        try {
          this.stats.transactions++;
          this.stats.onStatement?.('BEGIN IMMEDIATE');
          this.db.exec('BEGIN IMMEDIATE');
        } catch (err) {
          failed(err);
          return;
        }
        const hold: Hold = { waiting: new Set(), timer: undefined, expired: false };
        hold.timer = setTimeout(() => {
          hold.expired = true;
          for (const giveUp of hold.waiting) giveUp(new UnitWaitTimeout(this.unitWaitMs));
          hold.waiting.clear();
        }, this.unitWaitMs);
        this.holder = hold;
        started();
        return new Promise<void>(
          (release) =>
            (u.release = () => {
              clearTimeout(hold.timer);
              if (this.holder === hold) this.holder = null;
              release();
            }),
        );
      });
    });
    return u.began;
  }

  /** The Db a unit of work hands its work: its statements join the unit's transaction once that has begun (a write begins it). */
  private unitDb(u: SqliteUnit): Db {
    const live = () => !u.ended;
    const call = async <T>(write: boolean, fn: () => T): Promise<T> => {
      if (!live() || (!u.began && !write)) return this.queued(fn);
      await this.begin(u);
      return fn();
    };
    const self: Db = {
      dialect: 'sqlite',
      stats: this.stats,
      all: <T>(sql: string, params: SqlValue[] = []) =>
        call(isWrite(sql), () => this.allNow<T>(sql, params)),
      get: <T>(sql: string, params: SqlValue[] = []) =>
        call(isWrite(sql), () => this.getNow<T>(sql, params)),
      run: (sql: string, params: SqlValue[] = []) => call(true, () => this.runNow(sql, params)),
      exec: (sql: string) => {
        if (!live()) return this.exec(sql);
        if (OUTSIDE_TRANSACTION.test(sql)) {
          // Cannot run in a transaction (a checkpoint after an erasure): runs once the unit committed.
          u.afterCommit.push(sql);
          return Promise.resolve();
        }
        return call(true, () => {
          this.db.exec(sql);
        });
      },
      transaction: <T>(fn: (tx: Db) => Promise<T>) =>
        live() ? this.savepoint(u, fn) : this.transaction(fn),
      readBatch: (queries: Query[]) => {
        if (this.reader || !live()) return this.readBatch(queries);
        this.countBatch(queries);
        return call(false, () => this.batchNow(queries));
      },
      unit: (fn, hooks) => (live() ? joinedUnit(() => fn(self), hooks) : this.unit(fn, hooks)),
      unitState: () => (live() ? { writing: u.began !== null } : null),
      close: async () => undefined,
    };
    return self;
  }

  all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return this.queued(() => this.allNow<T>(sql, params));
  }
  get<T = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return this.queued(() => this.getNow<T>(sql, params));
  }
  run(sql: string, params: SqlValue[] = []): Promise<number> {
    return this.queued(() => this.runNow(sql, params));
  }
  exec(sql: string): Promise<void> {
    return this.queued(() => {
      this.db.exec(sql);
    });
  }
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return this.queued(async () => {
      this.stats.transactions++;
      this.stats.onStatement?.('BEGIN IMMEDIATE');
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(this.direct());
        this.db.exec('COMMIT');
        return out;
      } catch (err) {
        this.db.exec('ROLLBACK');
        throw err;
      }
    });
  }
  /** A transaction inside a unit of work: a savepoint of its transaction, so a throw undoes only it. */
  private savepoint<T>(u: SqliteUnit, fn: (tx: Db) => Promise<T>): Promise<T> {
    const run = async () => {
      await this.begin(u);
      this.db.exec('SAVEPOINT nested');
      try {
        const out = await fn(this.direct());
        this.db.exec('RELEASE nested');
        return out;
      } catch (err) {
        this.db.exec('ROLLBACK TO nested');
        this.db.exec('RELEASE nested');
        throw err;
      }
    };
    const out = u.nested.then(run, run);
    u.nested = out.catch(() => undefined);
    return out;
  }
  private countBatch(queries: Query[]): void {
    this.stats.statements += queries.length;
    for (const q of queries) this.stats.onStatement?.(q.sql);
  }
  readBatch(queries: Query[]): Promise<Row[][]> {
    this.countBatch(queries);
    if (this.reader) return this.reader.batch(queries);
    return this.queued(() => this.batchNow(queries));
  }
  /** Outside every unit of work. */
  unitState(): UnitState | null {
    return null;
  }
  async unit<T>(fn: (db: Db) => Promise<T>, hooks: UnitHooks): Promise<T> {
    const u: SqliteUnit = {
      began: null,
      ended: false,
      release: () => undefined,
      nested: Promise.resolve(),
      afterCommit: [],
    };
    try {
      const out = await fn(this.unitDb(u));
      await hooks.beforeCommit();
      await u.began;
      if (u.began) this.db.exec('COMMIT');
      u.ended = true;
      u.release();
      for (const sql of u.afterCommit) await this.exec(sql);
      return out;
    } catch (err) {
      const began = await u.began?.then(
        () => true,
        () => false,
      );
      if (began && this.db.inTransaction) this.db.exec('ROLLBACK');
      u.ended = true;
      u.release();
      await hooks.afterFailure(u.began !== null);
      throw err;
    } finally {
      u.ended = true;
      u.release();
    }
  }
  async close(): Promise<void> {
    await this.reader?.close();
    await this.queued(() => this.db.close());
  }
  /** The file this database lives in (':memory:' for none). */
  get path(): string {
    return this.file;
  }
}
