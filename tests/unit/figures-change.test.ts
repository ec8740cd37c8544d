import { describe, expect, it } from 'vitest';
import {
  activitiesByKindAndGender,
  closerToWork,
  controlRisen,
  selfSupport6m,
  supportAtStartAndExit,
} from '../../domain/figures-change';
import { indexFigures, type FigureData, type FigureParticipant } from '../../domain/figures';
import type { ActivityKind, Exit, PlanActivity, RatingSession, Score } from '../../domain/model';
import type { Gender, SupportSource } from '../../domain/types';

const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
let n = 0;
function person(
  gender: Gender,
  startDate = '2025-06-01',
  endDate: string | null = null,
  supportAtStart: SupportSource | null = null,
): FigureParticipant {
  n++;
  return { id: `p${n}`, code: `D-${n}`, gender, startDate, endDate, supportAtStart };
}
function session(p: FigureParticipant, date: string, self: Record<string, Score>): RatingSession {
  return {
    id: `${p.id}-${date}`,
    participantId: p.id,
    date,
    instrumentId: 'samsyn-standard',
    instrumentVersion: 1,
    scores: Object.entries(self).map(([indicatorId, v]) => ({ indicatorId, self: v, staff: 2 })),
    jobSearchDescription: null,
    revision: 1,
    ratedBy: 'cw',
    savedAt: `${date}T10:00:00Z`,
  };
}
function exit(p: FigureParticipant, date: string, over: Partial<Exit> = {}): Exit {
  return {
    participantId: p.id,
    date,
    outcome: 'arbete',
    nextStep: true,
    noNextStepReason: null,
    supportAtExit: null,
    selfSupportAfter6m: null,
    ...over,
  };
}
function activity(p: FigureParticipant, kind: ActivityKind, startDate: string): PlanActivity {
  return {
    id: `${p.id}-a${++n}`,
    participantId: p.id,
    typeId: null,
    customName: null,
    kind,
    departmentId: 'ame',
    responsible: null,
    startDate,
    plannedEndDate: null,
    endDate: null,
    status: 'ongoing',
    cancelReason: null,
  };
}
const ix = (d: Partial<FigureData>) =>
  indexFigures({
    participants: [],
    sessions: [],
    activities: [],
    plans: [],
    exits: [],
    actions: [],
    ...d,
  });

describe('selfSupport6m: six months after exit, supporting themselves through work or studies', () => {
  it('counts those whose exit date + 6 months falls in the period: yes, no, not answered; the share is of those who answered', () => {
    const a = person('kvinna', '2025-01-01', '2025-07-15'); // 6 m: 2026-01-15, yes
    const b = person('man', '2025-01-01', '2025-12-31'); // 6 m: 2026-06-30, no
    const c = person('kvinna', '2025-01-01', '2025-10-01'); // 6 m: 2026-04-01, not answered
    const d = person('kvinna', '2025-01-01', '2025-06-30'); // 6 m: 2025-12-30, before the period
    const e = person('man', '2025-01-01', '2026-01-01'); // 6 m: 2026-07-01, after
    const f = selfSupport6m(
      ix({
        participants: [a, b, c, d, e],
        exits: [
          exit(a, '2025-07-15', { selfSupportAfter6m: true }),
          exit(b, '2025-12-31', { selfSupportAfter6m: false }),
          exit(c, '2025-10-01'),
          exit(d, '2025-06-30', { selfSupportAfter6m: true }),
          exit(e, '2026-01-01', { selfSupportAfter6m: true }),
        ],
      }),
      PERIOD,
    );
    expect(f.yes).toEqual({ total: 1, women: 1, men: 0, other: 0 });
    expect(f.no).toEqual({ total: 1, women: 0, men: 1, other: 0 });
    expect(f.unknown).toEqual({ total: 1, women: 1, men: 0, other: 0 });
    expect(f.share).toEqual({ total: 0.5, women: 1, men: 0 });
  });

  it('counts the end of a month: an exit on 31 August reaches six months on the last day of February', () => {
    const a = person('kvinna', '2025-01-01', '2025-08-31');
    const f = selfSupport6m(ix({ participants: [a], exits: [exit(a, '2025-08-31')] }), {
      from: '2026-02-28',
      to: '2026-02-28',
    });
    expect(f.unknown.total).toBe(1);
    expect(f.share.total).toBeNull();
  });
});

describe('controlRisen: more power over their own situation', () => {
  it('is the share of active participants with two counted self-ratings of control whose latest is higher than their first', () => {
    const up = person('kvinna');
    const same = person('man');
    const once = person('kvinna');
    const vetEj = person('man'); // 2, vet ej, 2: counted twice, not risen
    const later = person('kvinna'); // the rise comes after `to`
    const fig = controlRisen(
      ix({
        participants: [up, same, once, vetEj, later],
        sessions: [
          session(up, '2025-09-01', { control: 2 }),
          session(up, '2026-03-01', { control: 3 }),
          session(same, '2025-09-01', { control: 3 }),
          session(same, '2026-03-01', { control: 3 }),
          session(once, '2026-03-01', { control: 1 }),
          session(vetEj, '2025-09-01', { control: 2 }),
          session(vetEj, '2025-12-01', { control: null }),
          session(vetEj, '2026-03-01', { control: 2 }),
          session(later, '2026-01-01', { control: 2 }),
          session(later, '2026-03-01', { control: 2 }),
          session(later, '2026-08-01', { control: 5 }),
        ],
      }),
      PERIOD,
    );
    expect(fig.rated).toEqual({ total: 4, women: 2, men: 2, other: 0 });
    expect(fig.risen).toEqual({ total: 1, women: 1, men: 0, other: 0 });
    expect(fig.share).toEqual({ total: 0.25, women: 0.5, men: 0 });
  });

  it('leaves out those not active in the period', () => {
    const gone = person('kvinna', '2025-01-01', '2025-12-01');
    const fig = controlRisen(
      ix({
        participants: [gone],
        exits: [exit(gone, '2025-12-01')],
        sessions: [
          session(gone, '2025-02-01', { control: 1 }),
          session(gone, '2025-11-01', { control: 4 }),
        ],
      }),
      PERIOD,
    );
    expect(fig.rated.total).toBe(0);
    expect(fig.share.total).toBeNull();
  });
});

describe('closerToWork: judge themselves closer to the labour market', () => {
  it('counts a rise of job_belief or of next_steps; a fall of one and a rise of the other is closer', () => {
    const belief = person('kvinna');
    const steps = person('man');
    const mixed = person('kvinna');
    const none = person('man');
    const otherOnly = person('kvinna'); // only `control` rated: not counted here
    const fig = closerToWork(
      ix({
        participants: [belief, steps, mixed, none, otherOnly],
        sessions: [
          session(belief, '2026-01-10', { job_belief: 2 }),
          session(belief, '2026-04-10', { job_belief: 4 }),
          session(steps, '2026-01-10', { next_steps: 2 }),
          session(steps, '2026-04-10', { next_steps: 3 }),
          session(mixed, '2026-01-10', { job_belief: 4, next_steps: 1 }),
          session(mixed, '2026-04-10', { job_belief: 3, next_steps: 2 }),
          session(none, '2026-01-10', { job_belief: 3, next_steps: 3 }),
          session(none, '2026-04-10', { job_belief: 3, next_steps: 2 }),
          session(otherOnly, '2026-01-10', { control: 1 }),
          session(otherOnly, '2026-04-10', { control: 5 }),
        ],
      }),
      PERIOD,
    );
    expect(fig.rated).toEqual({ total: 4, women: 2, men: 2, other: 0 });
    expect(fig.risen).toEqual({ total: 3, women: 2, men: 1, other: 0 });
  });
});

describe('supportAtStartAndExit: the SUS before/after table', () => {
  it('counts exits in the period by support at start × at exit; unrecorded is okand', () => {
    const a = person('kvinna', '2025-01-01', '2026-02-01', 'ekonomiskt_bistand');
    const b = person('man', '2025-01-01', '2026-03-01', 'ekonomiskt_bistand');
    const c = person('kvinna', '2025-01-01', '2026-04-01', null);
    const outside = person('kvinna', '2025-01-01', '2025-12-01', 'lon');
    const t = supportAtStartAndExit(
      ix({
        participants: [a, b, c, outside],
        exits: [
          exit(a, '2026-02-01', { supportAtExit: 'lon' }),
          exit(b, '2026-03-01', { supportAtExit: 'lon' }),
          exit(c, '2026-04-01'),
          exit(outside, '2025-12-01', { supportAtExit: 'lon' }),
        ],
      }),
      PERIOD,
    );
    expect(t.ekonomiskt_bistand.lon).toEqual({ total: 2, women: 1, men: 1, other: 0 });
    expect(t.okand.okand).toEqual({ total: 1, women: 1, men: 0, other: 0 });
    expect(t.lon.lon.total).toBe(0);
    const sum = Object.values(t)
      .flatMap((r) => Object.values(r))
      .reduce((s, c) => s + c.total, 0);
    expect(sum).toBe(3);
  });
});

describe('activitiesByKindAndGender: the same activities for women and men', () => {
  it('counts activities started in the period by kind and gender, and per active participant', () => {
    const w1 = person('kvinna');
    const w2 = person('kvinna');
    const m1 = person('man');
    const f = activitiesByKindAndGender(
      ix({
        participants: [w1, w2, m1],
        activities: [
          activity(w1, 'language', '2026-02-01'),
          activity(w2, 'language', '2026-03-01'),
          activity(m1, 'job', '2026-02-01'),
          activity(m1, 'job', '2026-05-01'),
          activity(w1, 'job', '2025-12-01'), // started before the period
        ],
      }),
      PERIOD,
    );
    expect(f.language.activities).toEqual({ total: 2, women: 2, men: 0, other: 0 });
    expect(f.job.activities).toEqual({ total: 2, women: 0, men: 2, other: 0 });
    expect(f.job.perParticipant).toEqual({ total: 2 / 3, women: 0, men: 2 });
    expect(f.health.activities.total).toBe(0);
  });
});
