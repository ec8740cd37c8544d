import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestBot, users } from '../support/bot';
import { allText } from '../support/cards';
import { participantWith } from '../support/factories';
import { storeTargets, type FreshDatabase } from './targets';

/**
 * Two bot instances (two servers, two stores, two pools) on one PostgreSQL database, through the real
 * protocol: what a deployment of several instances does. SQLite is one instance's file; the same
 * behaviour over a shared SQLite file is in tests/protocol/digest.test.ts.
 */
const pg = storeTargets().find((t) => t.name === 'postgres');

const FRIDAY = '2026-11-20T10:00:00Z';
const MONDAY_0800 = '2026-11-23T07:00:00Z'; // 08:00 in Stockholm: the digest for week 47 is due

describe.runIf(pg)('two bot instances on one PostgreSQL database', () => {
  let db: FreshDatabase;
  let one: TestBot;
  let two: TestBot;

  beforeEach(async () => {
    db = await pg!.fresh();
    one = await TestBot.start({ env: { DATABASE_URL: db.url } });
    two = await TestBot.start({ env: { DATABASE_URL: db.url }, clock: one.clock });
  });
  afterEach(async () => {
    await two?.close();
    await one?.close();
    await db?.drop();
  });

  it('post the weekly digest once between them, even when they tick at the same moment', async () => {
    one.clock.set(FRIDAY);
    const channel = one.channel(users.admin, 'team-1', '19:digest@thread.tacv2');
    expect(allText(await channel.sayOne('veckosammanfattning här'))).toContain(
      'veckosammanfattningen',
    );
    await participantWith(two.store, users.anna.id, { startDate: '2026-11-02' });

    one.clock.set(MONDAY_0800);
    await Promise.all([
      one.bot.scheduler.tick(),
      two.bot.scheduler.tick(),
      one.bot.scheduler.tick(),
      two.bot.scheduler.tick(),
    ]);
    await Promise.all([one.bot.scheduler.tick(), two.bot.scheduler.tick()]);
    const digests = one.connector
      .cardsTo(channel.channelId)
      .filter((c) => allText(c).includes('Veckosammanfattning 2026 vecka 47'));
    expect(digests).toHaveLength(1);
    expect(await one.store.dispatches.list('')).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'sent', attempts: 1 })]),
    );
  });

  it("see each other's writes: a participant registered on one is listed on the other", async () => {
    await one.grant(users.anna.id, 'caseworker');
    const p = await participantWith(one.store, users.anna.id);
    const list = await two.personal(users.anna).sayOne('mina deltagare');
    expect(allText(list)).toContain(p.code);
  });
});
