import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { ConnectorFactoryImpl } from 'botframework-connector/lib/auth/connectorFactoryImpl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inputs } from '../support/cards';
import { TestBot, users, type Chat } from '../support/bot';

/**
 * The store work of one turn, counted through the real server: the SQL statements and transactions
 * of a message and of a card action (printed; the bench prints the same), and that a turn rewrites
 * neither the conversation reference nor the user when nothing about them changed.
 */
describe('store work of a turn', () => {
  let tb: TestBot;
  let anna: Chat;
  const seen: string[] = [];
  beforeAll(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    anna = tb.personal(users.anna);
    await anna.install();
    tb.store.db.stats.onStatement = (sql) => seen.push(sql.replace(/\s+/g, ' ').trim());
  });
  afterAll(async () => {
    tb.store.db.stats.onStatement = undefined;
    await tb.close();
  });

  /** The statements a step ran, and how many transactions it opened. */
  async function counted<T>(
    step: () => Promise<T>,
  ): Promise<{ out: T; sql: string[]; tx: number }> {
    const from = seen.length;
    const tx0 = tb.store.db.stats.transactions;
    const out = await step();
    return { out, sql: seen.slice(from), tx: tb.store.db.stats.transactions - tx0 };
  }
  const writes = (sql: string[]) => sql.filter((s) => /^(INSERT|UPDATE|DELETE)/i.test(s));

  it('a repeated message and card action write no conversation reference or user again, and one audit statement at most', async () => {
    const first = await counted(() => anna.sayOne('ny deltagare'));
    const form = first.out;
    await anna.click(form, 'registration.save', { birthYear: '1850' });

    const message = await counted(() => anna.sayOne('ny deltagare'));
    const action = await counted(() =>
      anna.click(message.out, 'registration.save', { birthYear: '1850' }),
    );
    expect(inputs(action.out).birthYear).toBe(1850); // the card came back with the error
    expect(await tb.store.participants.all()).toEqual([]);
    console.log(
      `one message: ${message.sql.length} statements (${writes(message.sql).length} writes), ${message.tx} transactions; ` +
        `one card action: ${action.sql.length} statements (${writes(action.sql).length} writes), ${action.tx} transactions`,
    );
    for (const s of [...message.sql, ...action.sql]) {
      expect(s).not.toMatch(/^INSERT INTO (conversations|users)/);
    }
    for (const step of [message, action]) {
      expect(step.sql.filter((s) => s.startsWith('INSERT INTO audit')).length).toBeLessThanOrEqual(
        1,
      );
    }
    // The draft is read once and moved by one compare-and-set that returns the row it leaves.
    const flowReads = action.sql.filter((s) => /^SELECT \* FROM flows WHERE id = \?/.test(s));
    expect(flowReads.length).toBeLessThanOrEqual(1);
  });

  it('writes the user again when their Teams language changed', async () => {
    const english = tb.personal({ ...users.anna, locale: 'en-US' });
    const step = await counted(() => english.sayOne('help'));
    expect(writes(step.sql).some((s) => s.startsWith('INSERT INTO users'))).toBe(true);
    expect((await tb.store.users.get(users.anna.id))?.locale).toBe('en');
  });

  it('writes "last seen" again once the Stockholm day has changed, not before', async () => {
    const english = tb.personal({ ...users.anna, locale: 'en-US' });
    const userWrites = async () => {
      const step = await counted(() => english.sayOne('help'));
      return writes(step.sql).filter((s) => s.startsWith('INSERT INTO users')).length;
    };
    tb.clock.set('2026-11-23T22:30:00Z'); // 23:30 in Stockholm, the same day
    expect(await userWrites()).toBe(0);
    tb.clock.set('2026-11-23T23:30:00Z'); // 00:30 on the 24th in Stockholm, still the 23rd in UTC
    expect(await userWrites()).toBe(1);
  });

  it('sends every turn with the one connector client made for the service URL, and makes no other client', async () => {
    // botbuilder's factory (not exported from the package root): how many clients the bot made.
    const made = vi.spyOn(ConnectorFactoryImpl.prototype, 'create');
    // Every client botbuilder makes (connector and user-token) first asks for credentials.
    const credentials = vi.spyOn(
      ConfigurationServiceClientCredentialFactory.prototype,
      'createCredentials',
    );
    try {
      const form = await anna.sayOne('ny deltagare');
      await anna.click(form, 'registration.save', { birthYear: '1850' });
      await anna.sayOne('hjälp');
      expect(made).toHaveBeenCalledTimes(0); // made at an earlier turn of this bot, and kept
      expect(credentials).toHaveBeenCalledTimes(0);
      const other = await TestBot.start();
      try {
        await other.grant(users.anna.id, 'caseworker');
        await other.personal(users.anna).sayOne('ny deltagare');
        await other.personal(users.anna).sayOne('hjälp');
        expect(made).toHaveBeenCalledTimes(1); // another bot, another stub's URL: one more
        // The spy sees botbuilder ask for credentials when it does make a client.
        expect(credentials).toHaveBeenCalled();
      } finally {
        await other.close();
      }
    } finally {
      made.mockRestore();
      credentials.mockRestore();
    }
  });
});
