import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allText, choicesOf, findAction, inputs, walk } from '../support/cards';
import { TestBot, users, type Chat, type TestUser } from '../support/bot';
import { participantWith } from '../support/factories';
import { NO_CHOICE } from '../../cards/core';

/** The text of one participant's row on "mina deltagare". */
const rowOf = (card: any, code: string) => {
  const row = [...walk(card)].find(
    (n) =>
      n.type === 'Container' &&
      n.items?.[0]?.type === 'TextBlock' &&
      n.items[0].text.startsWith(`**${code}**`),
  );
  if (!row) throw new Error(`no row for ${code} in:\n${allText(card)}`);
  return allText(row);
};

// The fake clock's "today" is 2026-11-23 (Stockholm).
const filled = {
  name: 'Amina Testsson',
  gender: 'kvinna',
  birthYear: '1988',
  startDate: '2026-11-02',
  departments: 'vux,ifo',
  sfiTrack: '2',
  sfiCourse: 'B',
  protectedIdentity: 'false',
  supportAtStart: 'ekonomiskt_bistand',
  consentGivenOn: '2026-11-02',
  consentDepartments: 'vux,ifo',
  consentValidUntil: '2027-11-01',
};

/** A fresh bot in which Anna and these users are caseworkers, with Anna's personal chat installed. */
async function caseworkersBot(...others: TestUser[]): Promise<{ tb: TestBot; anna: Chat }> {
  const tb = await TestBot.start();
  for (const u of [users.anna, ...others]) await tb.grant(u.id, 'caseworker');
  const anna = tb.personal(users.anna);
  await anna.install();
  return { tb, anna };
}

describe('registering a participant (ny deltagare)', () => {
  let tb: TestBot;
  let anna: Chat;
  beforeAll(async () => {
    ({ tb, anna } = await caseworkersBot(users.english));
  });
  afterAll(async () => {
    await tb.close();
  });

  it('registers through the card: a code comes back, the participant is stored with consent and an audit row', async () => {
    const form = await anna.sayOne('ny deltagare');
    expect(allText(form)).toContain('Ny deltagare');
    expect(allText(form)).toContain('Födelseår');
    const done = await anna.click(form, 'registration.save', filled);
    const code = /D-[2-9A-Z]{4}/.exec(allText(done))?.[0];
    expect(code).toBeDefined();
    expect(allText(done)).toContain(`Registrerad: ${code}`);
    expect(allText(done)).toContain('Amina Testsson');

    const p = (await tb.store.participants.byCode(code!))!;
    expect(p).toMatchObject({
      name: 'Amina Testsson',
      gender: 'kvinna',
      birthYear: 1988,
      startDate: '2026-11-02',
      departments: ['vux', 'ifo'],
      sfiTrack: 2,
      sfiCourse: 'B',
      protectedIdentity: false,
      supportAtStart: 'ekonomiskt_bistand',
      ownerId: users.anna.id,
    });
    expect(await tb.store.consents.latest(p.id)).toMatchObject({
      givenOn: '2026-11-02',
      validUntil: '2027-11-01',
      departments: ['vux', 'ifo'],
    });
    const audit = await tb.store.audit.list({ participantId: p.id });
    expect(audit.map((a) => a.action)).toContain('participant.create');
    expect(JSON.stringify(audit)).not.toContain('Amina');
  });

  it("records the participant's languages chosen on the card, in the order chosen", async () => {
    const form = await anna.sayOne('ny deltagare');
    const languages = [...walk(form)].find((n) => n.id === 'languages');
    expect(languages.choices.map((c: { value: string }) => c.value)).toContain('ar');
    const done = await anna.click(form, 'registration.save', { ...filled, languages: 'ar,sv' });
    const code = /D-[2-9A-Z]{4}/.exec(allText(done))?.[0];
    const p = (await tb.store.participants.byCode(code!))!;
    expect(p.languages).toEqual(['ar', 'sv']);
    expect(allText(await anna.sayOne(`visa ${code}`))).toContain('العربية, Svenska');
    const bad = await anna.click(await anna.sayOne('ny deltagare'), 'registration.save', {
      ...filled,
      languages: 'xx',
    });
    expect(allText(bad)).toContain('Deltagarens språk för skattningen: välj ett av alternativen.');
  });

  it('makes one participant when Save is clicked twice, and answers the second click with the same code', async () => {
    const before = (await tb.store.participants.all()).length;
    const form = await anna.sayOne('ny deltagare');
    const first = await anna.click(form, 'registration.save', { ...filled, name: 'Dubbel Klick' });
    const second = await anna.click(form, 'registration.save', { ...filled, name: 'Dubbel Klick' });
    const code = /D-[2-9A-Z]{4}/.exec(allText(first))![0];
    expect(allText(second)).toContain(code);
    expect((await tb.store.participants.all()).length).toBe(before + 1);
  });

  it('makes one participant when two Save clicks race', async () => {
    const before = (await tb.store.participants.all()).length;
    const form = await anna.sayOne('ny deltagare');
    const action = findAction(form, 'registration.save');
    const answers = await Promise.all(
      [1, 2, 3].map(() => anna.invoke('registration.save', { ...action.data, ...filled })),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect((await tb.store.participants.all()).length).toBe(before + 1);
  });

  it('answers a stale card with the current card, and saves nothing from it', async () => {
    const before = (await tb.store.participants.all()).length;
    const form = await anna.sayOne('ny deltagare');
    const corrected = await anna.click(form, 'registration.save', { ...filled, birthYear: '1850' });
    expect(allText(corrected)).toContain('Födelseår');
    // The old card (an earlier revision) is clicked again, e.g. from another device.
    const stale = await anna.click(form, 'registration.save', filled);
    expect(allText(stale)).toContain('inaktuellt');
    expect(inputs(stale).birthYear).toBe(1850);
    expect((await tb.store.participants.all()).length).toBe(before);
    // The current card still works.
    const done = await anna.click(stale, 'registration.save', filled);
    expect(allText(done)).toContain('Registrerad');
    expect((await tb.store.participants.all()).length).toBe(before + 1);
  });

  it('brings a bad birth year and a missing consent date back on the card in Swedish, keeping what was typed', async () => {
    const before = (await tb.store.participants.all()).length;
    const form = await anna.sayOne('ny deltagare');
    const back = await anna.click(form, 'registration.save', {
      ...filled,
      birthYear: '1850',
      consentGivenOn: '',
    });
    const txt = allText(back);
    expect(txt).toContain('Födelseår: ange ett år mellan 1900 och 2011.');
    expect(txt).toContain('Samtycke givet: måste fyllas i.');
    const kept = inputs(back);
    expect(kept).toMatchObject({
      name: 'Amina Testsson',
      gender: 'kvinna',
      birthYear: 1850,
      startDate: '2026-11-02',
      departments: 'vux,ifo',
      sfiTrack: '2',
      sfiCourse: 'B',
      supportAtStart: 'ekonomiskt_bistand',
      consentDepartments: 'vux,ifo',
      consentValidUntil: '2027-11-01',
    });
    expect(kept.consentGivenOn).toBeUndefined();
    expect((await tb.store.participants.all()).length).toBe(before);
    // Corrected on the same card: saved.
    const done = await anna.click(back, 'registration.save', {
      ...kept,
      birthYear: '1988',
      consentGivenOn: '2026-11-02',
    });
    expect(allText(done)).toContain('Registrerad');
  });

  it('says what is wrong in English to a caseworker whose Teams speaks English', async () => {
    const eve = tb.personal(users.english);
    const form = await eve.sayOne('new participant');
    const back = await eve.click(form, 'registration.save', {
      ...filled,
      birthYear: '2020',
      consentGivenOn: '',
    });
    expect(allText(back)).toContain('Birth year: enter a year between 1900 and 2011.');
    expect(allText(back)).toContain('Consent given on: required.');
    expect(inputs(back).name).toBe('Amina Testsson');
  });

  it('keeps no name for a person with protected identity, not even in the draft', async () => {
    const form = await anna.sayOne('ny deltagare');
    const done = await anna.click(form, 'registration.save', {
      ...filled,
      name: 'Hemlig Person',
      protectedIdentity: 'true',
      sfiTrack: 'none',
      sfiCourse: 'none',
    });
    const code = /D-[2-9A-Z]{4}/.exec(allText(done))![0];
    expect(allText(done)).not.toContain('Hemlig');
    const p = (await tb.store.participants.byCode(code))!;
    expect(p.protectedIdentity).toBe(true);
    expect(p.name).toBeNull();
    expect(p).toMatchObject({ sfiTrack: null, sfiCourse: null });
    const flows = await tb.store.db.all<{ data: string }>('SELECT data FROM flows');
    expect(flows.some((f) => f.data.includes('Hemlig'))).toBe(false);
  });

  it('reads the card\'s own "no SFI track / course" choice as none', async () => {
    const form = await anna.sayOne('ny deltagare');
    const drawn = inputs(form);
    const done = await anna.click(form, 'registration.save', {
      ...filled,
      sfiTrack: drawn.sfiTrack,
      sfiCourse: drawn.sfiCourse,
    });
    const code = /D-[2-9A-Z]{4}/.exec(allText(done))![0];
    const p = (await tb.store.participants.byCode(code))!;
    expect(drawn.sfiTrack).toBe(NO_CHOICE);
    expect(p).toMatchObject({ sfiTrack: null, sfiCourse: null });
  });

  it('refuses "ny deltagare" to a user without the caseworker role, and opens no draft', async () => {
    const nobody = tb.personal(users.nobody);
    const card = await nobody.sayOne('ny deltagare');
    expect(allText(card)).toContain('kräver rollen handläggare');
    expect(await tb.store.flows.findOpen('registration', users.nobody.id)).toBeUndefined();
    const res = await nobody.invoke('registration.save', {
      flowId: 'x',
      step: 'form',
      rev: 1,
      ...filled,
    });
    expect(allText(res.body.value)).toContain('kräver rollen handläggare');
  });

  it('refuses "ny deltagare" in a channel', async () => {
    const card = await tb.channel(users.anna).sayOne('ny deltagare');
    expect(allText(card)).toContain('personliga chatt');
  });
});

describe('my participants, consent and handover', () => {
  let tb: TestBot;
  let anna: Chat;
  let bo: Chat;
  beforeAll(async () => {
    ({ tb, anna } = await caseworkersBot(users.bo));
    bo = tb.personal(users.bo);
    await bo.install();
  });
  afterAll(async () => {
    await tb.close();
  });
  beforeEach(() => tb.connector.clear());

  it("lists the caseworker's own participants with name, consent status and days since last rating", async () => {
    const p = await participantWith(tb.store, users.anna.id, { name: 'Karin Kod' });
    const prot = await participantWith(tb.store, users.anna.id, {
      name: 'Dold',
      protectedIdentity: true,
    });
    const other = await participantWith(tb.store, users.bo.id, { name: 'Bos Person' });
    await tb.store.ratings.save({
      participantId: p.id,
      date: '2026-11-13',
      instrumentId: 'samsyn-standard',
      instrumentVersion: 1,
      scores: [],
      jobSearchDescription: null,
      ratedBy: users.anna.id,
    });
    const card = await anna.sayOne('mina deltagare');
    const txt = allText(card);
    expect(txt).toContain(`**${p.code}** · Karin Kod`);
    expect(rowOf(card, p.code)).toContain('för 10 dagar sedan');
    expect(rowOf(card, prot.code)).toContain('Ingen ännu');
    expect(txt).toContain(`**${prot.code}** · Skyddad identitet`);
    expect(txt).not.toContain('Dold');
    expect(txt).not.toContain(other.code);
    expect(txt).toContain('Giltigt (t.o.m. 2027-12-31)');
    expect(txt).toContain('Ingen ännu');
    expect(
      (await tb.store.audit.list({ participantId: p.id })).some(
        (a) => a.action === 'participant.list' && a.actorId === users.anna.id,
      ),
    ).toBe(true);
  });

  it('shows a withdrawn consent at once in my participants', async () => {
    const p = await participantWith(tb.store, users.anna.id, { name: 'Återkallas' });
    expect(rowOf(await anna.sayOne('mina deltagare'), p.code)).toContain(
      'Giltigt (t.o.m. 2027-12-31)',
    );
    const consent = await anna.sayOne(`samtycke ${p.code.toLowerCase()}`);
    expect(allText(consent)).toContain(`Samtycke för ${p.code}`);
    // Issue 12: withdrawing is asked first (one click used to withdraw); the question changes nothing.
    const ask = await anna.click(consent, 'consent.withdraw.ask');
    expect(allText(ask)).toContain(`Återkalla samtycket för ${p.code}?`);
    expect((await tb.store.consents.latest(p.id))?.withdrawnOn).toBeNull();
    const after = await anna.click(ask, 'consent.withdraw');
    expect(allText(after)).toContain('Samtycket är återkallat från i dag.');
    expect(allText(after)).toContain('Återkallat 2026-11-23');
    expect((await tb.store.consents.latest(p.id))?.withdrawnOn).toBe('2026-11-23');
    const list = await anna.sayOne('mina deltagare');
    expect(rowOf(list, p.code)).toContain('Återkallat (t.o.m. 2027-12-31)');
    // A double click on withdraw changes nothing more.
    const again = await anna.click(ask, 'consent.withdraw');
    expect(allText(again)).toContain('inaktuellt');
    expect(
      (await tb.store.audit.list({ participantId: p.id })).filter(
        (a) => a.action === 'consent.withdraw',
      ),
    ).toHaveLength(1);
  });

  it('renews a consent as a new row, keeps the history, and shows an expired one as expired', async () => {
    const p = await participantWith(
      tb.store,
      users.anna.id,
      {},
      { givenOn: '2025-01-10', validUntil: '2025-12-31' },
    );
    const list = await anna.sayOne('mina deltagare');
    expect(rowOf(list, p.code)).toContain('Utgånget (t.o.m. 2025-12-31)');
    const consent = await anna.click(list, 'consent.open', {}, { code: p.code });
    expect(allText(consent)).toContain('Utgånget');
    const bad = await anna.click(consent, 'consent.renew', {
      consentGivenOn: '2026-11-20',
      consentDepartments: 'vux',
      consentValidUntil: '2026-11-01',
    });
    expect(allText(bad)).toContain('måste vara efter datumet då samtycket gavs');
    expect(inputs(bad).consentValidUntil).toBe('2026-11-01');
    const ok = await anna.click(bad, 'consent.renew', {
      consentGivenOn: '2026-11-20',
      consentDepartments: 'vux,ame',
      consentValidUntil: '2027-11-19',
    });
    expect(allText(ok)).toContain('Det nya samtycket är sparat.');
    expect(allText(ok)).toContain('Giltigt');
    expect(await tb.store.consents.history(p.id)).toHaveLength(2);
    // Clicking renew again on the old card adds nothing.
    await anna.click(bad, 'consent.renew', {
      consentGivenOn: '2026-11-20',
      consentDepartments: 'vux,ame',
      consentValidUntil: '2027-11-19',
    });
    expect(await tb.store.consents.history(p.id)).toHaveLength(2);
  });

  it('opens a rating session and the plan from a row of the list (the rating and plan areas answer)', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const list = await anna.sayOne('mina deltagare');
    const rating = await anna.click(list, 'rating.start', {}, { code: p.code });
    expect(allText(rating)).toContain(p.code);
    expect(allText(rating)).not.toMatch(/gäller inte längre|inte handläggare|gick fel/);
    const plan = await anna.click(list, 'plan.open', {}, { participantId: p.id });
    expect(allText(plan)).toContain(p.code);
    expect(allText(plan)).not.toMatch(/gäller inte längre|inte handläggare|gick fel/);
  });

  it('answers "samtycke" without a code with the list, where every row has its buttons', async () => {
    const card = await anna.sayOne('samtycke');
    expect(allText(card)).toContain('Mina deltagare');
    expect(findAction(card, 'consent.open')).toBeDefined();
  });

  it('answers a card of the list clicked in a channel (a forwarded card) with a refusal that names no one, and changes nothing', async () => {
    const p = await participantWith(tb.store, users.anna.id, { name: 'Kanal Karin' });
    const list = await anna.sayOne('mina deltagare');
    const inChannel = tb.channel(users.anna);
    const again = await inChannel.click(list, 'participants.list');
    expect(allText(again)).toContain('personliga chatt');
    expect(allText(again)).not.toContain('Kanal Karin');
    const consent = await anna.click(list, 'consent.open', {}, { code: p.code });
    const ask = await anna.click(consent, 'consent.withdraw.ask');
    expect(allText(await inChannel.click(ask, 'consent.withdraw'))).toContain('personliga chatt');
    expect((await tb.store.consents.latest(p.id))?.withdrawnOn).toBeNull();
  });

  it("refuses consent and handover of someone else's participant", async () => {
    const other = await participantWith(tb.store, users.bo.id);
    expect(allText(await anna.sayOne(`samtycke ${other.code}`))).toContain(
      'Du är inte handläggare',
    );
    expect(allText(await anna.sayOne(`överlämna ${other.code}`))).toContain(
      'Du är inte handläggare',
    );
    expect(
      (await tb.store.audit.list({ participantId: other.id })).some(
        (a) => a.action === 'consent.open.refused',
      ),
    ).toBe(true);
  });

  it('hands a case over: offered, accepted by the receiver, ownership moved and recorded', async () => {
    const p = await participantWith(tb.store, users.anna.id, { name: 'Flyttas Över' });
    const pick = await anna.sayOne(`överlämna ${p.code}`);
    expect(choicesOf(pick, 'toUser')).toEqual([{ title: 'Bo Handläggare', value: users.bo.id }]);
    const offered = await anna.click(pick, 'handover.offer', { toUser: users.bo.id });
    expect(allText(offered)).toContain(
      `Överlämningen av ${p.code} är erbjuden till Bo Handläggare`,
    );
    expect((await tb.store.participants.get(p.id))?.ownerId).toBe(users.anna.id);
    // Double click on offer: one offer.
    await anna.click(pick, 'handover.offer', { toUser: users.bo.id });
    expect(
      (await tb.store.ownership.list(p.id)).filter((c) => c.status === 'offered'),
    ).toHaveLength(1);

    // Bo gets a card in his personal chat, with the code only.
    const toBo = tb.connector.cardsTo(bo.conversationId);
    expect(toBo).toHaveLength(1);
    expect(allText(toBo[0])).toContain(`Överlämning av ${p.code}`);
    expect(allText(toBo[0])).not.toContain('Flyttas');
    // And sees it waiting in his list.
    const boList = await bo.sayOne('mina deltagare');
    expect(allText(boList)).toContain(`${p.code} från Anna Handläggare`);

    const accepted = await bo.click(toBo[0], 'handover.accept');
    expect(allText(accepted)).toContain(`Du är nu handläggare för ${p.code}`);
    const moved = (await tb.store.participants.get(p.id))!;
    expect(moved.ownerId).toBe(users.bo.id);
    expect(moved.pendingOwnerId).toBeNull();
    expect((await tb.store.ownership.list(p.id)).map((c) => c.status)).toEqual(['accepted']);
    expect((await tb.store.audit.list({ participantId: p.id })).map((a) => a.action)).toEqual(
      expect.arrayContaining(['handover.offer', 'handover.accept']),
    );
    // Anna is told; a second click by Bo changes nothing.
    expect(allText(tb.connector.cardsTo(anna.conversationId).at(-1))).toContain(
      `Bo Handläggare tog emot ${p.code}`,
    );
    expect(allText(await bo.click(toBo[0], 'handover.accept'))).toContain(
      `Du är nu handläggare för ${p.code}`,
    );

    // The name now shows to Bo, the new owner, and no longer to Anna.
    expect(allText(await bo.sayOne('mina deltagare'))).toContain(`**${p.code}** · Flyttas Över`);
    expect(allText(await anna.sayOne('mina deltagare'))).not.toContain(p.code);
    expect(allText(await anna.sayOne(`samtycke ${p.code}`))).toContain('Du är inte handläggare');
  });

  it('tells the owner when the receiver declines, and the case stays', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const pick = await anna.sayOne(`handover ${p.code}`);
    await anna.click(pick, 'handover.offer', { toUser: users.bo.id });
    const toBo = tb.connector.cardsTo(bo.conversationId).at(-1);
    const declined = await bo.click(toBo, 'handover.decline');
    expect(allText(declined)).toContain(`Du avböjde överlämningen av ${p.code}`);
    expect(await tb.store.participants.get(p.id)).toMatchObject({
      ownerId: users.anna.id,
      pendingOwnerId: null,
    });
    expect(allText(tb.connector.cardsTo(anna.conversationId).at(-1))).toContain('avböjde');
    expect(allText(await bo.click(toBo, 'handover.accept'))).toContain('gäller inte längre');
    expect((await tb.store.participants.get(p.id))?.ownerId).toBe(users.anna.id);
  });

  it("lets the owner take back an offer nobody has answered; the receiver's card then changes nothing", async () => {
    const p = await participantWith(tb.store, users.anna.id);
    await anna.click(await anna.sayOne(`överlämna ${p.code}`), 'handover.offer', {
      toUser: users.bo.id,
    });
    const toBo = tb.connector.cardsTo(bo.conversationId).at(-1);
    const again = await anna.sayOne(`överlämna ${p.code}`);
    expect(allText(again)).toContain('väntar redan på svar från Bo Handläggare');
    const taken = await anna.click(again, 'handover.withdraw');
    expect(allText(taken)).toContain(`Erbjudandet till Bo Handläggare om ${p.code} är återtaget`);
    expect(await tb.store.participants.get(p.id)).toMatchObject({
      ownerId: users.anna.id,
      pendingOwnerId: null,
    });
    expect((await tb.store.ownership.list(p.id)).map((c) => c.status)).toEqual(['cancelled']);
    expect(allText(tb.connector.cardsTo(bo.conversationId).at(-1))).toContain(
      `har återtagit överlämningen av ${p.code}`,
    );
    expect(allText(await bo.click(toBo, 'handover.accept'))).toContain('gäller inte längre');
    expect((await tb.store.participants.get(p.id))?.ownerId).toBe(users.anna.id);
  });

  it('offers handover only to users with the caseworker role', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    await tb.personal(users.nobody).say('hjälp');
    const pick = await anna.sayOne(`överlämna ${p.code}`);
    const res = await anna.invoke('handover.offer', {
      ...findAction(pick, 'handover.offer').data,
      toUser: users.nobody.id,
    });
    expect(allText(res.body.value)).toContain('Välj en av handläggarna');
    expect((await tb.store.participants.get(p.id))?.pendingOwnerId).toBeNull();
  });
});

// Found by driving the registration card in the Agents Playground (tests/browser/playground-register.test.ts):
// its Input.Number clamps a typed value to the card's min/max when the field loses focus, so a mistyped
// "1850" was silently sent, and saved, as 1900. The birth year input therefore carries no min/max:
// whatever was typed reaches the bot, and the range check in domain/registration comes back on the card.
describe('the birth year on the registration card', () => {
  let tb: TestBot;
  let anna: Chat;
  beforeAll(async () => {
    ({ tb, anna } = await caseworkersBot());
  });
  afterAll(async () => {
    await tb.close();
  });

  it('is an input no client can clamp: an out-of-range year reaches the bot and comes back as an error on the card', async () => {
    const form = await anna.sayOne('ny deltagare');
    const input = [...walk(form)].find((n) => n.id === 'birthYear');
    expect(input).toMatchObject({ type: 'Input.Number', isRequired: true });
    // A client that enforces min/max by clamping would turn 1850 into 1900 and save it.
    expect(input.min).toBeUndefined();
    expect(input.max).toBeUndefined();

    const back = await anna.click(form, 'registration.save', { ...filled, birthYear: '1850' });
    expect(allText(back)).toContain('Födelseår: ange ett år mellan 1900 och 2011.');
    // What was typed is shown again, and still carries no bound a client could clamp it to.
    const again = [...walk(back)].find((n) => n.id === 'birthYear');
    expect(again.value).toBe(1850);
    expect(again.min).toBeUndefined();
    expect(inputs(back).startDate).toBe('2026-11-02');
    expect(await tb.store.participants.all()).toHaveLength(0);

    const done = await anna.click(back, 'registration.save', { ...filled, birthYear: '1985' });
    expect(allText(done)).toMatch(/Registrerad: D-[2-9A-Z]{4}/);
    const saved = await tb.store.participants.all();
    expect(saved.map((p) => p.birthYear)).toEqual([1985]);
  });
});

// A consent that expires silently blocks rating sessions and case forums: the caseworker is warned
// CONSENT_WARNING_DAYS (30) before its last valid day, in the list, on the consent card and once by a reminder.
describe('a consent that expires soon', () => {
  let tb: TestBot;
  let anna: Chat;
  const expiringCards = (code: string) =>
    tb.connector
      .cardsTo(anna.conversationId)
      .filter((c) => allText(c).includes(`Samtycket för ${code} går snart ut`));
  beforeAll(async () => {
    ({ tb, anna } = await caseworkersBot(users.english));
  });
  afterAll(async () => {
    await tb.close();
  });
  beforeEach(() => tb.connector.clear());

  it('shows "Går ut om 30 dagar" in mina deltagare and on the consent card 30 days before the last valid day, and nothing 31 days before', async () => {
    tb.clock.set('2026-11-30T09:00:00Z');
    const p = await participantWith(
      tb.store,
      users.anna.id,
      {},
      { givenOn: '2026-01-15', validUntil: '2026-12-31' },
    );
    const far = await participantWith(tb.store, users.anna.id, {}, { validUntil: '2027-06-30' });
    const before = rowOf(await anna.sayOne('mina deltagare'), p.code);
    expect(before).toContain('Giltigt (t.o.m. 2026-12-31)');
    expect(before).not.toContain('Går ut');
    expect(allText(await anna.sayOne(`samtycke ${p.code}`))).not.toContain('Går ut');

    tb.clock.set('2026-12-01T09:00:00Z');
    const list = await anna.sayOne('mina deltagare');
    expect(rowOf(list, p.code)).toContain('Giltigt (t.o.m. 2026-12-31) · Går ut om 30 dagar');
    expect(rowOf(list, far.code)).not.toContain('Går ut');
    // Still valid: a warning, not a status that blocks; the rating session still opens.
    expect(rowOf(list, p.code)).not.toContain('Utan giltigt samtycke');
    const card = await anna.click(list, 'consent.open', {}, { code: p.code });
    expect(allText(card)).toContain('Går ut om 30 dagar. Samtycket gäller fortfarande.');
    const rating = await anna.click(list, 'rating.start', {}, { code: p.code });
    expect(allText(rating)).toContain(p.code);
    expect(allText(rating)).not.toMatch(/saknar giltigt samtycke|gick fel|inte handläggare/);

    tb.clock.set('2026-12-31T09:00:00Z');
    expect(rowOf(await anna.sayOne('mina deltagare'), p.code)).toContain('Går ut i dag');
    tb.clock.set('2027-01-01T09:00:00Z');
    const after = rowOf(await anna.sayOne('mina deltagare'), p.code);
    expect(after).toContain('Utgånget (t.o.m. 2026-12-31)');
    expect(after).not.toContain('Går ut');
  });

  it('reminds the owner once, by code only, when the consent enters the window: not before, not twice, not again after a restart', async () => {
    tb.clock.set('2027-02-27T09:00:00Z'); // 31 days before 2027-03-30
    const p = await participantWith(
      tb.store,
      users.anna.id,
      { name: 'Påmind Person' },
      { givenOn: '2026-03-31', validUntil: '2027-03-30' },
    );
    const consentId = (await tb.store.consents.latest(p.id))!.id;
    await tb.bot.scheduler.tick();
    expect(expiringCards(p.code)).toHaveLength(0);

    tb.clock.set('2027-02-28T09:00:00Z');
    await tb.bot.scheduler.tick();
    await tb.bot.scheduler.tick();
    await tb.restart();
    await tb.bot.scheduler.tick();
    tb.clock.set('2027-03-10T09:00:00Z');
    await tb.bot.scheduler.tick();
    const sent = expiringCards(p.code);
    expect(sent).toHaveLength(1);
    expect(allText(sent[0])).toContain('Går ut om 30 dagar (gäller t.o.m. 2027-03-30)');
    expect(allText(sent[0])).not.toContain('Påmind');
    expect(await tb.store.dispatches.status(`consent-expiring:${consentId}`)).toMatchObject({
      status: 'sent',
      attempts: 1,
    });
    expect(
      (await tb.store.audit.list({ participantId: p.id })).filter(
        (a) => a.action === 'consent.expiring.remind',
      ),
    ).toHaveLength(1);

    // The button opens the consent card, where it is renewed; the new consent is not in its window: no new reminder.
    const card = await anna.click(sent[0], 'consent.open');
    expect(allText(card)).toContain(`Samtycke för ${p.code}`);
    expect(allText(card)).toContain('Går ut om 20 dagar');
    const renewed = await anna.click(card, 'consent.renew', {
      consentGivenOn: '2027-03-10',
      consentDepartments: 'vux,ame,ifo',
      consentValidUntil: '2028-03-09',
    });
    expect(allText(renewed)).toContain('Det nya samtycket är sparat.');
    expect(allText(renewed)).not.toContain('Går ut');
    await tb.bot.scheduler.tick();
    expect(expiringCards(p.code)).toHaveLength(1);
  });

  it('sends the reminder after downtime that spanned the day the window opened, once', async () => {
    tb.clock.set('2027-05-01T09:00:00Z');
    const p = await participantWith(
      tb.store,
      users.anna.id,
      {},
      { givenOn: '2026-06-01', validUntil: '2027-06-15' },
    );
    await tb.bot.scheduler.tick();
    expect(expiringCards(p.code)).toHaveLength(0);
    // Down from before the window opened (2027-05-16) until the 20th.
    tb.clock.set('2027-05-20T07:00:00Z');
    await tb.restart();
    await tb.bot.scheduler.tick();
    await tb.restart();
    await tb.bot.scheduler.tick();
    const sent = expiringCards(p.code);
    expect(sent).toHaveLength(1);
    expect(allText(sent[0])).toContain('Går ut om 26 dagar');
  });

  it('sends no reminder for a withdrawn consent or an exited participant', async () => {
    tb.clock.set('2027-07-01T09:00:00Z');
    const withdrawn = await participantWith(
      tb.store,
      users.anna.id,
      {},
      { givenOn: '2026-08-01', validUntil: '2027-07-20' },
    );
    await tb.store.consents.withdraw(
      (await tb.store.consents.latest(withdrawn.id))!.id,
      '2027-06-30',
    );
    const exited = await participantWith(
      tb.store,
      users.anna.id,
      {},
      { givenOn: '2026-08-01', validUntil: '2027-07-20' },
    );
    await tb.store.participants.update(exited.id, exited.rev, { endDate: '2027-06-30' });
    await tb.bot.scheduler.tick();
    expect(expiringCards(withdrawn.code)).toHaveLength(0);
    expect(expiringCards(exited.code)).toHaveLength(0);
  });

  it("reminds of the consent in force only: one renewed before its window opens is not reminded of when the old one's would", async () => {
    tb.clock.set('2027-08-01T09:00:00Z');
    const renewedEarly = await participantWith(
      tb.store,
      users.anna.id,
      {},
      { givenOn: '2026-10-01', validUntil: '2027-09-30' },
    );
    const notRenewed = await participantWith(
      tb.store,
      users.anna.id,
      {},
      { givenOn: '2026-10-01', validUntil: '2027-09-30' },
    );
    const card = await anna.sayOne(`samtycke ${renewedEarly.code}`);
    const renewed = await anna.click(card, 'consent.renew', {
      consentGivenOn: '2027-08-01',
      consentDepartments: 'vux,ame,ifo',
      consentValidUntil: '2028-07-31',
    });
    expect(allText(renewed)).toContain('Det nya samtycket är sparat.');
    tb.clock.set('2027-09-01T09:00:00Z'); // the old consent's window (30 days before 2027-09-30)
    await tb.bot.scheduler.tick();
    expect(expiringCards(notRenewed.code)).toHaveLength(1);
    expect(expiringCards(renewedEarly.code)).toHaveLength(0);
  });

  it('tries a reminder Teams refused again at the next tick, and sends it once', async () => {
    tb.clock.set('2027-12-01T09:00:00Z'); // 30 days before 2027-12-31
    const p = await participantWith(
      tb.store,
      users.anna.id,
      {},
      { givenOn: '2027-01-01', validUntil: '2027-12-31' },
    );
    tb.connector.failNext({ status: 403 }); // a refusal no retry within the send helps with
    await tb.bot.scheduler.tick();
    expect(expiringCards(p.code)).toHaveLength(0);
    const consentId = (await tb.store.consents.latest(p.id))!.id;
    expect((await tb.store.dispatches.status(`consent-expiring:${consentId}`))?.status).toBe(
      'failed',
    );
    tb.clock.set('2027-12-01T09:01:00Z');
    await tb.bot.scheduler.tick();
    await tb.bot.scheduler.tick();
    expect(expiringCards(p.code)).toHaveLength(1);
  });

  it('says on renewal which departments involved the new consent leaves out, and saves it anyway', async () => {
    tb.clock.set('2026-11-23T09:00:00Z');
    const p = await participantWith(
      tb.store,
      users.anna.id,
      { departments: ['vux', 'ame', 'ifo'] },
      { validUntil: '2026-12-10' },
    );
    const card = await anna.sayOne(`samtycke ${p.code}`);
    expect(allText(card)).not.toContain('omfattar inte');
    const renewed = await anna.click(card, 'consent.renew', {
      consentGivenOn: '2026-11-23',
      consentDepartments: 'vux',
      consentValidUntil: '2027-11-22',
    });
    expect(allText(renewed)).toContain('Det nya samtycket är sparat.');
    expect(allText(renewed)).toContain(
      'Samtycket omfattar inte alla förvaltningar som är med: Arbetsmarknadsenheten, IFO / ekonomiskt bistånd.',
    );
    expect(await tb.store.consents.latest(p.id)).toMatchObject({
      departments: ['vux'],
      validUntil: '2027-11-22',
    });
    // Renewed again covering them all: the notice is gone.
    const full = await anna.click(renewed, 'consent.renew', {
      consentGivenOn: '2026-11-23',
      consentDepartments: 'vux,ame,ifo',
      consentValidUntil: '2027-11-22',
    });
    expect(allText(full)).toContain('Det nya samtycket är sparat.');
    expect(allText(full)).not.toContain('omfattar inte');
  });

  it('says it in English to an English-speaking caseworker', async () => {
    tb.clock.set('2026-11-23T09:00:00Z');
    const eve = tb.personal(users.english);
    const p = await participantWith(
      tb.store,
      users.english.id,
      { departments: ['vux', 'ifo'] },
      { validUntil: '2026-12-13' },
    );
    const card = await eve.sayOne(`consent ${p.code}`);
    expect(allText(card)).toContain('Expires in 20 days. The consent is still valid.');
    const renewed = await eve.click(card, 'consent.renew', {
      consentGivenOn: '2026-11-23',
      consentDepartments: 'ifo',
      consentValidUntil: '2027-11-22',
    });
    expect(allText(renewed)).toContain(
      'The consent does not cover every department involved: Adult education (SFI).',
    );
    expect(rowOf(await eve.sayOne('my participants'), p.code)).not.toContain('Expires');
  });
});
