import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ACTIVITY_TYPES,
  mergeActivityTypes,
  selectableTypes,
} from '../../domain/activities';
import { addDaysIso } from '../../domain/dates';
import { ACTIVITY_STATUSES, type PlanActivity } from '../../domain/model';
import { exitReasonProblem, isSelfSupport, OUTCOMES, outcomeGroup } from '../../domain/outcomes';
import {
  activityDateProblems,
  endDateAfterEdit,
  endProblem,
  followUpProblem,
  hadParallel,
  isRunningOn,
  needsJobActivity,
  parallelCountOn,
  runningOn,
  sharedActivityName,
  sixMonthsAfter,
  statusForStart,
} from '../../domain/plan';

let n = 0;
function act(over: Partial<PlanActivity>): PlanActivity {
  return {
    id: `a${++n}`,
    participantId: 'p',
    typeId: 'sfi',
    customName: null,
    kind: 'language',
    departmentId: 'vux',
    responsible: null,
    startDate: '2026-01-01',
    plannedEndDate: null,
    endDate: null,
    status: 'ongoing',
    cancelReason: null,
    ...over,
  };
}

describe('running and parallel activities', () => {
  it('counts an ongoing activity from its start date, open-ended', () => {
    const a = act({ startDate: '2026-03-01' });
    expect(isRunningOn(a, '2026-02-28')).toBe(false);
    expect(isRunningOn(a, '2026-03-01')).toBe(true);
    expect(isRunningOn(a, '2030-01-01')).toBe(true);
  });
  it('counts a completed activity from start to end date, both inclusive', () => {
    const a = act({ status: 'completed', startDate: '2026-03-01', endDate: '2026-03-10' });
    expect(runningOn([a], '2026-03-10')).toHaveLength(1);
    expect(runningOn([a], '2026-03-11')).toHaveLength(0);
  });
  it('never counts a planned or paused activity, nor an ended one without an end date', () => {
    expect(
      parallelCountOn(
        [
          act({ status: 'planned' }),
          act({ status: 'paused' }),
          act({ status: 'cancelled', endDate: null }),
        ],
        '2026-06-01',
      ),
    ).toBe(0);
  });
  it('finds two activities running on the same day within the period', () => {
    const a = act({ status: 'completed', startDate: '2026-01-01', endDate: '2026-02-15' });
    const b = act({ startDate: '2026-02-10', kind: 'job' });
    expect(hadParallel([a, b], '2026-01-01', '2026-03-31')).toBe(true);
    expect(hadParallel([a, b], '2026-02-16', '2026-03-31')).toBe(false); // overlap lies before the period
    expect(hadParallel([a, b], '2026-01-01', '2026-02-09')).toBe(false); // b starts after the period
  });
  it('does not call a staircase (one after the other) parallel', () => {
    const a = act({ status: 'completed', startDate: '2026-01-01', endDate: '2026-01-31' });
    const b = act({ status: 'completed', startDate: '2026-02-01', endDate: '2026-02-28' });
    expect(hadParallel([a, b], '2026-01-01', '2026-12-31')).toBe(false);
  });
  it('hadParallel agrees with counting day by day (property)', () => {
    const day = (i: number) => addDaysIso('2026-01-01', i);
    const arb = fc.record({
      status: fc.constantFrom(...ACTIVITY_STATUSES),
      start: fc.option(fc.integer({ min: 0, max: 40 })),
      len: fc.option(fc.integer({ min: -3, max: 30 })),
    });
    fc.assert(
      fc.property(
        fc.array(arb, { maxLength: 5 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 20 }),
        (specs, from, span) => {
          const acts = specs.map((s) =>
            act({
              status: s.status,
              startDate: s.start === null ? null : day(s.start),
              endDate: s.start === null || s.len === null ? null : day(s.start + s.len),
            }),
          );
          let expected = false;
          for (let i = from; i <= from + span; i++)
            if (parallelCountOn(acts, day(i)) >= 2) expected = true;
          expect(hadParallel(acts, day(from), day(from + span))).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the BIP nudge', () => {
  it('asks for a job-oriented activity when the current plan has skills or health but no job activity', () => {
    expect(needsJobActivity([act({ kind: 'health' })])).toBe(true);
    expect(
      needsJobActivity([act({ kind: 'skills' }), act({ kind: 'job', status: 'planned' })]),
    ).toBe(false);
    expect(
      needsJobActivity([
        act({ kind: 'skills' }),
        act({ kind: 'job', status: 'completed', endDate: '2026-02-01' }),
      ]),
    ).toBe(true);
    expect(needsJobActivity([act({ kind: 'language' })])).toBe(false);
    expect(needsJobActivity([])).toBe(false);
  });
});

describe('date checks', () => {
  it('refuses ends before starts and follow-ups in the past', () => {
    expect(activityDateProblems({ startDate: '2026-02-01', plannedEndDate: '2026-01-31' })).toEqual(
      ['planned_end_before_start'],
    );
    expect(
      activityDateProblems({
        startDate: '2026-02-01',
        plannedEndDate: '2026-02-01',
        endDate: '2026-02-01',
      }),
    ).toEqual([]);
    expect(
      activityDateProblems({ startDate: null, plannedEndDate: null, status: 'ongoing' }),
    ).toEqual(['start_required']);
    expect(endProblem({ startDate: '2026-02-01' }, '2026-01-01')).toBe('end_before_start');
    expect(endProblem({ startDate: '2026-02-01' }, null)).toBe('end_required');
    expect(followUpProblem('2026-11-22', '2026-11-23')).toBe('followup_in_past');
    expect(followUpProblem('2026-11-23', '2026-11-23')).toBeNull();
  });
  it("six months after an exit is the same day, or the month's last day", () => {
    expect(sixMonthsAfter('2026-11-20')).toBe('2027-05-20');
    expect(sixMonthsAfter('2026-08-31')).toBe('2027-02-28');
    expect(sixMonthsAfter('2027-06-30')).toBe('2027-12-30');
  });
});

describe('catalogue and outcomes', () => {
  it('lets an admin type override a default and hides retired types from new activities', () => {
    const types = mergeActivityTypes(DEFAULT_ACTIVITY_TYPES, [
      { ...DEFAULT_ACTIVITY_TYPES.find((t) => t.id === 'laxhjalp')!, retired: true },
    ]);
    expect(types).toHaveLength(DEFAULT_ACTIVITY_TYPES.length);
    expect(selectableTypes(types).map((t) => t.id)).not.toContain('laxhjalp');
  });
  it('counts work and studies as self-support, and every outcome of domain.md is there', () => {
    expect(OUTCOMES).toHaveLength(17);
    expect(outcomeGroup('komvux')).toBe('studies');
    expect(isSelfSupport('anstallning_stod')).toBe(true);
    expect(isSelfSupport('folkhogskola')).toBe(true);
    expect(isSelfSupport('vard')).toBe(false);
    expect(isSelfSupport('nonsense')).toBe(false);
  });
  it('needs a reason when there is no next step', () => {
    expect(exitReasonProblem(false, null)).toBe('reason_required');
    expect(exitReasonProblem(false, 'moved')).toBeNull();
    expect(exitReasonProblem(true, null)).toBeNull();
  });
});

describe('ending and starting activities', () => {
  it('gives an activity ended by this edit today as end date when none was entered, and keeps an entered one', () => {
    expect(endDateAfterEdit('ongoing', 'completed', null, '2026-11-23')).toBe('2026-11-23');
    expect(endDateAfterEdit('ongoing', 'cancelled', '2026-11-20', '2026-11-23')).toBe('2026-11-20');
  });

  it('sets no end date for an already ended activity saved without one, and clears it when the activity is reopened', () => {
    expect(endDateAfterEdit('completed', 'completed', null, '2026-11-23')).toBeNull();
    expect(endDateAfterEdit('completed', 'ongoing', '2026-11-20', '2026-11-23')).toBeNull();
    expect(endDateAfterEdit('ongoing', 'paused', '2026-11-20', '2026-11-23')).toBeNull();
  });

  it('starts a new activity as ongoing from its start date and as planned before it', () => {
    expect(statusForStart('2026-11-23', '2026-11-23')).toBe('ongoing');
    expect(statusForStart('2026-11-01', '2026-11-23')).toBe('ongoing');
    expect(statusForStart('2026-12-01', '2026-11-23')).toBe('planned');
  });
});

describe("naming an activity outside the owner's chat", () => {
  it('shows a health activity only as another activity, a free-named one by its kind, a catalogue one by its type', () => {
    expect(sharedActivityName({ kind: 'health', typeId: 'halsogrupp' })).toEqual({ as: 'other' });
    expect(sharedActivityName({ kind: 'health', typeId: null })).toEqual({ as: 'other' });
    expect(sharedActivityName({ kind: 'job', typeId: null })).toEqual({ as: 'kind', kind: 'job' });
    expect(sharedActivityName({ kind: 'job', typeId: 'praktik' })).toEqual({
      as: 'type',
      typeId: 'praktik',
    });
  });
});
