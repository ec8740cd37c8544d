// Benchmark: the digest's figures for 10,000 participants with 100,000 ratings (generated).
// Run with `npm run bench` (bench/index.ts) or `npx tsx bench/digest.ts`.
import { buildDigest } from '../domain/digest';
import { indexFigures, type FigureData, type FigureRules } from '../domain/figures';
import { SAMSYN_STANDARD } from '../domain/instruments';
import type {
  ActivityPlan,
  Exit,
  ForumAction,
  PlanActivity,
  RatingSession,
  Score,
} from '../domain/model';
import { OUTCOMES } from '../domain/outcomes';
import { addDaysIso, daysBetween } from '../domain/dates';
import type { Consent, Gender, IsoDate, Participant } from '../domain/types';

/** A small deterministic random generator, so every run measures the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const GENDERS: Gender[] = ['kvinna', 'man', 'kvinna', 'man', 'annan', 'vill_ej_uppge'];
const KINDS = ['job', 'language', 'skills', 'health', 'social'] as const;

/**
 * Generated data: `participants` people, `sessionsEach` sessions each (a session = one rating of every
 * indicator), every 80 days from the start. With `until` (the region benchmark's "today"), nothing is
 * dated after it, as in a real database (a session is dated the day it is held, an exit the day it is
 * recorded): the sessions are spread evenly from the start to a day 0–49 days before the exit or
 * `until`, and an exit or an activity's end after `until` has not happened yet. The random draws are
 * the same either way, so the tests' data sets (no `until`) are unchanged.
 */
export function generate(
  participants = 10_000,
  sessionsEach = 10,
  seed = 1,
  until: IsoDate | null = null,
): FigureData {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const data: FigureData = {
    participants: [],
    sessions: [],
    activities: [],
    plans: [],
    exits: [],
    actions: [],
    consents: new Map(),
  };
  const indicators = SAMSYN_STANDARD.indicators.map((i) => i.id);
  for (let i = 0; i < participants; i++) {
    const id = `p${i}`;
    const start = addDaysIso('2024-01-01', Math.floor(r() * 900));
    const exited = r() < 0.3;
    const drawnEnd = exited ? addDaysIso(start, 60 + Math.floor(r() * 400)) : null;
    const end = until && drawnEnd && drawnEnd > until ? null : drawnEnd;
    // The latest session 0–49 days before the exit or `until` (spread by the index, not a draw).
    const lastDay = until ? addDaysIso(end ?? until, -((i * 7919) % 50)) : null;
    /** The day of session s: every 80 days, or spread from the start to the last day. */
    const sessionDay = (s: number) =>
      lastDay
        ? addDaysIso(start, Math.floor((s * daysBetween(start, lastDay)) / (sessionsEach - 1 || 1)))
        : addDaysIso(start, s * 80);
    const p: Participant = {
      id,
      code: `D-${i.toString(36).toUpperCase().padStart(4, '2')}`,
      name: null,
      gender: pick(GENDERS),
      birthYear: 1970 + Math.floor(r() * 35),
      startDate: start,
      endDate: end,
      departments: ['vux', 'ame'],
      sfiTrack: null,
      sfiCourse: null,
      protectedIdentity: false,
      supportAtStart: null,
      ownerId: 'cw',
      pendingOwnerId: null,
      createdAt: start,
      updatedAt: start,
      rev: 1,
    };
    data.participants.push(p);
    const consent: Consent = {
      id: `c${i}`,
      participantId: id,
      givenOn: start,
      departments: ['vux', 'ame'],
      validUntil: '2027-12-31',
      withdrawnOn: null,
      recordedBy: 'cw',
      recordedAt: start,
    };
    if (r() < 0.9) data.consents!.set(id, consent);
    for (let s = 0; s < sessionsEach; s++) {
      const session: RatingSession = {
        id: `${id}-s${s}`,
        participantId: id,
        date: sessionDay(s),
        instrumentId: SAMSYN_STANDARD.id,
        instrumentVersion: 1,
        scores: indicators.map((ind) => ({
          indicatorId: ind,
          self: (r() < 0.05 ? null : 1 + Math.floor(r() * 5)) as Score,
          staff: (1 + Math.floor(r() * 5)) as Score,
        })),
        jobSearchDescription: null,
        revision: 1,
        ratedBy: 'cw',
        savedAt: `${sessionDay(s)}T10:00:00Z`,
      };
      data.sessions.push(session);
    }
    for (let a = 0; a < 3; a++) {
      const aStart = addDaysIso(start, Math.floor(r() * 100));
      const drawnDone = r() < 0.5;
      const kind = pick(KINDS);
      const drawnEndDate = drawnDone ? addDaysIso(aStart, 30 + Math.floor(r() * 200)) : null;
      const endDate = until && drawnEndDate && drawnEndDate > until ? null : drawnEndDate;
      const act: PlanActivity = {
        id: `${id}-a${a}`,
        participantId: id,
        typeId: null,
        customName: null,
        kind,
        departmentId: 'ame',
        responsible: null,
        startDate: aStart,
        plannedEndDate: null,
        endDate,
        status: endDate ? 'completed' : 'ongoing',
        cancelReason: null,
      };
      data.activities.push(act);
    }
    const plan: ActivityPlan = {
      participantId: id,
      goal: 'work',
      nextFollowUp: addDaysIso(start, 200 + Math.floor(r() * 700)),
      rev: 1,
      updatedAt: start,
    };
    data.plans.push(plan);
    if (drawnEnd) {
      // Drawn also for an exit after `until` (then not kept), so later participants draw the same.
      const exit: Exit = {
        participantId: id,
        date: drawnEnd,
        outcome: pick(OUTCOMES).id,
        nextStep: r() < 0.8,
        noNextStepReason: null,
        supportAtExit: null,
        selfSupportAfter6m: null,
      };
      if (end) data.exits.push(exit);
    }
    if (r() < 0.2) {
      const action: ForumAction = {
        id: `${id}-f`,
        forumId: 'f',
        meetingId: 'm',
        participantId: id,
        what: '',
        departmentId: pick(['vux', 'ame', 'ifo']),
        ownerId: null,
        due: addDaysIso('2026-11-01', Math.floor(r() * 60)),
        status: r() < 0.5 ? 'open' : 'done',
        doneAt: null,
      };
      data.actions.push(action);
    }
  }
  return data;
}

export const RULES: FigureRules = {
  isCaseworkerOnly: (id) => id === 'caseworker_belief',
  minRisen: 3,
  indicatorIds: SAMSYN_STANDARD.indicators.map((i) => i.id),
};

/** Computes the weekly digest (week + cumulative + needs attention) over the generated data. */
export function digestOf(data: FigureData) {
  return buildDigest(indexFigures(data), RULES, {
    period: { from: '2026-11-16', to: '2026-11-22' },
    week: '2026-W47',
    cumulativeFrom: '2024-01-01',
    asOf: '2026-11-23',
    exitTargetShare: 0.3,
    ratingIntervalWeeks: 12,
  });
}

export async function run(): Promise<void> {
  const data = generate(10_000, 10);
  const t0 = performance.now();
  const digest = digestOf(data);
  const ms = performance.now() - t0;
  const mem = process.memoryUsage();
  const mb = (n: number) => (n / 2 ** 20).toFixed(0);
  console.log(
    `digest: ${data.participants.length} participants, ${data.sessions.length} rating sessions ` +
      `(${data.sessions.length * SAMSYN_STANDARD.indicators.length} indicator ratings): ${ms.toFixed(0)} ms; heap used ${mb(mem.heapUsed)} MB, rss ${mb(mem.rss)} MB ` +
      `(active in cumulative period: ${digest.cumulative?.participants.total})`,
  );
}

if (require.main === module) void run();
