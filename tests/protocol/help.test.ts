// Help and typing (issue 12): help shows what this user may do, by role, with buttons for the
// common actions; a typo gets "Menade du …?"; refusals name the place they were typed in; in a
// channel, text that is no command is answered without repeating it (issue 14).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, walk } from '../support/cards';
import { Chat, TENANT, TestBot, users } from '../support/bot';

/**
 * The commands the card's buttons send for the user: messageBack, whose `text` Teams sends to the
 * bot from the card (also in a channel, without an @mention) and shows as `displayText`.
 */
const typedBy = (card: any): string[] =>
  [...walk(card)]
    .filter((n) => n.type === 'Action.Submit' && n.data?.msteams?.type === 'messageBack')
    .map((n) => {
      expect(n.data.msteams.displayText).toBe(n.data.msteams.text);
      return n.data.msteams.text;
    });
const imBacks = (card: any) =>
  [...walk(card)].filter((n) => n.type === 'Action.Submit' && n.data?.msteams?.type === 'imBack');

describe('help and typing', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.bo.id, 'caseworker', 'admin');
    await tb.grant(users.maja.id, 'manager');
  });
  afterAll(async () => {
    await tb.close();
  });

  it("shows a caseworker the caseworker's commands, with buttons for the common ones, and no one else's, and no table", async () => {
    const card = await tb.personal(users.anna).sayOne('hjälp');
    expect(typedBy(card)).toEqual(['mina deltagare', 'ny deltagare', 'fortsätt']);
    const txt = allText(card);
    expect(txt).toContain('Dina roller: handläggare');
    expect(txt).toContain('visa <kod>');
    expect(txt).not.toContain('Administratörer');
    expect(txt).not.toContain('roller –');
    expect([...walk(card)].some((n) => n.type === 'Table')).toBe(false);
  });

  it('shows each role its own section: caseworker and admin together, a manager only the digest', async () => {
    expect(typedBy(await tb.personal(users.bo).sayOne('hjälp'))).toEqual([
      'mina deltagare',
      'ny deltagare',
      'fortsätt',
      'roller',
      'skattningsformulär',
      'insatskatalog',
    ]);
    expect(typedBy(await tb.personal(users.maja).sayOne('hjälp'))).toEqual(['sammanfattning']);
  });

  it('tells a user without a role what the roles give, with no buttons that would be refused', async () => {
    const card = await tb.personal(users.nobody).sayOne('hjälp');
    expect(allText(card)).toContain('Du har ännu ingen roll');
    expect(allText(card)).toContain('ny deltagare');
    expect(typedBy(card)).toEqual([]);
  });

  it('a help button sends its command, which is answered as if typed', async () => {
    const anna = tb.personal(users.anna);
    const help = await anna.sayOne('hjälp');
    expect(typedBy(help)[0]).toBe('mina deltagare');
    const [answer] = await anna.press(help, 'Mina deltagare');
    expect(allText(answer)).toContain('Mina deltagare');
    expect(imBacks(help)).toEqual([]);
  });

  it('in a channel, help offers the channel commands as buttons that reach the bot without an @mention', async () => {
    const channel = tb.channel(users.bo);
    const help = await channel.sayOne('hjälp');
    expect(typedBy(help)).toEqual(['ärendeforum', 'veckosammanfattning här']);
    const [answer] = await channel.press(help, 'Ärendeforum');
    // The forum area answers it, as it answers "@Samsyn ärendeforum" typed.
    expect(allText(answer)).toBe(allText(await channel.sayOne('ärendeforum')));
    expect(allText(answer)).not.toMatch(/Menade du|Skriv hjälp/);
  });

  it('models what Teams does with an imBack outside personal chat: the bot never hears it', async () => {
    const imBack = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [],
      actions: [
        {
          type: 'Action.Submit',
          title: 'x',
          data: { msteams: { type: 'imBack', value: 'hjälp' } },
        },
      ],
    };
    expect(await tb.channel(users.bo).press(imBack, 'x')).toEqual([]);
    expect(await tb.personal(users.bo).press(imBack, 'x')).toHaveLength(1);
  });

  it('answers a typo with "Menade du …?" and a button that types the command', async () => {
    const anna = tb.personal(users.anna);
    const card = await anna.sayOne('mina deltagre');
    expect(allText(card)).toContain('Menade du **mina deltagare**?');
    expect(typedBy(card)).toContain('mina deltagare');
    const [answer] = await anna.press(card, 'mina deltagare');
    expect(allText(answer)).toContain('Mina deltagare');
    // Only what the user may use is suggested: "roller" is an admin's.
    expect(allText(await anna.sayOne('roler'))).not.toContain('Menade du');
    expect(allText(await tb.personal(users.bo).sayOne('roler'))).toContain('Menade du **roller**?');
  });

  it('answers text that is no command with a pointer to the help', async () => {
    const card = await tb.personal(users.anna).sayOne('blabla');
    expect(allText(card)).toContain('Skriv hjälp');
    expect(allText(card)).not.toContain('Menade du');
  });

  it('in a channel, does not repeat what was typed (it can be a name), and offers only the command itself', async () => {
    const channel = tb.channel(users.anna);
    const card = await channel.sayOne('Karin Andersson');
    expect(allText(card)).not.toContain('Karin');
    expect(allText(card)).toContain('Skriv hjälp');
    const typo = await channel.sayOne('ärendefrum Karin');
    expect(allText(typo)).toContain('Menade du **ärendeforum**?');
    expect(allText(typo)).not.toContain('Karin');
    // The suggestion is a button there too, and Teams delivers it without an @mention.
    expect(typedBy(typo)).toEqual(['ärendeforum', 'hjälp']);
    const [meant] = await channel.press(typo, 'ärendeforum');
    expect(allText(meant)).toMatch(/ärendeforum/i);
    expect(allText(meant)).not.toMatch(/Menade du|Skriv hjälp/);
  });

  it('in a group chat, says "group chat", not "channel", when a command belongs in personal chat', async () => {
    const group = new Chat(tb, users.anna, {
      conversation: {
        id: '19:group-anna-bo@thread.v2',
        conversationType: 'groupChat',
        isGroup: true,
        tenantId: TENANT,
      },
      channelData: { tenant: { id: TENANT } },
    });
    const card = await group.sayOne('mina deltagare');
    expect(allText(card)).toContain('inte i en gruppchatt');
    expect(allText(card)).not.toContain('kanal');
    expect(allText(await group.sayOne('D-X7XP'))).toContain('inte i en gruppchatt');
  });

  it('shows in a channel what works there, without the personal-chat buttons', async () => {
    const card = await tb.channel(users.bo).sayOne('hjälp');
    expect(allText(card)).toContain('ärendeforum');
    expect(allText(card)).toContain('veckosammanfattning här');
    expect(typedBy(card)).not.toContain('mina deltagare');
  });
});
