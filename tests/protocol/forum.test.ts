import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../domain/types';
import { allText, hasAction } from '../support/cards';
import { TestBot, users, type Chat } from '../support/bot';
import { participantWith } from '../support/factories';

const TEAM = 'team-forum';
const CHANNEL = '19:arendeforum@thread.tacv2';

/** What a member's Teams client does with a card that has `refresh`: an automatic Action.Execute. */
async function refreshed(chat: Chat, card: any): Promise<any> {
  const action = card.refresh?.action;
  expect(action?.type).toBe('Action.Execute');
  const res = await chat.invoke(action.verb, action.data, 'automatic');
  expect(res.status).toBe(200);
  return res.body.value;
}

describe('the joint case forum (ärendeforum) in a team channel', () => {
  let tb: TestBot;
  let frida: Chat; // forum member, runs the meeting
  let annaCh: Chat; // caseworker in the channel
  let a1: Participant;
  let a2: Participant;
  let aNarrow: Participant;
  let aExpiring: Participant;
  let b1: Participant;
  let agenda: any;
  let meetingId: string;

  beforeAll(async () => {
    tb = await TestBot.start();
    tb.connector.setRoster(
      TEAM,
      [users.frida, users.anna, users.bo, users.english].map((u) => ({ id: u.id, name: u.name })),
    );
    await tb.grant(users.frida.id, 'forum_member');
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.bo.id, 'caseworker');
    await tb.grant(users.maja.id, 'forum_member', 'caseworker');
    await tb.grant(users.english.id, 'forum_member');
    a1 = await participantWith(tb.store, users.anna.id, { name: 'Amira Hemlig' });
    a2 = await participantWith(tb.store, users.anna.id, { protectedIdentity: true, name: null });
    aNarrow = await participantWith(tb.store, users.anna.id, {}, { departments: ['vux'] });
    aExpiring = await participantWith(tb.store, users.anna.id, {}, { validUntil: '2026-11-28' });
    b1 = await participantWith(tb.store, users.bo.id, { name: 'Bashir Hemlig' });
    // Ratings and activities of a1, through the rating and plan areas' own stores.
    const base = {
      participantId: a1.id,
      instrumentId: 'samsyn-standard',
      instrumentVersion: 1,
      jobSearchDescription: 'Söker via kusin',
      ratedBy: users.anna.id,
    };
    await tb.store.ratings.save({
      ...base,
      date: '2026-03-01',
      scores: [
        { indicatorId: 'job_belief', self: 2, staff: 2 },
        { indicatorId: 'next_steps', self: 2, staff: 3 },
        { indicatorId: 'health', self: 1, staff: 2, comment: 'Ryggont' },
      ],
    });
    await tb.store.ratings.save({
      ...base,
      date: '2026-09-01',
      scores: [
        { indicatorId: 'job_belief', self: 4, staff: 3 },
        { indicatorId: 'next_steps', self: 2, staff: 3 },
        { indicatorId: 'health', self: 3, staff: 3, comment: 'Bättre' },
      ],
    });
    const act = {
      participantId: a1.id,
      customName: null,
      responsible: null,
      plannedEndDate: null,
      endDate: null,
      cancelReason: null,
    };
    await tb.store.plans.addActivity({
      ...act,
      typeId: 'praktik',
      kind: 'job',
      departmentId: 'ame',
      startDate: '2026-10-01',
      status: 'ongoing',
    });
    await tb.store.plans.addActivity({
      ...act,
      typeId: 'halsogrupp',
      kind: 'health',
      departmentId: 'ame',
      startDate: '2026-10-01',
      status: 'ongoing',
    });
    // Personal chats, so reminders have somewhere to go.
    await tb.personal(users.anna).say('hjälp');
    await tb.personal(users.bo).say('hjälp');
    frida = tb.channel(users.frida, TEAM, CHANNEL);
    annaCh = tb.channel(users.anna, TEAM, CHANNEL);
  });
  afterAll(async () => {
    await tb.close();
  });

  it('a forum member makes the channel a case forum with the departments taking part', async () => {
    const setup = await frida.sayOne('ärendeforum');
    expect(allText(setup)).toContain('Gör kanalen till ett ärendeforum');
    const empty = await frida.click(setup, 'forum.setup', { departments: '' });
    expect(allText(empty)).toContain('Välj minst en förvaltning');
    const forum = await frida.click(setup, 'forum.setup', { departments: 'vux,ame,ifo' });
    expect(allText(forum)).toContain('Kanalen är nu ett ärendeforum');
    expect(allText(forum)).toContain('Arbetsmarknadsenheten');
    expect(allText(forum)).toContain('Inget möte planerat');
    const again = await frida.sayOne('ärendeforum');
    expect(allText(again)).toContain('Ärendeforum');
    expect(hasAction(again, 'forum.meeting.start')).toBe(true);
  });

  it('a member starts a meeting; a date in the past is refused on the card', async () => {
    const forum = await frida.sayOne('ärendeforum');
    const past = await frida.click(forum, 'forum.meeting.start', { date: '2026-11-01' });
    expect(allText(past)).toContain('kan inte ligga bakåt i tiden');
    const before = tb.connector.cardsTo(frida.conversationId).length;
    const started = await frida.click(forum, 'forum.meeting.start', { date: '2026-11-30' });
    expect(allText(started)).toContain('Mötet 2026-11-30 är startat');
    // The agenda is posted in the channel as a neutral card every member's client refreshes.
    const posted = tb.connector.cardsTo(frida.conversationId).slice(before);
    expect(posted).toHaveLength(1);
    agenda = posted[0];
    expect(allText(agenda)).toContain('Dagordning – ärendeforum 2026-11-30');
    expect(agenda.refresh.action.verb).toBe('forum.agenda.refresh');
    expect(agenda.refresh.userIds).toBeUndefined();
    meetingId = agenda.refresh.action.data.meetingId;
  });

  it('caseworkers put their own participants on the agenda, from the channel and from personal chat', async () => {
    const annaView = await refreshed(annaCh, agenda);
    expect(allText(annaView)).toContain('Lägg till en av mina deltagare');
    let after = await annaCh.click(annaView, 'forum.case.add', { participantId: a1.id });
    expect(allText(after)).toContain(`${a1.code} är tillagd på dagordningen`);
    // The answer is this caseworker's own view, still refreshing, and the shared message is not overwritten.
    expect(after.refresh?.action?.verb).toBe('forum.agenda.refresh');
    expect(tb.connector.sent.filter((x) => x.activity._update)).toHaveLength(0);
    after = await annaCh.click(after, 'forum.case.add', { participantId: a2.id });
    expect(allText(after)).toContain(`${a2.code} är tillagd`);

    const pick = await tb.personal(users.bo).sayOne(`ärendeforum ${b1.code.toLowerCase()}`);
    expect(allText(pick)).toContain(`Ta upp ${b1.code} i ärendeforum`);
    const added = await tb.personal(users.bo).click(pick, 'forum.case.add', { meetingId });
    expect(allText(added)).toContain(`${b1.code} är tillagd`);
    // A double click adds nothing more.
    await tb.personal(users.bo).click(pick, 'forum.case.add', { meetingId });
    expect(await tb.store.forums.cases(meetingId)).toHaveLength(3);
  });

  it('refuses, with the reason, a participant whose consent does not cover the forum or expires before the meeting', async () => {
    const view = await refreshed(annaCh, agenda);
    // Issue #11: the agenda's picker no longer offers them; it says why they cannot be brought.
    const shown = allText(view);
    expect(shown).toContain('Kan inte tas upp');
    expect(shown).toContain(
      `${aNarrow.code}: ${aNarrow.code} kan inte tas upp: samtycket omfattar inte Arbetsmarknadsenheten`,
    );
    expect(JSON.stringify(view)).not.toContain(`"value":"${aNarrow.id}"`);
    // A card drawn before (or a crafted one) is still refused by the bot, with the reason.
    const click = async (_card: unknown, verb: string, values: Record<string, unknown>) =>
      (await annaCh.invoke(verb, { meetingId, ...values })).body.value;
    const narrow = await click(view, 'forum.case.add', { participantId: aNarrow.id });
    expect(allText(narrow)).toContain(
      `${aNarrow.code} kan inte tas upp: samtycket omfattar inte Arbetsmarknadsenheten, IFO / ekonomiskt bistånd`,
    );
    const expiring = await click(view, 'forum.case.add', { participantId: aExpiring.id });
    expect(allText(expiring)).toContain(
      `${aExpiring.code} kan inte tas upp: samtycket har gått ut på mötesdagen`,
    );
    // Nor can a caseworker bring someone else's participant.
    const notOwn = await click(view, 'forum.case.add', { participantId: b1.id });
    expect(allText(notOwn)).toContain(`Du är inte handläggare för ${b1.code}`);
    // From personal chat the refusal is the same, with the reason on the card.
    const pick = await tb.personal(users.anna).sayOne(`ärendeforum ${aNarrow.code}`);
    const refused = await tb.personal(users.anna).click(pick, 'forum.case.add', { meetingId });
    expect(allText(refused)).toContain(`${aNarrow.code} kan inte tas upp: samtycket omfattar inte`);
    // Someone else's participant cannot be brought from personal chat either.
    expect(allText(await tb.personal(users.anna).sayOne(`ärendeforum ${b1.code}`))).toContain(
      `Du är inte handläggare för ${b1.code}`,
    );
    expect(await tb.store.forums.cases(meetingId)).toHaveLength(3);
    const audit = await tb.store.audit.list({ participantId: aNarrow.id });
    expect(
      audit.some((a) => a.action === 'forum.case.refused' && a.detail?.reason === 'not_covered'),
    ).toBe(true);
  });

  it('the agenda stays current for everyone: cases in order, who brings each, codes only', async () => {
    const view = await refreshed(frida, agenda);
    const txt = allText(view);
    expect(txt).toContain(`1. **${a1.code}** – tas upp av Anna Handläggare`);
    expect(txt).toContain(`2. **${a2.code}** – tas upp av Anna Handläggare`);
    expect(txt).toContain(`3. **${b1.code}** – tas upp av Bo Handläggare`);
    expect(txt).not.toContain('Hemlig');
    expect(txt).not.toContain('Testperson');
  });

  it('opening a case posts a code-only card; each member sees progression, activities, never health or free text', async () => {
    const view = await refreshed(frida, agenda);
    const before = tb.connector.cardsTo(frida.conversationId).length;
    await frida.click(
      view,
      'forum.case.open',
      {},
      { caseId: (await tb.store.forums.cases(meetingId))[0]!.id },
    );
    const posted = tb.connector.cardsTo(frida.conversationId).slice(before);
    expect(posted).toHaveLength(1);
    expect(allText(posted[0])).toContain(`Ärende ${a1.code}`);
    expect(JSON.stringify(posted[0])).not.toMatch(/Hemlig|Tro på att få jobb/);

    const card = await refreshed(frida, posted[0]);
    const txt = allText(card);
    expect(txt).toContain(`Ärende ${a1.code}`);
    expect(txt).toContain('Tro på att få jobb'); // risen 2 → 4
    expect(txt).toContain('Praktik');
    expect(txt).not.toContain('Hälsogrupp');
    const json = JSON.stringify(card);
    expect(json).toContain('Chart.HorizontalBar');
    expect(json).toContain('"fallback"');
    expect(json).not.toMatch(/Hantera min hälsa|Ryggont|Bättre|kusin|Hemlig|Testperson/);

    // Each viewer's view writes their own audit row.
    await refreshed(annaCh, posted[0]);
    // A caseworker without the forum role sees only their own cases.
    const boSees = await refreshed(tb.channel(users.bo, TEAM, CHANNEL), posted[0]);
    expect(allText(boSees)).toContain('kräver rollen ärendeforumsmedlem');
    expect(allText(boSees)).not.toContain('Praktik');
    // In the viewer's own language.
    const eve = await refreshed(tb.channel(users.english, TEAM, CHANNEL), posted[0]);
    expect(allText(eve)).toContain(`Case ${a1.code}`);
    expect(allText(eve)).toContain('Belief in getting a job');
    const audit = (await tb.store.audit.list({ participantId: a1.id })).filter(
      (a) => a.action === 'forum.case.view',
    );
    expect(audit.map((a) => a.actorId)).toEqual(
      expect.arrayContaining([users.frida.id, users.anna.id]),
    );
  });

  it('a forum card acted on in another channel (forwarded or crafted) is refused and posts nothing there', async () => {
    const elsewhere = tb.channel(users.frida, TEAM, '19:allmant@thread.tacv2');
    const item = (await tb.store.forums.cases(meetingId))[0]!;
    const before = tb.connector.cardsTo(elsewhere.conversationId).length;
    for (const [verb, data] of [
      ['forum.case.open', { caseId: item.id }],
      ['forum.case.refresh', { caseId: item.id }],
      ['forum.agenda.refresh', { meetingId }],
      ['forum.meeting.close', { meetingId }],
    ] as const) {
      const res = await elsewhere.invoke(verb, data);
      expect(allText(res.body.value)).toContain('hör till ett ärendeforum i en annan kanal');
      expect(allText(res.body.value)).not.toContain(a1.code);
    }
    expect(tb.connector.cardsTo(elsewhere.conversationId).length).toBe(before);
    expect((await tb.store.forums.meeting(meetingId))!.status).toBe('open');
  });

  it('members record decisions as actions: what, department, who, by when (checked); a double click records one', async () => {
    const item = (await tb.store.forums.cases(meetingId))[0]!;
    const card = await refreshed(frida, {
      refresh: {
        action: { type: 'Action.Execute', verb: 'forum.case.refresh', data: { caseId: item.id } },
      },
    });
    const bad = await frida.click(card, 'forum.action.add', {
      what: 'Boka trepartssamtal',
      departmentId: 'ame',
      ownerId: users.anna.id,
      due: '2026-11-02',
    });
    expect(allText(bad)).toContain('Datumet kan inte vara före mötet');
    const outsider = await frida.click(card, 'forum.action.add', {
      what: 'Boka trepartssamtal',
      departmentId: 'ame',
      ownerId: users.maja.id,
      due: '2026-12-07',
    });
    expect(allText(outsider)).toContain('Välj en medlem i teamet');
    const values = {
      what: 'Boka trepartssamtal',
      departmentId: 'ame',
      ownerId: users.anna.id,
      due: '2026-12-07',
    };
    const saved = await frida.click(card, 'forum.action.add', values);
    expect(allText(saved)).toContain('Beslutet är sparat');
    expect(allText(saved)).toContain(
      'Boka trepartssamtal – Arbetsmarknadsenheten, Anna Handläggare, senast 2026-12-07',
    );
    const twice = await frida.click(card, 'forum.action.add', values);
    expect(allText(twice)).toContain('inaktuellt');
    expect(await tb.store.forums.actionsFor(a1.id)).toHaveLength(1);

    const bItem = (await tb.store.forums.cases(meetingId))[2]!;
    const bCard = await refreshed(frida, {
      refresh: {
        action: { type: 'Action.Execute', verb: 'forum.case.refresh', data: { caseId: bItem.id } },
      },
    });
    await frida.click(bCard, 'forum.action.add', {
      what: 'Kontakta SFI om spår',
      departmentId: 'vux',
      ownerId: users.bo.id,
      due: '2026-12-03',
    });
  });

  it('closing the meeting posts the minutes in the channel: each case by code, its decisions and actions', async () => {
    const view = await refreshed(frida, agenda);
    const before = tb.connector.cardsTo(frida.conversationId).length;
    // Issue #12: closing asks first and says what will happen.
    const confirm = await frida.click(view, 'forum.meeting.close.ask');
    expect(allText(confirm)).toContain('skickas protokollet i kanalen');
    expect(allText(confirm)).toContain('Mötet är planerat till 2026-11-30');
    expect(tb.connector.cardsTo(frida.conversationId).length).toBe(before);
    const closed = await frida.click(confirm, 'forum.meeting.close');
    expect(allText(closed)).toContain('Mötet är avslutat');
    const minutes = tb.connector.cardsTo(frida.conversationId).slice(before);
    expect(minutes).toHaveLength(1);
    const txt = allText(minutes[0]);
    expect(txt).toContain('Protokoll – ärendeforum 2026-11-30');
    expect(txt).toContain(`1. ${a1.code}`);
    expect(txt).toContain(
      'Boka trepartssamtal – Arbetsmarknadsenheten, Anna Handläggare, senast 2026-12-07',
    );
    expect(txt).toContain(`2. ${a2.code}`);
    expect(txt).toContain('Inga beslut');
    expect(txt).toContain(`3. ${b1.code}`);
    expect(txt).not.toMatch(/Hemlig|Testperson/);
    // A second click closes nothing and posts nothing.
    await frida.click(confirm, 'forum.meeting.close');
    expect(tb.connector.cardsTo(frida.conversationId).length).toBe(before + 1);
  });

  it('reminds the action owner in personal chat when the action falls due, once, also after downtime; the owner marks it done', async () => {
    const annaConv = `a:personal-${users.anna.id}`;
    tb.clock.set('2026-12-06T09:00:00Z');
    await tb.bot.scheduler.tick();
    expect(
      tb.connector.cardsTo(annaConv).filter((c) => allText(c).includes('Åtgärd att göra')),
    ).toHaveLength(0);

    await tb.restart(); // the bot was down over the due date
    tb.clock.set('2026-12-07T10:00:00Z');
    await tb.bot.scheduler.tick();
    await tb.bot.scheduler.tick();
    const reminders = tb.connector
      .cardsTo(annaConv)
      .filter((c) => allText(c).includes('Åtgärd att göra'));
    expect(reminders).toHaveLength(1);
    expect(allText(reminders[0])).toContain(`för ${a1.code} ska vara klar senast 2026-12-07`);
    expect(allText(reminders[0])).toContain('Boka trepartssamtal');

    const done = await tb
      .personal(users.anna)
      .click(reminders[0], 'forum.action.done', { result: 'Samtal bokat 12/12' });
    expect(allText(done)).toContain('markerad som klar');
    const action = (await tb.store.forums.actionsFor(a1.id))[0]!;
    expect(action.status).toBe('done');
    // Someone else cannot mark it.
    const other = await tb
      .personal(users.bo)
      .invoke('forum.action.done', { actionId: action.id, result: 'x' });
    expect(allText(other.body.value)).toContain('inte behörighet');
  });

  it('an action owner who is no longer in the team cannot mark the action done', async () => {
    // Test setup: an action left with Maja, who is not (or no longer) a member of the forum's team.
    const item = (await tb.store.forums.cases(meetingId))[0]!;
    const forum = (await tb.store.forums.meeting(meetingId))!;
    const saved = (await tb.store.forums.addAction(item.id, item.rev, {
      forumId: forum.forumId,
      meetingId,
      participantId: a1.id,
      what: 'Ringa arbetsgivaren',
      departmentId: 'ame',
      ownerId: users.maja.id,
      ownerName: users.maja.name,
      due: '2026-12-10',
      createdBy: users.frida.id,
    }))!;
    const res = await tb
      .personal(users.maja)
      .invoke('forum.action.done', { actionId: saved.id, result: '' });
    expect(allText(res.body.value)).toContain('Du är inte medlem i det här teamet');
    expect((await tb.store.forums.action(saved.id))!.status).toBe('open');
    // Nor is she reminded of it when it falls due, although she has a personal chat with the bot.
    tb.clock.set('2026-12-10T09:00:00Z');
    await tb.bot.scheduler.tick();
    expect(
      tb.connector
        .cardsTo(`a:personal-${users.maja.id}`)
        .filter((c) => allText(c).includes('Ringa arbetsgivaren')),
    ).toHaveLength(0);
    expect(
      await tb.store.dispatches.status(`forum.action.due:${saved.id}:2026-12-10`),
    ).toBeUndefined();
  });

  it('refuses a user outside the team, whatever their roles', async () => {
    const maja = tb.channel(users.maja, TEAM, CHANNEL);
    expect(allText(await maja.sayOne('ärendeforum'))).toContain(
      'Du är inte medlem i det här teamet',
    );
    const view = await refreshed(maja, agenda);
    expect(allText(view)).toContain('Du är inte medlem i det här teamet');
    const item = (await tb.store.forums.cases(meetingId))[0]!;
    const res = await maja.invoke('forum.case.refresh', { caseId: item.id }, 'automatic');
    expect(allText(res.body.value)).toContain('Du är inte medlem');
    expect(allText(res.body.value)).not.toContain('Praktik');
  });

  it('withdrawn consent between two meetings: gone from the next agenda at once, the case card says so; open actions come up overdue', async () => {
    tb.clock.set('2026-12-08T09:00:00Z');
    const forum = await frida.sayOne('ärendeforum');
    const before = tb.connector.cardsTo(frida.conversationId).length;
    await frida.click(forum, 'forum.meeting.start', { date: '2026-12-14' });
    const next = tb.connector.cardsTo(frida.conversationId).slice(before)[0];
    const nextId = next.refresh.action.data.meetingId;
    const annaView = await refreshed(annaCh, next);
    await annaCh.click(annaView, 'forum.case.add', { participantId: a1.id });
    const boPick = await tb.personal(users.bo).sayOne(`ärendeforum ${b1.code}`);
    await tb.personal(users.bo).click(boPick, 'forum.case.add', { meetingId: nextId });
    expect(allText(await refreshed(frida, next))).toContain(a1.code);

    // Bo's action from the first meeting is open and overdue when the case comes up again.
    const bItem = (await tb.store.forums.cases(nextId)).find((c) => c.participantId === b1.id)!;
    const bCard = await refreshed(frida, {
      refresh: {
        action: { type: 'Action.Execute', verb: 'forum.case.refresh', data: { caseId: bItem.id } },
      },
    });
    expect(allText(bCard)).toContain('**FÖRSENAD** Kontakta SFI om spår');

    // Frida, who is not a1's caseworker, takes an action on a1 at this meeting.
    const aItem = (await tb.store.forums.cases(nextId)).find((c) => c.participantId === a1.id)!;
    const aCard = await refreshed(frida, {
      refresh: {
        action: { type: 'Action.Execute', verb: 'forum.case.refresh', data: { caseId: aItem.id } },
      },
    });
    await frida.click(aCard, 'forum.action.add', {
      what: 'Ringa SFI-läraren',
      departmentId: 'vux',
      ownerId: users.frida.id,
      due: '2026-12-20',
    });
    const fridas = (await tb.store.forums.actionsFor(a1.id)).find(
      (a) => a.ownerId === users.frida.id,
    )!;
    const staleAgenda = await refreshed(frida, next);

    const consent = (await tb.store.consents.latest(a1.id))!;
    await tb.store.consents.withdraw(consent.id, '2026-12-08');
    const after = allText(await refreshed(frida, next));
    expect(after).not.toContain(a1.code);
    expect(after).toContain(b1.code);

    const oldItem = (await tb.store.forums.cases(meetingId))[0]!;
    const card = await refreshed(frida, {
      refresh: {
        action: {
          type: 'Action.Execute',
          verb: 'forum.case.refresh',
          data: { caseId: oldItem.id },
        },
      },
    });
    expect(allText(card)).toContain(`Samtycket för ${a1.code} gäller inte längre`);
    expect(allText(card)).not.toContain('Praktik');
    const audit = await tb.store.audit.list({ participantId: a1.id });
    expect(
      audit.some((a) => a.action === 'forum.case.view.refused' && a.actorId === users.frida.id),
    ).toBe(true);
    // And it cannot be brought again.
    const again = await annaCh.click(await refreshed(annaCh, next), 'forum.case.add', {
      participantId: a1.id,
    });
    expect(allText(again)).toContain(`${a1.code} kan inte tas upp: samtycket är återkallat`);
    // A stale agenda card posts not even the code in the channel any more.
    const posts = tb.connector.cardsTo(frida.conversationId).length;
    const opened = await frida.click(staleAgenda, 'forum.case.open', {}, { caseId: aItem.id });
    expect(allText(opened)).toContain(`Samtycket för ${a1.code} gäller inte längre`);
    expect(tb.connector.cardsTo(frida.conversationId).length).toBe(posts);
    // Frida's action on a1 is no longer hers to see: only the participant's own caseworker still is.
    const done = await tb
      .personal(users.frida)
      .invoke('forum.action.done', { actionId: fridas.id, result: 'klart' });
    expect(allText(done.body.value)).toContain(`Samtycket för ${a1.code} gäller inte längre`);
    expect(allText(done.body.value)).not.toContain('Ringa SFI-läraren');
    expect((await tb.store.forums.action(fridas.id))!.status).toBe('open');
  });
});
