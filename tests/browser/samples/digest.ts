import { digestOf, generate } from '../../../bench/digest';
import { digestCard, digestScheduleCard } from '../../../cards/digest';
import { buildDigest } from '../../../domain/digest';
import { DEFAULT_DEPARTMENTS } from '../../../domain/departments';
import { indexFigures } from '../../../domain/figures';
import type { CardSample } from './types';

// Deterministic generated data (bench/digest.ts): 300 participants, 4 sessions each.
const full = digestOf(generate(300, 4, 7));
const empty = buildDigest(
  indexFigures({
    participants: [],
    sessions: [],
    activities: [],
    plans: [],
    exits: [],
    actions: [],
  }),
  { isCaseworkerOnly: () => false, minRisen: 3 },
  {
    period: { from: '2026-01-01', to: '2026-06-30' },
    week: null,
    cumulativeFrom: null,
    asOf: '2026-11-23',
    exitTargetShare: 0.3,
    ratingIntervalWeeks: 12,
  },
);

export const samples: CardSample[] = [
  {
    name: 'digest.weekly',
    build: (t) =>
      digestCard({ digest: full, departments: DEFAULT_DEPARTMENTS, ratingIntervalWeeks: 12 }, t),
  },
  {
    name: 'digest.period.empty',
    build: (t) =>
      digestCard({ digest: empty, departments: DEFAULT_DEPARTMENTS, ratingIntervalWeeks: 12 }, t),
  },
  {
    name: 'digest.schedule',
    build: (t) =>
      digestScheduleCard({ conversationId: '19:x', weekday: 1, time: '08:00', rev: 1 }, t, {
        message: t.digest.enabled(t.digest.weekdays[0], '08:00'),
      }),
  },
  {
    name: 'digest.schedule.error',
    build: (t) =>
      digestScheduleCard({ conversationId: '19:x', weekday: 5, time: '14:30', rev: 2 }, t, {
        errors: [t.digest.errors.time],
      }),
  },
];
