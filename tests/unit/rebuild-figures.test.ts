import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runRebuild } from '../../scripts/rebuild-figures';
import { openStore } from '../../store';
import { FakeClock } from '../support/clock';
import { participantWith } from '../support/factories';

const dir = mkdtempSync(join(tmpdir(), 'samsyn-rebuild-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('npm run rebuild-figures computes lost figure facts again from the raw rows', async () => {
  const file = join(dir, 'rebuild.db');
  const store = await openStore(file, new FakeClock('2026-07-01T09:00:00Z'));
  const p = await participantWith(store, 'cw', { startDate: '2026-01-01' });
  for (const [date, v] of [
    ['2026-02-01', 2],
    ['2026-05-01', 4],
  ] as const) {
    await store.ratings.save({
      participantId: p.id,
      date,
      instrumentId: 'samsyn-standard',
      instrumentVersion: 1,
      scores: ['job_belief', 'job_search', 'next_steps'].map((indicatorId) => ({
        indicatorId,
        self: v,
        staff: null,
      })),
      jobSearchDescription: null,
      ratedBy: 'cw',
    });
  }
  const points = () =>
    store.db.all('SELECT date, sessions, risen FROM figure_points ORDER BY date');
  const maintained = await points();
  expect(maintained).toEqual([
    { date: '2026-02-01', sessions: 1, risen: 0 },
    { date: '2026-05-01', sessions: 2, risen: 3 },
  ]);
  await store.db.run('DELETE FROM figure_points');
  const out: string[] = [];
  expect(
    await runRebuild(
      { DATABASE_URL: file, LOG_LEVEL: 'silent' },
      (s) => out.push(s),
      () => undefined,
    ),
  ).toBe(0);
  expect(out.join('\n')).toMatch(/1 participants, 2 rating points, 0 activities/);
  expect(await points()).toEqual(maintained);
  await store.close();
});
