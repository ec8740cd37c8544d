import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allText, sentInputs } from '../support/cards';
import { TestBot, users, type TestUser } from '../support/bot';
import { participantWith } from '../support/factories';

describe('correction of registration fields (art. 16)', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.bo.id, 'caseworker');
    await tb.grant(users.english.id, 'caseworker');
  });
  afterEach(async () => {
    await tb.close();
  });

  /** Opens `rätta <kod>` and returns a submit that sends what Teams sends: the card as drawn, with `changes`. */
  async function correction(user: TestUser, code: string) {
    const chat = tb.personal(user);
    const card = await chat.sayOne(`rätta ${code}`);
    const submit = (changes: Record<string, string | undefined>, on = card) => {
      const values: Record<string, string> = { ...sentInputs(on) };
      for (const [k, v] of Object.entries(changes))
        if (v === undefined || v === '') delete values[k];
        else values[k] = v;
      return chat.click(on, 'records.correct', values);
    };
    return { chat, card, submit };
  }
  const auditOf = async (participantId: string) =>
    (await tb.store.audit.list({ participantId })).filter(
      (a) => a.action === 'participant.correct',
    );

  it('keeps each corrected field with its old and new value, who and when; audited by field name', async () => {
    const p = await participantWith(tb.store, users.anna.id, { birthYear: 1991 });
    const { card, submit } = await correction(users.anna, p.code);
    const bad = await submit({ birthYear: '1850' });
    expect(allText(bad)).toContain('Födelseår: ett årtal med fyra siffror');
    expect((await tb.store.participants.get(p.id))!.birthYear).toBe(1991);
    const done = await submit({ birthYear: '1990' });
    expect(allText(done)).toContain('Rättat: Födelseår.');
    expect((await tb.store.participants.get(p.id))!.birthYear).toBe(1990);
    const corrections = await tb.store.records.corrections(p.id);
    expect(corrections).toEqual([
      expect.objectContaining({
        field: 'birthYear',
        oldValue: '1991',
        newValue: '1990',
        correctedBy: users.anna.id,
        correctedAt: expect.stringMatching(/^2026-11-23T09:00/),
      }),
    ]);
    // the old card again: stale, nothing more changes
    const again = await submit({ gender: 'man' }, card);
    expect(allText(again)).toContain('inaktuellt');
    expect((await tb.store.participants.get(p.id))!.gender).toBe('kvinna');
    const audit = await auditOf(p.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toEqual({ code: p.code, fields: 'birthYear' });
  });

  it('opens from the participant card, the same card as rätta', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const chat = tb.personal(users.anna);
    const card = await chat.click(await chat.sayOne(`visa ${p.code}`), 'records.correct.open');
    expect(allText(card)).toContain(`Rätta registreringen av ${p.code}`);
    const done = await chat.click(card, 'records.correct', { ...sentInputs(card), sfiTrack: '3' });
    expect(allText(done)).toContain('Rättat: SFI-spår.');
    // someone else's participant, by a crafted click: refused, nothing shown
    const bo = await tb.personal(users.bo).invoke('records.correct.open', { code: p.code });
    expect(allText(bo.body.value)).toContain('Du är inte handläggare för');
  });

  it('is refused to a caseworker who does not own the case', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const card = await tb.personal(users.bo).sayOne(`rätta ${p.code}`);
    expect(allText(card)).toContain('Du är inte handläggare för');
  });

  it("corrects the caseworker's private name of the participant, and clears it; the old name only in the history", async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const { submit } = await correction(users.anna, p.code);
    const long = await submit({ name: 'x'.repeat(101) });
    expect(allText(long)).toContain('Namn (frivilligt, syns bara för dig): högst 100 tecken.');
    const renamed = await submit({ name: 'Amina Testsson' });
    expect(allText(renamed)).toContain('Rättat: Namn (frivilligt, syns bara för dig).');
    expect((await tb.store.participants.get(p.id))!.name).toBe('Amina Testsson');
    const next = await correction(users.anna, p.code);
    const cleared = await next.submit({ name: undefined }); // Teams sends no emptied input
    expect(allText(cleared)).toContain('Rättat: Namn');
    expect((await tb.store.participants.get(p.id))!.name).toBeNull();
    const history = await tb.store.records.corrections(p.id);
    expect(history.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ['name', 'Testperson', 'Amina Testsson'],
      ['name', 'Amina Testsson', null],
    ]);
    // the audit log names the field, never the value
    const audit = await auditOf(p.id);
    expect(audit.map((a) => a.detail)).toEqual([
      { code: p.code, fields: 'name' },
      { code: p.code, fields: 'name' },
    ]);
    expect(JSON.stringify(await tb.store.audit.list({}))).not.toMatch(/Amina|Testperson/);
  });

  it('protected identity turned on removes the name, and the history keeps no name either', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    await (await correction(users.anna, p.code)).submit({ name: 'Amina Testsson' });
    const { submit } = await correction(users.anna, p.code);
    const done = await submit({ protectedIdentity: 'true', name: 'Nytt Namn' });
    expect(allText(done)).toContain('Skyddad identitet');
    const now = (await tb.store.participants.get(p.id))!;
    expect(now).toMatchObject({ protectedIdentity: true, name: null });
    const history = await tb.store.records.corrections(p.id);
    // the earlier correction of the name keeps that it happened, and no longer the names
    expect(history.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ['name', null, null],
      ['name', null, null],
      ['protectedIdentity', 'false', 'true'],
    ]);
    expect(
      JSON.stringify(await tb.store.db.all('SELECT * FROM participant_corrections')),
    ).not.toMatch(/Testperson|Amina|Nytt Namn/);
    // the card drawn again shows no name
    const card = await tb.personal(users.anna).sayOne(`rätta ${p.code}`);
    expect(JSON.stringify(card)).not.toContain('Amina');
  });

  it('corrects the departments involved, and names an unknown or missing department on the card', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const { submit } = await correction(users.anna, p.code);
    const unknown = await submit({ departments: 'vux,nasa' });
    expect(allText(unknown)).toContain(
      'Förvaltningar som är med: välj bland de förvaltningar som finns.',
    );
    const none = await submit({ departments: undefined });
    expect(allText(none)).toContain('Förvaltningar som är med: välj minst en.');
    expect((await tb.store.participants.get(p.id))!.departments).toEqual(['vux', 'ame', 'ifo']);
    const done = await submit({ departments: 'vux,af' });
    expect(allText(done)).toContain('Rättat: Förvaltningar som är med.');
    expect((await tb.store.participants.get(p.id))!.departments).toEqual(['vux', 'af']);
    const [c] = await tb.store.records.corrections(p.id);
    expect(c).toMatchObject({ field: 'departments', oldValue: 'ame;ifo;vux', newValue: 'af;vux' });
  });

  it('corrects the SFI track and course, and refuses a course without a track or an unknown one', async () => {
    const p = await participantWith(tb.store, users.anna.id); // track 2, course B
    const { submit } = await correction(users.anna, p.code);
    const noTrack = await submit({ sfiTrack: '-', sfiCourse: 'C' });
    expect(allText(noTrack)).toContain('SFI-kurs: välj först ett SFI-spår.');
    const wrong = await submit({ sfiTrack: '4', sfiCourse: 'E' });
    expect(allText(wrong)).toContain('SFI-spår: välj 1, 2, 3 eller Inget spår.');
    expect(allText(wrong)).toContain('SFI-kurs: välj A, B, C, D eller Ingen kurs.');
    expect((await tb.store.participants.get(p.id))!).toMatchObject({ sfiTrack: 2, sfiCourse: 'B' });
    const done = await submit({ sfiTrack: '1', sfiCourse: 'A' });
    expect(allText(done)).toContain('Rättat: SFI-spår, SFI-kurs.');
    expect((await tb.store.participants.get(p.id))!).toMatchObject({ sfiTrack: 1, sfiCourse: 'A' });
    const next = await correction(users.anna, p.code);
    await next.submit({ sfiTrack: '-', sfiCourse: '-' });
    expect((await tb.store.participants.get(p.id))!).toMatchObject({
      sfiTrack: null,
      sfiCourse: null,
    });
    const history = await tb.store.records.corrections(p.id);
    expect(history.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ['sfiTrack', '2', '1'],
      ['sfiCourse', 'B', 'A'],
      ['sfiTrack', '1', null],
      ['sfiCourse', 'A', null],
    ]);
  });

  it("corrects the participant's languages, gender, start date and support at start", async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const { submit } = await correction(users.anna, p.code);
    const bad = await submit({ languages: 'ti,xx', startDate: '2027-01-01', gender: 'okänd' });
    const text = allText(bad);
    expect(text).toContain('Deltagarens språk för skattningen: välj i listan.');
    expect(text).toContain('Startdatum: ett datum som ÅÅÅÅ-MM-DD, inte i framtiden.');
    expect(text).toContain('Kön: välj i listan.');
    const done = await submit({
      languages: 'ti,ar',
      startDate: '2026-02-01',
      gender: 'annan',
      supportAtStart: 'etablering',
    });
    expect(allText(done)).toContain(
      'Rättat: Kön, Startdatum, Deltagarens språk för skattningen, Försörjning vid start.',
    );
    expect((await tb.store.participants.get(p.id))!).toMatchObject({
      languages: ['ti', 'ar'],
      startDate: '2026-02-01',
      gender: 'annan',
      supportAtStart: 'etablering',
    });
    const history = await tb.store.records.corrections(p.id);
    expect(history.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ['gender', 'kvinna', 'annan'],
      ['startDate', '2026-01-15', '2026-02-01'],
      ['languages', null, 'ti;ar'],
      ['supportAtStart', 'ekonomiskt_bistand', 'etablering'],
    ]);
  });

  it('refuses a start date after the exit', async () => {
    const p = await participantWith(tb.store, users.anna.id, { endDate: '2026-06-30' });
    const { submit } = await correction(users.anna, p.code);
    const bad = await submit({ startDate: '2026-07-01' });
    expect(allText(bad)).toContain('Startdatum: kan inte vara efter avslutsdatumet.');
    expect((await tb.store.participants.get(p.id))!.startDate).toBe('2026-01-15');
  });

  it('names a bad value on the card in English for an English-speaking caseworker', async () => {
    const p = await participantWith(tb.store, users.english.id);
    const { card, submit } = await correction(users.english, p.code);
    expect(allText(card)).toContain('Correct the registration of');
    const bad = await submit({ departments: 'nasa', sfiTrack: '-', sfiCourse: 'D' });
    expect(allText(bad)).toContain('Departments involved: choose among the departments there are.');
    expect(allText(bad)).toContain('SFI course: choose an SFI track first.');
    const done = await submit({ name: 'Sam' });
    expect(allText(done)).toContain('Corrected: Name (optional, only you see it).');
  });

  it('a card drawn before another correction is stale and changes nothing; nothing typed is lost from the answer', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const first = await correction(users.anna, p.code);
    const second = await correction(users.anna, p.code);
    await second.submit({ sfiTrack: '3' });
    const stale = await first.submit({ departments: 'vux' });
    expect(allText(stale)).toContain('inaktuellt');
    // the answer is the card as it is now: the other correction shows
    expect(JSON.stringify(stale)).toContain('"value":"3"');
    const now = (await tb.store.participants.get(p.id))!;
    expect(now).toMatchObject({ sfiTrack: 3, departments: ['vux', 'ame', 'ifo'] });
    expect((await tb.store.records.corrections(p.id)).map((c) => c.field)).toEqual(['sfiTrack']);
    // a double click on the same card saves once
    const third = await correction(users.anna, p.code);
    const [a, b] = await Promise.all([
      third.submit({ gender: 'man' }),
      third.submit({ gender: 'man' }),
    ]);
    expect([allText(a), allText(b)].filter((x) => x.includes('Rättat: Kön.'))).toHaveLength(1);
    expect((await tb.store.records.corrections(p.id)).map((c) => c.field)).toEqual([
      'sfiTrack',
      'gender',
    ]);
    expect(await auditOf(p.id)).toHaveLength(2);
  });
});
