// The language a participant answered a session in (issue 13, migration 012): stored with the
// session, kept by a correction, shown answer by answer on Min resa, and in the access request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMSYN_STANDARD } from '../../domain/instruments';
import type { Participant } from '../../domain/types';
import { TestBot, users, type Chat } from '../support/bot';
import { accessRequestOf, allText, hasAction, sentInputs, walk } from '../support/cards';
import { participantWith } from '../support/factories';
import { participantSession, startParticipant } from '../support/participant-mode';

const TI = SAMSYN_STANDARD.translations!.ti!;
const SV = SAMSYN_STANDARD.scale!.sv;

/** A whole participant-mode session in `lang`, every own answer `value`; the progression card after saving. */
async function heldIn(chat: Chat, p: Participant, lang: string, value: string): Promise<any> {
  const first = await startParticipant(chat, p.code, lang);
  let card = await participantSession(chat, first, [], () => value);
  card = await chat.click(card, 'rating.next', { jobSearch: '' });
  return chat.click(card, 'rating.save');
}

describe('the language a participant answered in', () => {
  let tb: TestBot;
  let anna: Chat;
  let p: Participant;

  beforeAll(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    anna = tb.personal(users.anna);
    // Arabic first: the language the old Min resa showed every answer in.
    p = await participantWith(tb.store, users.anna.id, { languages: ['ar', 'ti'] });
  });
  afterAll(async () => {
    await tb.close();
  });

  it('is stored with each participant-mode session, and Min resa shows each answer in its own', async () => {
    tb.clock.set('2026-03-02T09:00:00Z');
    await heldIn(anna, p, 'ti', '2');
    tb.clock.set('2026-06-02T09:00:00Z');
    const prog = await heldIn(anna, p, 'sv', '4'); // by now they answer in Swedish
    const sessions = await tb.store.ratings.sessionsFor(p.id);
    expect(sessions.map((s) => [s.date, s.language])).toEqual([
      ['2026-03-02', 'ti'],
      ['2026-06-02', 'sv'],
    ]);
    await tb.restart();
    expect((await tb.store.ratings.sessionsFor(p.id)).map((s) => s.language)).toEqual(['ti', 'sv']);

    const journey = await tb.personal(users.anna).click(prog, 'rating.journey');
    const txt = allText(journey);
    // the card in the language of the latest answers, not the participant's first (Arabic)
    expect(txt).toContain('Min resa');
    expect(txt).not.toContain('رحلتي');
    // the first answers in Tigrinya, named, left to right; the latest in Swedish
    expect(txt).toContain(TI.scale[2]);
    expect(txt).toContain('ትግርኛ');
    expect(txt).toContain(SV[4]);
    const tigrinya = [...walk(journey)].filter(
      (n) => n.type === 'Container' && allText(n).includes(TI.scale[2]) && n.rtl === false,
    );
    expect(tigrinya.length).toBeGreaterThan(0);
    expect(txt.split(TI.scale[2]).length - 1).toBe(txt.split(SV[4]).length - 1);
  });

  it('a correction keeps the language the participant answered in', async () => {
    tb.clock.set('2026-06-03T09:00:00Z');
    const chat = tb.personal(users.anna);
    const [first] = await tb.store.ratings.sessionsFor(p.id);
    let card = await chat.click(await chat.sayOne(`progression ${p.code}`), 'rating.correct', {
      sessionId: first!.id,
    });
    expect(allText(card)).toContain('Rättelse');
    for (let i = 0; i < 8 && !hasAction(card, 'rating.save'); i++)
      card = await chat.click(card, 'rating.next', sentInputs(card));
    await chat.click(card, 'rating.save');
    const revisions = await tb.store.ratings.revisions(first!.id);
    expect(revisions.map((r) => [r.revision, r.language])).toEqual([
      [1, 'ti'],
      [2, 'ti'],
    ]);
  });

  it('is in the access request, for every session', async () => {
    const cards = await tb.personal(users.anna).say(`registerutdrag ${p.code}`);
    const { text, json } = accessRequestOf(cards);
    expect(json.tables.rating_sessions.map((r: any) => [r.date, r.revision, r.language])).toEqual(
      expect.arrayContaining([
        ['2026-03-02', 1, 'ti'],
        ['2026-03-02', 2, 'ti'],
        ['2026-06-02', 1, 'sv'],
      ]),
    );
    expect(text).toContain('Språket deltagaren svarade på: tigrinja');
    expect(text).toContain('Språket deltagaren svarade på: svenska');
  });
});
