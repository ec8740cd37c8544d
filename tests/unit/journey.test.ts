import { describe, expect, it } from 'vitest';
import { SAMSYN_STANDARD, isCaseworkerOnlyIn, selfRated } from '../../domain/instruments';
import { hasJourney, journeyLanguage, journeyRows, sessionOnDay } from '../../domain/journey';
import type { RatingSession, Score } from '../../domain/model';
import { castsDoubt, largeDrops, summarize } from '../../domain/progression';

const cwOnly = isCaseworkerOnlyIn(SAMSYN_STANDARD);
const IDS = SAMSYN_STANDARD.indicators.map((i) => i.id);
const SELF_IDS = selfRated(SAMSYN_STANDARD).map((i) => i.id);

let n = 0;
function session(
  date: string,
  self: (id: string) => Score,
  staff: (id: string) => Score = self,
  savedAt = `${date}T10:00:00.000Z`,
): RatingSession {
  n += 1;
  return {
    id: `s${n}`,
    participantId: 'p1',
    date,
    instrumentId: 'samsyn-standard',
    instrumentVersion: 1,
    scores: IDS.map((id) => ({
      indicatorId: id,
      self: cwOnly(id) ? null : self(id),
      staff: staff(id),
    })),
    jobSearchDescription: null,
    revision: 1,
    ratedBy: 'cw',
    savedAt,
  };
}
const all = (v: Score) => () => v;

describe('honest progression', () => {
  it('three risen areas with 5 on every self-rating is progressed but doubtful', () => {
    const s = summarize(
      [session('2026-01-10', all(2)), session('2026-04-10', all(5))],
      cwOnly,
      IDS,
      3,
    );
    expect(s.progressed).toBe(true);
    expect(s.signals.uniformTop).toBe(true);
    expect(s.doubtful).toBe(true);
  });

  it('three risen areas after large drops elsewhere is doubtful, and names the drops', () => {
    const first = session('2026-01-10', (id) => (id === 'health' ? 2 : 1));
    const second = session('2026-04-10', (id) => (id === 'health' ? 5 : 3));
    const third = session('2026-07-10', (id) => (id === 'health' ? 2 : 3));
    const s = summarize([first, second, third], cwOnly, IDS, 3);
    expect(s.progressed).toBe(true);
    expect(s.drops).toEqual(['health']);
    expect(s.doubtful).toBe(true);
  });

  it('an ordinary rise is plain progression', () => {
    const s = summarize(
      [session('2026-01-10', all(2)), session('2026-04-10', all(3))],
      cwOnly,
      IDS,
      3,
    );
    expect(s.progressed).toBe(true);
    expect(s.doubtful).toBe(false);
    expect(castsDoubt(s.signals, s.drops)).toBe(false);
  });

  it('a fall of one step is no large drop; vet ej never is one', () => {
    const rows = summarize(
      [session('2026-01-10', all(4)), session('2026-04-10', (id) => (id === 'health' ? null : 3))],
      cwOnly,
      IDS,
    ).rows;
    expect(largeDrops(rows)).toBeNull();
  });
});

describe('Min resa', () => {
  it("shows the participant's own first and latest scores, never the caseworker's", () => {
    const rows = journeyRows(
      [
        session('2026-01-10', all(2), all(5)),
        session('2026-04-10', (id) => (id === 'swedish' ? 4 : 2), all(1)),
      ],
      SELF_IDS,
    );
    expect(rows.map((r) => r.indicatorId)).toEqual(SELF_IDS);
    expect(rows.find((r) => r.indicatorId === 'swedish')).toEqual({
      indicatorId: 'swedish',
      first: 2,
      now: 4,
      risen: true,
    });
    expect(rows.every((r) => r.first !== 5 && r.now !== 1)).toBe(true);
    expect(hasJourney(rows, 2)).toBe(true);
    expect(hasJourney(rows, 1)).toBe(false);
  });

  it('a first vet ej is skipped: the first own score counts', () => {
    const rows = journeyRows(
      [session('2026-01-10', all(null)), session('2026-04-10', all(3))],
      SELF_IDS,
    );
    expect(rows[0]).toMatchObject({ first: 3, now: 3, risen: false });
  });

  it('names the language each answer was given in, and is shown in the latest one', () => {
    const inTi = { ...session('2026-01-10', all(2)), language: 'ti' as const };
    const together = session('2026-02-10', all(null));
    const inSv = { ...session('2026-04-10', all(4)), language: 'sv' as const };
    const rows = journeyRows([inSv, together, inTi], SELF_IDS);
    expect(rows[0]).toMatchObject({ first: 2, now: 4, firstLang: 'ti', nowLang: 'sv' });
    expect(journeyLanguage([inTi, inSv], ['ar'])).toBe('sv');
    // a latest session held together says nothing: the participant's first language
    expect(journeyLanguage([inTi, session('2026-05-10', all(3))], ['ar'])).toBe('ar');
    expect(journeyRows([session('2026-05-10', all(3))], SELF_IDS)[0]!.nowLang).toBeUndefined();
  });
});

describe('a second session on the same day', () => {
  it('finds the session already held that day (the latest of the day)', () => {
    const a = session('2026-05-04', all(3), all(3), '2026-05-04T08:00:00.000Z');
    const b = session('2026-05-04', all(3), all(3), '2026-05-04T09:00:00.000Z');
    const c = session('2026-05-03', all(3));
    expect(sessionOnDay([b, c, a], '2026-05-04')?.id).toBe(b.id);
    expect(sessionOnDay([c], '2026-05-04')).toBeUndefined();
  });
});
