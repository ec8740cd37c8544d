import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMSYN_STANDARD } from '../../domain/instruments';
import type { Participant } from '../../domain/types';
import { allText, choiceValues, findAction, hasAction, inputs, walk } from '../support/cards';
import { TestBot, users, type Chat } from '../support/bot';
import { participantWith } from '../support/factories';

const IDS = SAMSYN_STANDARD.indicators.map((i) => i.id);

/** Inputs for one page: every indicator on the card gets self/staff from the functions. */
function pageValues(
  card: any,
  self: (id: string) => string,
  staff: (id: string) => string,
  comment?: string,
): Record<string, string> {
  // What the card already shows is sent back too, as Teams does.
  const shown = inputs(card);
  const out: Record<string, string> = Object.fromEntries(
    Object.entries(shown).filter(([, v]) => typeof v === 'string'),
  );
  for (const id of Object.keys(shown)) {
    const m = /^(self|staff|comment)_(.+)$/.exec(id);
    if (!m) continue;
    if (m[1] === 'self') out[id] = self(m[2]!);
    if (m[1] === 'staff') out[id] = staff(m[2]!);
    if (m[1] === 'comment' && comment) out[id] = comment;
  }
  return out;
}

/** Runs a whole session from the first page card to the progression card. */
async function runSession(
  chat: Chat,
  first: any,
  self: (id: string) => string,
  staff: (id: string) => string,
  jobSearch = '',
): Promise<any> {
  let card = first;
  for (let page = 0; page < 3; page++) {
    expect(allText(card)).toContain(`Del ${page + 1} av 4`);
    card = await chat.click(card, 'rating.next', pageValues(card, self, staff));
  }
  expect(allText(card)).toContain('Beskriv hur du söker jobb');
  card = await chat.click(card, 'rating.next', { jobSearch });
  expect(allText(card)).toContain('Sammanfattning');
  return chat.click(card, 'rating.save');
}

const charts = (card: any) => [...walk(card)].filter((n) => n.type === 'Chart.Line');

describe('a rating session through the bot', () => {
  let tb: TestBot;
  let anna: Chat;
  let p: Participant;

  beforeAll(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.bo.id, 'caseworker');
    anna = tb.personal(users.anna);
    p = await participantWith(tb.store, users.anna.id);
  });
  afterAll(async () => {
    await tb.close();
  });

  it('three sessions for one participant end with the progression card: risen count, chart and signals', async () => {
    // Session 1: self 5 on every area ("as if it were a job interview"), caseworker 2.
    tb.clock.set('2026-02-02T09:00:00Z');
    let card = await runSession(
      anna,
      await anna.sayOne(`skattning ${p.code}`),
      () => '5',
      () => '2',
      'Jag frågar min granne',
    );
    let txt = allText(card);
    expect(txt).toContain(`Progression – ${p.code}`);
    expect(txt).toContain('Skattningen 2026-02-02 är sparad');
    expect(txt).toContain('första skattningen');
    expect(txt).toContain('5 på alla områden');
    expect(txt).toContain('skiljer två steg eller mer');
    expect(txt).toContain('Jag frågar min granne');

    // Session 2: self 2 on everything but job_belief/job_search/next_steps at 3; caseworker 3.
    tb.clock.set('2026-05-04T09:00:00Z');
    const s2 = (id: string) => {
      if (['job_belief', 'job_search', 'next_steps'].includes(id)) return '3';
      return id === 'swedish' ? 'vet_ej' : '2';
    };
    card = await runSession(anna, await anna.sayOne(`skattning ${p.code}`), s2, () => '3');
    txt = allText(card);
    // Measured from the first session (self 5): only the caseworker's own belief (2 → 3) has risen.
    expect(txt).toContain(`1 av ${IDS.length} områden har stigit`);
    expect(txt).not.toContain('5 på alla områden');

    // Session 3: self 4 on job_belief, job_search, next_steps, 3 elsewhere; caseworker belief up to 4.
    tb.clock.set('2026-08-03T09:00:00Z');
    const s3 = (id: string) =>
      ['job_belief', 'job_search', 'next_steps'].includes(id) ? '4' : '3';
    card = await runSession(anna, await anna.sayOne(`skattning ${p.code}`), s3, (id) =>
      id === 'caseworker_belief' ? '4' : '3',
    );
    txt = allText(card);
    // Only caseworker_belief (staff 2 → 4) rose above the first session; self-rated areas stayed under 5.
    expect(txt).toContain(`1 av ${IDS.length} områden har stigit`);
    expect(txt).not.toContain('Inget område har stigit under de tre senaste');
    // Issue 12: one chart per group of at most four areas (twelve lines in one chart cannot be
    // followed), every area in one of them, each line its own colour, the axis fixed at 1–5.
    const cs = charts(card);
    expect(cs).toHaveLength(3);
    const lines = cs.flatMap((c: any) => c.data);
    expect(lines.map((d: any) => d.legend)).toHaveLength(IDS.length);
    for (const c of cs) {
      expect(c.data.length).toBeLessThanOrEqual(4);
      expect(new Set(c.data.map((d: any) => d.color)).size).toBe(c.data.length);
      expect(c).toMatchObject({ yMin: 1, yMax: 5 });
      expect(c.fallback.type).toBe('Container');
    }
    expect(lines[0].values.map((v: any) => v.x)).toEqual([
      '2026-02-02',
      '2026-05-04',
      '2026-08-03',
    ]);
    // Vet ej is left out of the chart, not drawn as a zero.
    const swedish = lines.find((d: any) => d.legend === 'Svenska språket');
    expect(swedish.values.map((v: any) => v.y)).toEqual([5, 3]);
    // The fallback (clients without charts) says the same as stacked facts.
    expect(allText(cs[1].fallback)).toContain('2026-05-04: –');

    const sessions = await tb.store.ratings.sessionsFor(p.id);
    expect(sessions.map((s) => s.date)).toEqual(['2026-02-02', '2026-05-04', '2026-08-03']);
    expect(sessions[1]!.scores.find((s) => s.indicatorId === 'swedish')?.self).toBeNull();
    expect(sessions[0]!.scores.find((s) => s.indicatorId === 'caseworker_belief')?.self).toBeNull();

    // `progression <kod>` shows the same history.
    const hist = allText(await anna.sayOne(`progression ${p.code}`));
    expect(hist).toContain('3 skattningar');
    expect(hist).toContain('2026-05-04');
    const audit = await tb.store.audit.list({ participantId: p.id });
    expect(audit.filter((a) => a.action === 'rating.save')).toHaveLength(3);
    expect(audit.some((a) => a.action === 'progression.view')).toBe(true);
  });

  it('counts progression and sees stagnation when nothing rose over the last three sessions', async () => {
    const q = await participantWith(tb.store, users.anna.id);
    const rise = (id: string) =>
      ['job_belief', 'job_search', 'next_steps', 'health'].includes(id) ? '4' : '2';
    tb.clock.set('2026-02-02T09:00:00Z');
    await runSession(
      anna,
      await anna.sayOne(`skattning ${q.code}`),
      () => '2',
      () => '2',
    );
    tb.clock.set('2026-05-04T09:00:00Z');
    let card = await runSession(anna, await anna.sayOne(`skattning ${q.code}`), rise, () => '2');
    expect(allText(card)).toContain(`4 av ${IDS.length} områden har stigit`);
    expect(allText(card)).toContain('Stegförflyttning: minst 3');
    tb.clock.set('2026-08-03T09:00:00Z');
    card = await runSession(anna, await anna.sayOne(`skattning ${q.code}`), rise, () => '2');
    expect(allText(card)).not.toContain('Inget område har stigit');
    tb.clock.set('2026-11-02T09:00:00Z');
    card = await runSession(anna, await anna.sayOne(`skattning ${q.code}`), rise, () => '2');
    expect(allText(card)).toContain('Inget område har stigit under de tre senaste');
    expect(allText(card)).toContain(`4 av ${IDS.length} områden har stigit`);
  });

  it('an interrupted session resumes after a restart with `fortsätt`, and is offered when starting again', async () => {
    const q = await participantWith(tb.store, users.anna.id);
    tb.clock.set('2026-03-02T09:00:00Z');
    let card = await anna.sayOne(`skattning ${q.code}`);
    card = await anna.click(
      card,
      'rating.next',
      pageValues(
        card,
        () => '3',
        () => '4',
        'Vill jobba i kök',
      ),
    );
    expect(allText(card)).toContain('Del 2 av 4');
    await tb.restart();

    const again = await anna.sayOne(`skattning ${q.code}`);
    expect(allText(again)).toContain('Du har en påbörjad skattning');
    expect(hasAction(again, 'rating.resume')).toBe(true);
    card = await anna.sayOne('fortsätt');
    expect(allText(card)).toContain('Del 2 av 4');
    // Back shows page 1 with what was saved there.
    card = await anna.click(card, 'rating.back');
    expect(inputs(card)['self_job_belief']).toBe('3');
    expect(inputs(card)['comment_job_belief']).toBe('Vill jobba i kök');
    card = await anna.click(
      card,
      'rating.next',
      pageValues(
        card,
        () => '3',
        () => '4',
      ),
    );
    card = await anna.click(
      card,
      'rating.next',
      pageValues(
        card,
        () => '3',
        () => '4',
      ),
    );
    card = await anna.click(
      card,
      'rating.next',
      pageValues(
        card,
        () => '3',
        () => '4',
      ),
    );
    card = await anna.click(card, 'rating.next', { jobSearch: '' });
    card = await anna.click(card, 'rating.save');
    expect(allText(card)).toContain('Skattningen 2026-03-02 är sparad');
    const [s] = await tb.store.ratings.sessionsFor(q.id);
    expect(s!.scores.find((x) => x.indicatorId === 'job_belief')).toMatchObject({
      self: 3,
      staff: 4,
      comment: 'Vill jobba i kök',
    });
    expect(allText(await anna.sayOne('fortsätt'))).toContain('ingen påbörjad skattning');
  });

  it('a double click on Save makes one session, and the second click shows the saved result', async () => {
    const q = await participantWith(tb.store, users.anna.id);
    let card = await anna.sayOne(`skattning ${q.code}`);
    for (let i = 0; i < 3; i++)
      card = await anna.click(
        card,
        'rating.next',
        pageValues(
          card,
          () => '3',
          () => '3',
        ),
      );
    const summary = await anna.click(card, 'rating.next', { jobSearch: 'Arbetsförmedlingen' });
    const save = findAction(summary, 'rating.save');
    const [a, b] = await Promise.all([
      anna.invoke('rating.save', save.data),
      anna.invoke('rating.save', save.data),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const texts = [allText(a.body.value), allText(b.body.value)].join('\n');
    expect(texts).toContain('är sparad');
    expect(texts).toContain('redan sparad');
    expect(await tb.store.ratings.sessionsFor(q.id)).toHaveLength(1);
  });

  it('a stale card gets the current card back and changes nothing', async () => {
    const q = await participantWith(tb.store, users.anna.id);
    const page1 = await anna.sayOne(`skattning ${q.code}`);
    const page2 = await anna.click(
      page1,
      'rating.next',
      pageValues(
        page1,
        () => '2',
        () => '2',
      ),
    );
    const flowBefore = (await tb.store.flows.listOpen('rating', users.anna.id)).find(
      (f) => f.participantId === q.id,
    )!;
    // The old page-1 card clicked again with other values.
    const back = await anna.click(
      page1,
      'rating.next',
      pageValues(
        page1,
        () => '5',
        () => '5',
      ),
    );
    expect(allText(back)).toContain('inaktuellt');
    expect(allText(back)).toContain('Del 2 av 4');
    const flowAfter = await tb.store.flows.get<any>(flowBefore.id);
    expect(flowAfter!.rev).toBe(flowBefore.rev);
    expect(flowAfter!.data.scores.job_belief.self).toBe(2);
    // A step out of order: Save on a page card with the current token.
    const out = await anna.invoke('rating.save', findAction(page2, 'rating.next').data);
    expect(allText(out.body.value)).toContain('hör inte till');
    expect((await tb.store.flows.get(flowBefore.id))!.rev).toBe(flowBefore.rev);
  });

  it('scores out of range, text where a score goes and missing scores get a message on the card; nothing is saved', async () => {
    const q = await participantWith(tb.store, users.anna.id);
    const page1 = await anna.sayOne(`skattning ${q.code}`);
    const values = pageValues(
      page1,
      () => '3',
      () => '3',
    );
    values['self_job_belief'] = '6';
    values['staff_job_belief'] = '0';
    values['self_job_search'] = 'bra';
    delete values['staff_next_steps'];
    const card = await anna.click(page1, 'rating.next', values);
    const txt = allText(card);
    expect(txt).toContain('Tro på att få jobb – Deltagarens egen skattning: ska vara 1–5');
    expect(txt).toContain('Tro på att få jobb – Din skattning (handläggare): ska vara 1–5');
    expect(txt).toContain('Jobbsökande – Deltagarens egen skattning: ska vara 1–5');
    expect(txt).toContain(
      'Vet vad jag ska göra för att öka mina chanser – Din skattning (handläggare): välj 1–5',
    );
    expect(txt).toContain('Del 1 av 4');
    // The valid values stay on the card; nothing moved in the draft.
    expect(inputs(card)['self_health']).toBe('3');
    const flow = (await tb.store.flows.listOpen<any>('rating', users.anna.id)).find(
      (f) => f.participantId === q.id,
    )!;
    expect(flow.step).toBe('page-0');
    expect(flow.data.scores).toEqual({});
    // Numbers sent as numbers are read too (7 is still refused).
    const num = await anna.invoke('rating.next', {
      ...findAction(card, 'rating.next').data,
      ...pageValues(
        card,
        () => '3',
        () => '3',
      ),
      self_health: 7,
    });
    expect(allText(num.body.value)).toContain(
      'Hantera min hälsa – Deltagarens egen skattning: ska vara 1–5',
    );
    expect(await tb.store.ratings.sessionsFor(q.id)).toHaveLength(0);
  });

  it('another caseworker is refused: no session, no progression, and an audit row', async () => {
    const bo = tb.personal(users.bo);
    expect(allText(await bo.sayOne(`skattning ${p.code}`))).toContain(
      `Du är inte handläggare för ${p.code}`,
    );
    expect(allText(await bo.sayOne(`progression ${p.code}`))).toContain(
      `Du är inte handläggare för ${p.code}`,
    );
    // Anna's draft, clicked by Bo (a forwarded card): not his draft.
    const q = await participantWith(tb.store, users.anna.id);
    const card = await anna.sayOne(`skattning ${q.code}`);
    const res = await bo.invoke('rating.next', {
      ...findAction(card, 'rating.next').data,
      ...pageValues(
        card,
        () => '3',
        () => '3',
      ),
    });
    expect(allText(res.body.value)).toContain('gäller inte längre');
    const audit = await tb.store.audit.list({ actorId: users.bo.id });
    expect(audit.some((a) => a.action === 'rating.start.refused' && a.participantId === p.id)).toBe(
      true,
    );
  });

  it('expired or withdrawn consent is refused, also when it expires while a draft is open', async () => {
    tb.clock.set('2026-06-01T09:00:00Z');
    const expired = await participantWith(
      tb.store,
      users.anna.id,
      {},
      { validUntil: '2026-05-31' },
    );
    expect(allText(await anna.sayOne(`skattning ${expired.code}`))).toContain(
      'saknar giltigt samtycke',
    );

    const q = await participantWith(tb.store, users.anna.id, {}, { validUntil: '2026-06-30' });
    let card = await anna.sayOne(`skattning ${q.code}`);
    for (let i = 0; i < 3; i++)
      card = await anna.click(
        card,
        'rating.next',
        pageValues(
          card,
          () => '3',
          () => '3',
        ),
      );
    card = await anna.click(card, 'rating.next', { jobSearch: '' });
    const consent = (await tb.store.consents.latest(q.id))!;
    await tb.store.consents.withdraw(consent.id, '2026-06-01');
    card = await anna.click(card, 'rating.save');
    expect(allText(card)).toContain('saknar giltigt samtycke');
    expect(await tb.store.ratings.sessionsFor(q.id)).toHaveLength(0);

    // The picker lists only participants with valid consent.
    const picker = (await anna.say('skattning')).at(-1);
    const codes = choiceValues(picker, 'code');
    expect(codes).not.toContain(expired.code);
    expect(codes).not.toContain(q.code);
  });

  it('a draft begun while consent was valid cannot be saved on a later day after the consent expired', async () => {
    tb.clock.set('2026-06-01T09:00:00Z');
    const q = await participantWith(tb.store, users.anna.id, {}, { validUntil: '2026-06-02' });
    let card = await anna.sayOne(`skattning ${q.code}`);
    for (let i = 0; i < 3; i++)
      card = await anna.click(
        card,
        'rating.next',
        pageValues(
          card,
          () => '3',
          () => '3',
        ),
      );
    card = await anna.click(card, 'rating.next', { jobSearch: '' });
    tb.clock.set('2026-06-03T09:00:00Z');
    expect(allText(await anna.click(card, 'rating.save'))).toContain('saknar giltigt samtycke');
    expect(allText(await anna.sayOne('fortsätt'))).toContain('saknar giltigt samtycke');
    expect(await tb.store.ratings.sessionsFor(q.id)).toHaveLength(0);
  });

  it('a session held before a consent renewal can still be corrected under the renewed consent', async () => {
    tb.clock.set('2026-02-02T09:00:00Z');
    const q = await participantWith(
      tb.store,
      users.anna.id,
      {},
      { givenOn: '2026-01-15', validUntil: '2026-03-31' },
    );
    await runSession(
      anna,
      await anna.sayOne(`skattning ${q.code}`),
      () => '3',
      () => '3',
    );
    tb.clock.set('2026-04-06T09:00:00Z');
    await tb.store.consents.add({
      participantId: q.id,
      givenOn: '2026-04-06',
      validUntil: '2027-04-05',
      departments: ['vux'],
      recordedBy: users.anna.id,
    });
    const [held] = await tb.store.ratings.sessionsFor(q.id);
    const card = await anna.click(await anna.sayOne(`progression ${q.code}`), 'rating.correct', {
      sessionId: held!.id,
    });
    expect(allText(card)).toContain('Rättelse');
  });

  it('a draft card clicked in a channel (a forwarded card) is refused there and the draft stays as it was', async () => {
    const q = await participantWith(tb.store, users.anna.id);
    const card = await anna.sayOne(`skattning ${q.code}`);
    const inChannel = tb.channel(users.anna);
    expect(
      allText(
        await inChannel.click(
          card,
          'rating.next',
          pageValues(
            card,
            () => '3',
            () => '3',
          ),
        ),
      ),
    ).toContain('personliga chatt');
    expect(
      allText(
        await inChannel
          .invoke('rating.discard', { flowId: findAction(card, 'rating.next').data.flowId })
          .then((r) => r.body.value),
      ),
    ).toContain('personliga chatt');
    const [draft] = (await tb.store.flows.listOpen('rating', users.anna.id)).filter(
      (f) => f.participantId === q.id,
    );
    expect(draft?.rev).toBe(findAction(card, 'rating.next').data.rev);
  });

  it('the picker starts a session for the chosen participant', async () => {
    const q = await participantWith(tb.store, users.anna.id);
    const cards = await anna.say('skattning');
    const picker = cards.at(-1);
    const card = await anna.click(picker, 'rating.start', { code: q.code });
    expect(allText(card)).toContain(`Skattning med ${q.code}`);
  });

  it('the picker offers no exited participant', async () => {
    const active = await participantWith(tb.store, users.anna.id);
    const left = await participantWith(tb.store, users.anna.id);
    await tb.store.participants.update(left.id, left.rev, { endDate: '2026-05-20' });
    const picker = (await anna.say('skattning')).at(-1);
    const codes = choiceValues(picker, 'code');
    expect(codes).toContain(active.code);
    expect(codes).not.toContain(left.code);
  });

  it('after the exit no new session is begun; a draft begun before it is offered and can be saved', async () => {
    tb.clock.set('2026-11-02T09:00:00Z');
    const q = await participantWith(tb.store, users.anna.id);
    await anna.sayOne(`skattning ${q.code}`); // a draft begun before the exit
    const left = await participantWith(tb.store, users.anna.id);
    for (const x of [q, left])
      await anna.click(await anna.sayOne(`avslut ${x.code}`), 'exit.save', {
        date: '2026-11-02',
        outcome: 'praktik',
        support: 'etablering',
        nextStep: 'yes',
        nextStepWith: 'af',
      });
    tb.clock.set('2026-11-03T09:00:00Z');
    const refused = await anna.sayOne(`skattning ${left.code}`);
    expect(allText(refused)).toContain(`${left.code} avslutades 2026-11-02`);
    expect(hasAction(refused, 'rating.next')).toBe(false);
    const drafts = (id: string) =>
      tb.store.flows
        .listOpen('rating', users.anna.id)
        .then((fs) => fs.filter((f) => f.participantId === id));
    expect(await drafts(left.id)).toHaveLength(0);
    const audit = await tb.store.audit.list({ participantId: left.id });
    expect(audit.find((a) => a.action === 'rating.start.refused')?.detail).toMatchObject({
      reason: 'exited',
    });
    // The participant card offers no rating after the exit.
    expect(hasAction(await anna.sayOne(`visa ${left.code}`), 'rating.start')).toBe(false);

    // q's draft, begun before the exit: offered, without "start over"; a forced start (a drafts
    // card from before the exit) is refused too, and the draft stays.
    const offered = await anna.sayOne(`skattning ${q.code}`);
    expect(allText(offered)).toContain('Du har en påbörjad skattning');
    expect(hasAction(offered, 'rating.resume')).toBe(true);
    expect(hasAction(offered, 'rating.start')).toBe(false);
    const forced = await anna.invoke('rating.start', { code: q.code, force: 'true' });
    expect(allText(forced.body.value)).toContain(`${q.code} avslutades 2026-11-02`);
    expect(await drafts(q.id)).toHaveLength(1);
    // … and the draft is saved, dated the day it was begun (before the exit).
    await runSession(
      anna,
      await anna.click(offered, 'rating.resume', {}),
      () => '3',
      () => '3',
    );
    expect((await tb.store.ratings.sessionsFor(q.id)).map((s) => s.date)).toEqual(['2026-11-02']);
  });

  it('a correction is a new revision with who and when; the old one stays', async () => {
    const [first] = await tb.store.ratings.sessionsFor(p.id);
    const prog = await anna.sayOne(`progression ${p.code}`);
    let card = await anna.click(prog, 'rating.correct', { sessionId: first!.id });
    expect(allText(card)).toContain('Rättelse');
    // A double click on "Rätta" opens the same correction draft, not a second one.
    expect(
      findAction(await anna.click(prog, 'rating.correct', { sessionId: first!.id }), 'rating.next')
        .data.flowId,
    ).toBe(findAction(card, 'rating.next').data.flowId);
    expect(inputs(card)['self_job_belief']).toBe('5');
    card = await anna.click(card, 'rating.next', {
      ...pageValues(
        card,
        () => '5',
        () => '2',
      ),
      self_job_belief: '4',
    });
    card = await anna.click(
      card,
      'rating.next',
      pageValues(
        card,
        () => '5',
        () => '2',
      ),
    );
    card = await anna.click(
      card,
      'rating.next',
      pageValues(
        card,
        () => '5',
        () => '2',
      ),
    );
    card = await anna.click(card, 'rating.next', { jobSearch: 'Jag frågar min granne' });
    card = await anna.click(card, 'rating.save');
    expect(allText(card)).toContain('rättad, version 2');
    const revs = await tb.store.ratings.revisions(first!.id);
    expect(revs.map((r) => r.revision)).toEqual([1, 2]);
    expect(revs[0]!.scores.find((s) => s.indicatorId === 'job_belief')?.self).toBe(5);
    expect(revs[1]!.scores.find((s) => s.indicatorId === 'job_belief')?.self).toBe(4);
    expect(revs[1]!.ratedBy).toBe(users.anna.id);
    expect(await tb.store.ratings.sessionsFor(p.id)).toHaveLength(3);
  });

  it('nothing of the comments or the job-search text goes to the audit log', async () => {
    // The sessions above hold both texts, so their absence from the audit log means something.
    const saved = JSON.stringify(await tb.store.ratings.all());
    expect(saved).toContain('granne');
    expect(saved).toContain('kök');
    const rows = await tb.store.audit.list();
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('granne');
    expect(dump).not.toContain('kök');
  });
});

describe('indicator sets (admin)', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start();
  });
  afterAll(async () => {
    await tb.close();
  });

  it('lists the built-in set and adds a valid pasted one; a broken one gets errors on the card', async () => {
    const admin = tb.personal(users.admin);
    const list = await admin.sayOne('skattningsformulär');
    expect(allText(list)).toContain('samsyn-standard');
    const bad = await admin.click(list, 'instruments.add', { json: '{"id": "x", "version": 0}' });
    expect(allText(bad)).toContain('Formuläret är inte giltigt');
    expect(allText(bad)).toContain('version: ett heltal 1–10000.');
    expect(allText(bad)).toContain('name: saknas eller är tomt.');
    const good = JSON.stringify({
      id: 'kommun-skapa',
      version: 1,
      name: { sv: 'Kommunens SKAPA', en: 'Municipal SKAPA' },
      indicators: [
        {
          id: 'job_belief',
          area: { sv: 'Tro på jobb', en: 'Job belief' },
          question: { sv: 'Tror du på jobb?', en: 'Job?' },
          ratedBy: 'both',
        },
      ],
    });
    const ok = await admin.click(bad, 'instruments.add', { json: good });
    expect(allText(ok)).toContain('kommun-skapa version 1 är tillagt');
    const again = await admin.click(ok, 'instruments.add', { json: good });
    expect(allText(again)).toContain('finns redan');
    expect((await tb.store.instruments.list()).map((i) => i.instrument.id)).toEqual([
      'samsyn-standard',
      'kommun-skapa',
    ]);
  });

  it('an admin chooses the set for first sessions; a participant rated before keeps their set', async () => {
    const admin = tb.personal(users.admin);
    const list = await admin.sayOne('skattningsformulär');
    const bad = await admin.click(list, 'instruments.use', { forNewSessions: 'finns-inte' });
    expect(allText(bad)).toContain('Välj ett formulär i listan');
    const chosen = await admin.click(bad, 'instruments.use', { forNewSessions: 'kommun-skapa' });
    expect(allText(chosen)).toContain('Nya skattningar görs nu med Kommunens SKAPA');
    expect(inputs(chosen).forNewSessions).toBe('kommun-skapa');

    await tb.grant(users.bo.id, 'caseworker');
    const fresh = await participantWith(tb.store, users.bo.id);
    const first = await tb.personal(users.bo).sayOne(`skattning ${fresh.code}`);
    expect(allText(first)).toContain('Tror du på jobb?');
    expect(allText(first)).not.toContain('Jobbsökande');

    const rated = await participantWith(tb.store, users.bo.id);
    await tb.store.ratings.save({
      participantId: rated.id,
      date: '2026-06-01',
      instrumentId: SAMSYN_STANDARD.id,
      instrumentVersion: 1,
      scores: IDS.map((id) => ({
        indicatorId: id,
        self: id === 'caseworker_belief' ? null : 3,
        staff: 3,
      })),
      jobSearchDescription: null,
      ratedBy: users.bo.id,
    });
    const again = await tb.personal(users.bo).sayOne(`skattning ${rated.code}`);
    expect(allText(again)).toContain('Jobbsökande');
  });

  it('refuses a caseworker without the admin role', async () => {
    await tb.grant(users.anna.id, 'caseworker');
    expect(allText(await tb.personal(users.anna).sayOne('skattningsformulär'))).toContain(
      'administratör',
    );
    expect(
      hasAction(await tb.personal(users.anna).sayOne('skattningsformulär'), 'instruments.add'),
    ).toBe(false);
  });
});
