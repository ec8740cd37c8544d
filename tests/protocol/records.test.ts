import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PARTICIPANT_TABLES } from '../../store/retention';
import { accessRequestOf, allText, sentInputs, walk } from '../support/cards';
import { TestBot, users } from '../support/bot';
import { caseWithDataEverywhere, participantWith } from '../support/factories';

/**
 * The log card's entries, each as [when, who, what, code, where]: the card stacks each entry (its
 * time as the title, "Vem: … · Vad: … · Deltagare: … · Var: …" beneath) in the container `log`.
 */
function logRows(card: unknown): string[][] {
  for (const n of walk(card)) {
    if (n.id !== 'log') continue;
    return n.items.map((entry: any) => [
      entry.items[0].text,
      ...entry.items[1].text.split(' · ').map((f: string) => f.slice(f.indexOf(': ') + 2)),
    ]);
  }
  return [];
}

describe('log review (loggkontroll)', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.frida.id, 'granskare');
    await tb.grant(users.maja.id, 'manager');
  });
  afterEach(async () => {
    await tb.close();
  });

  it('shows who read a participant, when and from which conversation kind; the reading is audited', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    await tb.personal(users.anna).say('mina deltagare');
    const card = await tb.personal(users.admin).sayOne(`loggkontroll ${p.code}`);
    const rows = logRows(card);
    expect(rows.some((r) => r[1] === 'Anna Handläggare' && r[2] === 'participant.list')).toBe(true);
    expect(rows.find((r) => r[2] === 'participant.list')).toEqual([
      expect.stringMatching(/^2026-11-23 10:\d\d$/),
      'Anna Handläggare',
      'participant.list',
      p.code,
      'personlig chatt',
    ]);
    const read = (await tb.store.audit.list({ actorId: users.admin.id })).filter(
      (a) => a.action === 'audit.read',
    );
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ participantId: p.id, detail: { code: p.code } });
  });

  it('filters by staff member and period on the card, and says what is wrong with a bad date', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    await tb.personal(users.anna).say('mina deltagare');
    tb.clock.advanceDays(3);
    await tb.personal(users.maja).say('sammanfattning');
    const chat = tb.personal(users.frida);
    const first = await chat.sayOne('loggkontroll');
    const byAnna = await chat.click(first, 'records.log.show', { userId: users.anna.id });
    expect(logRows(byAnna).every((r) => r[1] === 'Anna Handläggare')).toBe(true);
    expect(logRows(byAnna).map((r) => r[3])).toContain(p.code);
    const later = await chat.click(first, 'records.log.show', { from: '2026-11-25', to: '' });
    expect(logRows(later).map((r) => r[2])).toContain('digest.view');
    expect(logRows(later).map((r) => r[2])).not.toContain('participant.list');
    const bad = await chat.click(first, 'records.log.show', { from: '2026-13-01' });
    expect(allText(bad)).toContain('Datum: skriv som ÅÅÅÅ-MM-DD.');
  });

  it('lists changes as well as reads for a code, with who and where', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const anna = tb.personal(users.anna);
    const card = await anna.sayOne(`rätta ${p.code}`);
    await anna.click(card, 'records.correct', { ...sentInputs(card), birthYear: '1991' });
    const rows = logRows(await tb.personal(users.frida).sayOne(`loggkontroll ${p.code}`));
    expect(rows.find((r) => r[2] === 'participant.correct')).toEqual([
      expect.stringMatching(/^2026-11-23 10:\d\d$/),
      'Anna Handläggare',
      'participant.correct',
      p.code,
      'personlig chatt',
    ]);
    expect(rows.map((r) => r[2])).toContain('participant.correct.open');
    // the reviewer's own reading is in the log the next time
    const again = logRows(await tb.personal(users.frida).sayOne(`loggkontroll ${p.code}`));
    expect(again.find((r) => r[2] === 'audit.read')?.[1]).toBe('Frida Forum');
  });

  it('is refused to anyone but administrators and log reviewers', async () => {
    const card = await tb.personal(users.maja).sayOne('loggkontroll');
    expect(allText(card)).toContain('Loggkontroll kräver rollen granskare eller administratör.');
    expect(
      (await tb.store.audit.list({ actorId: users.maja.id })).map((a) => a.action),
    ).not.toContain('audit.read');
  });
});

describe('the monthly sample of reads', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start({ env: { AUDIT_SAMPLE_SIZE: '2' } });
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.frida.id, 'granskare');
  });
  afterEach(async () => {
    await tb.close();
  });

  const sampleCards = () =>
    tb.connector
      .cardsTo(`a:personal-${users.frida.id}`)
      .filter((c) => allText(c).includes('Stickprov av läsningar'));

  it("sends a random sample of last month's reads once, and each is marked checked once, audited", async () => {
    await tb.personal(users.frida).say('hjälp'); // the bot has a chat with the reviewer
    for (let i = 0; i < 3; i++) await participantWith(tb.store, users.anna.id);
    await tb.personal(users.anna).say('mina deltagare'); // three reads in November
    tb.clock.set('2026-11-30T22:30:00Z'); // still November in Stockholm
    await tb.bot.scheduler.tick();
    expect(sampleCards()).toHaveLength(0);
    tb.clock.set('2026-11-30T23:30:00Z'); // 00:30 on 1 December in Stockholm
    await tb.bot.scheduler.tick();
    await tb.bot.scheduler.tick();
    await tb.restart();
    await tb.bot.scheduler.tick();
    const cards = sampleCards();
    expect(cards).toHaveLength(1);
    expect(allText(cards[0])).toContain('Stickprov av läsningar 2026-11');
    expect(allText(cards[0])).toContain('2 slumpvis valda läsningar');
    const sample = await tb.store.records.sample('2026-11');
    expect(sample).toHaveLength(2);
    expect(sample.every((s) => s.entry.action === 'participant.list')).toBe(true);
    // the sending is in the log, once, by month and reviewer (no participant)
    const sent = (await tb.store.audit.list({})).filter((a) => a.action === 'audit.sample.sent');
    expect(sent.map((a) => a.detail)).toEqual([{ month: '2026-11', to: users.frida.id, rows: 2 }]);

    const chat = tb.personal(users.frida);
    const auditId = sample[0]!.entry.id;
    const after = await chat.click(cards[0], 'records.sample.check', {}, { auditId });
    expect(allText(after)).toContain('Kontrollerad av Frida Forum');
    expect(allText(after)).toContain('1 av 2 kontrollerade');
    const again = await chat.click(cards[0], 'records.sample.check', {}, { auditId });
    expect(allText(again)).toContain('inaktuellt');
    const checks = (await tb.store.audit.list({ actorId: users.frida.id })).filter(
      (a) => a.action === 'audit.sample.check',
    );
    expect(checks).toHaveLength(1);
    expect(checks[0]!.detail).toMatchObject({ month: '2026-11', auditId });
  });

  it('is refused to a click from someone who is not a reviewer', async () => {
    await tb.personal(users.frida).say('hjälp');
    await participantWith(tb.store, users.anna.id);
    await tb.personal(users.anna).say('mina deltagare');
    tb.clock.set('2026-12-01T08:00:00Z');
    await tb.bot.scheduler.tick();
    const [card] = sampleCards();
    const res = await tb.personal(users.anna).click(card, 'records.sample.check');
    expect(allText(res)).toContain('Loggkontroll kräver rollen granskare');
    expect((await tb.store.records.sample('2026-11')).every((s) => !s.checkedBy)).toBe(true);
  });
});

describe('access request (registerutdrag)', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.bo.id, 'caseworker');
  });
  afterEach(async () => {
    await tb.close();
  });

  it('lists every stored row about the participant, in every area, as Swedish text and as JSON', async () => {
    const p = await caseWithDataEverywhere(tb.store, users.anna.id, users.bo.id, '2026-11-10');
    await tb.personal(users.anna).say(`samtycke ${p.code}`); // a read, in the log
    const before = tb.connector.sent.length;
    const cards = await tb.personal(users.anna).say(`registerutdrag ${p.code}`);
    // every part inside Teams' older, stricter limit: 40 KB in UTF-16 (docs/teams-behaviour.md row 4)
    for (const s of tb.connector.sent.slice(before))
      expect(JSON.stringify(s.activity).length * 2).toBeLessThan(40 * 1024);
    const { text, json } = accessRequestOf(cards);
    const tables = ['participants', ...PARTICIPANT_TABLES];
    for (const table of tables) {
      const idColumn = table === 'participants' ? 'id' : 'participant_id';
      const stored = await tb.store.db.all<Record<string, unknown>>(
        `SELECT * FROM ${table} WHERE ${idColumn} = ?`,
        [p.id],
      );
      const extra =
        table === 'flows'
          ? await tb.store.db.all<Record<string, unknown>>(
              'SELECT * FROM flows WHERE participant_id IS NULL AND data LIKE ?',
              [`%${p.code}%`],
            )
          : [];
      const all = [...stored, ...extra];
      expect(all.length, `${table} has data`).toBeGreaterThan(0);
      expect(json.tables[table], table).toHaveLength(all.length);
      for (const row of all) {
        const key = row.id ?? row.participant_id;
        expect(
          json.tables[table].some((r: any) => (r.id ?? r.participant_id) === key),
          `${table} ${key}`,
        ).toBe(true);
      }
    }
    // the text names every area with its count of rows, and holds the free text the owner wrote
    expect(text).toContain('**Samtycken (1)**');
    expect(text).toContain('**Skattningstillfällen (med kommentarer, varje sparad version) (1)**');
    expect(text).toContain('**Ärendeforum: åtgärder (1)**');
    expect(text).toContain('**Rättelser av registreringen (1)**');
    expect(text).toContain('Beskriv hur du söker jobb: Fritext');
    expect(text).toContain('Vill börja praktik'); // a comment on a score
    expect(text).toContain('Språket deltagaren svarade på: arabiska');
    expect(text).toContain('Fält: Födelseår; Tidigare värde: 1991');
    expect(text).toContain('Ring AF');
    expect(text).toContain('Testperson');
    // the log about the participant, every row
    const audit = await tb.store.records.entries({ participantId: p.id, code: p.code });
    const logged = audit.filter((a) => a.action !== 'records.export');
    expect(logged.length).toBeGreaterThan(0);
    for (const a of logged) expect(json.audit.map((x: any) => x.id)).toContain(a.id);
    expect(text).toContain('Anna Handläggare · consent.open · personlig chatt');
    // produced and audited
    expect(audit.map((a) => a.action)).toContain('records.export');
  });

  it('is refused to a caseworker who does not own the case, and given to an administrator', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const refused = await tb.personal(users.bo).sayOne(`registerutdrag ${p.code}`);
    expect(allText(refused)).toContain('Bara handläggaren som äger');
    const actions = (await tb.store.audit.list({ participantId: p.id })).map((a) => a.action);
    expect(actions).toContain('records.export.refused');
    const cards = await tb.personal(users.admin).say(`registerutdrag ${p.code}`);
    expect(cards.length).toBeGreaterThanOrEqual(2);
    expect(allText(cards[0])).toContain(`Registerutdrag ${p.code}`);
  });
});

describe('erasure on request', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
  });
  afterEach(async () => {
    await tb.close();
  });

  it('erases everything about the participant with a reason; the log keeps who, when and why by code', async () => {
    const p = await caseWithDataEverywhere(tb.store, users.anna.id, users.bo.id, null);
    const chat = tb.personal(users.admin);
    const card = await chat.sayOne(`radera ${p.code}`);
    const wrong = await chat.click(card, 'records.erase', {
      reason: 'consent_withdrawn',
      confirmCode: 'D-XXXX',
    });
    expect(allText(wrong)).toContain('Koden stämmer inte.');
    expect(await tb.store.participants.get(p.id)).toBeDefined();
    const noReason = await chat.click(card, 'records.erase', { confirmCode: p.code });
    expect(allText(noReason)).toContain('Skäl: välj ett skäl i listan.');
    const done = await chat.click(card, 'records.erase', {
      reason: 'consent_withdrawn',
      confirmCode: p.code.toLowerCase(),
    });
    expect(allText(done)).toContain(`${p.code} är raderad`);
    for (const table of ['participants', ...PARTICIPANT_TABLES]) {
      const idColumn = table === 'participants' ? 'id' : 'participant_id';
      const left = await tb.store.db.all(`SELECT 1 FROM ${table} WHERE ${idColumn} = ?`, [p.id]);
      expect(left, table).toHaveLength(0);
    }
    const erased = (await tb.store.audit.list({ participantId: p.id })).filter(
      (a) => a.action === 'participant.erased',
    );
    expect(erased).toHaveLength(1);
    expect(erased[0]).toMatchObject({
      actorId: users.admin.id,
      detail: { code: p.code, reason: 'consent_withdrawn' },
    });
    // a second click on the old card erases nothing more
    const twice = await chat.click(card, 'records.erase', {
      reason: 'consent_withdrawn',
      confirmCode: p.code,
    });
    expect(allText(twice)).toContain('finns inte');
    // and log review still finds it by code
    const log = await chat.sayOne(`loggkontroll ${p.code}`);
    expect(logRows(log).map((r) => r[2])).toContain('participant.erased');
  });

  it('is for administrators only', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const card = await tb.personal(users.anna).sayOne(`radera ${p.code}`);
    expect(allText(card)).toContain('administratör');
    expect(await tb.store.participants.get(p.id)).toBeDefined();
  });
});
