import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Clock } from '../../domain/dates';
import { openStore, type Store } from '../../store';
import { FakeClock } from '../support/clock';

/**
 * A database the store contract suite runs against: SQLite always, PostgreSQL when PG_TEST_URL
 * is set (a URL to a server where the role may CREATE DATABASE). Each `fresh()` gives an empty
 * database of its own — a temp SQLite file, or a new PostgreSQL database dropped in `drop()` —
 * so runs and test files never see each other's rows.
 */
export interface StoreTarget {
  name: 'sqlite' | 'postgres';
  fresh(): Promise<FreshDatabase>;
}

export interface FreshDatabase {
  /** The DATABASE_URL of this fresh database (a file path or a postgres:// URL). */
  url: string;
  /**
   * Opens (and migrates) a store on it; each call is another instance with its own connections.
   * Its clock is a fake one (the suite's dates, whatever today is) unless one is given.
   */
  open(clock?: Clock): Promise<Store>;
  /** Closes every store opened here and removes the database. */
  drop(): Promise<void>;
}

function sqliteTarget(): StoreTarget {
  return {
    name: 'sqlite',
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'samsyn-store-'));
      const url = join(dir, 'samsyn.db');
      const opened: Store[] = [];
      return {
        url,
        async open(clock: Clock = new FakeClock()) {
          const s = await openStore(url, clock);
          opened.push(s);
          return s;
        },
        async drop() {
          for (const s of opened) await s.close().catch(() => undefined);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
}

function postgresTarget(adminUrl: string): StoreTarget {
  return {
    name: 'postgres',
    async fresh() {
      const dbName = `samsyn_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${dbName}`);
      } finally {
        await admin.end();
      }
      const u = new URL(adminUrl);
      u.pathname = `/${dbName}`;
      const url = u.toString();
      const opened: Store[] = [];
      return {
        url,
        async open(clock: Clock = new FakeClock()) {
          const s = await openStore(url, clock);
          opened.push(s);
          return s;
        },
        async drop() {
          for (const s of opened) await s.close().catch(() => undefined);
          const a = new pg.Client({ connectionString: adminUrl });
          await a.connect();
          try {
            await dropDatabase(a, dbName);
          } finally {
            await a.end();
          }
        },
      };
    },
  };
}

/**
 * DROP DATABASE … WITH (FORCE) refuses (42501) when an autovacuum worker, a superuser's process,
 * is on the database; a plain DROP DATABASE stops autovacuum itself, and is tried again while
 * the worker is still leaving (55006).
 */
async function dropDatabase(a: pg.Client, dbName: string): Promise<void> {
  try {
    await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    return;
  } catch (err) {
    if ((err as { code?: string }).code !== '42501') throw err;
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await a.query(`DROP DATABASE IF EXISTS ${dbName}`);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '55006' || attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** SQLite always; PostgreSQL too when PG_TEST_URL is set. */
export function storeTargets(): StoreTarget[] {
  const targets = [sqliteTarget()];
  const pgUrl = process.env.PG_TEST_URL;
  if (pgUrl) targets.push(postgresTarget(pgUrl));
  return targets;
}

/**
 * One describe block per target (`%s` in the title is its name), whose tests share one fresh
 * database and a store open on it, dropped after the block. `store()` is that store, from the
 * block's tests on (it is opened in beforeAll).
 */
export function describeEachStore(
  title: string,
  body: (target: StoreTarget, store: () => Store) => void,
): void {
  describe.each(storeTargets().map((t) => [t.name, t] as const))(title, (_name, target) => {
    let db: FreshDatabase | undefined;
    let store: Store | undefined;
    beforeAll(async () => {
      db = await target.fresh();
      store = await db.open();
    });
    afterAll(async () => {
      await db?.drop();
    });
    body(target, () => {
      if (!store) throw new Error('the store opens in beforeAll: call store() inside a test');
      return store;
    });
  });
}
