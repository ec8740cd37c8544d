// Benchmark: the digest and the report over a region's database, through the real path (store →
// SQL aggregates over the figure facts → figures), on SQLite and (with PG_BENCH_URL or PG_TEST_URL)
// PostgreSQL, next to one hand-written SQL query over the same tables (the floor). Also a card
// action's latency while a manager's digest runs against the same SQLite file, and without one.
// BENCH_SIZES (default 10000) lists participant counts, ~10 sessions each: BENCH_SIZES=10000,30000,100000.
// Each measurement runs in a child process of its own, so its peak RSS is the digest's, not the generator's.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { z } from 'zod';
import { loadConfig } from '../bot/config';
import { computeDigest, reportFiguresOf } from '../dialogs/digest/data';
import { FakeClock } from '../tests/support/clock';
import { openStore, type Store } from '../store';
import { insertRows } from '../store/figures-rows';
import { TestBot, type TestUser } from '../tests/support/bot';
import { generate } from './digest';
import { roundTrip } from './roundtrip';
import { numberList } from './env';

const Env = z.object({
  BENCH_SIZES: numberList('10000', 100, 200_000),
});

const CHUNK = 1000;
export const DIGEST = {
  period: { from: '2026-11-16', to: '2026-11-22' },
  week: '2026-W47',
  cumulativeFrom: '2024-01-01',
  asOf: '2026-11-23',
};
const config = loadConfig({ LOG_LEVEL: 'silent', PROGRESSION_MIN_RISEN: '3' });

/** Writes `n` generated participants (bench/digest.ts generate, in chunks) as raw rows, then rebuilds the facts (and on PostgreSQL vacuums and analyses). */
export async function populateForBench(
  store: Store,
  n: number,
): Promise<{ sessions: number; rebuildMs: number }> {
  let sessions = 0;
  const at = '2026-11-23T09:00:00.000Z';
  for (let c = 0; c * CHUNK < n; c++) {
    const d = generate(Math.min(CHUNK, n - c * CHUNK), 10, c + 1, DIGEST.asOf);
    const id = (x: string) => `c${c}-${x}`;
    await store.transaction(async (s) => {
      await insertRows(
        s.db,
        'participants',
        ['id', 'code', 'gender', 'birth_year', 'start_date', 'end_date', 'departments'].concat([
          'owner_id',
          'created_at',
          'updated_at',
        ]),
        d.participants.map((p) => [
          id(p.id),
          `D-${c}-${p.id}`,
          p.gender,
          1980,
          p.startDate,
          p.endDate,
          '["vux","ame"]',
          'cw',
          at,
          at,
        ]),
      );
      await insertRows(
        s.db,
        'rating_sessions',
        ['id', 'revision', 'participant_id', 'date', 'instrument_id', 'instrument_version'].concat([
          'scores',
          'rated_by',
          'saved_at',
        ]),
        d.sessions.map((x) => [
          id(x.id),
          1,
          id(x.participantId),
          x.date,
          x.instrumentId,
          1,
          JSON.stringify(x.scores),
          'cw',
          x.savedAt,
        ]),
      );
      sessions += d.sessions.length;
      await insertRows(
        s.db,
        'plan_activities',
        [
          'id',
          'participant_id',
          'kind',
          'department_id',
          'start_date',
          'end_date',
          'status',
        ].concat(['created_at', 'updated_at']),
        d.activities.map((a) => [
          id(a.id),
          id(a.participantId),
          a.kind,
          a.departmentId,
          a.startDate,
          a.endDate,
          a.status,
          at,
          at,
        ]),
      );
      await insertRows(
        s.db,
        'plans',
        ['participant_id', 'next_follow_up', 'rev', 'updated_at'],
        d.plans.map((p) => [id(p.participantId), p.nextFollowUp, 1, at]),
      );
      await insertRows(
        s.db,
        'exits',
        ['participant_id', 'exit_date', 'outcome', 'next_step', 'recorded_by', 'recorded_at'],
        d.exits.map((e) => [id(e.participantId), e.date, e.outcome, e.nextStep ? 1 : 0, 'cw', at]),
      );
      await insertRows(
        s.db,
        'consents',
        ['id', 'participant_id', 'given_on', 'departments', 'valid_until', 'recorded_by'].concat(
          'recorded_at',
        ),
        [...d.consents!.values()].map((k) => [
          id(k.id),
          id(k.participantId),
          k.givenOn,
          '["vux","ame"]',
          k.validUntil,
          'cw',
          at,
        ]),
      );
    });
  }
  const t0 = performance.now();
  await store.figures.rebuild(); // on PostgreSQL with its ANALYZE, as `npm run rebuild-figures`
  const rebuildMs = performance.now() - t0;
  // As autovacuum would have done long before anyone asks a region's digest: right after a bulk
  // load PostgreSQL has no visibility map (index-only scans read the table) and every row's hint
  // bits still to set (the statistics the rebuild gathered). SQLite gathers no statistics unless
  // told to, and the bot never tells it, so it is measured as it runs.
  if (store.db.dialect === 'postgres') await store.db.exec('VACUUM');
  return { sessions, rebuildMs };
}

/**
 * The floor: the report's figures (since start) as one hand-written SQL query over the new tables:
 * active, started and exited per gender and outcome, progressed, parallel activities, the sum and
 * count of the change of each indicator slot in use, and the sessions held.
 */
const SLOTS_IN_USE = 12;
const FLOOR = `SELECT p.gender, COALESCE(e.outcome, 'okand') AS outcome,
  SUM(CASE WHEN p.start_date <= $to AND (COALESCE(e.exit_date, p.end_date) IS NULL OR COALESCE(e.exit_date, p.end_date) >= $from) THEN 1 ELSE 0 END) AS active,
  SUM(CASE WHEN p.start_date >= $from AND p.start_date <= $to THEN 1 ELSE 0 END) AS started,
  SUM(CASE WHEN COALESCE(e.exit_date, p.end_date) BETWEEN $from AND $to THEN 1 ELSE 0 END) AS exited,
  SUM(CASE WHEN g.sessions >= 2 AND g.risen >= 3 THEN 1 ELSE 0 END) AS progressed,
  SUM(CASE WHEN EXISTS (SELECT 1 FROM figure_parallel x WHERE x.participant_id = p.id AND x.run_from <= $to AND (x.run_to IS NULL OR x.run_to >= $from)) THEN 1 ELSE 0 END) AS parallel,
  ${Array.from({ length: SLOTS_IN_USE }, (_, k) => `SUM(g.c${k}), COUNT(g.c${k})`).join(', ')},
  (SELECT SUM(day_sessions) FROM figure_points WHERE date BETWEEN $from AND $to) AS sessions
  FROM participants p LEFT JOIN exits e ON e.participant_id = p.id
  LEFT JOIN figure_points g ON g.participant_id = p.id AND g.date <= $to AND (g.next_date IS NULL OR g.next_date > $to)
  GROUP BY p.gender, COALESCE(e.outcome, 'okand')`;

/** The floor with its dates, as the Db's `?` placeholders. */
function floorQuery(from: string, to: string): { sql: string; params: string[] } {
  const params: string[] = [];
  const sql = FLOOR.replace(/\$(from|to)/g, (_, k: string) => {
    params.push(k === 'from' ? from : to);
    return '?';
  });
  return { sql, params };
}

/** The fastest of n runs of f, in ms. */
export const best = async (n: number, f: () => Promise<unknown>) => {
  let ms = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
};

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.99 * (xs.length - 1))];

/** Card round trips (20 users × 10) on the bot over this database, without and during managers' digests. */
async function cardsDuringDigest(dir: string): Promise<void> {
  const tb = await TestBot.start({ dir, clock: new FakeClock('2026-11-23T09:00:00Z') });
  const target = { name: 'samsyn', url: tb.url, connector: tb.connector };
  const people: TestUser[] = Array.from({ length: 20 }, (_, i) => ({
    id: `b${i}`,
    name: `B ${i}`,
  }));
  for (const p of people) await tb.grant(p.id, 'caseworker');
  const load = async () => {
    const times: number[] = [];
    await Promise.all(
      people.map(async (p) => {
        for (let r = 0; r < 10; r++) times.push(await roundTrip(target, p));
      }),
    );
    tb.connector.clear();
    return times;
  };
  await load(); // warm-up
  const quiet = await load();
  let digests = 0;
  let running = true;
  const digestLoop = (async () => {
    while (running) {
      await computeDigest(tb.store, tb.config, DIGEST);
      digests++;
    }
  })();
  // At least three whole digests during the load (at 100,000 one took longer than a load).
  const busy = await load();
  while (digests < 3) busy.push(...(await load()));
  running = false;
  await digestLoop;
  await tb.close();
  console.log(
    `  sqlite   card round trip p99 ${p99(quiet).toFixed(0)} ms without a digest, ${p99(busy).toFixed(0)} ms while ${digests} digests ran (×${(p99(busy) / p99(quiet)).toFixed(2)})`,
  );
}

/** In the child: times digest, report and floor on an existing database; prints one JSON line. */
async function measure(url: string): Promise<void> {
  const store = await openStore(url, new FakeClock('2026-11-23T09:00:00Z'));
  const to = DIGEST.period.to;
  const digestMs = await best(3, () => computeDigest(store, config, DIGEST));
  const reportMs = await best(3, () =>
    reportFiguresOf(store, config, { from: DIGEST.cumulativeFrom, to }),
  );
  const floorMs = await best(3, () => store.db.readBatch([floorQuery(DIGEST.cumulativeFrom, to)]));
  await store.close();
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ digestMs, reportMs, floorMs, peakMb }));
}

function child(url: string): {
  digestMs: number;
  reportMs: number;
  floorMs: number;
  peakMb: number;
} {
  const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--measure', url], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

export async function pgDatabase(admin: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `samsyn_bench_${randomBytes(4).toString('hex')}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: admin });
      await a.connect();
      try {
        // An autovacuum worker on the new database (another role's backend) refuses FORCE: wait.
        for (let i = 0; ; i++) {
          try {
            await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            break;
          } catch (err) {
            if (i >= 20 || (err as { code?: string }).code !== '42501') throw err;
            await new Promise((r) => setTimeout(r, 500));
          }
        }
      } finally {
        await a.end();
      }
    },
  };
}

export async function run(): Promise<void> {
  const { BENCH_SIZES } = Env.parse(process.env);
  const pgAdmin = process.env.PG_BENCH_URL ?? process.env.PG_TEST_URL;
  console.log(
    'figures over a region (best of 3; digest = week + since start + needs attention + forum actions)',
  );
  for (const n of BENCH_SIZES) {
    const targets: { name: string; url: string; drop(): Promise<void> }[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'samsyn-bench-'));
    targets.push({
      name: 'sqlite',
      url: join(dir, 'samsyn.db'),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    });
    if (pgAdmin) targets.push({ name: 'postgres', ...(await pgDatabase(pgAdmin)) });
    for (const t of targets) {
      try {
        const store = await openStore(t.url, new FakeClock('2026-11-23T09:00:00Z'));
        const { sessions, rebuildMs } = await populateForBench(store, n);
        await store.close();
        const m = child(t.url);
        console.log(
          `  ${t.name.padEnd(8)} ${String(n).padStart(6)} participants, ${sessions} sessions: ` +
            `digest ${m.digestMs.toFixed(0)} ms, report ${m.reportMs.toFixed(0)} ms, floor query ${m.floorMs.toFixed(0)} ms ` +
            `(digest ×${(m.digestMs / m.floorMs).toFixed(1)}, report ×${(m.reportMs / m.floorMs).toFixed(1)} the floor), ` +
            `peak RSS ${m.peakMb.toFixed(0)} MB; rebuild-figures ${(rebuildMs / 1000).toFixed(1)} s`,
        );
        if (t.name === 'sqlite') await cardsDuringDigest(dir);
      } finally {
        await t.drop();
      }
    }
  }
}

if (require.main === module) {
  const i = process.argv.indexOf('--measure');
  (i > 0 ? measure(process.argv[i + 1]) : run()).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
