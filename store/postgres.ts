import pg from 'pg';
import type { Db, DbStats, Query, Row, SqlValue } from './db';

// COUNT(*) and BIGINT come back as strings by default; every count we keep fits a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

/** Rewrites `?` placeholders to PostgreSQL's `$1, $2, …` (our SQL never has `?` inside literals). */
export function toPgPlaceholders(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

type Queryable = pg.Pool | pg.PoolClient;

function over(q: Queryable, inTx: boolean, pool: pg.Pool, stats: DbStats): Db {
  const query = (sql: string, params: SqlValue[]) => {
    stats.statements++;
    stats.onStatement?.(sql);
    return q.query(toPgPlaceholders(sql), params);
  };
  const self: Db = {
    dialect: 'postgres',
    stats,
    all: async <T>(sql: string, params: SqlValue[] = []) => (await query(sql, params)).rows as T[],
    get: async <T>(sql: string, params: SqlValue[] = []) =>
      (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params: SqlValue[] = []) => (await query(sql, params)).rowCount ?? 0,
    exec: async (sql: string) => {
      await q.query(sql);
    },
    transaction: async <T>(fn: (tx: Db) => Promise<T>): Promise<T> => {
      if (inTx) return fn(self);
      const client = await pool.connect();
      stats.transactions++;
      stats.onStatement?.('BEGIN');
      try {
        await client.query('BEGIN');
        const out = await fn(over(client, true, pool, stats));
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    readBatch: async (queries: Query[]): Promise<Row[][]> => {
      const all = async (c: Queryable) => {
        const out: Row[][] = [];
        for (const x of queries) {
          stats.statements++;
          out.push((await c.query(toPgPlaceholders(x.sql), x.params ?? [])).rows as Row[]);
        }
        return out;
      };
      if (inTx) return all(q);
      const client = await pool.connect();
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const out = await all(client);
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: async () => {
      if (!inTx) await pool.end();
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
