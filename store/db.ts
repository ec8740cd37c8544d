import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

/**
 * The small SQL surface every repository is written against. SQL is written once, in the
 * subset SQLite and PostgreSQL share (TEXT/INTEGER columns, ISO dates as TEXT, JSON as TEXT,
 * `?` placeholders, ON CONFLICT, RETURNING), so each repository serves both databases.
 */
export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  all<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; returns the number of rows changed. */
  run(sql: string, params?: SqlValue[]): Promise<number>;
  exec(sql: string): Promise<void>;
  /** Runs fn in one transaction; a throw rolls everything back. Nested calls join the outer one. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * SQLite through better-sqlite3. The driver is synchronous and there is one connection, so
 * while an async transaction awaits, nothing else may use the connection: every call queues on
 * one lock, and the transaction's own calls (through `tx`) bypass it.
 */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private lock: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
  }

  private queued<T>(fn: () => Promise<T> | T): Promise<T> {
    const result = this.lock.then(fn, fn);
    this.lock = result.catch(() => undefined);
    return result;
  }

  private direct(): Db {
    const db = this.db;
    const self: Db = {
      dialect: 'sqlite',
      all: async <T>(sql: string, params: SqlValue[] = []) => db.prepare(sql).all(...params) as T[],
      get: async <T>(sql: string, params: SqlValue[] = []) =>
        db.prepare(sql).get(...params) as T | undefined,
      run: async (sql: string, params: SqlValue[] = []) => db.prepare(sql).run(...params).changes,
      exec: async (sql: string) => {
        db.exec(sql);
      },
      transaction: async <T>(fn: (tx: Db) => Promise<T>) => fn(self),
      close: async () => undefined,
    };
    return self;
  }

  all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return this.queued(() => this.db.prepare(sql).all(...params) as T[]);
  }
  get<T = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return this.queued(() => this.db.prepare(sql).get(...params) as T | undefined);
  }
  run(sql: string, params: SqlValue[] = []): Promise<number> {
    return this.queued(() => this.db.prepare(sql).run(...params).changes);
  }
  exec(sql: string): Promise<void> {
    return this.queued(() => {
      this.db.exec(sql);
    });
  }
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return this.queued(async () => {
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
  async close(): Promise<void> {
    await this.queued(() => this.db.close());
  }
}
