import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText } from '../support/cards';
import { TestBot, users } from '../support/bot';
import { participantWith } from '../support/factories';

/**
 * The audit rows of a turn are written in the handler's own transaction, through the real server:
 * an exit is not saved without its audit row (when the row cannot be written, the exit is not
 * saved either and the caseworker is told to try again), and saving again then records both.
 */
describe("a turn's audit rows in the handler's transaction", () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start(); // 2026-11-23
    await tb.grant(users.anna.id, 'caseworker');
  });
  afterAll(async () => {
    tb.store.db.stats.onStatement = undefined;
    await tb.close();
  });

  const values = {
    date: '2026-11-20',
    outcome: 'praktik',
    support: 'etablering',
    nextStep: 'yes',
    nextStepWith: 'af',
  };

  it('an exit whose audit row fails to be written is not saved; saved again, both are', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const card = await chat.sayOne(`avslut ${p.code}`);
    let failures = 0;
    tb.store.db.stats.onStatement = (sql) => {
      if (failures === 0 && sql.startsWith('INSERT INTO audit')) {
        failures++;
        throw new Error('disk full');
      }
    };
    const failed = await chat.click(card, 'exit.save', values);
    tb.store.db.stats.onStatement = undefined;
    expect(failures).toBe(1);
    expect(allText(failed)).toMatch(/fel|försök/i);
    const actions = async () =>
      (await tb.store.audit.list({ participantId: p.id })).map((a) => a.action);
    expect(await tb.store.exits.exitFor(p.id)).toBeUndefined();
    expect((await tb.store.participants.get(p.id))?.endDate).toBeNull();
    expect(await actions()).not.toContain('exit.saved');

    const done = await chat.click(card, 'exit.save', values);
    expect(allText(done)).toContain(`${p.code} är avslutad`);
    expect(await tb.store.exits.exitFor(p.id)).toMatchObject({ date: '2026-11-20' });
    expect(await actions()).toContain('exit.saved');
  });
});
