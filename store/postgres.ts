import pg from 'pg';
import {
  isWrite,
  joinedUnit,
  type Db,
  type DbStats,
  type Query,
  type Row,
  type SqlValue,
  type UnitHooks,
} from './db';

// COUNT(*) and BIGINT come back as strings by default; every count we keep fits a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

/** Rewrites `?` placeholders to PostgreSQL's `$1, $2, …` (our SQL never has `?` inside literals). */
export function toPgPlaceholders(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

type Queryable = pg.Pool | pg.PoolClient;

/** A unit of work (Db.unit) of one pool: its connection, taken at its first write. */
interface PgUnit {
  pool: pg.Pool;
  client: Promise<pg.PoolClient> | null;
  ended: boolean;
  /** Nested transactions of the unit, one savepoint after the other. */
  nested: Promise<unknown>;
}
function begin(u: PgUnit, stats: DbStats): Promise<pg.PoolClient> {
  u.client ??= (async () => {
    const client = await u.pool.connect();
    stats.transactions++;
    stats.onStatement?.('BEGIN');
    try {
      await client.query('BEGIN');
    } catch (err) {
      client.release();
      throw err;
    }
    return client;
  })();
  return u.client;
}

/** Runs fn in a transaction (opened by `begin`) on a client of its own; a throw rolls it back. */
async function onClient<T>(
  pool: pg.Pool,
  begin: string,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

function inTransaction<T>(pool: pg.Pool, stats: DbStats, fn: (tx: Db) => Promise<T>): Promise<T> {
  stats.transactions++;
  stats.onStatement?.('BEGIN');
  return onClient(pool, 'BEGIN', (client) => fn(over(client, true, pool, stats)));
}

/** A transaction inside a unit of work: a savepoint of the unit's transaction. */
function savepoint<T>(u: PgUnit, stats: DbStats, fn: (tx: Db) => Promise<T>): Promise<T> {
  const run = async () => {
    const client = await begin(u, stats);
    await client.query('SAVEPOINT nested');
    try {
      const out = await fn(over(client, true, u.pool, stats));
      await client.query('RELEASE SAVEPOINT nested');
      return out;
    } catch (err) {
      await client.query('ROLLBACK TO SAVEPOINT nested');
      await client.query('RELEASE SAVEPOINT nested');
      throw err;
    }
  };
  const out = u.nested.then(run, run);
  u.nested = out.catch(() => undefined);
  return out;
}

async function unitOfWork<T>(
  pool: pg.Pool,
  stats: DbStats,
  fn: (db: Db) => Promise<T>,
  hooks: UnitHooks,
): Promise<T> {
  const u: PgUnit = { pool, client: null, ended: false, nested: Promise.resolve() };
  let client: pg.PoolClient | null = null;
  try {
    const out = await fn(over(pool, false, pool, stats, u));
    await hooks.beforeCommit();
    client = u.client ? await u.client : null;
    await client?.query('COMMIT');
    return out;
  } catch (err) {
    client ??= u.client ? await u.client.catch(() => null) : null;
    await client?.query('ROLLBACK').catch(() => undefined);
    u.ended = true;
    await hooks.afterFailure(u.client !== null);
    throw err;
  } finally {
    u.ended = true;
    client?.release();
  }
}

async function readAll(c: Queryable, queries: Query[], stats: DbStats): Promise<Row[][]> {
  const out: Row[][] = [];
  for (const x of queries) {
    stats.statements++;
    stats.onStatement?.(x.sql);
    out.push((await c.query(toPgPlaceholders(x.sql), x.params ?? [])).rows as Row[]);
  }
  return out;
}

/**
 * Every query of a batch in one read-only REPEATABLE READ transaction on a pooled connection, with
 * room to hash and sort a region's participants in memory (the default 4 MB spilled the figures'
 * GROUP BY and hash joins to disk at 100,000 participants), and without JIT compilation: the
 * figures' one pass over the participants has some fifty expressions, which PostgreSQL (jit = on
 * by default since 12) compiled on every digest for longer than the pass took (at 100,000
 * participants 0.4 s of 0.8 s; `docs/figures.md`).
 */
const SNAPSHOT =
  "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL work_mem = '64MB'; SET LOCAL jit = off";
function readSnapshot(pool: pg.Pool, queries: Query[], stats: DbStats): Promise<Row[][]> {
  return onClient(pool, SNAPSHOT, (client) => readAll(client, queries, stats));
}

/**
 * The Db over a pool, a transaction's client (inTx), or a unit of work (`unit`, whose statements
 * run on the pool until its first write takes the unit's connection and begins its transaction).
 */
function over(q: Queryable, inTx: boolean, pool: pg.Pool, stats: DbStats, unit?: PgUnit): Db {
  const unitOf = () => (unit && !unit.ended ? unit : undefined);
  /** Where a statement runs: the unit of work once it began (a write begins it), else q. */
  const on = async (write: boolean): Promise<Queryable> => {
    const u = inTx ? undefined : unitOf();
    return u && (u.client || write) ? begin(u, stats) : q;
  };
  const query = async (sql: string, params: SqlValue[]) => {
    const c = await on(isWrite(sql));
    stats.statements++;
    stats.onStatement?.(sql);
    return c.query(toPgPlaceholders(sql), params);
  };
  const self: Db = {
    dialect: 'postgres',
    stats,
    all: async <T>(sql: string, params: SqlValue[] = []) => (await query(sql, params)).rows as T[],
    get: async <T>(sql: string, params: SqlValue[] = []) =>
      (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params: SqlValue[] = []) => (await query(sql, params)).rowCount ?? 0,
    exec: async (sql: string) => {
      await (await on(true)).query(sql);
    },
    transaction: async <T>(fn: (tx: Db) => Promise<T>): Promise<T> => {
      if (inTx) return fn(self);
      const u = unitOf();
      return u ? savepoint(u, stats, fn) : inTransaction(pool, stats, fn);
    },
    readBatch: async (queries: Query[]): Promise<Row[][]> => {
      if (inTx) return readAll(q, queries, stats);
      const u = unitOf();
      if (u?.client) return readAll(await u.client, queries, stats);
      return readSnapshot(pool, queries, stats);
    },
    unit: (fn, hooks) =>
      inTx || unitOf() ? joinedUnit(() => fn(self), hooks) : unitOfWork(pool, stats, fn, hooks),
    unitState: () => {
      if (inTx) return { writing: true };
      const u = unitOf();
      return u ? { writing: u.client !== null } : null;
    },
    close: async () => {
      if (!inTx && !unit) await pool.end();
    },
  };
  return self;
}

/** PostgreSQL through a pg pool: the store for a deployment of several instances. */
export function postgresDb(url: string): Db & { readonly pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection closed by the server (restart, failover, an administrator, DROP DATABASE in
  // tests) is an 'error' on the pool; unheard, it would be an uncaught exception that ends the
  // process. The pool drops that client and the next query connects anew; a query in flight gets
  // its own error and fails its request as usual.
  pool.on('error', () => undefined);
  return Object.assign(over(pool, false, pool, { statements: 0, transactions: 0 }), { pool });
}

export type { Row };
