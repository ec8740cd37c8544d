// The scheduler's tick at a region's size: every minute each job asks the store what is due. On a
// bench region (BENCH_JOB_SIZES participants, default 10000; `10000,100000` for the region figure;
// SQLite, the data of bench/figures.ts), each job runs twice at the bench's "today": the first tick
// sends what the generated data has due (the notifier answers at once), the second is every later
// minute's, with nothing new due. Printed per job: the time, and the longest the event loop was
// held (a card action arriving then waits that long). Figures, never asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { MODULES } from '../dialogs';
import type { JobDeps, Notifier } from '../dialogs/context';
import { openStore } from '../store';
import { FakeClock } from '../tests/support/clock';
import { populateForBench } from './figures';
import { numberList } from './env';

const Env = z.object({
  BENCH_JOB_SIZES: numberList('10000', 100, 1_000_000),
});

/** Runs `fn`, timing it and the longest gap between ticks of a 1 ms interval meanwhile. */
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
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  await new Promise((r) => setTimeout(r, 5)); // the interval's first tick after the job
  clearInterval(iv);
  return { ms, heldMs: longest };
}

async function tickAt(size: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-bench-jobs-'));
  const file = join(dir, 'region.db');
  const clock = new FakeClock('2026-11-23T09:00:00Z');
  const store = await openStore(file, clock);
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
    const config = loadConfig({ PORT: '0', DATABASE_URL: file, SCHEDULER_ENABLED: 'false' });
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
        `  ${size.toLocaleString('en')} participants, ${tick}: ${total.toFixed(0)} ms — ${rows.join('; ')}`,
      );
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const { BENCH_JOB_SIZES } = Env.parse(process.env);
  console.log('scheduler tick (SQLite, every job in turn, at 2026-11-23 09:00 UTC)');
  for (const size of BENCH_JOB_SIZES) await tickAt(size);
}

if (require.main === module) {
  run().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
