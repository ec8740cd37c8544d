import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, inputs, walk } from '../support/cards';
import { TestBot, users } from '../support/bot';
import { participantWith } from '../support/factories';
import { planWith } from '../support/plan';

describe('activity plans through the cards', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start(); // clock: 2026-11-23 10:00 in Stockholm
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.bo.id, 'caseworker');
  });
  afterAll(async () => {
    await tb.close();
  });

  it('builds a plan with three activities running in parallel, and keeps their history', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    let card = await chat.sayOne(`plan ${p.code}`);
    expect(allText(card)).toContain(`Handlingsplan ${p.code}`);
    expect(allText(card)).toContain('0 insatser pågår parallellt');

    card = await chat.click(card, 'plan.activity.add', {
      new_type: 'sfi',
      new_status: 'ongoing',
      new_start: '2026-11-02',
    });
    expect(allText(card)).toContain('1 insats pågår parallellt');
    card = await chat.click(card, 'plan.activity.add', {
      new_type: 'praktik',
      new_status: 'ongoing',
      new_start: '2026-11-16',
      new_plannedEnd: '2027-02-12',
      new_responsible: 'Karin Utförare',
    });
    card = await chat.click(card, 'plan.activity.add', {
      new_type: 'custom',
      new_name: 'Cykelkurs',
      new_kind: 'skills',
      new_department: 'ame',
      new_status: 'ongoing',
      new_start: '2026-11-23',
    });
    const text = allText(card);
    expect(text).toContain('3 insatser pågår parallellt');
    expect(text).toContain('SFI – svenska för invandrare');
    expect(text).toContain('Praktik');
    expect(text).toContain('Cykelkurs');
    expect(text).toContain('Karin Utförare');
    expect(text).not.toContain('ingen arbetsinriktad insats');

    const activities = await tb.store.plans.activitiesFor(p.id);
    expect(activities.map((a) => [a.typeId, a.departmentId, a.status])).toEqual([
      ['sfi', 'vux', 'ongoing'],
      ['praktik', 'ame', 'ongoing'],
      [null, 'ame', 'ongoing'],
    ]);
    const history = await tb.store.plans.history(p.id);
    expect(history.map((h) => [h.change, h.actorId])).toEqual(
      Array(3).fill(['activity.add', users.anna.id]),
    );
    expect(text).toContain('Anna Handläggare: lade till en insats');
    const audit = await tb.store.audit.list({ participantId: p.id });
    expect(audit.filter((a) => a.action === 'plan.activity.add')).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain('Cykelkurs');
  });

  it('nudges towards a job-oriented activity when the plan has only skills or health activities', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    let card = await planWith(chat, p.code, {
      new_type: 'halsogrupp',
      new_status: 'ongoing',
      new_start: '2026-11-02',
    });
    expect(allText(card)).toContain('ingen arbetsinriktad insats');
    card = await chat.click(card, 'plan.activity.add', {
      new_type: 'arbetstraning',
      new_status: 'planned',
      new_start: '2026-12-01',
    });
    expect(allText(card)).not.toContain('ingen arbetsinriktad insats');
    expect(allText(card)).toContain('1 insats pågår parallellt'); // the planned one has not started
  });

  it('ends one activity and adds another; a cancelled one needs a reason, and dates are checked on the card', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    let card = await planWith(
      chat,
      p.code,
      { new_type: 'sfi', new_status: 'ongoing', new_start: '2026-09-01' },
      { new_type: 'laxhjalp', new_status: 'ongoing', new_start: '2026-10-01' },
    );
    expect(allText(card)).toContain('2 insatser pågår parallellt');

    // Planned end before start: the message is on the card, the form keeps what was typed, nothing is saved.
    let bad = await chat.click(card, 'plan.activity.add', {
      new_type: 'praktik',
      new_status: 'planned',
      new_start: '2026-12-10',
      new_plannedEnd: '2026-12-01',
    });
    expect(allText(bad)).toContain('Planerat slutdatum kan inte vara före startdatum');
    expect(inputs(bad).new_plannedEnd).toBe('2026-12-01');
    expect(await tb.store.plans.activitiesFor(p.id)).toHaveLength(2);

    // Cancelling without a reason is refused; with one it is saved.
    bad = await saveEdit(chat, card, 1, { status_1: 'cancelled', end_1: '2026-11-20' });
    expect(allText(bad)).toContain('Ange skäl när insatsen avbryts');
    // End before start is refused.
    bad = await saveEdit(chat, card, 0, { status_0: 'completed', end_0: '2026-08-01' });
    expect(allText(bad)).toContain('Slutdatum kan inte vara före startdatum');

    card = await saveEdit(chat, card, 0, { status_0: 'completed', end_0: '2026-11-20' });
    expect(allText(card)).toContain('Planen är sparad');
    expect(allText(card)).toContain('1 insats pågår parallellt');
    card = await chat.click(card, 'plan.activity.add', {
      new_type: 'jobbspar',
      new_status: 'ongoing',
      new_start: '2026-11-23',
    });
    expect(allText(card)).toContain('2 insatser pågår parallellt');

    const acts = await tb.store.plans.activitiesFor(p.id);
    expect(acts.map((a) => [a.typeId, a.status, a.endDate])).toEqual([
      ['sfi', 'completed', '2026-11-20'],
      ['laxhjalp', 'ongoing', null],
      ['jobbspar', 'ongoing', null],
    ]);
    expect((await tb.store.plans.history(p.id)).map((h) => h.change)).toEqual([
      'activity.add',
      'activity.add',
      'activity.end',
      'activity.add',
    ]);
  });

  it('two edits from two cards: the second is told the plan changed, sees the current plan, and overwrites nothing', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const first = await chat.sayOne(`plan ${p.code}`);
    const second = await chat.sayOne(`plan ${p.code}`); // e.g. the same plan open on the phone

    const saved = await chat.click(first, 'plan.goal.save', {
      goal: 'work',
      ownWords: 'Jag vill jobba i kök',
      nextFollowUp: '2026-12-14',
    });
    expect(allText(saved)).toContain('Planen är sparad');
    const refused = await chat.click(second, 'plan.goal.save', {
      goal: 'studies',
      ownWords: '',
      nextFollowUp: '2026-12-01',
    });
    expect(allText(refused)).toContain('Planen har ändrats sedan ditt kort visades');
    expect(allText(refused)).toContain('Jag vill jobba i kök'); // the current plan is shown
    const again = await chat.click(second, 'plan.activity.add', {
      new_type: 'sfi',
      new_status: 'ongoing',
      new_start: '2026-11-02',
    });
    expect(allText(again)).toContain('Planen har ändrats');

    const plan = await tb.store.plans.planFor(p.id);
    expect(plan).toMatchObject({
      goal: 'work',
      ownWords: 'Jag vill jobba i kök',
      nextFollowUp: '2026-12-14',
    });
    expect(await tb.store.plans.activitiesFor(p.id)).toHaveLength(0);
    // A double click on the same card is the same case: one activity, not two.
    const fresh = await chat.sayOne(`plan ${p.code}`);
    await chat.click(fresh, 'plan.activity.add', {
      new_type: 'sfi',
      new_status: 'ongoing',
      new_start: '2026-11-02',
    });
    await chat.click(fresh, 'plan.activity.add', {
      new_type: 'sfi',
      new_status: 'ongoing',
      new_start: '2026-11-02',
    });
    expect(await tb.store.plans.activitiesFor(p.id)).toHaveLength(1);
  });

  it('refuses a follow-up date in the past, with the message on the card', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const card = await chat.sayOne(`plan ${p.code}`);
    const bad = await chat.click(card, 'plan.goal.save', {
      goal: 'work',
      nextFollowUp: '2026-11-22',
    });
    expect(allText(bad)).toContain('Nästa uppföljning kan inte ligga bakåt i tiden');
    expect((await tb.store.plans.planFor(p.id))?.nextFollowUp).toBeNull();
  });

  it('lets only the owner open or edit the plan', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const card = await tb.personal(users.bo).sayOne(`plan ${p.code}`);
    expect(allText(card)).toContain('Du är inte handläggare');
    const annas = await tb.personal(users.anna).sayOne(`plan ${p.code}`);
    const refused = await tb.personal(users.bo).click(annas, 'plan.activity.add', {
      new_type: 'sfi',
      new_status: 'ongoing',
      new_start: '2026-11-02',
    });
    expect(allText(refused)).toContain('Du är inte handläggare');
    expect(await tb.store.plans.activitiesFor(p.id)).toHaveLength(0);
    expect((await tb.store.audit.list({ participantId: p.id })).map((a) => a.action)).toContain(
      'plan.activity.add.refused',
    );
  });

  it('an admin adds and retires activity types; a retired type stays readable in old plans and is no longer offered', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    let plan = await chat.sayOne(`plan ${p.code}`);
    await chat.click(plan, 'plan.activity.add', {
      new_type: 'laxhjalp',
      new_status: 'ongoing',
      new_start: '2026-11-02',
    });

    expect(allText(await chat.sayOne('insatskatalog'))).toContain('rollen administratör');
    const admin = tb.personal(users.admin);
    let cat = await admin.sayOne('insatskatalog');
    expect(allText(cat)).toContain('Insatskatalog');
    const badId = await admin.click(cat, 'plan.catalogue.add', {
      id: 'Cykel Skola',
      nameSv: 'Cykelskola',
      nameEn: 'Cycling school',
      kind: 'skills',
      department: 'ame',
    });
    expect(allText(badId)).toContain('små bokstäver');
    cat = await admin.click(cat, 'plan.catalogue.add', {
      id: 'cykelskola',
      nameSv: 'Cykelskola',
      nameEn: 'Cycling school',
      kind: 'skills',
      department: 'ame',
    });
    expect(allText(cat)).toContain('Katalogen är sparad');
    expect(
      allText(
        await admin.click(cat, 'plan.catalogue.add', {
          id: 'cykelskola',
          nameSv: 'X',
          nameEn: 'X',
          kind: 'skills',
          department: 'ame',
        }),
      ),
    ).toContain('Det id:t finns redan');
    cat = await admin.click(
      cat,
      'plan.catalogue.save',
      { ...inputs(cat), retired_laxhjalp: 'true' },
      { typeId: 'laxhjalp' },
    );
    expect(allText(cat)).toContain('Läxhjälp (utgången)');

    plan = await chat.sayOne(`plan ${p.code}`);
    expect(allText(plan)).toContain('Läxhjälp (utgången typ)');
    const offered = [...walk(plan)]
      .find((n) => n.id === 'new_type')
      .choices.map((c: any) => c.value);
    expect(offered).toContain('cykelskola');
    expect(offered).not.toContain('laxhjalp');
    const refused = await chat.click(plan, 'plan.activity.add', {
      new_type: 'laxhjalp',
      new_status: 'ongoing',
      new_start: '2026-11-02',
    });
    expect(allText(refused)).toContain('finns inte (längre) i katalogen');
  });
  it('a cancelled activity stops running on the day it is cancelled; the card shows the actual end date and the history says "avbröt"', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    let card = await planWith(
      chat,
      p.code,
      { new_type: 'sfi', new_status: 'ongoing', new_start: '2026-09-01' },
      { new_type: 'digital', new_status: 'ongoing', new_start: '2026-10-01' },
    );
    card = await saveEdit(chat, card, 1, { status_1: 'cancelled', reason_1: 'Krockade med SFI' });
    card = await saveEdit(chat, card, 0, { status_0: 'completed', end_0: '2026-11-23' });
    const text = allText(card);
    // Completed today still ran today; cancelled today did not.
    expect(text).toContain('1 insats pågår parallellt');
    expect(text).toContain('avbröts 2026-11-23');
    expect(text).toContain('slutade 2026-11-23');
    expect(text).toContain('Avbruten: Krockade med SFI');
    expect(text).toContain(
      'Anna Handläggare: avbröt en insats: Introduktion till digitala verktyg',
    );
    expect(text).toContain('Anna Handläggare: avslutade en insats: SFI');
  });

  it('the history tells a goal change from a change of the follow-up date', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    let card = await chat.sayOne(`plan ${p.code}`);
    card = await chat.click(card, 'plan.goal.save', { goal: 'work', nextFollowUp: '' });
    card = await chat.click(card, 'plan.goal.save', { goal: 'work', nextFollowUp: '2026-12-14' });
    const text = allText(card);
    expect(text).toContain('Anna Handläggare: ändrade målet');
    expect(text).toContain('Anna Handläggare: ändrade datum för nästa uppföljning');
    expect(text).not.toContain('ändrade mål eller uppföljningsdatum');
    expect((await tb.store.plans.history(p.id)).map((h) => h.change)).toEqual([
      'goal.change',
      'followup.date',
    ]);
  });

  it('"Annan insats" with its own name asks for a department instead of answering "Okänd förvaltning"', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const card = await chat.sayOne(`plan ${p.code}`);
    const bad = await chat.click(card, 'plan.activity.add', {
      new_type: 'custom',
      new_name: 'Cykelkurs',
      new_kind: 'skills',
      new_department: '-',
      new_status: 'ongoing',
      new_start: '2026-11-23',
    });
    expect(allText(bad)).toContain('Välj ansvarig förvaltning för en insats med eget namn');
    expect(allText(bad)).not.toContain('Okänd förvaltning');
    expect(inputs(bad).new_name).toBe('Cykelkurs');
    const forged = await chat.click(card, 'plan.activity.add', {
      new_type: 'sfi',
      new_status: 'someday',
      new_start: '2026-11-23',
    });
    expect(allText(forged)).toContain('Status: ogiltigt värde');
    expect(await tb.store.plans.activitiesFor(p.id)).toHaveLength(0);
  });

  it('names the field of the activity catalogue for a value the card does not offer', async () => {
    const admin = tb.personal(users.admin);
    const cat = await admin.sayOne('insatskatalog');
    const text = allText(
      await admin.click(cat, 'plan.catalogue.add', {
        id: 'simskola',
        nameSv: 'Simskola',
        nameEn: 'Swimming school',
        kind: 'fun',
        department: 'ame',
      }),
    );
    expect(text).toContain('Slag: ogiltigt värde');
    expect(text).not.toContain('undefined');
    expect(text).not.toMatch(/\bkind:/);
  });
});

describe('follow-up reminders', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.bo.id, 'caseworker');
  });
  afterAll(async () => {
    await tb.close();
  });

  const followUpCards = (tb: TestBot, code: string) =>
    tb.connector
      .cardsTo(`a:personal-${users.anna.id}`)
      .filter((c) => allText(c).includes(`Uppföljning ${code}`));

  it('sends the follow-up card on the due date (Stockholm), once; saving it records the follow-up and the next date', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const card = await planWith(
      chat,
      p.code,
      { new_type: 'sfi', new_status: 'ongoing', new_start: '2026-09-01' },
      { new_type: 'laxhjalp', new_status: 'ongoing', new_start: '2026-10-01' },
    );
    await chat.click(card, 'plan.goal.save', { goal: 'work', nextFollowUp: '2026-11-30' });

    tb.clock.set('2026-11-29T22:30:00Z'); // 23:30 on the 29th in Stockholm: not yet
    await tb.bot.scheduler.tick();
    expect(followUpCards(tb, p.code)).toHaveLength(0);
    tb.clock.set('2026-11-29T23:30:00Z'); // 00:30 on the 30th in Stockholm: due
    await tb.bot.scheduler.tick();
    await tb.bot.scheduler.tick();
    const sent = followUpCards(tb, p.code);
    expect(sent).toHaveLength(1);
    expect(allText(sent[0])).toContain('Vad tycker deltagaren om SFI');
    expect(allText(sent[0])).toContain('Deltagarens svenska nu');

    // The card forwarded to another caseworker records nothing and shows nothing of the plan.
    const forwarded = await tb.personal(users.bo).click(sent[0], 'plan.followup.save', {
      decision_0: 'keep',
      decision_1: 'keep',
      nextFollowUp: '2026-12-28',
    });
    expect(allText(forwarded)).toContain('Du är inte handläggare');
    expect(allText(forwarded)).not.toContain('SFI');
    expect(await tb.store.plans.followUpsFor(p.id)).toHaveLength(0);

    const saved = await chat.click(sent[0], 'plan.followup.save', {
      opinion_0: 'Bra lärare',
      decision_0: 'keep',
      decision_1: 'completed',
      level: 'sfi_c',
      newType: 'praktik',
      newStart: '2026-12-07',
      nextFollowUp: '2026-12-28',
    });
    expect(allText(saved)).toContain('Uppföljningen är sparad');
    expect(allText(saved)).toContain('2026-12-28');
    const followUps = await tb.store.plans.followUpsFor(p.id);
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({
      dueDate: '2026-11-30',
      heldOn: '2026-11-30',
      swedishLevel: 'sfi_c',
      nextFollowUp: '2026-12-28',
    });
    const acts = await tb.store.plans.activitiesFor(p.id);
    expect(acts.map((a) => [a.typeId, a.status])).toEqual([
      ['sfi', 'ongoing'],
      ['laxhjalp', 'completed'],
      ['praktik', 'planned'],
    ]);
    expect(followUps[0]!.opinions[acts[0]!.id]).toBe('Bra lärare');

    // A second click on the same follow-up card records nothing more.
    const twice = await chat.click(sent[0], 'plan.followup.save', {
      decision_0: 'keep',
      decision_1: 'keep',
      nextFollowUp: '2026-12-28',
    });
    expect(allText(twice)).toContain('Planen har ändrats');
    expect(await tb.store.plans.followUpsFor(p.id)).toHaveLength(1);
    await tb.bot.scheduler.tick();
    expect(followUpCards(tb, p.code)).toHaveLength(1);
  });

  it('a follow-up that fell due while the bot was down is sent on the next tick after start, and only once', async () => {
    tb.clock.set('2026-11-30T09:00:00Z');
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    await chat.click(await chat.sayOne(`plan ${p.code}`), 'plan.goal.save', {
      goal: 'studies',
      nextFollowUp: '2026-12-10',
    });

    tb.clock.set('2026-12-14T08:00:00Z'); // down from before the 10th until the 14th
    await tb.restart();
    await tb.bot.scheduler.tick();
    await tb.restart();
    await tb.bot.scheduler.tick();
    const sent = followUpCards(tb, p.code);
    expect(sent).toHaveLength(1);
    expect(allText(sent[0])).toContain('planerad 2026-12-10');
    expect(await tb.store.dispatches.status(`followup:${p.id}:2026-12-10`)).toMatchObject({
      status: 'sent',
      attempts: 1,
    });
  });

  it('sends no reminder for a participant who has exited', async () => {
    tb.clock.set('2026-12-14T08:00:00Z');
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const card = await chat.sayOne(`plan ${p.code}`);
    await chat.click(card, 'plan.goal.save', { goal: 'work', nextFollowUp: '2026-12-20' });
    const fresh = (await tb.store.participants.get(p.id))!;
    await tb.store.participants.update(p.id, fresh.rev, { endDate: '2026-12-15' });
    tb.clock.set('2026-12-21T08:00:00Z');
    await tb.bot.scheduler.tick();
    expect(followUpCards(tb, p.code)).toHaveLength(0);
  });
  it('a follow-up can be held before its reminder (`uppföljning <kod>`); the reminder for that date is then not sent', async () => {
    tb.clock.set('2026-11-23T09:00:00Z');
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const card = await planWith(chat, p.code, {
      new_type: 'sfi',
      new_status: 'ongoing',
      new_start: '2026-09-01',
    });
    await chat.click(card, 'plan.goal.save', { goal: 'work', nextFollowUp: '2026-12-14' });
    const early = await chat.sayOne(`uppföljning ${p.code}`);
    expect(allText(early)).toContain('Uppföljningen är planerad till 2026-12-14');
    expect(allText(early)).toContain('Vad tycker deltagaren om SFI');
    const saved = await chat.click(early, 'plan.followup.save', {
      opinion_0: 'Går bra',
      decision_0: 'keep',
      nextFollowUp: '2027-01-11',
    });
    expect(allText(saved)).toContain('Uppföljningen är sparad');
    const held = await tb.store.plans.followUpsFor(p.id);
    expect(held).toMatchObject([
      { dueDate: '2026-12-14', heldOn: '2026-11-23', nextFollowUp: '2027-01-11' },
    ]);
    const shown = followUpCards(tb, p.code).length; // the card `uppföljning` answered with
    tb.clock.set('2026-12-14T08:00:00Z');
    await tb.bot.scheduler.tick();
    expect(followUpCards(tb, p.code)).toHaveLength(shown);
    expect(allText(await tb.personal(users.bo).sayOne(`uppföljning ${p.code}`))).toContain(
      'Du är inte handläggare',
    );
  });

  it('a follow-up missed while the bot was down says it is late', async () => {
    tb.clock.set('2026-11-30T09:00:00Z');
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    await chat.click(await chat.sayOne(`plan ${p.code}`), 'plan.goal.save', {
      goal: 'studies',
      nextFollowUp: '2026-12-03',
    });
    tb.clock.set('2026-12-07T08:00:00Z');
    await tb.restart();
    await tb.bot.scheduler.tick();
    const sent = followUpCards(tb, p.code);
    expect(sent).toHaveLength(1);
    expect(allText(sent[0])).toContain(
      'Uppföljningen skulle ha hållits 2026-12-03 och är 4 dagar sen',
    );
  });
  it("offers journal text after a plan change and after a follow-up: plain text, no code, the caseworker's own words", async () => {
    tb.clock.set('2026-11-23T09:00:00Z');
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    let card = await chat.sayOne(`plan ${p.code}`);
    card = await chat.click(card, 'plan.goal.save', {
      goal: 'work',
      ownWords: 'Jag vill jobba i ett storkök',
      nextFollowUp: '2026-12-14',
    });
    card = await chat.click(card, 'plan.activity.add', {
      new_type: 'praktik',
      new_status: 'ongoing',
      new_start: '2026-11-23',
      new_responsible: 'Karin Utförare',
    });
    const planText = inputs(await chat.click(card, 'journal.plan')).journal as string;
    expect(planText).toContain('Handlingsplan, ändrad 2026-11-23.');
    expect(planText).toContain('Mål: Arbete.');
    expect(planText).toContain('"Jag vill jobba i ett storkök"');
    expect(planText).toContain('- Praktik (Arbetsmarknadsenheten): pågår, start 2026-11-23.');
    expect(planText).toContain('Ansvarig: Karin Utförare.');
    expect(planText).toContain('lade till en insats: Praktik');
    expect(planText).toContain('Nästa uppföljning: 2026-12-14.');
    expect(planText).not.toContain(p.code);

    const followUp = await chat.sayOne(`uppföljning ${p.code}`);
    const saved = await chat.click(followUp, 'plan.followup.save', {
      opinion_0: 'Trivs bra, vill fortsätta',
      decision_0: 'keep',
      level: 'sfi_c',
      nextFollowUp: '2027-01-11',
    });
    const followUpText = inputs(await chat.click(saved, 'journal.followup')).journal as string;
    expect(followUpText).toContain(
      'Uppföljning av handlingsplanen 2026-11-23 (planerad 2026-12-14).',
    );
    expect(followUpText).toContain('Deltagaren tycker: "Trivs bra, vill fortsätta"');
    expect(followUpText).toContain('Deltagarens svenska: SFI kurs C.');
    expect(followUpText).toContain('Nästa uppföljning: 2027-01-11.');
    expect(followUpText).not.toContain(p.code);
    // Only the owner gets it.
    const refused = await tb.personal(users.bo).click(saved, 'journal.followup');
    expect(allText(refused)).toContain('Du är inte handläggare');
    expect((await tb.store.audit.list({ participantId: p.id })).map((a) => a.action)).toEqual(
      expect.arrayContaining(['journal.plan', 'journal.followup']),
    );
  });
});

/**
 * Edits activity number n as a person does: "Ändra" on the plan card draws its form, then Save
 * sends the form's values as drawn with these changes.
 */
async function saveEdit(
  chat: ReturnType<TestBot['personal']>,
  card: any,
  n: number,
  changes: Record<string, unknown>,
): Promise<any> {
  const edits = [...walk(card)].filter(
    (x) => x.type === 'Action.Execute' && x.verb === 'plan.activity.edit',
  );
  const form = await chat.click(
    card,
    'plan.activity.edit',
    {},
    { activityId: edits[n].data.activityId },
  );
  return chat.click(form, 'plan.activity.save', { ...inputs(form), ...changes });
}
