import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allText } from '../support/cards';
import { figureValues as row } from '../support/digest';
import { TestBot, users } from '../support/bot';
import { participantWith } from '../support/factories';

const FRIDAY = '2026-11-20T10:00:00Z'; // week 47
const MONDAY_0800 = '2026-11-23T07:00:00Z'; // 08:00 in Stockholm: the digest for week 47 is due

async function channelDigest(tb: TestBot): Promise<any> {
  tb.clock.set(FRIDAY);
  const channel = tb.channel(users.admin, 'team-1', '19:digest@thread.tacv2');
  await channel.sayOne('veckosammanfattning här');
  tb.clock.set(MONDAY_0800);
  await tb.bot.scheduler.tick();
  // The digest is a new top-level post in the channel (docs/teams-behaviour.md).
  const cards = tb.connector
    .cardsTo(channel.channelId)
    .filter((c) => allText(c).includes('Veckosammanfattning 2026 vecka 47'));
  expect(cards).toHaveLength(1);
  return cards[0];
}

async function women(tb: TestBot, count: number, men = 0): Promise<void> {
  for (let i = 0; i < count; i++) await participantWith(tb.store, users.anna.id);
  for (let i = 0; i < men; i++) await participantWith(tb.store, users.anna.id, { gender: 'man' });
}

describe('small groups in the channel digest', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
    await tb.grant(users.maja.id, 'manager');
  });
  afterEach(async () => {
    await tb.close();
  });

  it('shows 4 active women as "färre än 5" in the channel, and the cell that would give it away as "dold"', async () => {
    await women(tb, 4, 6);
    const card = await channelDigest(tb);
    // total 10, women 4 (hidden), men 6 — 10 − 6 would give the 4 away, so men is hidden too
    expect(row(card, 'Aktiva deltagare')).toEqual(['10', 'färre än 5', 'dold']);
    expect(allText(card)).toContain('Grupper med färre än 5 personer visas som "färre än 5"');
  });

  it('shows 5 active women as 5', async () => {
    await women(tb, 5, 6);
    const card = await channelDigest(tb);
    expect(row(card, 'Aktiva deltagare')).toEqual(['11', '5', '6']);
  });

  it('a total of 4 is hidden with its parts', async () => {
    await women(tb, 4);
    const card = await channelDigest(tb);
    expect(row(card, 'Aktiva deltagare')).toEqual(['färre än 5', 'färre än 5', '0']);
  });

  it("keeps exact figures in the manager's own digest", async () => {
    await women(tb, 4, 6);
    tb.clock.set(MONDAY_0800);
    const card = await tb.personal(users.maja).sayOne('sammanfattning');
    expect(row(card, 'Aktiva deltagare')).toEqual(['10', '4', '6']);
    expect(allText(card)).not.toContain('färre än 5');
  });
});
