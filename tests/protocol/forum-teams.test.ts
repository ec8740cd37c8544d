// The case forum against Teams as it really behaves (tests/support/connector.ts): a paged roster
// with real continuation tokens, a roster that fails, channel threads and @mentions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../domain/types';
import { allText, findAction } from '../support/cards';
import { TestBot, users, type Chat } from '../support/bot';
import { participantWith } from '../support/factories';

const CHANNEL = '19:teamsforum@thread.tacv2';

async function refreshed(chat: Chat, card: any): Promise<any> {
  const action = card.refresh?.action;
  const res = await chat.invoke(action.verb, action.data, 'automatic');
  expect(res.status).toBe(200);
  return res.body.value;
}

/** A forum in TEAM with one meeting and one of Anna's participants on it; returns the posted case card. */
async function forumWithCase(tb: TestBot, team: string) {
  const frida = tb.channel(users.frida, team, CHANNEL);
  const setup = await frida.sayOne('ärendeforum');
  const forum = await frida.click(setup, 'forum.setup', { departments: 'vux,ame' });
  const before = tb.connector.cardsTo(frida.conversationId).length;
  await frida.click(forum, 'forum.meeting.start', { date: '2026-11-30' });
  const agenda = tb.connector.cardsTo(frida.conversationId)[before];
  const p = await participantWith(tb.store, users.anna.id);
  const anna = tb.channel(users.anna, team, CHANNEL);
  await anna.click(await refreshed(anna, agenda), 'forum.case.add', { participantId: p.id });
  const view = await refreshed(frida, agenda);
  const n = tb.connector.cardsTo(frida.conversationId).length;
  await frida.click(view, 'forum.case.open');
  const shell = tb.connector.cardsTo(frida.conversationId)[n];
  return { frida, p, shell };
}

describe('the case forum against the Teams roster API', () => {
  let tb: TestBot;
  let p: Participant;
  let shell: any;
  let frida: Chat;

  beforeAll(async () => {
    tb = await TestBot.start();
    // 7 members, answered 3 to a page: the bot must follow Teams' continuation tokens.
    const extra = Array.from({ length: 4 }, (_, i) => ({ id: `member-${i}`, name: `Medlem ${i}` }));
    tb.connector.setRoster('team-paged', [
      ...[users.frida, users.anna, users.bo].map((u) => ({ id: u.id, name: u.name })),
      ...extra,
    ]);
    tb.connector.pageLimit = 3;
    await tb.grant(users.frida.id, 'forum_member');
    await tb.grant(users.anna.id, 'caseworker');
    ({ frida, p, shell } = await forumWithCase(tb, 'team-paged'));
  });
  afterAll(async () => {
    await tb.close();
  });

  it('asks for the first page without a continuation token, then follows the tokens Teams gives', async () => {
    const card = await refreshed(frida, shell);
    expect(allText(card)).toContain(`Ärende ${p.code}`);
    const who = JSON.stringify(card);
    for (const name of ['Frida Forum', 'Anna Handläggare', 'Bo Handläggare', 'Medlem 3'])
      expect(who).toContain(name);
    const paged = tb.connector.rosterRequests.filter((r) => r.includes('/pagedmembers'));
    expect(paged.length).toBeGreaterThanOrEqual(3);
    expect(paged[0]).not.toContain('continuationToken');
    expect(paged.slice(1).every((r) => /continuationToken=tok-/.test(r))).toBe(true);
    expect(tb.connector.refused.filter((r) => r.url.includes('pagedmembers'))).toEqual([]);
  });

  it('a roster Teams cannot give right now leaves the case card standing; only "who" says so', async () => {
    tb.connector.rosterFailures.set('team-roster-down', 503);
    tb.connector.setRoster('team-roster-down', [
      { id: users.frida.id, name: users.frida.name },
      { id: users.anna.id, name: users.anna.name },
    ]);
    const down = await forumWithCase(tb, 'team-roster-down');
    const card = await refreshed(down.frida, down.shell);
    const txt = allText(card);
    expect(txt).toContain(`Ärende ${down.p.code}`);
    expect(txt).not.toContain('Något gick fel');
    expect(txt).toContain('Stegförflyttning');
    expect(txt).toContain('teamets medlemmar kunde inte hämtas');
    // A decision cannot name a member now; the card says why and keeps what was typed.
    const tried = await down.frida.click(card, 'forum.action.add', {
      what: 'Boka möte',
      departmentId: 'ame',
      ownerId: users.anna.id,
      due: '2026-12-10',
    });
    expect(allText(tried)).toContain('teamets medlemmar kunde inte hämtas');
    expect(JSON.stringify(tried)).toContain('Boka möte');
    expect(await tb.store.forums.actionsFor(down.p.id)).toHaveLength(0);
    // Teams answers again: the picker is back.
    tb.connector.rosterFailures.delete('team-roster-down');
    expect(findAction(await refreshed(down.frida, down.shell), 'forum.action.add')).toBeTruthy();
  });
});

describe('a channel hears only @mentions', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start();
  });
  afterAll(async () => {
    await tb.close();
  });

  it('the channel welcome card says to write @Samsyn', async () => {
    const [welcome] = await tb.channel(users.frida, 'team-w', CHANNEL).install();
    expect(allText(welcome)).toContain('@Samsyn hjälp');
  });

  it('a channel message arrives with the <at> mention, and the command still works', async () => {
    const chat = tb.channel(users.frida, 'team-w', CHANNEL);
    const card = await chat.sayOne('hjälp');
    expect(allText(card)).toContain('Det här kan Samsyn');
    expect(tb.connector.sent.at(-1)!.thread).toBe('1');
  });
});
