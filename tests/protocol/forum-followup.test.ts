// Forum follow-through and what the forum sees (issue #11): the owner of an action is told at once and
// reminded before the due date; results show on the case card and the next agenda; a case card is
// posted once per meeting; meetings are told apart by team and channel; the case card is honest;
// the minutes say when, who and what next, and can be shown again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../domain/types';
import { allText, findAction, walk } from '../support/cards';
import { TestBot, users, type Chat } from '../support/bot';
import { participantWith } from '../support/factories';

const TEAM = 'team-follow';
const CHANNEL = '19:follow@thread.tacv2';

async function refreshed(chat: Chat, card: any): Promise<any> {
  const action = card.refresh?.action;
  const res = await chat.invoke(action.verb, action.data, 'automatic');
  expect(res.status).toBe(200);
  return res.body.value;
}

describe('the case forum follows through', () => {
  let tb: TestBot;
  let frida: Chat;
  let anna: Chat;
  let p: Participant;
  let agenda: any;
  let shell: any;
  const annaPersonal = `a:personal-${users.anna.id}`;
  const annaCards = () => tb.connector.cardsTo(annaPersonal).map(allText);

  beforeAll(async () => {
    tb = await TestBot.start();
    tb.connector.setRoster(
      TEAM,
      [users.frida, users.anna].map((u) => ({ id: u.id, name: u.name })),
    );
    tb.connector.setTeam(TEAM, 'Samverkan Norr', [{ id: CHANNEL, name: 'Ärendeforum' }]);
    await tb.grant(users.frida.id, 'forum_member');
    await tb.grant(users.anna.id, 'caseworker');
    p = await participantWith(tb.store, users.anna.id);
    const base = {
      participantId: p.id,
      instrumentId: 'samsyn-standard',
      instrumentVersion: 1,
      jobSearchDescription: null,
      ratedBy: users.anna.id,
    };
    await tb.store.ratings.save({
      ...base,
      date: '2026-10-01',
      scores: [
        { indicatorId: 'job_belief', self: 5, staff: 2 },
        { indicatorId: 'next_steps', self: 5, staff: 2 },
        { indicatorId: 'swedish', self: 5, staff: 2 },
      ],
    });
    await tb.personal(users.anna).say('hjälp');
    frida = tb.channel(users.frida, TEAM, CHANNEL);
    anna = tb.channel(users.anna, TEAM, CHANNEL);
    const forum = await frida.click(await frida.sayOne('ärendeforum'), 'forum.setup', {
      departments: 'vux,ame',
    });
    const n = tb.connector.cardsTo(frida.conversationId).length;
    await frida.click(forum, 'forum.meeting.start', { date: '2026-11-30' });
    agenda = tb.connector.cardsTo(frida.conversationId)[n];
  });
  afterAll(async () => {
    await tb.close();
  });

  it('in personal chat, names each meeting by team and channel', async () => {
    const pick = await tb.personal(users.anna).sayOne(`ärendeforum ${p.code}`);
    expect(JSON.stringify(pick)).toContain('2026-11-30 – Samverkan Norr › Ärendeforum');
    await tb.personal(users.anna).click(pick, 'forum.case.add', {
      meetingId: agenda.refresh.action.data.meetingId,
    });
  });

  it('posts a case card once per meeting, however often it is opened', async () => {
    const view = await refreshed(frida, agenda);
    const n = tb.connector.cardsTo(frida.conversationId).length;
    await frida.click(view, 'forum.case.open');
    const again = await frida.click(view, 'forum.case.open');
    expect(allText(again)).toContain(`Ärendekortet för ${p.code} finns redan i kanalen`);
    const posted = tb.connector.cardsTo(frida.conversationId).slice(n);
    expect(posted).toHaveLength(1);
    shell = posted[0];
  });

  it("shows the caseworker's ratings beside the participant's, and the signals", async () => {
    const card = await refreshed(frida, shell);
    // Stacked rows per area (a narrow column does not fit at 360 px): participant's and caseworker's.
    expect(allText(card)).toContain('Tro på att få jobb\nDeltagaren: 5 · Handläggaren: 2');
    const txt = allText(card);
    expect(txt).toContain('Signaler');
    expect(txt).toContain('gett 5 på alla frågor');
    expect(txt).toContain('Stor skillnad mellan deltagarens och handläggarens');
    // The due date's own message names the rule (not only the format).
    const due = [...walk(card)].find((x: any) => x.id === 'due');
    expect(due.errorMessage).toContain('tidigast mötesdagen 2026-11-30');
  });

  it('tells the one given an action at once in personal chat: what, which code, by when', async () => {
    const card = await refreshed(frida, shell);
    await frida.click(card, 'forum.action.add', {
      what: 'Boka trepartssamtal',
      departmentId: 'ame',
      ownerId: users.anna.id,
      due: '2026-12-10',
    });
    const told = annaCards().filter((t) => t.includes('Du har fått en åtgärd'));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(p.code);
    expect(told[0]).toContain('Boka trepartssamtal');
    expect(told[0]).toContain('2026-12-10');
    // The job does not tell again.
    await tb.bot.scheduler.tick();
    expect(annaCards().filter((t) => t.includes('Du har fått en åtgärd'))).toHaveLength(1);
  });

  it('closing before the meeting date says so first; the minutes say when, who, and the next meeting', async () => {
    const view = await refreshed(frida, agenda);
    const confirm = await frida.click(view, 'forum.meeting.close.ask');
    expect(allText(confirm)).toContain(
      'Mötet är planerat till 2026-11-30, och i dag är det 2026-11-23',
    );
    const forum = await frida.sayOne('ärendeforum');
    await frida.click(forum, 'forum.meeting.start', { date: '2026-12-14' });
    const n = tb.connector.cardsTo(frida.conversationId).length;
    const closed = await frida.click(confirm, 'forum.meeting.close');
    const minutes = allText(tb.connector.cardsTo(frida.conversationId)[n]);
    expect(minutes).toContain('Avslutat');
    expect(minutes).toContain('2026-11-23 10:00');
    expect(minutes).toContain('Deltog');
    expect(minutes).toContain('Frida Forum');
    expect(minutes).toContain('Anna Handläggare');
    expect(minutes).toContain('Nästa möte');
    expect(minutes).toContain('2026-12-14');
    expect(minutes).toContain('Boka trepartssamtal');
    // Shown again: a button on the closed agenda, and `protokoll` in the channel.
    const again = await frida.click(closed, 'forum.minutes.show');
    expect(allText(again)).toContain('Boka trepartssamtal');
    expect(allText(await frida.sayOne('protokoll'))).toContain(
      'Protokoll – ärendeforum 2026-11-30',
    );
  });

  it('reminds a few days before the due date, then on it', async () => {
    tb.clock.set('2026-12-06T09:00:00Z');
    await tb.bot.scheduler.tick();
    expect(annaCards().filter((t) => t.includes('Åtgärd snart'))).toHaveLength(0);
    tb.clock.set('2026-12-07T09:00:00Z');
    await tb.bot.scheduler.tick();
    await tb.bot.scheduler.tick();
    expect(annaCards().filter((t) => t.includes('Åtgärd snart'))).toHaveLength(1);
    tb.clock.set('2026-12-10T09:00:00Z');
    const statementsOf = async (tick: () => Promise<void>) => {
      const seen: string[] = [];
      tb.store.db.stats.onStatement = (sql) => seen.push(sql);
      try {
        await tick();
      } finally {
        tb.store.db.stats.onStatement = undefined;
      }
      return seen;
    };
    // The tick that sends the notice reads the action's meeting (what the probe below looks for).
    const sending = await statementsOf(() => tb.bot.scheduler.tick());
    expect(sending.some((sql) => sql.includes('FROM forum_meetings'))).toBe(true);
    expect(annaCards().filter((t) => t.includes('Åtgärd att göra'))).toHaveLength(1);
    // Every later minute: the notice is sent, so the action's meeting, case and roster are not read again.
    const seen = await statementsOf(() => tb.bot.scheduler.tick());
    expect(seen.some((sql) => sql.includes('FROM dispatches'))).toBe(true);
    expect(seen.filter((sql) => sql.includes('FROM forum_meetings'))).toEqual([]);
    expect(annaCards().filter((t) => t.includes('Åtgärd att göra'))).toHaveLength(1);
  });

  it('shows what was done, with its result, on the case card and the next agenda', async () => {
    const reminder = tb.connector
      .cardsTo(annaPersonal)
      .filter((c) => allText(c).includes('Åtgärd att göra'))
      .at(-1);
    await tb.personal(users.anna).click(reminder, 'forum.action.done', {
      result: 'Samtal bokat 12/12',
    });
    const next = (
      await tb.store.forums.openMeetings((await tb.store.forums.all())[0]!.id, '2026-12-10')
    )[0]!;
    await anna.invoke('forum.case.add', { meetingId: next.id, participantId: p.id });
    const view = (await frida.invoke('forum.agenda.refresh', { meetingId: next.id })).body.value;
    expect(allText(view)).toContain('1 åtgärd klar');
    const n = tb.connector.cardsTo(frida.conversationId).length;
    await frida.click(view, 'forum.case.open');
    const card = await refreshed(frida, tb.connector.cardsTo(frida.conversationId)[n]);
    expect(allText(card)).toContain('Resultat av åtgärder från tidigare möten');
    expect(allText(card)).toContain('Boka trepartssamtal – klar: Samtal bokat 12/12');
    expect(findAction(card, 'forum.action.add')).toBeTruthy();
  });
});
