import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../domain/dates';
import { activityFact, parallelIntervals } from '../../domain/figure-facts';
import type { ActivityStatus, PlanActivity } from '../../domain/model';
import { hadParallel } from '../../domain/plan';

const day = (n: number) => addDaysIso('2025-01-01', n);
const STATUSES: ActivityStatus[] = ['planned', 'ongoing', 'paused', 'completed', 'cancelled'];

const activity = fc
  .record({
    status: fc.constantFrom(...STATUSES),
    start: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null, freq: 8 }),
    end: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
  })
  .map((a): PlanActivity => ({
    id: 'a',
    participantId: 'p',
    typeId: null,
    customName: null,
    kind: 'job',
    departmentId: 'ame',
    responsible: null,
    startDate: a.start === null ? null : day(a.start),
    plannedEndDate: null,
    endDate: a.end === null ? null : day(a.end),
    status: a.status,
    cancelReason: null,
  }));

const runsOf = (activities: PlanActivity[]) =>
  activities
    .map(activityFact)
    .filter((f) => f.runFrom !== null)
    .map((f) => ({ from: f.runFrom!, to: f.runTo }));

const meets = (ivs: { from: string; to: string | null }[], from: string, to: string) =>
  from <= to && ivs.some((iv) => iv.from <= to && (iv.to === null || iv.to >= from));

describe('parallelIntervals: the days two or more activities ran', () => {
  it('gives the overlaps, merged, with an open end while two still run', () => {
    const runs = [
      { from: day(0), to: day(10) },
      { from: day(5), to: day(20) },
      { from: day(11), to: null },
      { from: day(30), to: day(30) },
    ];
    expect(parallelIntervals(runs)).toEqual([
      { from: day(5), to: day(20) },
      { from: day(30), to: day(30) },
    ]);
    expect(parallelIntervals([runs[0], runs[2], { from: day(40), to: null }])).toEqual([
      { from: day(40), to: null },
    ]);
    expect(parallelIntervals([{ from: day(3), to: day(3) }])).toEqual([]);
  });

  it('meets a period exactly when hadParallel says two activities ran on one day in it', () => {
    fc.assert(
      fc.property(
        fc.array(activity, { maxLength: 6 }),
        fc.integer({ min: -5, max: 130 }),
        fc.integer({ min: -3, max: 60 }),
        (activities, from, len) => {
          const ivs = parallelIntervals(runsOf(activities));
          for (let i = 1; i < ivs.length; i++) expect(ivs[i - 1].to! < ivs[i].from).toBe(true);
          expect(meets(ivs, day(from), day(from + len))).toBe(
            hadParallel(activities, day(from), day(from + len)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
