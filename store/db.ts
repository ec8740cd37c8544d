import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqliteReader } from './db-reader';

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

  constructor(private readonly file: string) {
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
    const result = this.lock.then(fn, fn);
    this.lock = result.catch(() => undefined);
    return result;
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
  readBatch(queries: Query[]): Promise<Row[][]> {
    this.stats.statements += queries.length;
    for (const q of queries) this.stats.onStatement?.(q.sql);
    if (this.reader) return this.reader.batch(queries);
    return this.queued(() => this.batchNow(queries));
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
