// Issue 11 "Digest readability": the on-demand period, the caution over few exits, and whom to ask
// about each participant needing attention, over the Bot Framework protocol.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allText } from '../support/cards';
import { TestBot, users } from '../support/bot';
import { figureValues, weeklyPost } from '../support/digest';
import { exitRecorded, participantWith } from '../support/factories';

const TUESDAY = '2026-11-17T10:00:00Z'; // week 47
const FRIDAY = '2026-11-20T12:00:00Z'; // week 47

const exit = (tb: TestBot, participantId: string, date: string, outcome?: string) =>
  exitRecorded(tb.store, participantId, date, users.anna.id, outcome);

describe('the digest a person can read', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
    await tb.grant(users.maja.id, 'manager');
    await tb.grant(users.english.id, 'manager');
  });
  afterEach(async () => {
    await tb.close();
  });

  it('"sammanfattning" on a Friday covers the seven days up to that Friday; the Monday post still covers its ISO week', async () => {
    tb.clock.set(FRIDAY);
    // started on Thursday 2026-11-19, after last Sunday: only a period up to today sees them
    await participantWith(tb.store, users.anna.id, { startDate: '2026-11-19', gender: 'man' });
    const card = await tb.personal(users.maja).sayOne('sammanfattning');
    const txt = allText(card);
    expect(txt).toContain('Period: 2026-11-14 – 2026-11-20');
    expect(txt).toContain('De senaste sju dagarna, till och med i dag.');
    expect(txt).toContain('Sedan start: 2026-01-01 – 2026-11-20');
    expect(txt).not.toContain('vecka 47');
    expect(figureValues(card, 'Nya deltagare')).toEqual(['1', '0', '1']);

    const post = await weeklyPost(tb);
    expect(allText(post)).toContain('Period: 2026-11-16 – 2026-11-22');
  });

  it('gives the women/men split its own columns: no cell holds "1 (Kvinnor …"', async () => {
    await participantWith(tb.store, users.anna.id, { gender: 'kvinna' });
    const card = await tb.personal(users.maja).sayOne('sammanfattning');
    expect(figureValues(card, 'Aktiva deltagare')).toEqual(['1', '1', '0']);
    expect(allText(card)).not.toMatch(/\d+ \(Kvinnor/);
  });

  it('puts a caution on a share of fewer than five exits, in Swedish and in English; none from five', async () => {
    tb.clock.set(FRIDAY);
    for (const [i, outcome] of ['arbete', 'sfi', 'avbrott'].entries()) {
      const p = await participantWith(tb.store, users.anna.id);
      await exit(tb, p.id, `2026-11-1${6 + i}`, outcome);
    }
    const sv = allText(await tb.personal(users.maja).sayOne('sammanfattning'));
    expect(sv).toContain('Andel avslut till arbete eller studier:** 66,7 %');
    expect(sv).toContain('Obs: andelen bygger på bara 3 avslut och säger lite.');
    const en = allText(await tb.personal(users.english).sayOne('digest'));
    expect(en).toContain('Note: the share rests on only 3 exits and says little.');

    for (const i of [0, 1]) {
      const p = await participantWith(tb.store, users.anna.id);
      await exit(tb, p.id, `2026-11-1${6 + i}`);
    }
    const five = allText(await tb.personal(users.maja).sayOne('sammanfattning'));
    expect(five).toContain('Andel avslut till arbete eller studier:** 80 %');
    expect(five).not.toContain('bygger på bara 5 avslut');
    expect(five).not.toMatch(/bygger på bara \d+ avslut/);
  });

  it('shows the owning caseworker beside each code that needs attention, in the channel and in personal chat; never a participant name', async () => {
    tb.clock.set(TUESDAY);
    await tb.personal(users.anna).say('hjälp');
    await tb.personal(users.bo).say('hjälp');
    // no rating since the start in January (> 12 weeks): both need attention
    const a = await participantWith(tb.store, users.anna.id, { name: 'Fatima Testsson' });
    const b = await participantWith(tb.store, users.bo.id, { name: 'Omar Testsson' });
    const post = await weeklyPost(tb);
    tb.clock.set('2026-11-23T07:00:00Z');
    const personal = await tb.personal(users.maja).sayOne('sammanfattning');
    for (const card of [post, personal]) {
      const txt = allText(card);
      expect(txt).toContain(`Anna Handläggare: ${a.code}`);
      expect(txt).toContain(`Bo Handläggare: ${b.code}`);
      expect(txt).not.toMatch(/Testsson/);
    }
  });
});
