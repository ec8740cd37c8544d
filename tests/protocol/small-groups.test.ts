import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allText } from '../support/cards';
import { figureValues as row, weeklyPost as channelDigest } from '../support/digest';
import { TestBot, users } from '../support/bot';
import { exitRecorded, participantWith } from '../support/factories';

const MONDAY_0800 = '2026-11-23T07:00:00Z'; // 08:00 in Stockholm: the digest for week 47 is due

async function women(tb: TestBot, count: number, men = 0): Promise<void> {
  for (let i = 0; i < count; i++) await participantWith(tb.store, users.anna.id);
  for (let i = 0; i < men; i++) await participantWith(tb.store, users.anna.id, { gender: 'man' });
}

/** `before` women who exited in June, 6 women and 6 men still active in week 47. */
async function exitedBefore(tb: TestBot, before: number): Promise<void> {
  await women(tb, 6, 6);
  for (let i = 0; i < before; i++) {
    const p = await participantWith(tb.store, users.anna.id);
    await exitRecorded(tb.store, p.id, '2026-06-01', users.anna.id);
  }
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

  // issue 16: across the tables of the card (the week, since the start)
  it('4 women who exited before the week: "since start" minus "the week" would give them away, so the week\'s cells are hidden', async () => {
    await exitedBefore(tb, 4);
    const card = await channelDigest(tb);
    // since the start: exited women 4 → "färre än 5"
    expect(row(card, 'Avslutade', 1)).toEqual(['färre än 5', 'färre än 5', '0']);
    // 16 active since the start − 12 in the week = the 4 (and 10 − 6 women): the week's total and
    // women are hidden; the men (6 = 6 since the start) give nothing away
    expect(row(card, 'Aktiva deltagare')).toEqual(['dold', 'dold', '6']);
    expect(row(card, 'Aktiva deltagare', 1)).toEqual(['16', '10', '6']);
    // exits to work or studies: 4 of 4 since the start, a share of a small group
    expect(allText(card)).toMatch(/Andel avslut till arbete eller studier:\*\* färre än 5/);
  });

  it("gives no caution over few exits where the share itself is hidden; the manager's own digest has it", async () => {
    await exitedBefore(tb, 4);
    const caution = 'Obs: andelen bygger på bara 4 avslut och säger lite.';
    expect(allText(await channelDigest(tb))).not.toContain(caution);
    const own = await tb.personal(users.maja).sayOne('sammanfattning');
    expect(allText(own)).toContain(caution);
  });

  it('5 women who exited before the week: every cell shown', async () => {
    await exitedBefore(tb, 5);
    const card = await channelDigest(tb);
    expect(row(card, 'Avslutade', 1)).toEqual(['5', '5', '0']);
    expect(row(card, 'Aktiva deltagare')).toEqual(['12', '6', '6']);
    expect(row(card, 'Aktiva deltagare', 1)).toEqual(['17', '11', '6']);
  });

  it("gives the manager's own digest the exact figures", async () => {
    await exitedBefore(tb, 4);
    tb.clock.set(MONDAY_0800);
    const card = await tb.personal(users.maja).sayOne('sammanfattning');
    expect(row(card, 'Aktiva deltagare', 1)).toEqual(['16', '10', '6']);
    expect(row(card, 'Avslutade', 1)).toEqual(['4', '4', '0']);
  });
});
