// Participant mode through the real bot: the participant answers in Arabic on their own cards, the
// caseworker rates in Swedish on a compact card, and the session is stored exactly as a Swedish one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMSYN_STANDARD, selfRated } from '../../domain/instruments';
import type { Participant } from '../../domain/types';
import { TestBot, users, type Chat } from '../support/bot';
import { allText, findAction, hasAction, inputs, walk } from '../support/cards';
import { participantWith } from '../support/factories';
import {
  participantSession,
  SELF_VALUE,
  STAFF_VALUE,
  staffPages,
  startParticipant,
} from '../support/participant-mode';

const SELF = selfRated(SAMSYN_STANDARD);
const IDS = SAMSYN_STANDARD.indicators.map((i) => i.id);

const answers = (card: any) =>
  [...walk(card)].filter((n) => n.type === 'Action.Execute' && n.verb === 'rating.answer');
const chosenValue = (card: any) =>
  [...walk(card)].find((n) => n.type === 'Container' && n.style === 'accent' && n.selectAction)
    ?.selectAction.data.value;

/** The same scores in a session held together in Swedish, four indicators a card. */
async function swedishSession(chat: Chat, code: string): Promise<any> {
  let card = await chat.sayOne(`skattning ${code}`);
  for (let page = 0; page < 3; page++) {
    const values: Record<string, string> = {};
    for (const id of Object.keys(inputs(card))) {
      const m = /^(self|staff)_(.+)$/.exec(id);
      if (!m) continue;
      const selfIndex = SELF.findIndex((s) => s.id === m[2]);
      values[id] = m[1] === 'self' ? SELF_VALUE(selfIndex) : STAFF_VALUE(IDS.indexOf(m[2]!));
    }
    card = await chat.click(card, 'rating.next', values);
  }
  card = await chat.click(card, 'rating.next', {
    jobSearch: 'Jag frågar på Arbetsförmedlingen',
    jobSearchWords: 'caseworker',
  });
  return chat.click(card, 'rating.save');
}

describe('participant mode: the participant answers in their language, one tap per answer', () => {
  let tb: TestBot;
  let anna: Chat;
  let p: Participant;

  beforeAll(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    anna = tb.personal(users.anna);
    p = await participantWith(tb.store, users.anna.id, { languages: ['ar'] });
  });
  afterAll(async () => {
    await tb.close();
  });

  it('a whole session in Arabic with the caseworker in Swedish stores the rows a Swedish session stores', async () => {
    tb.clock.set('2026-03-02T09:00:00Z');
    const seen: any[] = [];
    const first = await startParticipant(anna, p.code, 'ar');
    // The first card: Arabic, right to left, plain Swedish beneath (left to right), a picture, six choices.
    const txt = allText(first);
    expect(txt).toContain(SAMSYN_STANDARD.translations!.ar!.indicators.job_belief!.question);
    expect(txt).toContain('Tror du att du kan få ett jobb?');
    expect(txt).toContain(`1 من ${SELF.length}`);
    const rtl = [...walk(first)].filter((n) => n.type === 'Container' && n.rtl === true);
    expect(rtl.length).toBeGreaterThan(0);
    const swedish = [...walk(first)].find(
      (n) => n.rtl === false && allText(n).includes('Tror du att du kan få ett jobb?'),
    );
    expect(swedish).toBeDefined();
    expect(answers(first).map((a) => a.data.value)).toEqual(['1', '2', '3', '4', '5', 'vet_ej']);
    const images = [...walk(first)].filter((n) => n.type === 'Image');
    expect(images.length).toBe(7);
    expect(images.every((i) => i.altText && /\/img\/[a-z0-9_-]+\.png$/.test(i.url))).toBe(true);
    expect(images.some((i) => i.altText.includes('صورة'))).toBe(true);

    let card = await participantSession(anna, first, seen);
    expect(allText(card)).toContain('Beskriv hur du söker jobb');
    expect(allText(card)).toContain('Vems ord är svaret?');
    card = await anna.click(card, 'rating.next', {
      jobSearch: 'Jag frågar på Arbetsförmedlingen',
      jobSearchWords: 'caseworker',
    });
    expect(allText(card)).toContain('arabiska');
    expect(allText(card)).toContain('Skrivet av handläggaren på svenska.');
    card = await anna.click(card, 'rating.save');
    expect(allText(card)).toContain('Skattningen 2026-03-02 är sparad');
    expect(allText(card)).toContain('Skrivet av handläggaren på svenska.');

    // The same answers given together in Swedish, for another participant.
    const q = await participantWith(tb.store, users.anna.id);
    await swedishSession(anna, q.code);
    const [arabic] = await tb.store.ratings.sessionsFor(p.id);
    const [sv] = await tb.store.ratings.sessionsFor(q.id);
    expect(arabic!.scores).toEqual(sv!.scores);
    expect(arabic!.jobSearchDescription).toBe(sv!.jobSearchDescription);
    expect(arabic!.jobSearchWords).toBe('caseworker');
    expect(arabic!.jobSearchWords).toBe(sv!.jobSearchWords);
    // the language the participant answered in is kept; a session held together has none
    expect([arabic!.language, sv!.language]).toEqual(['ar', null]);
    expect(arabic!.scores.find((s) => s.indicatorId === 'caseworker_belief')?.self).toBeNull();

    // The participant's cards never carried the caseworker's rating, nor a way to give it.
    for (const c of seen) {
      expect(hasAction(c, 'rating.staff')).toBe(false);
      expect(JSON.stringify(c)).not.toContain('staff');
      expect(allText(c)).not.toContain(p.code);
    }
  });

  it("going back to the participant's cards after the caseworker rated shows only their own answer", async () => {
    tb.clock.set('2026-06-01T09:00:00Z');
    const r = await participantWith(tb.store, users.anna.id, { languages: ['fa'] });
    let card = await startParticipant(anna, r.code, 'fa');
    for (let i = 0; i < SELF.length; i++)
      card = await anna.click(card, 'rating.answer', {}, { value: '2' });
    card = await anna.click(card, 'rating.next');
    card = await staffPages(anna, card, () => '5');
    expect(allText(card)).toContain('Beskriv hur du söker jobb');
    for (let i = 0; i < 3; i++) card = await anna.click(card, 'rating.back'); // part 3, 2, 1
    card = await anna.click(card, 'rating.back'); // the handover
    expect(hasAction(card, 'rating.staff')).toBe(false);
    card = await anna.click(card, 'rating.back'); // the participant's last question
    expect(chosenValue(card)).toBe('2');
    expect(JSON.stringify(card)).not.toContain('staff');
    expect(allText(card)).toContain(`${SELF.length} از ${SELF.length}`);
  });

  it('a double tap answers one question once; an old card changes nothing; a restart loses nothing', async () => {
    const r = await participantWith(tb.store, users.anna.id, { languages: ['so'] });
    const first = await startParticipant(anna, r.code, 'so');
    const tap = findAction(first, 'rating.answer', { value: '4' });
    const [a, b] = await Promise.all([
      anna.invoke('rating.answer', tap.data),
      anna.invoke('rating.answer', tap.data),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    let flow = (await tb.store.flows.listOpen<any>('rating', users.anna.id)).find(
      (f) => f.participantId === r.id,
    )!;
    expect(flow.step).toBe('self-1');
    expect(flow.data.scores[SELF[0]!.id].self).toBe(4);
    expect(flow.data.scores[SELF[1]!.id]?.self).toBeUndefined();

    // Two more answers, then the first card tapped again with another value: nothing changes.
    let card = await anna.click(a.body.value, 'rating.answer', {}, { value: '3' });
    await anna.click(card, 'rating.answer', {}, { value: '3' });
    const rev = (await tb.store.flows.get(flow.id))!.rev;
    const old = await anna.click(first, 'rating.answer', {}, { value: '1' });
    expect(allText(old)).toContain('inaktuellt');
    expect(allText(old)).toContain(`4 / ${SELF.length}`);
    flow = (await tb.store.flows.get<any>(flow.id))!;
    expect(flow.rev).toBe(rev);
    expect(flow.data.scores[SELF[0]!.id].self).toBe(4);

    // A restart mid-session: `fortsätt` shows the participant's next question, in Somali.
    await tb.restart();
    card = await anna.sayOne('fortsätt');
    expect(allText(card)).toContain(
      SAMSYN_STANDARD.translations!.so!.indicators[SELF[3]!.id]!.question,
    );
    card = await anna.click(card, 'rating.back');
    expect(chosenValue(card)).toBe('3');
  });

  it("the caseworker's compact card keeps two quick taps and marks what is missing instead of a list", async () => {
    const r = await participantWith(tb.store, users.anna.id);
    let card = await startParticipant(anna, r.code, 'sv');
    expect(allText(card)).toContain('Tror du att du kan få ett jobb?');
    for (let i = 0; i < SELF.length; i++)
      card = await anna.click(card, 'rating.answer', {}, { value: '3' });
    const staffCard = await anna.click(card, 'rating.next');
    // Two taps drawn on the same card (the second before the first came back): both are kept.
    const t1 = findAction(staffCard, 'rating.staff', { indicatorId: 'health', value: '2' });
    const t2 = findAction(staffCard, 'rating.staff', { indicatorId: 'job_belief', value: '4' });
    await anna.invoke('rating.staff', t1.data);
    const after = await anna.invoke('rating.staff', t2.data);
    const flow = (await tb.store.flows.get<any>(t1.data.flowId))!;
    expect(flow.data.scores.health.staff).toBe(2);
    expect(flow.data.scores.job_belief.staff).toBe(4);
    const next = await anna.click(after.body.value, 'rating.next');
    const missing = 2; // job_search and next_steps, on the first of three parts
    expect(allText(next)).toContain(`${missing} svar saknas`);
    const banner = [...walk(next)].find((n) => n.id === 'errors');
    expect(banner.items).toHaveLength(1);
    expect(allText(next).split('Välj 1–5 eller ? här.').length - 1).toBe(missing);
    expect((await tb.store.flows.get<any>(t1.data.flowId))!.step).toBe('staff-0');
  });

  it('"Min resa" shows the participant their own answers in Arabic, with pictures, no code or name', async () => {
    tb.clock.set('2026-09-01T09:00:00Z');
    let card = await participantSession(anna, await startParticipant(anna, p.code, 'ar'));
    card = await anna.click(card, 'rating.next', { jobSearch: '' });
    const prog = await anna.click(card, 'rating.save');
    const journey = await anna.click(prog, 'rating.journey');
    const txt = allText(journey);
    expect(txt).toContain('رحلتي');
    expect(txt).toContain('Min resa');
    expect(txt).not.toContain(p.code);
    expect(txt).not.toContain('Testperson');
    const images = [...walk(journey)].filter((n) => n.type === 'Image');
    expect(images.length).toBeGreaterThan(SELF.length);
    for (const i of images) {
      expect(i.url).toMatch(/\/img\/[a-z0-9_-]+\.png$/);
      expect(i.url).not.toContain(p.id);
      expect(i.altText).toBeTruthy();
    }
    // Only their own scores: the caseworker's differ (reverse order) and never show as a picture.
    const firstScale = images
      .filter((i) => i.url.includes('scale-'))
      .map((i) => i.url.split('/').pop());
    expect(firstScale.slice(0, 2)).toEqual(['scale-1.png', 'scale-1.png']);
    const audit = await tb.store.audit.list({ participantId: p.id });
    expect(audit.some((a) => a.action === 'rating.journey.view')).toBe(true);
    expect(allText(await anna.click(journey, 'rating.progression'))).toContain(
      `Progression – ${p.code}`,
    );
  });

  it('the bot serves the pictures it names, and nothing else', async () => {
    const base = `http://127.0.0.1:${tb.bot.port}`;
    const ok = await fetch(`${base}/img/health.png`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect((await ok.arrayBuffer()).byteLength).toBeGreaterThan(500);
    expect((await fetch(`${base}/img/nothing.png`)).status).toBe(404);
    expect((await fetch(`${base}/img/..%2Fpackage.json`)).status).toBe(404);
  });
});

describe('a second session on the same day, and honest progression', () => {
  let tb: TestBot;
  let anna: Chat;

  beforeAll(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    anna = tb.personal(users.anna);
  });
  afterAll(async () => {
    await tb.close();
  });

  const save = (participantId: string, date: string, self: number) =>
    tb.store.ratings.save({
      participantId,
      date,
      instrumentId: SAMSYN_STANDARD.id,
      instrumentVersion: 1,
      scores: IDS.map((id) => ({
        indicatorId: id,
        self: id === 'caseworker_belief' ? null : (self as 1),
        staff: 3,
      })),
      jobSearchDescription: null,
      ratedBy: users.anna.id,
    });

  it('asks first when the participant was already rated today: correct it or add another', async () => {
    tb.clock.set('2026-05-04T13:00:00Z');
    const p = await participantWith(tb.store, users.anna.id);
    const held = await save(p.id, '2026-05-04', 3);
    const card = await anna.sayOne(`skattning ${p.code}`);
    expect(allText(card)).toContain('Det finns redan en skattning i dag');
    expect(findAction(card, 'rating.correct').data.sessionId).toBe(held!.id);
    expect(await tb.store.flows.listOpen('rating', users.anna.id)).toHaveLength(0);
    const correction = await anna.click(card, 'rating.correct');
    expect(allText(correction)).toContain('Rättelse');
    const another = await anna.click(card, 'rating.start');
    expect(allText(another)).toContain('Del 1 av 4');
  });

  it('a rise with 5 on every self-rating is not shown as a plain success', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    await save(p.id, '2026-01-10', 2);
    await save(p.id, '2026-04-10', 5);
    const card = await anna.sayOne(`progression ${p.code}`);
    const txt = allText(card);
    expect(txt).toContain('signalerna nedan gör resultatet osäkert');
    expect(txt).not.toContain('Stegförflyttning: minst');
    expect(txt).toContain('5 på alla områden');
  });

  it('large drops since the session before are named, and the rise is marked uncertain', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    await save(p.id, '2026-01-10', 1);
    await save(p.id, '2026-04-10', 4);
    await save(p.id, '2026-07-10', 2);
    const txt = allText(await anna.sayOne(`progression ${p.code}`));
    expect(txt).toContain('Stora fall sedan förra skattningen');
    expect(txt).toContain('osäkert');
  });

  it('an empty Next marks each field with one line at the top, not a list of every field', async () => {
    const p = await participantWith(tb.store, users.anna.id);
    const page = await anna.sayOne(`skattning ${p.code}`);
    const card = await anna.click(page, 'rating.next');
    const banner = [...walk(card)].find((n) => n.id === 'errors');
    expect(banner.items).toHaveLength(1);
    expect(allText(banner)).toContain('8 svar saknas');
    expect(allText(card)).toContain('Tro på att få jobb – Deltagarens egen skattning: välj 1–5');
  });
});
