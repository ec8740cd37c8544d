// The digest's queries one by one: each query of one digest's snapshot (store/figures-read.ts
// readFigures, as computeDigest asks it) timed alone, best of 2, on a database of your choice or
// a generated one: `npx tsx bench/queries.ts [sqlite file | postgres://…]` (none: BENCH_N generated
// participants, default 10000, in a temporary SQLite file). Where a digest's time goes, to see
// which query to work on; prints figures only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../bot/config';
import { computeDigest } from '../dialogs/digest/data';
import { openStore } from '../store';
import type { Query } from '../store/db';
import { FakeClock } from '../tests/support/clock';
import { best, DIGEST, populateForBench } from './figures';

const Env = z.object({ BENCH_N: z.coerce.number().int().min(100).max(200_000).default(10_000) });
const config = loadConfig({ LOG_LEVEL: 'silent', PROGRESSION_MIN_RISEN: '3' });

async function main(): Promise<void> {
  const given = process.argv[2];
  const dir = given ? null : mkdtempSync(join(tmpdir(), 'samsyn-queries-'));
  const url = given ?? join(dir!, 'samsyn.db');
  try {
    const store = await openStore(url, new FakeClock('2026-11-23T09:00:00Z'));
    if (!given) await populateForBench(store, Env.parse(process.env).BENCH_N);
    // The batch the digest reads, as it reads it.
    const read = store.db.readBatch.bind(store.db);
    let batch: Query[] = [];
    store.db.readBatch = (qs: Query[]) => {
      batch = qs;
      return read(qs);
    };
    const whole = await best(2, () => computeDigest(store, config, DIGEST));
    store.db.readBatch = read;
    console.log(`digest on ${store.db.dialect}: ${whole.toFixed(0)} ms; its queries alone:`);
    for (const q of batch) {
      const ms = await best(2, () => read([q]));
      console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${q.sql.replace(/\s+/g, ' ').slice(0, 110)}`);
    }
    await store.close();
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
