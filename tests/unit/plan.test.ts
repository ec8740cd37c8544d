import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ACTIVITY_TYPES,
  mergeActivityTypes,
  selectableTypes,
} from '../../domain/activities';
import { addDaysIso } from '../../domain/dates';
import { ACTIVITY_STATUSES, type PlanActivity } from '../../domain/model';
import {
  exitProblems,
  exitReasonProblem,
  fallsBetweenChairs,
  isSelfSupport,
  needsNextStep,
  OUTCOMES,
  outcomeGroup,
} from '../../domain/outcomes';
import {
  activityDateProblems,
  cancelProblem,
  endingsAtExit,
  exitDateProblem,
  goalChanges,
  historyKind,
  newActivityProblems,
  runningInterval,
  endDateAfterEdit,
  endProblem,
  followUpProblem,
  hadParallel,
  isRunningOn,
  needsJobActivity,
  parallelCountOn,
  runningOn,
  sharedActivityName,
  followUpReminderDue,
  sixMonthQuestionDue,
  sixMonthsAfter,
  sixMonthsDueBy,
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
  // Issue 10: one health rule with domain/forum.ts (the forum never sees a health activity).
  it('shows no health activity, a free-named one by its kind, a catalogue one by its type', () => {
    expect(sharedActivityName({ kind: 'health', typeId: 'halsogrupp' })).toBeNull();
    expect(sharedActivityName({ kind: 'health', typeId: null })).toBeNull();
    expect(sharedActivityName({ kind: 'job', typeId: null })).toEqual({ as: 'kind', kind: 'job' });
    expect(sharedActivityName({ kind: 'job', typeId: 'praktik' })).toEqual({
      as: 'type',
      typeId: 'praktik',
    });
  });
});

const DEPTS = ['vux', 'ame', 'ifo'];
const answers = (over: Partial<Parameters<typeof exitProblems>[0]>) => ({
  outcome: 'avbrott',
  nextStep: null,
  nextStepWith: null,
  reason: null,
  ...over,
});

describe('the next-step question at exit (domain.md outcome groups)', () => {
  it('applies only to outcomes in the group "other": work and studies are themselves the next step', () => {
    for (const o of OUTCOMES) expect(needsNextStep(o.id)).toBe(o.group === 'other');
    // Named, not only as the function's own definition: the list could move an outcome between groups.
    expect(['arbete', 'praktik', 'sfi', 'komvux'].map(needsNextStep)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(['avbrott', 'flytt', 'vard', 'okand'].map(needsNextStep)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('never flags a person who got a job or started studies as "mellan stolarna"', () => {
    expect(fallsBetweenChairs({ outcome: 'arbete', nextStep: false })).toBe(false);
    expect(fallsBetweenChairs({ outcome: 'folkhogskola', nextStep: false })).toBe(false);
    expect(fallsBetweenChairs({ outcome: 'avbrott', nextStep: false })).toBe(true);
    expect(fallsBetweenChairs({ outcome: 'avbrott', nextStep: true })).toBe(false);
  });

  it('leaves the question unanswered for work or studies, and asks it otherwise', () => {
    expect(exitProblems(answers({ outcome: 'arbete' }), DEPTS)).toEqual([]);
    expect(exitProblems(answers({ outcome: 'sfi', nextStep: false }), DEPTS)).toEqual([]);
    expect(exitProblems(answers({}), DEPTS)).toEqual(['next_step_required']);
    expect(exitProblems(answers({ outcome: null }), DEPTS)).toEqual([
      'outcome_required',
      'next_step_required',
    ]);
  });

  it('needs a reason for no next step where one is needed, and says with whom a next step is arranged', () => {
    expect(exitProblems(answers({ nextStep: false }), DEPTS)).toEqual(['reason_required']);
    expect(exitProblems(answers({ nextStep: false, reason: 'moved' }), DEPTS)).toEqual([]);
    expect(exitProblems(answers({ nextStep: true }), DEPTS)).toEqual(['with_required']);
    expect(exitProblems(answers({ nextStep: true, nextStepWith: 'mars' }), DEPTS)).toEqual([
      'unknown_with',
    ]);
    expect(exitProblems(answers({ nextStep: true, nextStepWith: 'other' }), DEPTS)).toEqual([]);
  });

  it('dates an exit today or earlier and not before the start', () => {
    expect(exitDateProblem('2026-11-24', '2026-11-23', '2026-01-01')).toBe('exit_in_future');
    expect(exitDateProblem('2025-12-31', '2026-11-23', '2026-01-01')).toBe('exit_before_start');
    expect(exitDateProblem('2026-11-23', '2026-11-23', '2026-11-23')).toBeNull();
  });

  it('ends every current activity on the exit date: started ones completed, the rest cancelled', () => {
    const plan = [
      act({ id: 'on', status: 'ongoing' }),
      act({ id: 'paused', status: 'paused' }),
      act({ id: 'planned', status: 'planned', startDate: '2026-12-01' }),
      act({ id: 'later', status: 'ongoing', startDate: '2026-12-01' }),
      act({ id: 'done', status: 'completed', endDate: '2026-05-01' }),
    ];
    expect(endingsAtExit(plan, '2026-11-20')).toEqual([
      { id: 'on', status: 'completed', endDate: '2026-11-20' },
      { id: 'paused', status: 'completed', endDate: '2026-11-20' },
      { id: 'planned', status: 'cancelled', endDate: '2026-11-20' },
      { id: 'later', status: 'cancelled', endDate: '2026-11-20' },
    ]);
  });
});

describe('plan rules', () => {
  it('a cancelled activity no longer runs on the day it was cancelled; a completed one does', () => {
    const cancelled = act({ status: 'cancelled', endDate: '2026-11-23' });
    expect(isRunningOn(cancelled, '2026-11-22')).toBe(true);
    expect(isRunningOn(cancelled, '2026-11-23')).toBe(false);
    expect(isRunningOn(act({ status: 'completed', endDate: '2026-11-23' }), '2026-11-23')).toBe(
      true,
    );
    expect(
      runningInterval(act({ status: 'cancelled', startDate: '2026-11-23', endDate: '2026-11-23' })),
    ).toBeNull();
  });

  it('a cancelled activity needs a reason; other statuses do not', () => {
    expect(cancelProblem('cancelled', null)).toBe('reason_required');
    expect(cancelProblem('cancelled', 'Flyttade')).toBeNull();
    expect(cancelProblem('completed', null)).toBeNull();
  });

  it('an own-named activity needs a kind and a department; a catalogue one takes its usual department', () => {
    const cat = DEFAULT_ACTIVITY_TYPES;
    const own = {
      typeId: 'custom',
      name: 'Cykelkurs',
      kind: 'skills' as const,
      departmentId: null,
    };
    expect(newActivityProblems(own, cat, DEPTS).problems).toEqual(['department_required']);
    expect(newActivityProblems({ ...own, kind: null }, cat, DEPTS).problems).toEqual([
      'kind_required',
      'department_required',
    ]);
    expect(newActivityProblems({ ...own, departmentId: 'ame' }, cat, DEPTS).problems).toEqual([]);
    expect(newActivityProblems({ ...own, departmentId: 'mars' }, cat, DEPTS).problems).toEqual([
      'unknown_department',
    ]);
    const sfi = newActivityProblems(
      { typeId: 'sfi', name: null, kind: null, departmentId: null },
      cat,
      DEPTS,
    );
    expect(sfi).toMatchObject({ problems: [], departmentId: 'vux' });
    expect(
      newActivityProblems(
        { typeId: 'nope', name: null, kind: null, departmentId: null },
        cat,
        DEPTS,
      ).problems,
    ).toEqual(['unknown_type']);
  });

  it('the history says "cancelled" for a cancelled activity and tells goal from follow-up date', () => {
    expect(historyKind({ change: 'activity.end', detail: { to: 'cancelled' } })).toBe(
      'activity.cancel',
    );
    expect(historyKind({ change: 'activity.end', detail: { to: 'completed' } })).toBe(
      'activity.end',
    );
    const before = { goal: 'work' as const, ownWords: null, nextFollowUp: '2026-12-01' };
    expect(goalChanges(before, { ...before, nextFollowUp: '2026-12-14' })).toEqual([
      'followup.date',
    ]);
    expect(goalChanges(before, { ...before, goal: 'studies' })).toEqual(['goal.change']);
    expect(goalChanges(before, before)).toEqual([]);
  });
});

describe('sixMonthsDueBy: the latest exit date whose six-month question is due', () => {
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const date = fc
    .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 11, 31) })
    .map((t) => iso(t - (t % 86_400_000)));

  it('is due on the day exactly when the exit is on or before it (property, any two dates)', () => {
    fc.assert(
      fc.property(date, date, (exit, day) => {
        expect(sixMonthsAfter(exit) <= day).toBe(exit <= sixMonthsDueBy(day));
      }),
      { numRuns: 2000 },
    );
    // Near the edge: exits about six months before the day, where month lengths decide.
    fc.assert(
      fc.property(date, fc.integer({ min: -200, max: -160 }), (day, back) => {
        const exit = addDaysIso(day, back);
        expect(sixMonthsAfter(exit) <= day).toBe(exit <= sixMonthsDueBy(day));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes in the end of a longer month on the last day of a shorter one', () => {
    expect(sixMonthsDueBy('2027-02-28')).toBe('2026-08-31');
    expect(sixMonthsDueBy('2028-02-29')).toBe('2027-08-31');
    expect(sixMonthsDueBy('2028-02-28')).toBe('2027-08-28');
    expect(sixMonthsDueBy('2026-03-31')).toBe('2025-09-30');
    expect(sixMonthsDueBy('2026-11-23')).toBe('2026-05-23');
    expect(sixMonthsDueBy('2026-01-15')).toBe('2025-07-15');
  });
});

describe('which reminders are due (the rules the reminder queries pre-filter)', () => {
  it('asks the six-month question once six months have passed and until it is answered', () => {
    const exit = { date: '2026-05-23', selfSupportAfter6m: null };
    expect(sixMonthQuestionDue(exit, '2026-11-22')).toBe(false);
    expect(sixMonthQuestionDue(exit, '2026-11-23')).toBe(true);
    expect(sixMonthQuestionDue(exit, '2027-06-01')).toBe(true);
    expect(sixMonthQuestionDue({ ...exit, selfSupportAfter6m: false }, '2026-11-23')).toBe(false);
    // The query's date bound (sixMonthsDueBy) is the same rule, near the edge included.
    for (let back = 170; back <= 195; back++) {
      const day = '2027-02-28';
      const date = addDaysIso(day, -back);
      expect(sixMonthQuestionDue({ date, selfSupportAfter6m: null }, day)).toBe(
        date <= sixMonthsDueBy(day),
      );
    }
  });
  it('reminds of a follow-up from its date on, never for an exited participant or a plan without one', () => {
    const active = { endDate: null };
    expect(followUpReminderDue(active, { nextFollowUp: '2026-11-24' }, '2026-11-23')).toBe(false);
    expect(followUpReminderDue(active, { nextFollowUp: '2026-11-23' }, '2026-11-23')).toBe(true);
    expect(followUpReminderDue(active, { nextFollowUp: '2026-10-01' }, '2026-11-23')).toBe(true);
    expect(followUpReminderDue(active, { nextFollowUp: null }, '2026-11-23')).toBe(false);
    expect(
      followUpReminderDue({ endDate: '2026-11-01' }, { nextFollowUp: '2026-11-20' }, '2026-11-23'),
    ).toBe(false);
  });
});
