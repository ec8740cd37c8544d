import { digestOf, generate } from '../../../bench/digest';
import { digestCard, digestScheduleCard } from '../../../cards/digest';
import { buildDigest } from '../../../domain/digest';
import { DEFAULT_DEPARTMENTS } from '../../../domain/departments';
import { ATTENTION_KINDS, indexFigures } from '../../../domain/figures';
import { protectDigest } from '../../../domain/small-groups';
import type { CardSample } from './types';

// Deterministic generated data (bench/digest.ts): 300 participants, 4 sessions each.
const full = digestOf(generate(300, 4, 7));
// A small team's channel: most groups under five, so most cells read "färre än 5" or "dold".
const small = digestOf(generate(24, 3, 5));
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

// Caseworkers' names beside the codes, as the digest shows whom to ask.
const NAMES = ['Anna Andersson', 'Bo Berglund-Lindqvist', 'Cecilia Öberg'];
const owners = Object.fromEntries(
  ATTENTION_KINDS.flatMap((k) => full.attention[k].codes).map((c, i) => [c, NAMES[i % 3]]),
);

export const samples: CardSample[] = [
  {
    name: 'digest.weekly',
    build: (t) =>
      digestCard(
        { digest: full, departments: DEFAULT_DEPARTMENTS, ratingIntervalWeeks: 12, owners },
        t,
      ),
  },
  {
    name: 'digest.weekly.channel',
    build: (t) =>
      digestCard(
        {
          digest: full,
          departments: DEFAULT_DEPARTMENTS,
          ratingIntervalWeeks: 12,
          owners,
          mask: protectDigest(full, 5),
        },
        t,
      ),
  },
  {
    name: 'digest.weekly.small.channel',
    build: (t) =>
      digestCard(
        {
          digest: small,
          departments: DEFAULT_DEPARTMENTS,
          ratingIntervalWeeks: 12,
          mask: protectDigest(small, 5),
        },
        t,
      ),
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
