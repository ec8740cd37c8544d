import fc from 'fast-check';
import { expect, it } from 'vitest';
import { newParticipantCode } from '../../domain/code';
import { addDaysIso } from '../../domain/dates';
import { indexFigures } from '../../domain/figures';
import { changeFigures } from '../../domain/figures-change';
import { ACTIVITY_KINDS, type ActivityStatus, type Score } from '../../domain/model';
import { OUTCOMES } from '../../domain/outcomes';
import { SUPPORT_SOURCES, type Gender, type SupportSource } from '../../domain/types';
import { loadFigureData } from '../../dialogs/digest/data';
import type { Store } from '../../store';
import { readFigures } from '../../store/figures-read';
import { describeEachStore } from './targets';

/**
 * The change theory's figures as SQL aggregates (store/figures-change.ts, migration 010) after any
 * sequence of writes equal the pure definitions of domain/figures-change.ts over the same store, and
 * the self-rating facts maintained on every write equal those rebuilt from the raw rows.
 */
const BASE = '2025-01-01';
const day = (n: number) => addDaysIso(BASE, n);
/** The indicators the figures read, and one they do not. */
const RATED = ['control', 'job_belief', 'next_steps', 'health'];
const STATUSES: ActivityStatus[] = ['planned', 'ongoing', 'paused', 'completed', 'cancelled'];
const GENDERS: Gender[] = ['kvinna', 'man', 'annan', 'vill_ej_uppge'];
const support = fc.option(fc.constantFrom(...SUPPORT_SOURCES), { nil: null });
const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }) as fc.Arbitrary<Score>;

const Change = fc.oneof(
  fc.record({
    kind: fc.constant('person' as const),
    gender: fc.constantFrom(...GENDERS),
    start: fc.integer({ min: 0, max: 300 }),
    endAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null, freq: 3 }),
    supportAtStart: support,
  }),
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('rating' as const),
      who: fc.nat(),
      date: fc.integer({ min: 0, max: 700 }),
      scores: fc.array(fc.record({ indicatorId: fc.constantFrom(...RATED), self: score }), {
        minLength: 1,
        maxLength: 4,
      }),
    }),
  },
  fc.record({
    kind: fc.constant('leave' as const),
    who: fc.nat(),
    date: fc.integer({ min: 0, max: 700 }),
    outcome: fc.constantFrom(...OUTCOMES.map((o) => o.id)),
    supportAtExit: support,
    answer: fc.option(fc.boolean(), { nil: null }),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('activity' as const),
      who: fc.nat(),
      activityKind: fc.constantFrom(...ACTIVITY_KINDS),
      status: fc.constantFrom(...STATUSES),
      start: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null, freq: 6 }),
      end: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
    }),
  },
);
type Change = typeof Change extends fc.Arbitrary<infer T> ? T : never;

async function write(store: Store, people: string[], c: Change): Promise<void> {
  const who = (n: number) => people[n % people.length];
  if (c.kind === 'person') {
    const p = await store.participants.create({
      code: newParticipantCode(8),
      name: null,
      gender: c.gender,
      birthYear: 1985,
      startDate: day(c.start),
      endDate: c.endAfter === null ? null : day(c.start + c.endAfter),
      departments: ['ame'],
      sfiTrack: null,
      sfiCourse: null,
      protectedIdentity: false,
      supportAtStart: c.supportAtStart as SupportSource | null,
      ownerId: 'cw',
    });
    people.push(p.id);
    return;
  }
  if (people.length === 0) return;
  if (c.kind === 'rating') {
    await store.ratings.save({
      participantId: who(c.who),
      date: day(c.date),
      instrumentId: 'samsyn-standard',
      instrumentVersion: 1,
      scores: c.scores.map((s) => ({ ...s, staff: 3 })),
      jobSearchDescription: null,
      ratedBy: 'cw',
    });
  } else if (c.kind === 'leave') {
    const recorded = await store.exits.record({
      participantId: who(c.who),
      date: day(c.date),
      outcome: c.outcome,
      nextStep: true,
      noNextStepReason: null,
      supportAtExit: c.supportAtExit as SupportSource | null,
      recordedBy: 'cw',
    });
    if (recorded && c.answer !== null) await store.exits.recordSelfSupport(who(c.who), c.answer);
  } else {
    await store.plans.addActivity({
      participantId: who(c.who),
      typeId: null,
      customName: null,
      kind: c.activityKind,
      departmentId: 'ame',
      responsible: null,
      startDate: c.start === null ? null : day(c.start),
      plannedEndDate: null,
      endDate: c.end === null ? null : day(c.end),
      status: c.status,
      cancelReason: null,
    });
  }
}

const selfFacts = async (store: Store) =>
  (await store.db.all<Record<string, unknown>>('SELECT * FROM figure_self'))
    .map((r) => JSON.stringify(r))
    .sort();

// Periods from before the first write to after the last six-month point, a day to a year and more.
const period = fc
  .tuple(fc.integer({ min: -20, max: 900 }), fc.integer({ min: 0, max: 420 }))
  .map(([from, len]) => ({ from: day(from), to: day(from + len) }));

describeEachStore('the change figures on %s', (target, shared) => {
  it('as SQL aggregates equal the pure definitions, and the maintained facts equal the rebuilt', async () => {
    const store = shared();
    await fc.assert(
      fc.asyncProperty(
        fc.array(Change, { minLength: 8, maxLength: 50, size: 'max' }),
        fc.array(period, { minLength: 1, maxLength: 3 }),
        async (changes, periods) => {
          const people: string[] = [];
          for (const c of changes) await write(store, people, c);
          const maintained = await selfFacts(store);
          await store.figures.rebuild();
          expect(await selfFacts(store)).toEqual(maintained);
          const ix = indexFigures(await loadFigureData(store));
          const { change: sql } = await readFigures(store.db, {
            periods,
            minRisen: 3,
            change: true,
          });
          periods.forEach((p, i) => expect(sql[i]).toEqual(changeFigures(ix, p)));
        },
      ),
      { numRuns: target.name === 'sqlite' ? 40 : 12 },
    );
  }, 120_000);
});
