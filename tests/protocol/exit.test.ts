import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, inputs } from '../support/cards';
import { TestBot, users } from '../support/bot';
import { participantWith } from '../support/factories';
import { planWith } from '../support/plan';

describe('exits (avslut) and the six-month question', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start(); // 2026-11-23
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.bo.id, 'caseworker');
    await tb.grant(users.maja.id, 'manager');
  });
  afterAll(async () => {
    await tb.close();
  });

  const sixMonthCards = (code: string) =>
    tb.connector
      .cardsTo(`a:personal-${users.anna.id}`)
      .filter((c) => allText(c).includes(`Sex månader efter avslut: ${code}`));

  /** A participant of Anna's, exited through the exit card on the clock's day. */
  async function exitedThroughCard(on: string, values: Record<string, string>) {
    tb.clock.set(`${on}T09:00:00Z`);
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    await chat.click(await chat.sayOne(`avslut ${p.code}`), 'exit.save', values);
    return { p, chat };
  }

  it('records an exit with a next step arranged, sets the end date, and a double click records one exit', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const card = await chat.sayOne(`avslut ${p.code}`);
    expect(allText(card)).toContain(`Avslut ${p.code}`);
    const values = {
      date: '2026-11-20',
      outcome: 'praktik',
      support: 'etablering',
      nextStep: 'yes',
      nextStepWith: 'af',
    };
    const done = await chat.click(card, 'exit.save', values);
    expect(allText(done)).toContain(`${p.code} är avslutad`);
    expect(allText(done)).toContain('Arbetsförmedlingen');
    expect(allText(done)).not.toContain('veckosammanställningen');
    const twice = await chat.click(card, 'exit.save', { ...values, outcome: 'avbrott' });
    expect(allText(twice)).toContain('avslutades redan 2026-11-20');

    expect(await tb.store.exits.exitFor(p.id)).toMatchObject({
      date: '2026-11-20',
      outcome: 'praktik',
      nextStep: true,
      nextStepWith: 'af',
      noNextStepReason: null,
      supportAtExit: 'etablering',
      selfSupportAfter6m: null,
    });
    expect((await tb.store.exits.allExits()).filter((e) => e.participantId === p.id)).toHaveLength(
      1,
    );
    expect((await tb.store.participants.get(p.id))?.endDate).toBe('2026-11-20');
    expect((await tb.store.audit.list({ participantId: p.id })).map((a) => a.action)).toContain(
      'exit.saved',
    );
  });

  it('an exit with no next step asks for a reason, and is flagged for the weekly digest', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const card = await chat.sayOne(`avslut ${p.code}`);
    const bad = await chat.click(card, 'exit.save', {
      date: '2026-11-23',
      outcome: 'avbrott',
      nextStep: 'no',
    });
    expect(allText(bad)).toContain('Inget nästa steg: ange ett skäl');
    expect(await tb.store.exits.exitFor(p.id)).toBeUndefined();
    expect((await tb.store.participants.get(p.id))?.endDate).toBeNull();

    const done = await chat.click(bad, 'exit.save', {
      date: '2026-11-23',
      outcome: 'avbrott',
      nextStep: 'no',
      reason: 'no_contact',
    });
    expect(allText(done)).toContain('flaggas i veckosammanställningen');
    expect(allText(done)).toContain('Kontakten har upphört');
    const exit = await tb.store.exits.exitFor(p.id);
    expect(exit).toMatchObject({
      nextStep: false,
      noNextStepReason: 'no_contact',
      outcome: 'avbrott',
    });
  });

  it('checks the exit date and the answers on the card', async () => {
    const p = await participantWith(tb.store, users.anna.id, { startDate: '2026-03-01' });
    const chat = tb.personal(users.anna);
    const card = await chat.sayOne(`avslut ${p.code}`);
    expect(
      allText(
        await chat.click(card, 'exit.save', {
          date: '2026-11-24',
          outcome: 'arbete',
          nextStep: 'yes',
          nextStepWith: 'ifo',
        }),
      ),
    ).toContain('kan inte ligga i framtiden');
    expect(
      allText(
        await chat.click(card, 'exit.save', {
          date: '2026-02-01',
          outcome: 'arbete',
          nextStep: 'yes',
          nextStepWith: 'ifo',
        }),
      ),
    ).toContain('före starten (2026-03-01)');
    const missing = allText(await chat.click(card, 'exit.save', { date: '2026-11-20' }));
    expect(missing).toContain('Välj resultat vid avslut');
    expect(missing).toContain('Svara om nästa steg är ordnat');
    expect(
      allText(
        await chat.click(card, 'exit.save', {
          date: '2026-11-20',
          outcome: 'nonsense',
          nextStep: 'no',
          reason: 'moved',
        }),
      ),
    ).toContain('ogiltigt värde');
    expect(await tb.store.exits.exitFor(p.id)).toBeUndefined();
  });

  it('lets only the owner record the exit', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    expect(allText(await tb.personal(users.bo).sayOne(`avslut ${p.code}`))).toContain(
      'Du är inte handläggare',
    );
    const annas = await tb.personal(users.anna).sayOne(`avslut ${p.code}`);
    const refused = await tb.personal(users.bo).click(annas, 'exit.save', {
      date: '2026-11-20',
      outcome: 'arbete',
      nextStep: 'no',
      reason: 'other',
    });
    expect(allText(refused)).toContain('Du är inte handläggare');
    expect(await tb.store.exits.exitFor(p.id)).toBeUndefined();
  });

  it('six months after the exit the caseworker is asked once whether the person supports themselves; the answer is recorded once', async () => {
    const { p, chat } = await exitedThroughCard('2026-11-23', {
      date: '2026-11-20',
      outcome: 'sfi',
      nextStep: 'yes',
      nextStepWith: 'vux',
    });

    tb.clock.set('2027-05-19T10:00:00Z');
    await tb.bot.scheduler.tick();
    expect(sixMonthCards(p.code)).toHaveLength(0);
    tb.clock.set('2027-05-20T10:00:00Z');
    await tb.bot.scheduler.tick();
    await tb.bot.scheduler.tick();
    const sent = sixMonthCards(p.code);
    expect(sent).toHaveLength(1);
    expect(allText(sent[0])).toContain('försörjer sig personen nu genom arbete eller studier');

    // Forwarded to another caseworker, the card records nothing.
    const forwarded = await tb
      .personal(users.bo)
      .click(sent[0], 'exit.selfsupport', {}, { value: 'no' });
    expect(allText(forwarded)).toContain('Du är inte handläggare');
    expect((await tb.store.exits.exitFor(p.id))?.selfSupportAfter6m).toBeNull();

    const answered = await chat.click(sent[0], 'exit.selfsupport', {}, { value: 'yes' });
    expect(allText(answered)).toContain('Registrerat: Ja, arbete eller studier');
    const late = await chat.click(sent[0], 'exit.selfsupport', {}, { value: 'no' });
    expect(allText(late)).toContain('Registrerat: Ja, arbete eller studier');
    expect((await tb.store.exits.exitFor(p.id))?.selfSupportAfter6m).toBe(true);
    tb.clock.set('2027-06-20T10:00:00Z');
    await tb.bot.scheduler.tick();
    expect(sixMonthCards(p.code)).toHaveLength(1);
  });

  it('an exit on the last day of a longer month is asked about on the last day of the shorter one, six months on', async () => {
    const { p } = await exitedThroughCard('2026-08-31', {
      date: '2026-08-31',
      outcome: 'arbete',
      nextStep: 'no',
      reason: 'declined',
    });
    expect((await tb.store.exits.exitFor(p.id))?.date).toBe('2026-08-31');
    tb.clock.set('2027-02-27T10:00:00Z');
    await tb.bot.scheduler.tick();
    expect(sixMonthCards(p.code)).toHaveLength(0);
    tb.clock.set('2027-02-28T10:00:00Z');
    await tb.bot.scheduler.tick();
    expect(sixMonthCards(p.code)).toHaveLength(1);
  });

  it('a six-month question that fell due during downtime is sent after the restart, once', async () => {
    const { p } = await exitedThroughCard('2026-11-23', {
      date: '2026-11-23',
      outcome: 'okand',
      nextStep: 'no',
      reason: 'moved',
    });
    tb.clock.set('2027-06-01T10:00:00Z');
    await tb.restart();
    await tb.bot.scheduler.tick();
    await tb.restart();
    await tb.bot.scheduler.tick();
    expect(sixMonthCards(p.code)).toHaveLength(1);
    expect(await tb.store.dispatches.status(`exit6m:${p.id}`)).toMatchObject({
      status: 'sent',
      attempts: 1,
    });
  });

  it('a person who got a job or started studies is not asked for a next step and is never flagged "mellan stolarna"', async () => {
    tb.clock.set('2026-11-23T09:00:00Z');
    const job = await participantWith(tb.store, users.anna.id);
    const studies = await participantWith(tb.store, users.anna.id);
    const dropped = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    // Work: the next-step question is left unanswered, and that is fine.
    const jobDone = await chat.click(await chat.sayOne(`avslut ${job.code}`), 'exit.save', {
      date: '2026-11-20',
      outcome: 'arbete',
      support: 'lon',
    });
    expect(allText(jobDone)).toContain(`${job.code} är avslutad`);
    expect(allText(jobDone)).not.toContain('veckosammanställningen');
    // Studies, answered "no next step" without a reason: saved, not flagged either.
    const studiesDone = await chat.click(await chat.sayOne(`avslut ${studies.code}`), 'exit.save', {
      date: '2026-11-20',
      outcome: 'folkhogskola',
      nextStep: 'no',
    });
    expect(allText(studiesDone)).toContain(`${studies.code} är avslutad`);
    expect(allText(studiesDone)).not.toContain('veckosammanställningen');
    // An outcome in the group "other" still needs the answer.
    const form = await chat.sayOne(`avslut ${dropped.code}`);
    const asked = await chat.click(form, 'exit.save', { date: '2026-11-20', outcome: 'avbrott' });
    expect(allText(asked)).toContain('Svara om nästa steg är ordnat');
    await chat.click(form, 'exit.save', {
      date: '2026-11-20',
      outcome: 'avbrott',
      nextStep: 'no',
      reason: 'no_contact',
    });

    expect(await tb.store.exits.exitFor(job.id)).toMatchObject({
      outcome: 'arbete',
      nextStep: false,
      noNextStepReason: null,
    });
    const digest = allText(
      await tb.personal(users.maja).sayOne('sammanfattning 2026-11-01 2026-11-30'),
    );
    expect(digest).toContain(dropped.code);
    expect(digest).not.toContain(job.code);
    expect(digest).not.toContain(studies.code);
  });

  it('after an exit the plan shows "Avslutad <datum>", its activities end, and no follow-up is due any more', async () => {
    tb.clock.set('2026-11-23T09:00:00Z');
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const plan = await planWith(
      chat,
      p.code,
      { new_type: 'sfi', new_status: 'ongoing', new_start: '2026-09-01' },
      { new_type: 'praktik', new_status: 'planned', new_start: '2026-12-07' },
    );
    await chat.click(plan, 'plan.goal.save', { goal: 'work', nextFollowUp: '2026-11-30' });
    await chat.click(await chat.sayOne(`avslut ${p.code}`), 'exit.save', {
      date: '2026-11-20',
      outcome: 'arbete',
    });

    const after = allText(await chat.sayOne(`plan ${p.code}`));
    expect(after).toContain('Avslutad 2026-11-20');
    expect(after).not.toContain('2026-11-30');
    expect(after).not.toContain('Lägg till insats');
    const acts = await tb.store.plans.activitiesFor(p.id);
    expect(acts.map((a) => [a.typeId, a.status, a.endDate])).toEqual([
      ['sfi', 'completed', '2026-11-20'],
      ['praktik', 'cancelled', '2026-11-20'],
    ]);
    expect((await tb.store.plans.planFor(p.id))?.nextFollowUp).toBeNull();
    expect(allText(await chat.sayOne(`uppföljning ${p.code}`))).toContain(
      'ingen uppföljning behövs längre',
    );
    tb.clock.set('2026-12-01T08:00:00Z');
    await tb.bot.scheduler.tick();
    expect(
      tb.connector
        .cardsTo(`a:personal-${users.anna.id}`)
        .filter((c) => allText(c).includes(`Uppföljning ${p.code}`)),
    ).toHaveLength(0);
  });

  it('the owner corrects an exit (date, outcome, next step); the card says who corrected it and when, and a stale card changes nothing', async () => {
    tb.clock.set('2026-11-23T09:00:00Z');
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    await planWith(chat, p.code, {
      new_type: 'sfi',
      new_status: 'ongoing',
      new_start: '2026-09-01',
    });
    const done = await chat.click(await chat.sayOne(`avslut ${p.code}`), 'exit.save', {
      date: '2026-11-20',
      outcome: 'avbrott',
      nextStep: 'no',
      reason: 'no_contact',
    });
    expect(allText(done)).toContain('flaggas i veckosammanställningen');
    tb.clock.set('2026-11-24T09:00:00Z');
    const correction = {
      date: '2026-11-18',
      outcome: 'arbete',
      support: 'lon',
      nextStep: '',
      nextStepWith: '',
      reason: '',
    };
    const bad = await chat.click(done, 'exit.correct', { ...correction, date: '2026-11-25' });
    expect(allText(bad)).toContain('kan inte ligga i framtiden');
    expect((await tb.store.exits.exitFor(p.id))?.outcome).toBe('avbrott');
    const refused = await tb.personal(users.bo).click(done, 'exit.correct', correction);
    expect(allText(refused)).toContain('Du är inte handläggare');

    const corrected = await chat.click(done, 'exit.correct', correction);
    const text = allText(corrected);
    expect(text).toContain('Avslutet är rättat');
    expect(text).toContain('Rättat 2026-11-24 av Anna Handläggare');
    expect(text).toContain('Registrerat 2026-11-23 av Anna Handläggare');
    expect(text).not.toContain('veckosammanställningen');
    expect(await tb.store.exits.exitFor(p.id)).toMatchObject({
      date: '2026-11-18',
      outcome: 'arbete',
      nextStep: false,
      noNextStepReason: null,
      supportAtExit: 'lon',
    });
    expect((await tb.store.participants.get(p.id))?.endDate).toBe('2026-11-18');
    expect((await tb.store.plans.activitiesFor(p.id))[0]?.endDate).toBe('2026-11-18');
    // The same (now stale) card again: nothing changes, the card says the case moved on.
    const stale = await chat.click(done, 'exit.correct', { ...correction, outcome: 'sfi' });
    expect(allText(stale)).toContain('Ärendet har ändrats');
    expect((await tb.store.exits.exitFor(p.id))?.outcome).toBe('arbete');
    const history = (await tb.store.plans.history(p.id)).map((h) => h.change);
    expect(history.filter((c) => c === 'exit.correct')).toHaveLength(1);
    expect((await tb.store.audit.list({ participantId: p.id })).map((a) => a.action)).toContain(
      'exit.corrected',
    );
  });

  it("names each field of the exit card in the user's words, never by its input id", async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const card = await chat.sayOne(`avslut ${p.code}`);
    const text = allText(
      await chat.click(card, 'exit.save', {
        date: '2026-11-20',
        outcome: 'nonsense',
        support: 'lottery',
        nextStep: 'maybe',
      }),
    );
    expect(text).toContain('Resultat vid avslut: ogiltigt värde');
    expect(text).toContain('Huvudsaklig försörjning vid avslut: ogiltigt värde');
    expect(text).toContain('Nästa steg ordnat: ogiltigt värde');
    expect(text).not.toMatch(/\b(outcome|support|nextStep):/);
  });

  it("offers journal text after an exit and after a rating session, in the caseworker's language", async () => {
    tb.clock.set('2026-11-23T09:00:00Z');
    const p = await participantWith(tb.store, users.english.id);
    await tb.grant(users.english.id, 'caseworker');
    for (const [date, self, comment] of [
      ['2026-06-01', 2, null],
      ['2026-11-20', 4, 'Har börjat söka själv'],
    ] as const)
      await tb.store.ratings.save({
        participantId: p.id,
        date,
        instrumentId: 'samsyn-standard',
        instrumentVersion: 1,
        scores: [
          { indicatorId: 'job_belief', self, staff: 3, comment },
          { indicatorId: 'caseworker_belief', self: null, staff: 4 },
        ],
        jobSearchDescription: date === '2026-11-20' ? 'Jag frågar på restauranger' : null,
        ratedBy: users.english.id,
      });
    const chat = tb.personal(users.english);
    const res = await chat.invoke('journal.rating', { participantId: p.id });
    const rating = inputs(res.body.value).journal as string;
    expect(rating).toContain('Progression rating (BIP/SKAPA) 2026-11-20, session 2.');
    expect(rating).toContain('- Belief in getting a job: 4 / 3 (last time 2 / 3)');
    expect(rating).toContain('Comment: "Har börjat söka själv"');
    expect(rating).toContain('How the participant looks for work: "Jag frågar på restauranger"');
    expect(rating).toContain('1 of 2 areas have risen since the first rating.');
    expect(rating).not.toContain(p.code);

    const done = await chat.click(await chat.sayOne(`exit ${p.code}`), 'exit.save', {
      date: '2026-11-20',
      outcome: 'arbete',
      support: 'lon',
    });
    const exit = inputs(await chat.click(done, 'journal.exit')).journal as string;
    expect(exit).toContain('Exit 2026-11-20. Outcome: Regular employment');
    expect(exit).toContain('Main source of support at exit:');
    expect(exit).toContain('Work or studies are themselves the next step.');
    expect(exit).not.toContain(p.code);
  });
});
