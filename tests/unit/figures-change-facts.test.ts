import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../domain/dates';
import { selfPoints, sixMonthPointWindow } from '../../domain/figures-change-facts';
import type { RatingSession, Score } from '../../domain/model';
import { sixMonthsAfter } from '../../domain/plan';

const day = (n: number) => addDaysIso('2024-01-01', n);

function session(date: string, self: Record<string, Score>, savedAt = `${date}T10:00:00Z`) {
  return {
    id: `${date}-${savedAt}`,
    participantId: 'p',
    date,
    instrumentId: 'samsyn-standard',
    instrumentVersion: 1,
    scores: Object.entries(self).map(([indicatorId, v]) => ({ indicatorId, self: v, staff: 1 })),
    jobSearchDescription: null,
    revision: 1,
    ratedBy: 'cw',
    savedAt,
  } satisfies RatingSession;
}

describe('the facts of the change figures', () => {
  it('gives the exit dates whose six-month point falls in a period, exactly (every day of three years)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 1000 }),
        fc.integer({ min: 0, max: 40 }),
        (a, len) => {
          const p = { from: day(a), to: day(a + len) };
          const inside: string[] = [];
          for (let d = a - 220; d <= a + len; d++)
            if (p.from <= sixMonthsAfter(day(d)) && sixMonthsAfter(day(d)) <= p.to)
              inside.push(day(d));
          const w = sixMonthPointWindow(p);
          expect(w).toEqual(
            inside.length ? { from: inside[0], to: inside[inside.length - 1] } : null,
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('has no exit date for the last days of August (six months after February ends on the 28th)', () => {
    expect(sixMonthPointWindow({ from: '2026-08-29', to: '2026-08-31' })).toBeNull();
    expect(sixMonthPointWindow({ from: '2026-08-28', to: '2026-09-01' })).toEqual({
      from: '2026-02-28',
      to: '2026-03-01',
    });
  });

  it('marks control rated at the second counted self-rating and risen when the latest is higher than the first', () => {
    const points = selfPoints([
      session('2026-01-10', { control: 2, job_belief: null }),
      session('2026-03-10', { control: null, next_steps: 3 }),
      session('2026-05-10', { control: 3, next_steps: 3 }),
      session('2026-07-10', { control: 2, next_steps: 4 }),
    ]);
    expect(points.map((p) => [p.date, p.controlRated, p.controlRisen])).toEqual([
      ['2026-01-10', false, false],
      ['2026-03-10', false, false],
      ['2026-05-10', true, true],
      ['2026-07-10', true, false],
    ]);
    expect(points.map((p) => [p.closerRated, p.closerRisen])).toEqual([
      [false, false],
      [false, false],
      [true, false],
      [true, true],
    ]);
    expect(points.map((p) => p.nextDate)).toEqual(['2026-03-10', '2026-05-10', '2026-07-10', null]);
  });

  it('counts two sessions on one day in the order they were saved, as one point', () => {
    const points = selfPoints([
      session('2026-01-10', { control: 4 }, '2026-01-10T15:00:00Z'),
      session('2026-01-10', { control: 2 }, '2026-01-10T09:00:00Z'),
    ]);
    expect(points).toEqual([
      {
        date: '2026-01-10',
        nextDate: null,
        controlRated: true,
        controlRisen: true,
        closerRated: false,
        closerRisen: false,
      },
    ]);
  });
});

describe('the change figures in a channel', () => {
  const none = { total: 0, women: 0, men: 0, other: 0 };
  /** A period with these active participants and nothing else. */
  const periodOf = (active: ReturnType<typeof count>) => ({
    from: '2026-01-01',
    to: '2026-06-30',
    participants: active,
    newParticipants: none,
    exited: none,
    exitsByOutcome: {},
    exitsByGroup: { work: none, studies: none, other: none },
    selfSupportShare: null,
    progressed3: none,
    progressedShare: { total: 0, women: 0, men: 0 },
    ratingSessions: 0,
    activitiesStarted: 0,
    activitiesEnded: 0,
    parallelActivities: none,
    parallelActivitiesShare: 0,
    averageChange: [],
  });
  const count = (women: number, men: number, other = 0) => ({
    total: women + men + other,
    women,
    men,
    other,
  });
  const kinds = (health: ReturnType<typeof count>) => ({
    job: { activities: count(0, 0), perParticipant: { total: 0, women: 0, men: 0 } },
    language: { activities: count(0, 0), perParticipant: { total: 0, women: 0, men: 0 } },
    skills: { activities: count(0, 0), perParticipant: { total: 0, women: 0, men: 0 } },
    health: { activities: health, perParticipant: { total: 1, women: 1, men: 1 } },
    social: { activities: count(0, 0), perParticipant: { total: 0, women: 0, men: 0 } },
  });

  it('hides "risen" when the ones who did not rise are a small group (rated − risen)', async () => {
    const { protectChange } = await import('../../domain/small-groups');
    const { emptySupportTable } = await import('../../domain/figures-change');
    const risen = { rated: count(9, 8), risen: count(6, 8), share: { total: 0, women: 0, men: 0 } };
    const m = protectChange(
      {
        selfSupport6m: {
          yes: count(0, 0),
          no: count(0, 0),
          unknown: count(0, 0),
          share: { total: null, women: null, men: null },
        },
        controlRisen: risen,
        closerToWork: risen,
        supportAtStartAndExit: emptySupportTable(),
        activitiesByKindAndGender: kinds(count(6, 8)),
      },
      {
        ...periodOf(count(9, 8)),
        activitiesStarted: 14,
      },
      5,
    );
    // 9 − 6 = 3 women rated twice did not rise: women's risen (and so their share) is hidden
    expect(m.controlRisen.risen.women).toBe('hidden');
    expect(m.controlRisen.share.women).toBe('hidden');
    expect(m.controlRisen.rated).toEqual({});
    // a kind adds up to the activities started only in total: nothing hidden for 6 and 8
    expect(m.activities.health.activities).toEqual({});
  });

  it('lists the support combinations largest first and sums the rest, so they add up to the exits', async () => {
    const { emptySupportTable, supportRows } = await import('../../domain/figures-change');
    const t = emptySupportTable();
    t.ekonomiskt_bistand.lon = count(3, 4);
    t.etablering.studiemedel = count(1, 0);
    t.ingen.ingen = count(0, 2);
    expect(supportRows(t, 2).map((r) => [r.key, r.count.total])).toEqual([
      ['ekonomiskt_bistand>lon', 7],
      ['ingen>ingen', 2],
      ['rest', 1],
    ]);
    expect(supportRows(t).map((r) => r.key)).toEqual([
      'ekonomiskt_bistand>lon',
      'ingen>ingen',
      'etablering>studiemedel',
    ]);
  });
});
