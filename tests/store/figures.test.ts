import fc from 'fast-check';
import { expect, it } from 'vitest';
import { loadConfig } from '../../bot/config';
import { newParticipantCode } from '../../domain/code';
import { addDaysIso } from '../../domain/dates';
import { buildDigest } from '../../domain/digest';
import { MAX_CODES, digestCard } from '../../cards/digest';
import { strings } from '../../cards/locales';
import { indexFigures, periodFigures } from '../../domain/figures';
import { firstCodes } from '../../domain/figures-attention';
import { SAMSYN_STANDARD } from '../../domain/instruments';
import { ACTIVITY_KINDS, type ActivityStatus, type Score } from '../../domain/model';
import { OUTCOMES } from '../../domain/outcomes';
import type { Gender } from '../../domain/types';
import {
  computeDigest,
  figureRules,
  loadFigureData,
  reportFiguresOf,
} from '../../dialogs/digest/data';
import type { Store } from '../../store';
import { readFigures } from '../../store/figures-read';
import { describeEachStore } from './targets';

/**
 * The figure facts (migration 007) after any sequence of writes: what the write paths maintained is
 * what `rebuild` computes from the raw rows, and the SQL figures are the figures of the pure
 * definitions in domain/figures.ts over the same store.
 */
const BASE = '2025-01-01';
const day = (n: number) => addDaysIso(BASE, n);
const INDICATORS = SAMSYN_STANDARD.indicators.map((i) => i.id);
const STATUSES: ActivityStatus[] = ['planned', 'ongoing', 'paused', 'completed', 'cancelled'];
const GENDERS: Gender[] = ['kvinna', 'man', 'annan', 'vill_ej_uppge'];

const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }) as fc.Arbitrary<Score>;
/** Every indicator of the set, or a few of them ("vet ej" and unrated indicators both happen). */
const scores = fc.oneof(
  fc
    .array(fc.tuple(score, score), { minLength: INDICATORS.length, maxLength: INDICATORS.length })
    .map((xs) => xs.map(([self, staff], i) => ({ indicatorId: INDICATORS[i], self, staff }))),
  fc.array(fc.record({ indicatorId: fc.constantFrom(...INDICATORS), self: score, staff: score }), {
    minLength: 1,
    maxLength: 4,
  }),
);

const Write = fc.oneof(
  fc.record({
    kind: fc.constant('participant' as const),
    gender: fc.constantFrom(...GENDERS),
    start: fc.integer({ min: 0, max: 300 }),
    endAfter: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  }),
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('session' as const),
      who: fc.nat(),
      date: fc.integer({ min: 0, max: 600 }),
      scores,
    }),
  },
  fc.record({
    kind: fc.constant('correction' as const),
    which: fc.nat(),
    date: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
    scores,
  }),
  fc.record({
    kind: fc.constant('exit' as const),
    who: fc.nat(),
    date: fc.integer({ min: 0, max: 600 }),
    outcome: fc.constantFrom(...OUTCOMES.map((o) => o.id)),
    nextStep: fc.boolean(),
  }),
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('activity' as const),
      who: fc.nat(),
      status: fc.constantFrom(...STATUSES),
      start: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null, freq: 8 }),
      end: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
    }),
  },
  fc.record({
    kind: fc.constant('activityChange' as const),
    which: fc.nat(),
    status: fc.constantFrom(...STATUSES),
    // A changed kind refreshes the activity's facts (figure_activities.kind, migration 013).
    activityKind: fc.option(fc.constantFrom(...ACTIVITY_KINDS), { nil: undefined }),
    end: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('followUp' as const),
    who: fc.nat(),
    date: fc.integer({ min: 0, max: 600 }),
  }),
  // A renewed consent, perhaps withdrawn: who of "needs attention" may be listed by code.
  fc.record({
    kind: fc.constant('consent' as const),
    who: fc.nat(),
    given: fc.integer({ min: 0, max: 600 }),
    validFor: fc.integer({ min: 0, max: 400 }),
    withdrawn: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
  }),
);
type Write = typeof Write extends fc.Arbitrary<infer T> ? T : never;

interface World {
  participants: string[];
  sessions: { id: string; participantId: string; date: string }[];
  activities: string[];
}

async function apply(store: Store, w: World, c: Write): Promise<void> {
  const pick = <T>(xs: T[], n: number) => xs[n % xs.length];
  if (c.kind === 'participant') {
    const p = await store.participants.create({
      code: newParticipantCode(8),
      name: null,
      gender: c.gender,
      birthYear: 1990,
      startDate: day(c.start),
      endDate: c.endAfter === null ? null : day(c.start + c.endAfter),
      departments: ['vux'],
      sfiTrack: null,
      sfiCourse: null,
      protectedIdentity: false,
      supportAtStart: null,
      ownerId: 'cw',
    });
    await store.consents.add({
      participantId: p.id,
      givenOn: day(c.start),
      validUntil: day(c.start + 400),
      departments: ['vux'],
      recordedBy: 'cw',
    });
    w.participants.push(p.id);
    return;
  }
  if (w.participants.length === 0) return;
  const session = (participantId: string, date: string, id?: string) =>
    store.ratings.save({
      id,
      participantId,
      date,
      instrumentId: SAMSYN_STANDARD.id,
      instrumentVersion: 1,
      scores: 'scores' in c ? c.scores : [],
      jobSearchDescription: null,
      ratedBy: 'cw',
    });
  switch (c.kind) {
    case 'session': {
      const saved = await session(pick(w.participants, c.who), day(c.date));
      if (saved) w.sessions.push(saved);
      return;
    }
    case 'correction': {
      if (w.sessions.length === 0) return;
      const s = pick(w.sessions, c.which);
      await session(s.participantId, c.date === null ? s.date : day(c.date), s.id);
      return;
    }
    case 'exit':
      await store.exits.record({
        participantId: pick(w.participants, c.who),
        date: day(c.date),
        outcome: c.outcome,
        nextStep: c.nextStep,
        noNextStepReason: c.nextStep ? null : 'other',
        supportAtExit: null,
        recordedBy: 'cw',
      });
      return;
    case 'activity': {
      const a = await store.plans.addActivity({
        participantId: pick(w.participants, c.who),
        typeId: null,
        customName: null,
        kind: 'job',
        departmentId: 'ame',
        responsible: null,
        startDate: c.start === null ? null : day(c.start),
        plannedEndDate: null,
        endDate: c.end === null ? null : day(c.end),
        status: c.status,
        cancelReason: null,
      });
      w.activities.push(a.id);
      return;
    }
    case 'activityChange':
      if (w.activities.length === 0) return;
      await store.plans.updateActivity(pick(w.activities, c.which), {
        status: c.status,
        endDate: c.end === null ? null : day(c.end),
        ...(c.activityKind ? { kind: c.activityKind } : {}),
      });
      return;
    case 'consent': {
      const consent = await store.consents.add({
        participantId: pick(w.participants, c.who),
        givenOn: day(c.given),
        validUntil: day(c.given + c.validFor),
        departments: ['vux'],
        recordedBy: 'cw',
      });
      if (c.withdrawn !== null) await store.consents.withdraw(consent.id, day(c.withdrawn));
      return;
    }
    case 'followUp': {
      const pid = pick(w.participants, c.who);
      const plan = await store.plans.ensurePlan(pid, 'cw');
      await store.plans.bump(pid, plan.rev, 'cw', { nextFollowUp: day(c.date) });
      return;
    }
  }
}

const FACT_TABLES = ['figure_points', 'figure_activities', 'figure_parallel', 'figure_latest'];

async function facts(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of FACT_TABLES) {
    const rows = await store.db.all<Record<string, unknown>>(`SELECT * FROM ${t}`);
    out[t] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

const config = loadConfig({ LOG_LEVEL: 'silent' });
const period = fc
  .tuple(fc.integer({ min: -10, max: 620 }), fc.integer({ min: 0, max: 400 }))
  .map(([from, len]) => ({ from: day(from), to: day(from + len) }));

describeEachStore('figure facts on %s', (target, shared) => {
  it('a rebuild leaves PostgreSQL with statistics of the new facts, and SQLite without any', async () => {
    const store = shared();
    await store.figures.rebuild();
    if (target.name === 'postgres') {
      const r = await store.db.get<{ at: unknown }>(
        "SELECT last_analyze AS at FROM pg_stat_user_tables WHERE relname = 'figure_points'",
      );
      expect(r?.at).not.toBeNull();
    } else {
      const stats = await store.db.all(
        "SELECT name FROM sqlite_master WHERE name LIKE 'sqlite_stat%'",
      );
      expect(stats).toEqual([]);
    }
  });

  it('maintained on every write equal rebuilt from the raw rows, and the SQL figures equal the domain figures', async () => {
    const store = shared();
    await fc.assert(
      fc.asyncProperty(
        fc.array(Write, { minLength: 10, maxLength: 60, size: 'max' }),
        fc.array(period, { minLength: 1, maxLength: 3 }),
        async (writes, periods) => {
          const w: World = { participants: [], sessions: [], activities: [] };
          for (const c of writes) await apply(store, w, c);
          const maintained = await facts(store);
          await store.figures.rebuild();
          expect(await facts(store)).toEqual(maintained);

          const ix = indexFigures(await loadFigureData(store));
          const rules = await figureRules(store, config);
          for (const p of periods) {
            expect((await reportFiguresOf(store, config, p)).figures).toEqual(
              periodFigures(ix, p, rules),
            );
            const o = { period: p, week: null, cumulativeFrom: day(-5), asOf: p.to };
            const { digest } = await computeDigest(store, config, o);
            const built = buildDigest(ix, rules, {
              ...o,
              exitTargetShare: config.EXIT_TARGET_SHARE,
              ratingIntervalWeeks: config.RATING_INTERVAL_WEEKS,
            });
            // The store reads of "needs attention" only the codes the card shows.
            expect(digest).toEqual({
              ...built,
              attention: firstCodes(built.attention, MAX_CODES),
            });
            const view = { departments: [], ratingIntervalWeeks: config.RATING_INTERVAL_WEEKS };
            expect(digestCard({ ...view, digest }, strings('sv'))).toEqual(
              digestCard({ ...view, digest: built }, strings('sv')),
            );
            // Lists longer than the limit: the first codes in code order, the others counted.
            const attention = {
              asOf: o.asOf,
              exitPeriod: p,
              ratingDeadline: addDaysIso(o.asOf, -7 * config.RATING_INTERVAL_WEEKS),
              limit: 2,
            };
            const read = await readFigures(store.db, { periods: [p], minRisen: 3, attention });
            expect(read.attention.lists).toEqual(firstCodes(built.attention, 2));
          }
        },
      ),
      { numRuns: target.name === 'sqlite' ? 40 : 12 },
    );
  }, 120_000);

  it('lists a code in "needs attention" exactly while its consent is valid on the day', async () => {
    const store = shared();
    const asOf = day(800);
    // Never rated since day 0: each needs attention (no recent rating). Codes that sort first.
    const consents = {
      'D-2222': { givenOn: asOf, validUntil: day(810), withdrawnOn: null },
      'D-2223': { givenOn: day(0), validUntil: asOf, withdrawnOn: null },
      'D-2224': { givenOn: day(0), validUntil: day(900), withdrawnOn: asOf },
      'D-2225': { givenOn: day(801), validUntil: day(900), withdrawnOn: null },
      'D-2226': { givenOn: day(0), validUntil: day(799), withdrawnOn: null },
    };
    for (const [code, c] of Object.entries(consents)) {
      const p = await store.participants.create({
        ...{ code, name: null, gender: 'kvinna', birthYear: 1990, startDate: day(0) },
        ...{ endDate: null, departments: ['vux'], sfiTrack: null, sfiCourse: null },
        ...{ protectedIdentity: false, supportAtStart: null, ownerId: 'cw' },
      });
      const consent = await store.consents.add({
        ...{ participantId: p.id, givenOn: c.givenOn, validUntil: c.validUntil },
        ...{ departments: ['vux'], recordedBy: 'cw' },
      });
      if (c.withdrawnOn) await store.consents.withdraw(consent.id, c.withdrawnOn);
    }
    const o = { period: { from: day(794), to: asOf }, week: null, asOf };
    const { digest } = await computeDigest(store, config, { ...o, cumulativeFrom: null });
    const ix = indexFigures(await loadFigureData(store));
    const built = buildDigest(ix, await figureRules(store, config), {
      ...{ ...o, cumulativeFrom: null, exitTargetShare: config.EXIT_TARGET_SHARE },
      ratingIntervalWeeks: config.RATING_INTERVAL_WEEKS,
    });
    expect(digest).toEqual({ ...built, attention: firstCodes(built.attention, MAX_CODES) });
    const listed = digest.attention.noRecentRating.codes.filter((c) => c in consents);
    expect(listed).toEqual(['D-2222', 'D-2223']);
  });
});
