import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMSYN_STANDARD, isCaseworkerOnlyIn } from '../../domain/instruments';
import type { RatingSession, Score } from '../../domain/model';
import {
  hasProgressed,
  isStagnant,
  mayRate,
  mayStartSession,
  offeredForRating,
  progressionTable,
  risenIndicators,
  scoreFor,
  selfStaffGap,
  sortSessions,
  summarize,
  uniformTopSelfRating,
} from '../../domain/progression';
import type { Actor, Consent, Participant } from '../../domain/types';

const cwOnly = isCaseworkerOnlyIn(SAMSYN_STANDARD);
const IDS = SAMSYN_STANDARD.indicators.map((i) => i.id);
const SELF_IDS = IDS.filter((id) => !cwOnly(id));

let n = 0;
/** A session on `date` with the given self scores (in indicator order) and staff scores. */
function session(
  date: string,
  self: Score[],
  staff: Score[] = self,
  savedAt = `${date}T10:00:00.000Z`,
): RatingSession {
  n += 1;
  return {
    id: `s${n}`,
    participantId: 'p1',
    date,
    instrumentId: 'samsyn-standard',
    instrumentVersion: 1,
    scores: IDS.map((id, i) => ({
      indicatorId: id,
      self: cwOnly(id) ? null : (self[i] ?? null),
      staff: staff[i] ?? null,
    })),
    jobSearchDescription: null,
    revision: 1,
    ratedBy: 'cw',
    savedAt,
  };
}
const all = (v: Score): Score[] => IDS.map(() => v);

describe('progression rules', () => {
  it('takes the caseworker score on a caseworker-only indicator and the own score otherwise', () => {
    expect(scoreFor({ indicatorId: 'x', self: 2, staff: 4 }, true)).toBe(4);
    expect(scoreFor({ indicatorId: 'x', self: 2, staff: 4 }, false)).toBe(2);
  });

  it('counts a participant as progressed when three indicators rose since the first session', () => {
    const first = session('2026-01-10', [2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 2]);
    const last = session('2026-04-10', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2]);
    expect(risenIndicators([last, first], cwOnly)).toEqual([
      'job_belief',
      'job_search',
      'next_steps',
    ]);
    expect(hasProgressed([first, last], cwOnly)).toBe(true);
    expect(hasProgressed([first, last], cwOnly, 4)).toBe(false);
  });

  it('measures a caseworker-only indicator with the caseworker score', () => {
    const first = session('2026-01-10', all(3), all(2));
    const last = session('2026-04-10', all(3), all(4));
    expect(risenIndicators([first, last], cwOnly)).toEqual(['caseworker_belief']);
  });

  it('measures from the first session on which the indicator was scored, skipping vet ej', () => {
    const a = session('2026-01-10', [null, 4], all(3));
    const b = session('2026-02-10', [2, null], all(3));
    const c = session('2026-03-10', [3, null], all(3));
    // job_belief: first scored 2 (b), latest 3 → risen; job_search: 4 then vet ej → no change.
    expect(risenIndicators([c, a, b], cwOnly)).toEqual(['job_belief']);
    const rows = progressionTable([a, b, c], cwOnly, IDS);
    expect(rows[0]).toMatchObject({
      indicatorId: 'job_belief',
      now: 3,
      first: 2,
      previous: 2,
      change: 1,
      risen: true,
    });
    expect(rows[1]).toMatchObject({
      indicatorId: 'job_search',
      now: 4,
      atLatest: null,
      first: 4,
      previous: null,
      change: 0,
      risen: false,
    });
  });

  it('orders two sessions on the same day by when they were saved', () => {
    const late = session('2026-01-10', all(4), all(4), '2026-01-10T15:00:00.000Z');
    const early = session('2026-01-10', all(2), all(2), '2026-01-10T09:00:00.000Z');
    expect(sortSessions([late, early]).map((s) => s.id)).toEqual([early.id, late.id]);
    expect(risenIndicators([late, early], cwOnly)).toHaveLength(IDS.length);
  });

  it('sees stagnation when nothing rose over the last three sessions, never with fewer', () => {
    const a = session('2026-01-10', all(2));
    const b = session('2026-04-10', all(3));
    const c = session('2026-07-10', all(3));
    const d = session('2026-10-10', all(3));
    expect(isStagnant([a, b], cwOnly)).toBe(false);
    expect(isStagnant([a, b, c], cwOnly)).toBe(false);
    expect(isStagnant([a, b, c, d], cwOnly)).toBe(true);
    expect(risenIndicators([a, b, c, d], cwOnly)).toHaveLength(IDS.length);
  });

  it('flags 5 on every self-rated area, but not with vet ej only or a single 4', () => {
    expect(uniformTopSelfRating(session('2026-01-10', all(5), all(2)), cwOnly)).toBe(true);
    const some = all(5);
    some[3] = null;
    expect(uniformTopSelfRating(session('2026-01-10', some, all(2)), cwOnly)).toBe(true);
    const one4 = all(5);
    one4[0] = 4;
    expect(uniformTopSelfRating(session('2026-01-10', one4), cwOnly)).toBe(false);
    expect(uniformTopSelfRating(session('2026-01-10', all(null)), cwOnly)).toBe(false);
  });

  it('flags a gap of two steps on three or more indicators', () => {
    const self = all(5);
    const staff = all(5);
    staff[0] = 3;
    staff[1] = 2;
    expect(selfStaffGap(session('2026-01-10', self, staff))).toBeNull();
    staff[2] = 1;
    expect(selfStaffGap(session('2026-01-10', self, staff))).toEqual([
      'job_belief',
      'job_search',
      'next_steps',
    ]);
    staff[3] = 4;
    expect(selfStaffGap(session('2026-01-10', self, staff))).toHaveLength(3);
  });

  it('summarises the signals of the latest session', () => {
    const s = summarize([session('2026-01-10', all(5), all(2))], cwOnly, IDS);
    expect(s.signals).toEqual({ uniformTop: true, gap: SELF_IDS, stagnant: false });
    expect(s.rows).toHaveLength(IDS.length);
  });
});

describe('who may rate', () => {
  const actor: Actor = { id: 'cw', name: null, roles: ['caseworker'], locale: 'sv' };
  const p = { ownerId: 'cw' } as Participant;
  const consent: Consent = {
    id: 'c',
    participantId: 'p',
    givenOn: '2026-01-01',
    validUntil: '2026-06-30',
    departments: [],
    withdrawnOn: null,
    recordedBy: 'cw',
    recordedAt: '',
  };
  it('lets the owner rate while the consent is valid today, its last day included', () => {
    expect(mayRate(actor, p, consent, '2026-06-30')).toEqual({ ok: true });
  });
  it('refuses another caseworker, an expired, a withdrawn and a missing consent', () => {
    expect(mayRate({ ...actor, id: 'other' }, p, consent, '2026-03-01')).toEqual({
      ok: false,
      reason: 'not_owner',
    });
    expect(mayRate(actor, p, consent, '2026-07-01')).toEqual({ ok: false, reason: 'expired' });
    expect(mayRate(actor, p, { ...consent, withdrawnOn: '2026-02-01' }, '2026-03-01')).toEqual({
      ok: false,
      reason: 'withdrawn',
    });
    expect(mayRate(actor, p, null, '2026-03-01')).toEqual({ ok: false, reason: 'missing' });
    expect(mayRate({ ...actor, roles: [] }, p, consent, '2026-03-01')).toEqual({
      ok: false,
      reason: 'not_caseworker',
    });
  });
  it('begins a new session only before the exit; a refusal of mayRate comes first', () => {
    const left = { ...p, endDate: '2026-03-01' } as Participant;
    expect(mayStartSession(actor, p, consent, '2026-03-01')).toEqual({ ok: true });
    expect(mayStartSession(actor, left, consent, '2026-03-02')).toEqual({
      ok: false,
      reason: 'exited',
    });
    expect(mayRate(actor, left, consent, '2026-03-02')).toEqual({ ok: true });
    expect(mayStartSession(actor, left, null, '2026-03-02')).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(offeredForRating(actor, left, consent, '2026-03-02')).toBe(false);
    expect(offeredForRating(actor, p, consent, '2026-03-02')).toBe(true);
  });
});

// ------------------------------------------------------------------ properties

const scoreArb: fc.Arbitrary<Score> = fc.constantFrom<Score>(1, 2, 3, 4, 5, null);
const dateArb = fc
  .integer({ min: 0, max: 800 })
  .map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const sessionArb = fc
  .record({
    date: dateArb,
    self: fc.array(scoreArb, { minLength: IDS.length, maxLength: IDS.length }),
    staff: fc.array(scoreArb, { minLength: IDS.length, maxLength: IDS.length }),
  })
  .map((r) => session(r.date, r.self, r.staff));
const historyArb = fc.array(sessionArb, { minLength: 0, maxLength: 8 });

describe('progression properties', () => {
  it('the count of risen indicators is between 0 and the number of indicators', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const k = risenIndicators(h, cwOnly).length;
        return k >= 0 && k <= IDS.length;
      }),
    );
  });

  it('a session compared with itself shows no change', () => {
    fc.assert(
      fc.property(sessionArb, (s) => {
        const twice = [s, { ...s, id: s.id + 'b' }];
        return (
          risenIndicators(twice, cwOnly).length === 0 &&
          progressionTable(twice, cwOnly, IDS).every((r) => r.change === null || r.change === 0)
        );
      }),
    );
  });

  it('vet ej never counts as a rise or a fall: adding an all-vet-ej session changes nothing', () => {
    fc.assert(
      fc.property(historyArb, dateArb, (h, d) => {
        const blank = session(d, all(null), all(null));
        const before = progressionTable(h, cwOnly, IDS).map((r) => [
          r.indicatorId,
          r.first,
          r.now,
          r.change,
        ]);
        const after = progressionTable([...h, blank], cwOnly, IDS).map((r) => [
          r.indicatorId,
          r.first,
          r.now,
          r.change,
        ]);
        expect(after).toEqual(before);
        expect(risenIndicators([...h, blank], cwOnly)).toEqual(risenIndicators(h, cwOnly));
      }),
    );
  });

  it('the order sessions are given in does not matter', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        expect(risenIndicators([...h].reverse(), cwOnly).sort()).toEqual(
          risenIndicators(h, cwOnly).sort(),
        );
      }),
    );
  });

  it('the table agrees with the risen count', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const rows = progressionTable(h, cwOnly, IDS);
        return rows.filter((r) => r.risen).length === risenIndicators(h, cwOnly).length;
      }),
    );
  });
});
