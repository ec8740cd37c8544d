// A caseworker's day at a real caseload: 150 participants (each with three rating sessions and a
// plan) in a region's store of 100,000, through the real server. Times "mina deltagare" (page 1),
// a click to page 8, "sök" by name and the participant card, and prints the size of what was sent
// and the SQL statements each answer ran (a page is one batched read: the same count whatever the
// caseload). BENCH_CASELOAD (default 150), BENCH_STORE (participants in the store, default 100000)
// and BENCH_ROUNDS (default 20) change the load.
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { TestBot, users } from '../tests/support/bot';
import { participantWith } from '../tests/support/factories';
import { populateForBench } from './figures';
import { median } from './stats';

const Env = z.object({
  BENCH_CASELOAD: z.coerce.number().int().min(1).max(2000).default(150),
  BENCH_STORE: z.coerce.number().int().min(0).max(200_000).default(100_000),
  BENCH_ROUNDS: z.coerce.number().int().min(1).max(200).default(20),
});

export async function run(): Promise<void> {
  const env = Env.parse(process.env);
  const tb = await TestBot.start();
  try {
    await tb.grant(users.anna.id, 'caseworker');
    const anna = tb.personal(users.anna);
    await anna.install();
    // The rest of the region: other caseworkers' participants with ~10 sessions each.
    const others = Math.max(0, env.BENCH_STORE - env.BENCH_CASELOAD);
    if (others >= 100) await populateForBench(tb.store, others);
    let last = '';
    for (let i = 0; i < env.BENCH_CASELOAD; i++) {
      const p = await participantWith(tb.store, users.anna.id, { name: `Person Nummer${i}` });
      for (const date of ['2026-03-01', '2026-06-01', '2026-09-01'])
        await tb.store.ratings.save({
          participantId: p.id,
          date,
          instrumentId: 'samsyn-standard',
          instrumentVersion: 1,
          scores: [{ indicatorId: 'job_belief', self: 3, staff: 3 }],
          jobSearchDescription: null,
          ratedBy: users.anna.id,
        });
      await tb.store.plans.ensurePlan(p.id, users.anna.id);
      last = p.code;
    }
    const time = async (what: string, step: () => Promise<unknown>) => {
      const ms: number[] = [];
      let bytes = 0;
      let statements = 0;
      for (let r = 0; r < env.BENCH_ROUNDS; r++) {
        const before = tb.store.db.stats.statements;
        const start = performance.now();
        const out = await step();
        ms.push(performance.now() - start);
        statements = tb.store.db.stats.statements - before;
        bytes = Buffer.byteLength(JSON.stringify(out));
      }
      console.log(
        `${what}: median ${median(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms, card ${bytes} bytes, ${statements} SQL statements`,
      );
    };
    console.log(
      `caseload: ${env.BENCH_CASELOAD} participants in a store of ${others + env.BENCH_CASELOAD}, ${env.BENCH_ROUNDS} rounds each`,
    );
    await time('mina deltagare (page 1)', () => anna.sayOne('mina deltagare'));
    await time('page 8 (click)', () =>
      anna.invoke('participants.list', { page: 7, query: '', exited: false }),
    );
    await time('sök nummer1', () => anna.sayOne('sök nummer1'));
    await time('visa <kod>', () => anna.sayOne(`visa ${last}`));
  } finally {
    await tb.close();
  }
}
