// Issue 16: the change theory's figures in the manager's digest (exact) and in the weekly channel
// card (small groups hidden), over the Bot Framework protocol.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allText } from '../support/cards';
import { TestBot, users } from '../support/bot';
import { figureValues, weeklyPost } from '../support/digest';
import { exitRecorded, participantWith } from '../support/factories';
import type { Gender } from '../../domain/types';

/** A participant who rated control 2 then 4, exited on 2026-03-10 and answered at six months. */
async function through(tb: TestBot, gender: Gender, selfSupport: boolean): Promise<void> {
  const p = await participantWith(tb.store, users.anna.id, { gender, startDate: '2026-01-15' });
  for (const [date, control] of [
    ['2026-01-20', 2],
    ['2026-03-01', 4],
  ] as const) {
    await tb.store.ratings.save({
      participantId: p.id,
      date,
      instrumentId: 'samsyn-standard',
      instrumentVersion: 1,
      scores: [{ indicatorId: 'control', self: control, staff: 3 }],
      jobSearchDescription: null,
      ratedBy: users.anna.id,
    });
  }
  await tb.store.plans.addActivity({
    participantId: p.id,
    typeId: null,
    customName: null,
    kind: 'health',
    departmentId: 'ame',
    responsible: null,
    startDate: '2026-02-01',
    plannedEndDate: null,
    endDate: '2026-03-10',
    status: 'completed',
    cancelReason: null,
  });
  await exitRecorded(tb.store, p.id, '2026-03-10', users.anna.id);
  await tb.store.exits.recordSelfSupport(p.id, selfSupport);
}

describe("the change theory's figures in the digest", () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
    await tb.grant(users.maja.id, 'manager');
  });
  afterEach(async () => {
    await tb.close();
  });

  it('shows the manager every figure exactly, since the start', async () => {
    await through(tb, 'kvinna', true);
    await through(tb, 'kvinna', true);
    await through(tb, 'man', false);
    const card = await tb.personal(users.maja).sayOne('sammanfattning');
    const txt = allText(card);
    expect(txt).toContain('Förändringsteorins mått – Sedan start');
    // six-month point 2026-09-10, in since the start (2026-01-01 – today)
    expect(figureValues(card, 'Ja')).toEqual(['2', '2', '0']);
    expect(figureValues(card, 'Nej')).toEqual(['1', '0', '1']);
    expect(figureValues(card, 'Andel ja, av dem som svarat')).toEqual(['66,7 %', '100 %', '0 %']);
    expect(txt).toContain('Obs: andelen bygger på bara 3 svar och säger lite.');
    // power over one's situation: 2 → 4 for all three
    expect(figureValues(card, 'Har skattat sig minst två gånger')).toEqual(['3', '2', '1']);
    expect(figureValues(card, 'Andel som höjt sig')).toEqual(['100 %', '100 %', '100 %']);
    expect(figureValues(card, 'Ekonomiskt bistånd → Lön')).toEqual(['3', '2', '1']);
    expect(figureValues(card, 'Hälsa')).toEqual(['3', '2', '1']);
    expect(figureValues(card, 'Hälsa, per aktiv deltagare')).toEqual(['1,00', '1,00', '1,00']);
  });

  it('shows them in the weekly channel card with small groups hidden', async () => {
    for (let i = 0; i < 5; i++) await through(tb, 'kvinna', true);
    for (let i = 0; i < 3; i++) await through(tb, 'man', true);
    const card = await weeklyPost(tb);
    // 3 men are "färre än 5", and 8 − 5 would give them away: the 5 women read "dold"
    expect(figureValues(card, 'Ja')).toEqual(['8', 'dold', 'färre än 5']);
    expect(figureValues(card, 'Hälsa')).toEqual(['8', 'dold', 'färre än 5']);
    expect(figureValues(card, 'Andel ja, av dem som svarat')).toEqual([
      '100 %',
      'dold',
      'färre än 5',
    ]);
  });
});
