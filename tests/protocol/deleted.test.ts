import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBot, users } from '../support/bot';
import { participantWith } from '../support/factories';

/**
 * Deleted means deleted: after retention culls a case, the participant's name and free text are
 * gone from the bytes of the SQLite file and its write-ahead log, not only from the rows (SQLite
 * otherwise leaves deleted rows readable in free pages, and so in every backup of the file).
 */
const NAME = 'Zenobia Kvarnqvist';
const FREE_TEXT = 'Söker-jobb-via-moster-9f3k';

describe('deleted means deleted on SQLite', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start();
  });
  afterAll(async () => {
    await tb.close();
  });

  const fileBytes = () =>
    Buffer.concat(
      ['samsyn.db', 'samsyn.db-wal']
        .map((f) => join(tb.dir, f))
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f)),
    );

  it('a culled participant’s name and free text are not in the database file or its log', async () => {
    const p = await participantWith(tb.store, users.anna.id, { name: NAME });
    await tb.store.ratings.save({
      participantId: p.id,
      date: '2026-06-01',
      instrumentId: 'samsyn-standard',
      instrumentVersion: 1,
      scores: [{ indicatorId: 'job_belief', self: 3, staff: 2, comment: FREE_TEXT }],
      jobSearchDescription: FREE_TEXT,
      ratedBy: users.anna.id,
    });
    await tb.store.participants.update(p.id, p.rev, { endDate: '2026-11-20' });
    // Someone else's case stays, so the pages are shared with live rows.
    const kept = await participantWith(tb.store, users.anna.id, { name: 'Kvar Kvarsson' });
    expect(fileBytes().includes(NAME)).toBe(true); // the check can see a name when it is there

    tb.clock.set('2031-11-24T10:00:00Z'); // five years after the last entry (2026-11-23)
    await tb.bot.scheduler.tick();

    expect(await tb.store.participants.get(p.id)).toBeUndefined();
    expect(await tb.store.participants.get(kept.id)).toBeDefined();
    const bytes = fileBytes();
    expect(bytes.includes(NAME)).toBe(false);
    expect(bytes.includes(FREE_TEXT)).toBe(false);
    expect(bytes.includes(p.code)).toBe(true); // the audit log keeps the code (README, Retention)
  });
});
