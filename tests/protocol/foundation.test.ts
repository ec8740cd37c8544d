import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText } from '../support/cards';
import { TestBot, users } from '../support/bot';

describe('the bot in Teams: install and help', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start();
  });
  afterAll(async () => {
    await tb.close();
  });

  it('sends a welcome card when installed in a personal chat', async () => {
    const cards = await tb.personal(users.anna).install();
    expect(cards).toHaveLength(1);
    expect(allText(cards[0])).toContain('Välkommen till Samsyn');
  });

  it('sends a welcome card when added to a team, in the channel', async () => {
    const cards = await tb.channel(users.frida).install();
    expect(allText(cards[0])).toContain('bara med kod');
  });

  it('answers "hjälp" with the help card in Swedish', async () => {
    const card = await tb.personal(users.anna).sayOne('hjälp');
    expect(allText(card)).toContain('Det här kan Samsyn');
    expect(allText(card)).toContain('ny deltagare');
  });

  it('answers "help" in English for a user whose Teams speaks English', async () => {
    const card = await tb.personal(users.english).sayOne('help');
    expect(allText(card)).toContain('What Samsyn can do');
  });

  it('answers an unknown command with a pointer to the help', async () => {
    const card = await tb.personal(users.anna).sayOne('blabla');
    expect(allText(card)).toContain('Skriv hjälp');
  });

  it('remembers the conversation reference of every chat and channel it is used in', async () => {
    await tb.personal(users.bo).say('hjälp');
    const conv = await tb.store.conversations.personal(users.bo.id);
    expect(conv?.kind).toBe('personal');
    expect((conv?.reference as any).serviceUrl).toBe(tb.connector.url);
  });
});

describe('authentication', () => {
  it('refuses an unsigned request with 401 when BOT_ID is set, and changes nothing', async () => {
    const tb = await TestBot.start({
      env: { BOT_ID: '00000000-0000-0000-0000-000000000001', BOT_PASSWORD: 'secret' },
    });
    try {
      const res = await tb.personal(users.anna).invoke('noop', {});
      expect(res.status).toBe(401);
      const msg = await tb.post({
        type: 'message',
        text: 'hjälp',
        serviceUrl: tb.connector.url,
        channelId: 'msteams',
        from: { id: 'x', aadObjectId: 'x' },
        conversation: { id: 'c1' },
        recipient: { id: 'b' },
      });
      expect(msg.status).toBe(401);
      expect(tb.connector.sent).toHaveLength(0);
      expect(await tb.store.conversations.list()).toHaveLength(0);
    } finally {
      await tb.close();
    }
  });
});
