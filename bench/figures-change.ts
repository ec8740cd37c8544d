// The change theory's figures (store/figures-change.ts) over a generated region on PostgreSQL: prints
// the EXPLAIN of each query for "since start" and how long readChangeFigures takes for it and for a
// week. N participants (default 5000, ~10 sessions each): N=100000 PG_TEST_URL=postgres://… npx tsx
// bench/figures-change.ts. Prints figures only; never part of the tests' pass/fail (docs/figures.md).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { openStore } from '../store';
import { FakeClock } from '../tests/support/clock';
import { populateForBench } from './figures';
import { changeQueries, readChangeFigures } from '../store/figures-change';

async function main() {
  const n = Number(process.env.N ?? 5000);
  const base = process.env.PG_TEST_URL!;
  const name = `samsyn_explain_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = base.replace(/\/[^/]*$/, `/${name}`);
  try {
    const store = await openStore(url, new FakeClock());
    const t0 = performance.now();
    await populateForBench(store, n);
    console.log(`populated ${n} in ${Math.round(performance.now() - t0)} ms`);
    await store.db.exec('ANALYZE');
    const period = { from: '2024-01-01', to: '2026-11-22' };
    for (const q of changeQueries(period)) {
      const rows = await store.db.all<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${q.sql}`,
        q.params,
      );
      console.log('---');
      console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
    for (const p of [period, { from: '2026-11-16', to: '2026-11-22' }]) {
      const t = performance.now();
      await readChangeFigures(store.db, [p]);
      console.log(`readChangeFigures ${p.from}..${p.to}: ${Math.round(performance.now() - t)} ms`);
    }
    await store.close();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}
void main();
