// A caseworker's day at a real caseload (issue 12): 150 participants in "mina deltagare", paged,
// sorted by what needs doing, searched; and everything about one participant on one card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, findAction, hasAction, inputs, walk } from '../support/cards';
import { TestBot, users, type Chat } from '../support/bot';
import { participantWith } from '../support/factories';
import type { Participant } from '../../domain/types';

/** Teams refuses a message over about 28 KB; a page of the list must stay well inside it. */
const CARD_BUDGET_BYTES = 24_000;
/** More than this many buttons on one card is a wall, not a list (issue 12 saw 161). */
const BUTTON_BUDGET = 50;

const codesOn = (card: any): string[] =>
  [...walk(card)]
    .filter((n) => n.type === 'TextBlock' && /^\*\*D-[2-9A-Z]+\*\*/.test(n.text))
    .map((n) => /D-[2-9A-Z]+/.exec(n.text)![0]);
const buttons = (card: any) => [...walk(card)].filter((n) => n.type?.startsWith('Action.')).length;
const bytes = (activity: unknown) => Buffer.byteLength(JSON.stringify(activity), 'utf8');

async function rated(tb: TestBot, p: Participant, date: string) {
  await tb.store.ratings.save({
    participantId: p.id,
    date,
    instrumentId: 'samsyn-standard',
    instrumentVersion: 1,
    scores: [],
    jobSearchDescription: null,
    ratedBy: p.ownerId,
  });
}

describe('mina deltagare at 150 participants', () => {
  let tb: TestBot;
  let anna: Chat;
  let overdue: Participant;
  let followUp: Participant;
  let expiring: Participant;
  let named: Participant;
  beforeAll(async () => {
    tb = await TestBot.start(); // today is 2026-11-23
    await tb.grant(users.anna.id, 'caseworker');
    anna = tb.personal(users.anna);
    await anna.install();
    for (let i = 0; i < 146; i++) {
      const p = await participantWith(tb.store, users.anna.id, {
        name: `Deltagare Nummer${i}`,
        startDate: '2026-09-01',
      });
      await rated(tb, p, '2026-11-01');
    }
    overdue = await participantWith(tb.store, users.anna.id, { startDate: '2026-01-10' });
    await rated(tb, overdue, '2026-05-01');
    followUp = await participantWith(tb.store, users.anna.id, { startDate: '2026-09-01' });
    await rated(tb, followUp, '2026-11-01');
    const plan = await tb.store.plans.ensurePlan(followUp.id, users.anna.id);
    await tb.store.plans.bump(followUp.id, plan.rev, users.anna.id, { nextFollowUp: '2026-11-20' });
    expiring = await participantWith(
      tb.store,
      users.anna.id,
      { startDate: '2026-09-01' },
      { validUntil: '2026-12-03' },
    );
    await rated(tb, expiring, '2026-11-01');
    named = await participantWith(tb.store, users.anna.id, {
      name: 'Åsa Söksson',
      startDate: '2026-09-01',
    });
    await rated(tb, named, '2026-11-01');
    const exited = await participantWith(tb.store, users.anna.id, { name: 'Slutad Person' });
    await tb.store.participants.update(exited.id, exited.rev, { endDate: '2026-10-31' });
    await tb.store.exits.record({
      participantId: exited.id,
      date: '2026-10-31',
      outcome: 'arbete',
      nextStep: false,
      noNextStepReason: null,
      supportAtExit: 'lon',
      recordedBy: users.anna.id,
    });
  });
  afterAll(async () => {
    await tb.close();
  });

  it('answers with a page inside the card budget, with a fixed number of rows and buttons, and says how many there are', async () => {
    tb.connector.clear();
    const card = await anna.sayOne('mina deltagare');
    const sent = tb.connector.to(anna.conversationId).at(-1);
    // Measured: the whole activity as the connector receives it.
    expect(bytes(sent)).toBeLessThan(CARD_BUDGET_BYTES);
    expect(buttons(card)).toBeLessThanOrEqual(BUTTON_BUDGET);
    expect(codesOn(card)).toHaveLength(10);
    expect(allText(card)).toContain('150 aktiva deltagare');
    expect(allText(card)).toContain('Sida 1 av 15');
  });

  it('puts what needs doing first: the overdue rating, then the follow-up due, then the expiring consent', async () => {
    const codes = codesOn(await anna.sayOne('mina deltagare'));
    expect(codes.slice(0, 3)).toEqual([overdue.code, followUp.code, expiring.code]);
    const card = await anna.sayOne('mina deltagare');
    expect(allText(card)).toContain('Att göra: skattning försenad');
    expect(allText(card)).toContain('Att göra: uppföljning att hålla');
    expect(allText(card)).toContain('Att göra: samtycket går snart ut');
  });

  it('pages through every participant once, each page inside the budget, and back', async () => {
    let card = await anna.sayOne('mina deltagare');
    const seen = new Set(codesOn(card));
    for (let page = 2; page <= 15; page++) {
      card = await anna.click(card, 'participants.list', {}, { page: page - 1 });
      expect(allText(card)).toContain(`Sida ${page} av 15`);
      expect(bytes(card)).toBeLessThan(CARD_BUDGET_BYTES);
      for (const c of codesOn(card)) seen.add(c);
    }
    expect(seen.size).toBe(150);
    expect(hasAction(card, 'participants.list')).toBe(true);
    const back = await anna.click(card, 'participants.list', {}, { page: 13 });
    expect(allText(back)).toContain('Sida 14 av 15');
  });

  it('finds a participant by own name (any case, without the ring on the Å) and by code, typed or in the search box', async () => {
    // "asa s", not "asa": a random code may start with ASA (D-ASAR), and a code prefix is a match too.
    const byName = await anna.sayOne('sök asa s');
    expect(codesOn(byName)).toEqual([named.code]);
    expect(allText(byName)).toContain('1 träff på "asa s"');
    const byCode = await anna.sayOne(`sök ${named.code.toLowerCase()}`);
    expect(codesOn(byCode)).toEqual([named.code]);
    const box = await anna.click(
      await anna.sayOne('mina deltagare'),
      'participants.list',
      {
        query: 'Söksson',
      },
      { exited: false },
    );
    expect(codesOn(box)).toEqual([named.code]);
    const none = await anna.sayOne('sök finnsinte');
    expect(codesOn(none)).toEqual([]);
    expect(allText(none)).toContain('Ingen av dina deltagare');
  });

  it('shows the exited participants on request, with exit date and outcome, and not among the active', async () => {
    const list = await anna.sayOne('mina deltagare');
    expect(allText(list)).not.toContain('Slutad Person');
    const exited = await anna.click(list, 'participants.list', {}, { exited: true });
    expect(allText(exited)).toContain('Mina avslutade deltagare');
    expect(allText(exited)).toContain('Slutad Person');
    expect(allText(exited)).toContain('2026-10-31 · Arbete');
    expect(codesOn(exited)).toHaveLength(1);
    // Issue 12: after an exit nothing is overdue any more, in the list or on the participant card.
    expect(allText(exited)).not.toContain('Att göra');
    const [code] = codesOn(exited);
    const card = await anna.click(exited, 'participant.show', {}, { code });
    expect(allText(card)).toContain('Slutad Person');
    expect(allText(card)).not.toContain('Att göra');
    expect(hasAction(card, 'plan.followup.open')).toBe(false);
  });

  it('reads a page in a fixed number of statements, the same at 150 participants as at 2', async () => {
    const seen: string[] = [];
    tb.store.db.stats.onStatement = (sql) => seen.push(sql.replace(/\s+/g, ' ').trim());
    const count = async (step: () => Promise<unknown>) => {
      const from = seen.length;
      await step();
      return seen.slice(from);
    };
    try {
      await tb.grant(users.bo.id, 'caseworker');
      const bo = tb.personal(users.bo);
      await bo.install();
      for (let i = 0; i < 2; i++) await participantWith(tb.store, users.bo.id);
      await bo.sayOne('mina deltagare'); // the first turn of a day writes "last seen"
      const small = await count(() => bo.sayOne('mina deltagare'));
      const large = await count(() => anna.sayOne('mina deltagare'));
      const page8 = await count(() =>
        anna.invoke('participants.list', { page: 7, query: '', exited: false }),
      );
      const searched = await count(() => anna.sayOne('sök nummer1'));
      console.log(
        `mina deltagare: ${large.length} statements at 150 participants, ${small.length} at 2`,
      );
      expect(large.length).toBe(small.length);
      expect(page8.length).toBe(small.length);
      expect(searched.length).toBe(small.length);
      // Nothing is read per participant.
      for (const sql of [...large, ...page8])
        expect(sql).not.toMatch(/WHERE (r\.)?participant_id = \?/);
    } finally {
      tb.store.db.stats.onStatement = undefined;
    }
  });

  it('audits the rows shown, not the whole caseload', async () => {
    const before = (await tb.store.audit.list({ actorId: users.anna.id })).length;
    await anna.sayOne('mina deltagare');
    const after = await tb.store.audit.list({ actorId: users.anna.id });
    expect(after.length - before).toBe(10);
    expect(JSON.stringify(after)).not.toContain('Söksson');
  });
});

describe('one place for one participant (visa <kod>)', () => {
  let tb: TestBot;
  let anna: Chat;
  let p: Participant;
  beforeAll(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.bo.id, 'caseworker');
    anna = tb.personal(users.anna);
    await anna.install();
    await tb.personal(users.bo).install();
    p = await participantWith(tb.store, users.anna.id, { name: 'Karin Kortsson' });
    await rated(tb, p, '2026-03-01');
    const plan = await tb.store.plans.ensurePlan(p.id, users.anna.id);
    await tb.store.plans.bump(p.id, plan.rev, users.anna.id, {
      goal: 'work',
      ownWords: 'Jobba i kök',
      nextFollowUp: '2026-12-15',
    });
    const praktik = await tb.store.plans.addActivity({
      participantId: p.id,
      typeId: 'praktik',
      customName: null,
      kind: 'job',
      departmentId: 'ame',
      responsible: null,
      startDate: '2026-03-01',
      plannedEndDate: '2026-12-31',
      endDate: null,
      status: 'ongoing',
      cancelReason: null,
    });
    await tb.store.plans.addActivity({
      participantId: p.id,
      typeId: 'halsogrupp',
      customName: null,
      kind: 'health',
      departmentId: 'ame',
      responsible: null,
      startDate: '2026-02-01',
      plannedEndDate: '2026-06-30',
      endDate: '2026-04-12',
      status: 'cancelled',
      cancelReason: 'Gruppen lades ner',
    });
    await tb.store.plans.addFollowUp({
      participantId: p.id,
      dueDate: '2026-09-01',
      heldOn: '2026-09-02',
      swedishLevel: 'sfi_c',
      opinions: { [praktik.id]: 'Trivs, vill ha fler timmar' },
      nextFollowUp: '2026-12-15',
      recordedBy: users.anna.id,
    });
  });
  afterAll(async () => {
    await tb.close();
  });

  it('shows consent, ownership, sessions, plan with actual end dates, what was said at follow-ups, and the history', async () => {
    const card = await anna.sayOne(`visa ${p.code.toLowerCase()}`);
    const txt = allText(card);
    expect(txt).toContain(`Deltagare ${p.code} · Karin Kortsson`);
    expect(txt).toContain('Giltigt');
    expect(txt).toContain('Handläggare Du');
    expect(txt).toContain('Antal skattningar 1');
    expect(txt).toContain('Jobba i kök');
    expect(txt).toContain('Praktik');
    expect(txt).toContain('Slutade 2026-04-12');
    expect(txt).toContain('Skäl: Gruppen lades ner');
    expect(txt).toContain('Svenska: SFI kurs C');
    expect(txt).toContain('Praktik: ”Trivs, vill ha fler timmar”');
    expect(txt).toContain('2026-09-02 · Uppföljning hölls');
    expect(txt).toContain('2026-03-01 · Skattning');
    for (const verb of ['rating.start', 'plan.open', 'consent.open', 'handover.open'])
      expect(hasAction(card, verb), verb).toBe(true);
    const audit = await tb.store.audit.list({ participantId: p.id });
    expect(audit.some((a) => a.action === 'participant.view')).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('Trivs');
  });

  it('opens from the list and from the code typed alone', async () => {
    const list = await anna.sayOne('mina deltagare');
    const fromList = await anna.click(list, 'participant.show', {}, { code: p.code });
    expect(allText(fromList)).toContain(`Deltagare ${p.code}`);
    const alone = await anna.sayOne(p.code.toLowerCase());
    expect(allText(alone)).toContain(`Deltagare ${p.code} · Karin Kortsson`);
  });

  it('offers to hold a follow-up that is due, and the plan area answers the button', async () => {
    const due = await participantWith(tb.store, users.anna.id);
    const plan = await tb.store.plans.ensurePlan(due.id, users.anna.id);
    await tb.store.plans.bump(due.id, plan.rev, users.anna.id, { nextFollowUp: '2026-11-20' });
    const card = await anna.sayOne(`visa ${due.code}`);
    expect(allText(card)).toContain('uppföljning att hålla');
    const followUp = await anna.click(card, 'plan.followup.open');
    expect(allText(followUp)).toContain(due.code);
    expect(allText(followUp)).not.toMatch(/gäller inte längre|inte handläggare|gick fel/);
    // Issue 12: a follow-up can be held before its reminder, so a plan not yet due offers it too.
    const notDue = await anna.sayOne(`visa ${p.code}`);
    expect(allText(notDue)).not.toContain('uppföljning att hålla');
    expect(allText(await anna.click(notDue, 'plan.followup.open'))).toContain(p.code);
  });

  it('offers what comes next: rating, plan, follow-up, exit and the journal texts, each answered through the bot', async () => {
    const card = await anna.sayOne(`visa ${p.code}`);
    for (const verb of ['rating.start', 'plan.open', 'plan.followup.open', 'exit.open'])
      expect(hasAction(card, verb), verb).toBe(true);
    // Journal texts for what there is: a session, a plan and a follow-up, no exit yet.
    expect(hasAction(card, 'journal.exit')).toBe(false);
    const journal = async (verb: string) => {
      const answer = await anna.click(card, verb);
      expect(allText(answer)).toContain('Text till journalen');
      return inputs(answer).journal as string;
    };
    const rating = await journal('journal.rating');
    expect(rating).toContain('2026-03-01');
    expect(rating).not.toContain(p.code);
    expect(await journal('journal.plan')).toContain('Jobba i kök');
    expect(await journal('journal.followup')).toContain('Trivs, vill ha fler timmar');
    const audit = (await tb.store.audit.list({ participantId: p.id })).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['journal.rating', 'journal.plan']));
  });

  it('exits from the participant card, then offers the correction and the exit journal text', async () => {
    const q = await participantWith(tb.store, users.anna.id, { name: 'Går Vidare' });
    await tb.store.plans.ensurePlan(q.id, users.anna.id);
    const form = await anna.click(await anna.sayOne(`visa ${q.code}`), 'exit.open');
    expect(allText(form)).toContain(`Avslut ${q.code}`);
    const done = await anna.click(form, 'exit.save', {
      date: '2026-11-20',
      outcome: 'arbete',
      supportAtExit: 'lon',
    });
    expect(allText(done)).toContain(`${q.code} är avslutad`);
    const after = await anna.sayOne(`visa ${q.code}`);
    expect(findAction(after, 'exit.open').title).toBe('Rätta avslutet');
    expect(hasAction(after, 'plan.followup.open')).toBe(false);
    const correction = await anna.click(after, 'exit.open');
    expect(allText(correction)).toContain('avslutades redan 2026-11-20');
    expect(hasAction(correction, 'exit.correct')).toBe(true);
    const exitText = inputs(await anna.click(after, 'journal.exit')).journal as string;
    expect(exitText).toContain('Avslut 2026-11-20.');
  });

  it("refuses the exit button of someone else's participant, with an audit row", async () => {
    const card = await anna.sayOne(`visa ${p.code}`);
    const bo = tb.personal(users.bo);
    const refused = await bo.click(card, 'exit.open');
    expect(allText(refused)).not.toContain('Karin');
    expect(allText(refused)).toMatch(/inte handläggare|inte din/i);
    const audit = await tb.store.audit.list({ participantId: p.id });
    expect(audit.some((a) => a.action === 'exit.view.refused' && a.actorId === users.bo.id)).toBe(
      true,
    );
  });

  it('shows the exit, the six-month answer and forum decisions with their results', async () => {
    const q = await participantWith(tb.store, users.anna.id, { name: 'Avslutad Annan' });
    await tb.store.participants.update(q.id, q.rev, { endDate: '2026-05-20' });
    await tb.store.exits.record({
      participantId: q.id,
      date: '2026-05-20',
      outcome: 'yrkesutbildning',
      nextStep: false,
      noNextStepReason: null,
      supportAtExit: 'studiemedel',
      recordedBy: users.anna.id,
    });
    await tb.store.exits.recordSelfSupport(q.id, true);
    const { forum } = await tb.store.forums.create({
      teamId: 'team-1',
      channelId: '19:forum@thread.tacv2',
      conversationId: '19:forum@thread.tacv2',
      departments: ['vux', 'ame'],
      createdBy: users.anna.id,
    });
    const { meeting } = await tb.store.forums.startMeeting(forum.id, '2026-04-01', users.anna.id);
    const { item } = await tb.store.forums.addCase(meeting.id, q.id, users.anna.id, null);
    const action = await tb.store.forums.addAction(item.id, item.rev, {
      forumId: forum.id,
      meetingId: meeting.id,
      participantId: q.id,
      what: 'Boka studievägledning',
      departmentId: 'vux',
      ownerId: users.bo.id,
      ownerName: 'Bo Handläggare',
      due: '2026-04-20',
      createdBy: users.anna.id,
    });
    await tb.store.forums.markDone(action!.id, 'Antagen till yrkesutbildning');
    const txt = allText(await anna.sayOne(`visa ${q.code}`));
    expect(txt).toContain('Resultat Yrkesutbildning');
    expect(txt).toContain(
      'Egen försörjning efter sex månader (2026-11-20) Ja, arbete eller studier',
    );
    expect(txt).toContain('Boka studievägledning');
    expect(txt).toContain('Resultat: ”Antagen till yrkesutbildning”');
  });

  it('stays inside the card budget for a long case: the latest of each list, and how many older ones there are', async () => {
    const long = await participantWith(tb.store, users.anna.id, { name: 'Lång Historik' });
    const acts = [];
    for (let i = 0; i < 20; i++)
      acts.push(
        await tb.store.plans.addActivity({
          participantId: long.id,
          typeId: 'praktik',
          customName: null,
          kind: 'job',
          departmentId: 'ame',
          responsible: null,
          startDate: '2024-01-01',
          plannedEndDate: '2024-06-30',
          endDate: `2024-06-${String(10 + i).padStart(2, '0')}`,
          status: 'completed',
          cancelReason: null,
        }),
      );
    for (let i = 0; i < 30; i++)
      await tb.store.plans.addFollowUp({
        participantId: long.id,
        dueDate: null,
        heldOn: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`,
        swedishLevel: 'sfi_b',
        opinions: Object.fromEntries(
          acts.map((a) => [a.id, 'Ett långt svar om hur det går '.repeat(3)]),
        ),
        nextFollowUp: null,
        recordedBy: users.anna.id,
      });
    for (let i = 0; i < 25; i++)
      await rated(tb, long, `2025-${String((i % 12) + 1).padStart(2, '0')}-15`);
    tb.connector.clear();
    const card = await anna.sayOne(`visa ${long.code}`);
    expect(bytes(tb.connector.to(anna.conversationId).at(-1))).toBeLessThan(CARD_BUDGET_BYTES);
    const txt = allText(card);
    expect(txt).toContain('… och 8 äldre.'); // 20 activities, 12 shown
    expect(txt).toContain('… och 25 äldre.'); // 30 follow-ups, 5 shown
    expect(txt).toMatch(/… och \d+ äldre händelser\./);
  });

  it("refuses someone else's participant, by command and by code alone, with an audit row and no name", async () => {
    const other = await participantWith(tb.store, users.bo.id, { name: 'Bos Hemlis' });
    const refused = await anna.sayOne(`visa ${other.code}`);
    expect(allText(refused)).toContain('Du är inte handläggare');
    expect(allText(refused)).not.toContain('Bos Hemlis');
    expect(allText(await anna.sayOne(other.code))).toContain('Du är inte handläggare');
    const audit = await tb.store.audit.list({ participantId: other.id });
    expect(audit.filter((a) => a.action === 'participant.view.refused')).toHaveLength(2);
    expect(allText(await anna.sayOne('visa D-ZZZZ'))).toContain('Hittar ingen deltagare');
  });

  it('is not shown in a channel, and the code alone typed there is not repeated', async () => {
    const inChannel = tb.channel(users.anna);
    const card = await inChannel.sayOne(`visa ${p.code}`);
    expect(allText(card)).toContain('personliga chatt');
    expect(allText(card)).not.toContain('Karin');
  });
});

describe('registration and consent, as the caseworker meets them', () => {
  let tb: TestBot;
  let anna: Chat;
  beforeAll(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    anna = tb.personal(users.anna);
    await anna.install();
  });
  afterAll(async () => {
    await tb.close();
  });

  const inputOf = (card: any, id: string) => [...walk(card)].find((n) => n.id === id);

  it("prefills today's dates, takes the departments involved as the consent's when none are chosen, and offers a rating and the plan after saving", async () => {
    const form = await anna.sayOne('ny deltagare');
    expect(inputOf(form, 'startDate').value).toBe('2026-11-23');
    expect(inputOf(form, 'consentGivenOn').value).toBe('2026-11-23');
    expect(allText(form)).toContain('Välj inget om samtycket gäller just de förvaltningar');
    // What the card holds is sent as it stands (the prefilled dates), with what the caseworker chose.
    const done = await anna.click(form, 'registration.save', {
      ...inputs(form),
      gender: 'man',
      birthYear: '1979',
      departments: 'vux,ame',
      supportAtStart: 'etablering',
      consentValidUntil: '2027-11-22',
    });
    const code = /D-[2-9A-Z]{4}/.exec(allText(done))![0];
    const p = (await tb.store.participants.byCode(code))!;
    expect(p.startDate).toBe('2026-11-23');
    expect(await tb.store.consents.latest(p.id)).toMatchObject({
      givenOn: '2026-11-23',
      departments: ['vux', 'ame'],
    });
    const rating = await anna.click(done, 'rating.start', {}, { code });
    expect(allText(rating)).toContain(code);
    expect(allText(rating)).not.toMatch(/gäller inte längre|inte handläggare|gick fel/);
    const plan = await anna.click(done, 'plan.open', {}, { participantId: p.id });
    expect(allText(plan)).toContain(code);
    expect(findAction(done, 'participants.list')).toBeDefined();
  });

  it('says on every input what it checks: a consent date in the future is not "måste fyllas i"', async () => {
    const form = await anna.sayOne('ny deltagare');
    expect(inputOf(form, 'consentGivenOn')).toMatchObject({
      max: '2026-11-23',
      errorMessage: 'Samtycke givet: ange ett datum, senast i dag (2026-11-23).',
    });
    expect(inputOf(form, 'gender').errorMessage).toBe('Kön: välj ett av alternativen.');
    expect(inputOf(form, 'departments').errorMessage).toBe(
      'Förvaltningar som är med: välj minst en förvaltning.',
    );
    expect(inputOf(form, 'consentValidUntil').errorMessage).toContain(
      'efter dagen då samtycket gavs',
    );
    const back = await anna.click(form, 'registration.save', {
      ...inputs(form),
      gender: '',
      birthYear: '1979',
      departments: '',
      supportAtStart: 'etablering',
      consentGivenOn: '2026-12-01',
      consentValidUntil: '2027-11-22',
    });
    const txt = allText(back);
    expect(txt).toContain('Samtycke givet: kan inte vara ett datum i framtiden.');
    expect(txt).not.toContain('Samtycke givet: måste fyllas i');
    expect(txt).toContain('Kön: välj ett av alternativen.');
    expect(txt).toContain('Förvaltningar som är med: välj minst en förvaltning.');
  });

  it('asks before withdrawing a consent, says what will happen, and "no" changes nothing', async () => {
    const p = await participantWith(tb.store, users.anna.id, { departments: ['vux', 'ifo'] });
    const consent = await anna.sayOne(`samtycke ${p.code}`);
    expect(hasAction(consent, 'consent.withdraw')).toBe(false);
    const ask = await anna.click(consent, 'consent.withdraw.ask');
    const txt = allText(ask);
    expect(txt).toContain(`Återkalla samtycket för ${p.code}?`);
    expect(txt).toContain(`Inga nya skattningar kan göras med ${p.code}`);
    expect(txt).toContain('ärendeforum');
    expect(txt).toContain('Vuxenutbildningen (SFI)');
    const kept = await anna.click(ask, 'consent.open');
    expect(allText(kept)).toContain(`Samtycke för ${p.code}`);
    expect((await tb.store.consents.latest(p.id))?.withdrawnOn).toBeNull();
    expect(
      (await tb.store.audit.list({ participantId: p.id })).some(
        (a) => a.action === 'consent.withdraw',
      ),
    ).toBe(false);
  });
});
