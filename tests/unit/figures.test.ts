import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/digest';
import { dueDigest, previousIsoWeek, scheduleFromCron, DigestSchedule } from '../../domain/digest';
import {
  forumActionsByDepartment,
  indexFigures,
  needsAttention,
  periodFigures,
  type FigureData,
  type FigureParticipant,
  type FigureRules,
} from '../../domain/figures';
import type {
  ActivityPlan,
  Exit,
  ForumAction,
  PlanActivity,
  RatingSession,
  Score,
} from '../../domain/model';
import type { Consent, Gender } from '../../domain/types';

const RULES: FigureRules = { isCaseworkerOnly: (id) => id === 'caseworker_belief', minRisen: 3 };
const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

let n = 0;
function person(
  gender: Gender,
  startDate: string,
  endDate: string | null = null,
): FigureParticipant {
  n++;
  return { id: `p${n}`, code: `D-${String(n).padStart(4, '2')}`, gender, startDate, endDate };
}
/** A session scoring the given indicators (self scores; `staff` for caseworker-only ones). */
function session(
  p: FigureParticipant,
  date: string,
  self: Record<string, Score>,
  staff: Record<string, Score> = {},
): RatingSession {
  const ids = new Set([...Object.keys(self), ...Object.keys(staff)]);
  return {
    id: `${p.id}-${date}`,
    participantId: p.id,
    date,
    instrumentId: 'samsyn-standard',
    instrumentVersion: 1,
    scores: [...ids].map((id) => ({
      indicatorId: id,
      self: self[id] ?? null,
      staff: staff[id] ?? null,
    })),
    jobSearchDescription: null,
    revision: 1,
    ratedBy: 'cw',
    savedAt: `${date}T10:00:00Z`,
  };
}
const three = (v: Score) => ({ job_belief: v, job_search: v, next_steps: v });
function activity(
  p: FigureParticipant,
  status: PlanActivity['status'],
  startDate: string | null,
  endDate: string | null = null,
): PlanActivity {
  return {
    id: `${p.id}-a${++n}`,
    participantId: p.id,
    typeId: null,
    customName: null,
    kind: 'job',
    departmentId: 'ame',
    responsible: null,
    startDate,
    plannedEndDate: null,
    endDate,
    status,
    cancelReason: null,
  };
}
function exit(p: FigureParticipant, date: string, outcome: string, nextStep = true): Exit {
  return {
    participantId: p.id,
    date,
    outcome,
    nextStep,
    noNextStepReason: nextStep ? null : 'declined',
    supportAtExit: null,
    selfSupportAfter6m: null,
  };
}
function data(d: Partial<FigureData>): FigureData {
  return {
    participants: [],
    sessions: [],
    activities: [],
    plans: [],
    exits: [],
    actions: [],
    ...d,
  };
}
const figures = (d: Partial<FigureData>, period = PERIOD) =>
  periodFigures(indexFigures(data(d)), period, RULES);

describe('participants: active at any time in the period', () => {
  it('counts those who started by the end and had not exited before the start, by gender', () => {
    const ps = [
      person('kvinna', '2025-05-01'), // active all along
      person('man', '2026-06-30'), // starts on the last day
      person('annan', '2025-01-01', '2026-01-01'), // exits on the first day
      person('vill_ej_uppge', '2026-02-01'),
      person('kvinna', '2026-07-01'), // starts after
      person('man', '2025-01-01', '2025-12-31'), // exited before
    ];
    expect(figures({ participants: ps }).participants).toEqual({
      total: 4,
      women: 1,
      men: 1,
      other: 2,
    });
  });

  it('counts new participants by start date in the period', () => {
    const ps = [
      person('kvinna', '2025-12-31'),
      person('kvinna', '2026-01-01'),
      person('man', '2026-06-30'),
    ];
    expect(figures({ participants: ps }).newParticipants).toEqual({
      total: 2,
      women: 1,
      men: 1,
      other: 0,
    });
  });
});

describe('exited, exitsByOutcome and exitsByGroup', () => {
  it('counts exits dated in the period, by outcome and group; "annan" counts in the total only', () => {
    const a = person('kvinna', '2025-01-01');
    const b = person('man', '2025-01-01');
    const c = person('annan', '2025-01-01');
    const d = person('kvinna', '2025-01-01');
    const e = person('man', '2025-01-01');
    const f = figures({
      participants: [a, b, c, d, e],
      exits: [
        exit(a, '2026-02-01', 'arbete'),
        exit(b, '2026-03-01', 'sfi'),
        exit(c, '2026-04-01', 'avbrott'),
        exit(d, '2026-06-30', 'praktik'),
        exit(e, '2026-07-01', 'arbete'),
      ],
    });
    expect(f.exited).toEqual({ total: 4, women: 2, men: 1, other: 1 });
    expect(f.exitsByOutcome.arbete).toEqual({ total: 1, women: 1, men: 0, other: 0 });
    expect(f.exitsByOutcome.sfi).toEqual({ total: 1, women: 0, men: 1, other: 0 });
    expect(f.exitsByGroup).toEqual({
      work: { total: 2, women: 2, men: 0, other: 0 },
      studies: { total: 1, women: 0, men: 1, other: 0 },
      other: { total: 1, women: 0, men: 0, other: 1 },
    });
    expect(f.selfSupportShare).toBe(3 / 4);
  });

  it('counts an end date without a recorded exit as outcome okand, so the parts add up', () => {
    const f = figures({ participants: [person('kvinna', '2025-01-01', '2026-03-01')] });
    expect(f.exited.total).toBe(1);
    expect(f.exitsByOutcome.okand.total).toBe(1);
    expect(f.selfSupportShare).toBe(0);
  });

  it('has no self-support share without exits', () => {
    expect(figures({ participants: [person('kvinna', '2025-01-01')] }).selfSupportShare).toBeNull();
  });
});

describe('progressed3', () => {
  it('counts an active participant with three risen indicators since the first session', () => {
    const p = person('kvinna', '2025-01-01');
    const f = figures({
      participants: [p],
      sessions: [session(p, '2025-02-01', three(2)), session(p, '2026-03-01', three(3))],
    });
    expect(f.progressed3).toEqual({ total: 1, women: 1, men: 0, other: 0 });
    expect(f.progressedShare.total).toBe(1);
    expect(f.progressedShare.men).toBeNull();
  });

  it('does not count two risen indicators', () => {
    const p = person('man', '2025-01-01');
    const f = figures({
      participants: [p],
      sessions: [
        session(p, '2025-02-01', three(2)),
        session(p, '2026-03-01', { ...three(3), next_steps: 2 }),
      ],
    });
    expect(f.progressed3.total).toBe(0);
  });

  it('uses only sessions up to the end of the period', () => {
    const p = person('man', '2025-01-01');
    const f = figures({
      participants: [p],
      sessions: [session(p, '2025-02-01', three(2)), session(p, '2026-07-01', three(4))],
    });
    expect(f.progressed3.total).toBe(0);
  });

  it('uses the caseworker score on a caseworker-only indicator, and skips "vet ej"', () => {
    const p = person('kvinna', '2025-01-01');
    const f = figures({
      participants: [p],
      sessions: [
        session(
          p,
          '2025-02-01',
          { job_belief: 2, job_search: null, next_steps: 2 },
          { caseworker_belief: 1 },
        ),
        session(
          p,
          '2025-06-01',
          { job_belief: 3, job_search: 2, next_steps: 3 },
          { caseworker_belief: 2 },
        ),
        session(
          p,
          '2026-03-01',
          { job_belief: 3, job_search: 2, next_steps: 3 },
          { caseworker_belief: 2 },
        ),
      ],
    });
    // job_belief, next_steps and caseworker_belief rose; job_search only has scores 2 → 2
    expect(f.progressed3.total).toBe(1);
  });

  it('does not count a participant not active in the period', () => {
    const p = person('kvinna', '2024-01-01', '2025-06-01');
    const f = figures({
      participants: [p],
      sessions: [session(p, '2024-02-01', three(2)), session(p, '2025-05-01', three(4))],
    });
    expect(f.progressed3.total).toBe(0);
  });
});

describe('ratingSessions, activities and parallel activities', () => {
  it('counts sessions held in the period', () => {
    const p = person('kvinna', '2025-01-01');
    const f = figures({
      participants: [p],
      sessions: [
        session(p, '2025-12-31', three(2)),
        session(p, '2026-01-01', three(2)),
        session(p, '2026-06-30', three(2)),
      ],
    });
    expect(f.ratingSessions).toBe(2);
  });

  it('counts activities started (running from a date in the period) and ended (completed or cancelled in it)', () => {
    const p = person('kvinna', '2025-01-01');
    const f = figures({
      participants: [p],
      activities: [
        activity(p, 'ongoing', '2026-02-01'),
        activity(p, 'planned', '2026-02-01'), // planned: not started
        activity(p, 'completed', '2025-10-01', '2026-03-01'),
        activity(p, 'cancelled', null, '2026-04-01'),
        activity(p, 'completed', '2025-01-01', '2025-12-01'),
      ],
    });
    expect(f.activitiesStarted).toBe(1);
    expect(f.activitiesEnded).toBe(2);
  });

  it('shares active participants who had two activities running at once in the period', () => {
    const a = person('kvinna', '2025-01-01');
    const b = person('man', '2025-01-01');
    const c = person('man', '2025-01-01');
    const d = person('kvinna', '2025-01-01');
    const f = figures({
      participants: [a, b, c, d],
      activities: [
        activity(a, 'ongoing', '2026-01-10'),
        activity(a, 'completed', '2026-02-01', '2026-03-01'), // overlap
        activity(b, 'completed', '2026-01-01', '2026-01-31'),
        activity(b, 'ongoing', '2026-02-01'), // one after the other
        activity(c, 'ongoing', '2026-01-01'),
        activity(c, 'paused', '2026-01-01'), // paused does not run
      ],
    });
    expect(f.parallelActivities).toEqual({ total: 1, women: 1, men: 0, other: 0 });
    expect(f.parallelActivitiesShare).toBe(0.25);
  });

  it('is 0, not NaN, with nobody active', () => {
    expect(figures({}).parallelActivitiesShare).toBe(0);
  });
});

describe('average change per indicator', () => {
  it('averages latest − first over active participants who have both', () => {
    const a = person('kvinna', '2025-01-01');
    const b = person('man', '2025-01-01');
    const f = figures({
      participants: [a, b],
      sessions: [
        session(a, '2025-02-01', { job_belief: 1, swedish: 2 }),
        session(a, '2026-02-01', { job_belief: 4, swedish: 2 }),
        session(b, '2025-02-01', { job_belief: 3 }),
        session(b, '2026-02-01', { job_belief: 2 }),
      ],
    });
    expect(f.averageChange).toEqual(
      expect.arrayContaining([
        { indicatorId: 'job_belief', average: 1, count: 2 },
        { indicatorId: 'swedish', average: 0, count: 1 },
      ]),
    );
  });
});

describe('forum actions by department', () => {
  const action = (
    departmentId: string,
    due: string,
    status: 'open' | 'done' = 'open',
  ): ForumAction => ({
    id: `f${++n}`,
    forumId: 'f',
    meetingId: 'm',
    participantId: 'p',
    what: 'x',
    departmentId,
    ownerId: null,
    due,
    status,
    doneAt: null,
  });

  it('counts open actions overdue before the day and due within the coming week', () => {
    const rows = forumActionsByDepartment(
      [
        action('ame', '2026-11-22'),
        action('ame', '2026-11-23'),
        action('ame', '2026-11-29'),
        action('ame', '2026-11-30'),
        action('vux', '2026-11-01'),
        action('vux', '2026-11-01', 'done'),
      ],
      '2026-11-23',
    );
    expect(rows).toEqual([
      { departmentId: 'ame', due: 2, overdue: 1 },
      { departmentId: 'vux', due: 0, overdue: 1 },
    ]);
  });
});

describe('needs attention, by code', () => {
  const consent = (participantId: string): Consent => ({
    id: `c-${participantId}`,
    participantId,
    givenOn: '2025-01-01',
    departments: ['vux'],
    validUntil: '2027-12-31',
    withdrawnOn: null,
    recordedBy: 'cw',
    recordedAt: '',
  });
  const plan = (p: FigureParticipant, nextFollowUp: string | null): ActivityPlan => ({
    participantId: p.id,
    goal: 'work',
    nextFollowUp,
    rev: 1,
    updatedAt: '',
  });
  const week = { from: '2026-11-16', to: '2026-11-22' };

  it('lists each signal with the codes of participants with valid consent, and only counts the others', () => {
    const unrated = person('kvinna', '2026-01-01'); // started > 12 weeks ago, never rated
    const recent = person('man', '2026-01-01'); // rated 4 weeks ago
    const followUp = person('kvinna', '2026-10-01'); // follow-up date passed
    const stagnant = person('man', '2026-01-01');
    const exitedNoStep = person('kvinna', '2025-01-01');
    const exitedEarlier = person('kvinna', '2025-01-01');
    const noConsent = person('annan', '2026-01-01'); // unrated too, but no consent
    const d = data({
      participants: [unrated, recent, followUp, stagnant, exitedNoStep, exitedEarlier, noConsent],
      sessions: [
        session(recent, '2026-10-26', three(3)),
        session(stagnant, '2026-06-01', three(3)),
        session(stagnant, '2026-08-01', three(3)),
        session(stagnant, '2026-10-20', three(2)),
      ],
      plans: [plan(followUp, '2026-11-20'), plan(recent, '2026-12-01')],
      exits: [
        exit(exitedNoStep, '2026-11-18', 'avbrott', false),
        exit(exitedEarlier, '2026-10-01', 'avbrott', false),
      ],
      consents: new Map(
        [unrated, recent, followUp, stagnant, exitedNoStep, exitedEarlier].map((p) => [
          p.id,
          consent(p.id),
        ]),
      ),
    });
    const a = needsAttention(indexFigures(d), '2026-11-23', week, {
      ...RULES,
      ratingIntervalWeeks: 12,
    });
    expect(a.noRecentRating).toEqual({ codes: [unrated.code], withheld: 1 });
    expect(a.followUpOverdue).toEqual({ codes: [followUp.code], withheld: 0 });
    expect(a.stagnant).toEqual({ codes: [stagnant.code], withheld: 0 });
    expect(a.exitWithoutNextStep).toEqual({ codes: [exitedNoStep.code], withheld: 0 });
  });
});

describe('the digest schedule', () => {
  const since = new Date('2026-01-01T00:00:00Z');
  it('is due from Monday 08:00 Stockholm time, for the ISO week before', () => {
    expect(
      dueDigest(new Date('2026-11-23T06:59:00Z'), { weekday: 1, time: '08:00' }, since)?.week,
    ).toBe('2026-W46');
    expect(
      dueDigest(new Date('2026-11-23T07:00:00Z'), { weekday: 1, time: '08:00' }, since),
    ).toMatchObject({
      week: '2026-W47',
      period: { from: '2026-11-16', to: '2026-11-22' },
    });
  });
  it('follows summer time (08:00 is 06:00 UTC in summer)', () => {
    expect(
      dueDigest(new Date('2026-06-08T06:00:00Z'), { weekday: 1, time: '08:00' }, since)?.week,
    ).toBe('2026-W23');
    expect(
      dueDigest(new Date('2026-06-08T05:59:00Z'), { weekday: 1, time: '08:00' }, since)?.week,
    ).toBe('2026-W22');
  });
  it('after weeks of downtime only the latest missed week is due', () => {
    expect(
      dueDigest(new Date('2026-12-09T12:00:00Z'), { weekday: 1, time: '08:00' }, since)?.week,
    ).toBe('2026-W49');
  });
  it('is never due from before the channel became a digest channel', () => {
    expect(
      dueDigest(
        new Date('2026-11-24T12:00:00Z'),
        { weekday: 1, time: '08:00' },
        new Date('2026-11-23T09:00:00Z'),
      ),
    ).toBeNull();
  });
  it('crosses the year with ISO weeks', () => {
    expect(previousIsoWeek('2027-01-04')).toEqual({
      from: '2026-12-28',
      to: '2027-01-03',
      week: '2026-W53',
    });
  });
  it('reads a weekly DIGEST_CRON and validates schedules', () => {
    expect(scheduleFromCron('0 8 * * 1')).toEqual({ weekday: 1, time: '08:00' });
    expect(scheduleFromCron('30 14 * * 5')).toEqual({ weekday: 5, time: '14:30' });
    expect(scheduleFromCron('*/5 * * * *')).toEqual({ weekday: 1, time: '08:00' });
    expect(DigestSchedule.safeParse({ weekday: '8', time: '08:00' }).success).toBe(false);
    expect(DigestSchedule.safeParse({ weekday: '3', time: '24:00' }).success).toBe(false);
  });
});

describe('the digest card', () => {
  it("stays under Teams' 28 KB message limit for a large municipality, every outcome and full attention lists", async () => {
    const { digestCard } = await import('../../cards/digest');
    const { sv, en } = await import('../../cards/locales');
    const { buildDigest } = await import('../../domain/digest');
    const { DEFAULT_DEPARTMENTS } = await import('../../domain/departments');
    const { RULES: BENCH_RULES } = await import('../../bench/digest');
    const d = generate(3000, 3);
    const digest = buildDigest(indexFigures(d), BENCH_RULES, {
      period: { from: '2024-01-01', to: '2026-11-22' },
      week: '2026-W47',
      cumulativeFrom: '2024-01-01',
      asOf: '2026-11-23',
      exitTargetShare: 0.3,
      ratingIntervalWeeks: 12,
    });
    expect(Object.values(digest.period.exitsByOutcome).every((c) => c.total > 0)).toBe(true);
    for (const t of [sv, en]) {
      const json = JSON.stringify(
        digestCard({ digest, departments: DEFAULT_DEPARTMENTS, ratingIntervalWeeks: 12 }, t),
      );
      expect(json.length).toBeLessThan(28_000);
    }
  });
});
