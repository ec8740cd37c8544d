import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText } from '../support/cards';
import { TestBot, users } from '../support/bot';
import { participantWith } from '../support/factories';

describe('exits (avslut) and the six-month question', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start(); // 2026-11-23
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.bo.id, 'caseworker');
  });
  afterAll(async () => {
    await tb.close();
  });

  const sixMonthCards = (code: string) =>
    tb.connector
      .cardsTo(`a:personal-${users.anna.id}`)
      .filter((c) => allText(c).includes(`Sex månader efter avslut: ${code}`));

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
    tb.clock.set('2026-11-23T09:00:00Z');
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    await chat.click(await chat.sayOne(`avslut ${p.code}`), 'exit.save', {
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

  it('a six-month question that fell due during downtime is sent after the restart, once', async () => {
    tb.clock.set('2026-11-23T09:00:00Z');
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    await chat.click(await chat.sayOne(`avslut ${p.code}`), 'exit.save', {
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
});
