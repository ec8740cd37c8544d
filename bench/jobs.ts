// The scheduler's tick at a region's size: every minute each job asks the store what is due. On a
// bench region (BENCH_JOB_SIZES participants, default 10000; `10000,100000` for the region figure;
// the data of bench/figures.ts) on SQLite and, when PG_BENCH_URL or PG_TEST_URL is set (a role that
// may CREATE DATABASE), PostgreSQL, each job runs twice at the bench's "today": the first tick sends
// what the generated data has due (the notifier answers at once), the second is every later
// minute's, with nothing new due. Printed per job: the time, and the longest the event loop was
// held (a card action arriving then waits that long). Figures, never asserted. BENCH_EXPLAIN=1 also
// prints PostgreSQL's plans of the jobs' reads of a later minute (EXPLAIN ANALYZE), as
// docs/reminders.md shows them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { MODULES } from '../dialogs';
import type { JobDeps, Notifier } from '../dialogs/context';
import { openStore, Store } from '../store';
import type { Db, SqlValue } from '../store/db';
import { toPgPlaceholders } from '../store/postgres';
import { FakeClock } from '../tests/support/clock';
import { pgDatabase, populateForBench } from './figures';
import { numberList } from './env';

const Env = z.object({
  BENCH_JOB_SIZES: numberList('10000', 100, 1_000_000),
  BENCH_EXPLAIN: z.enum(['0', '1']).default('0'),
});

/** Where a bench region lives: a temp SQLite file or a PostgreSQL database of its own. */
interface Place {
  name: 'SQLite' | 'PostgreSQL';
  open(): Promise<{ url: string; drop(): Promise<void> }>;
}
const sqlite: Place = {
  name: 'SQLite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'samsyn-bench-jobs-'));
    return {
      url: join(dir, 'region.db'),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};
const postgres = (admin: string): Place => ({ name: 'PostgreSQL', open: () => pgDatabase(admin) });

/**
 * A Db over `db` whose reads (all, get) are not answered but explained: each runs as EXPLAIN
 * ANALYZE and its plan is kept; the read answers nothing, so a job given it finds nothing due.
 * Batched reads (readBatch: retention's candidates) and writes go to `db` as they are.
 */
function explaining(db: Db, plans: string[]): Db {
  const explain = async (sql: string, params: SqlValue[] = []): Promise<never[]> => {
    const rows = await db.all<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${sql}`,
      params,
    );
    plans.push(
      `${sql.replace(/\s+/g, ' ').trim()}\n\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`,
    );
    return [];
  };
  return {
    ...db,
    all: explain as Db['all'],
    get: async (sql, params) => (await explain(sql, params))[0],
  };
}

/**
 * Runs `fn`, timing it and the longest gap between ticks of a 1 ms interval meanwhile. (Node's
 * monitorEventLoopDelay, tried in its place, reported 1 ms for a 147 ms job that holds the loop in
 * one chain of promise callbacks; the interval sees the 147 ms.)
 */
async function held(fn: () => Promise<void>): Promise<{ ms: number; heldMs: number }> {
  let last = performance.now();
  let longest = 0;
  const iv = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await new Promise((r) => setTimeout(r, 5));
  last = performance.now();
  longest = 0; // the gaps while the interval settled are not the job's
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  await new Promise((r) => setTimeout(r, 5)); // the interval's first tick after the job
  clearInterval(iv);
  return { ms, heldMs: longest };
}

async function tickAt(place: Place, size: number, explain: boolean): Promise<void> {
  const where = await place.open();
  const clock = new FakeClock('2026-11-23T09:00:00Z');
  const store = await openStore(where.url, clock);
  try {
    await populateForBench(store, size);
    let sends = 0;
    const notify: Notifier = {
      toUser: async () => {
        sends++;
        return true;
      },
      toConversation: async () => {
        sends++;
      },
    };
    const config = loadConfig({ PORT: '0', DATABASE_URL: where.url, SCHEDULER_ENABLED: 'false' });
    const deps: JobDeps = { store, config, log: createLogger('silent'), notify, clock };
    const jobs = MODULES.flatMap((m) => m.jobs ?? []);
    for (const tick of ['first tick', 'every later minute']) {
      const rows: string[] = [];
      let total = 0;
      for (const job of jobs) {
        const before = sends;
        const { ms, heldMs } = await held(() => job.run(deps, clock.now()));
        total += ms;
        rows.push(
          `${job.name} ${ms.toFixed(0)} ms (held ${heldMs.toFixed(0)} ms, ${sends - before} sent)`,
        );
      }
      console.log(
        `  ${place.name} ${size.toLocaleString('en')} participants, ${tick}: ${total.toFixed(0)} ms — ${rows.join('; ')}`,
      );
    }
    if (explain && place.name === 'PostgreSQL') {
      const plans: string[] = [];
      const explained = { ...deps, store: new Store(explaining(store.db, plans), clock) };
      for (const job of jobs) await job.run(explained, clock.now());
      for (const p of plans) console.log(`\n\`\`\`\n${toPgPlaceholders(p)}\n\`\`\``);
    }
  } finally {
    await store.close();
    await where.drop();
  }
}

export async function run(): Promise<void> {
  const { BENCH_JOB_SIZES, BENCH_EXPLAIN } = Env.parse(process.env);
  const admin = process.env.PG_BENCH_URL ?? process.env.PG_TEST_URL;
  const places = admin ? [sqlite, postgres(admin)] : [sqlite];
  console.log('scheduler tick (every job in turn, at 2026-11-23 09:00 UTC)');
  for (const place of places)
    for (const size of BENCH_JOB_SIZES) await tickAt(place, size, BENCH_EXPLAIN === '1');
}

if (require.main === module) {
  run().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
