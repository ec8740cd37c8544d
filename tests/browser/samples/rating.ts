import { progressionCard, type ProgressionView } from '../../../cards/progression';
import {
  draftsCard,
  instrumentsCard,
  pickerCard,
  ratingStepCard,
  type RatingStepView,
} from '../../../cards/rating';
import type { Strings } from '../../../cards/locales';
import { SAMSYN_STANDARD } from '../../../domain/instruments';
import type { RatingSession, Score } from '../../../domain/model';
import { scoreHistory, summarize } from '../../../domain/progression';
import type { CardSample } from './types';

const lang = (t: Strings) => (t.common.back === 'Back' ? 'en' : 'sv') as 'sv' | 'en';
const cw = (id: string) => id === 'caseworker_belief';
const ids = SAMSYN_STANDARD.indicators.map((i) => i.id);

function step(
  t: Strings,
  s: RatingStepView['step'],
  extra: Partial<RatingStepView> = {},
): RatingStepView {
  const page = typeof s === 'number' ? s : 0;
  return {
    lang: lang(t),
    code: 'D-4F7K',
    date: '2026-11-23',
    instrument: SAMSYN_STANDARD,
    correcting: false,
    step: s,
    pageCount: 3,
    indicators:
      typeof s === 'number' ? SAMSYN_STANDARD.indicators.slice(page * 4, page * 4 + 4) : [],
    scores: {
      job_belief: { self: 3, staff: 4, comment: 'Vill jobba i kök' },
      job_search: { self: null, staff: 2 },
    },
    jobSearch: 'Jag frågar vänner och tittar på Platsbanken.',
    token: { flowId: 'f1', step: 'page-0', rev: 3 },
    ...extra,
  };
}

function session(date: string, self: Score[], staff: Score): RatingSession {
  return {
    id: date,
    participantId: 'p',
    date,
    instrumentId: 'samsyn-standard',
    instrumentVersion: 1,
    revision: 1,
    ratedBy: 'cw',
    savedAt: `${date}T10:00:00.000Z`,
    jobSearchDescription: 'Jag frågar vänner.',
    scores: ids.map((id, i) => ({ indicatorId: id, self: cw(id) ? null : (self[i] ?? 3), staff })),
  };
}

function progression(t: Strings): ProgressionView {
  const sessions = [
    session(
      '2026-02-02',
      ids.map(() => 5),
      2,
    ),
    session(
      '2026-05-04',
      ids.map(() => 2),
      3,
    ),
    session('2026-08-03', [4, 4, 4, null], 4),
  ];
  const sum = summarize(sessions, cw, ids);
  return {
    code: 'D-4F7K',
    areas: Object.fromEntries(SAMSYN_STANDARD.indicators.map((i) => [i.id, i.area[lang(t)]])),
    instrumentLine: t.rating.progression.instrumentLine(SAMSYN_STANDARD.name[lang(t)], 1),
    rows: sum.rows,
    risenCount: sum.risen.length,
    comparable: sum.rows.length,
    progressed: sum.progressed,
    minRisen: 3,
    signals: { uniformTop: true, gap: ['job_belief', 'health', 'swedish'], stagnant: true },
    history: scoreHistory(sessions, cw, ids),
    sessions: sessions.map((s, i) => ({
      id: s.id,
      date: s.date,
      revision: i === 0 ? 2 : 1,
      savedAt: s.savedAt,
    })),
    jobSearch: 'Jag frågar vänner.',
    savedNotice: t.rating.progression.savedNotice('2026-08-03'),
  };
}

export const samples: CardSample[] = [
  { name: 'rating.page.first', build: (t) => ratingStepCard(step(t, 0), t) },
  {
    name: 'rating.page.last-with-errors',
    build: (t) =>
      ratingStepCard(
        step(t, 2, {
          errors: [
            t.rating.errors.scoreMissing(
              SAMSYN_STANDARD.indicators[8]!.area[lang(t)],
              t.rating.selfLabel,
            ),
          ],
          notice: t.rating.stale,
        }),
        t,
      ),
  },
  { name: 'rating.jobsearch', build: (t) => ratingStepCard(step(t, 'jobsearch'), t) },
  { name: 'rating.summary', build: (t) => ratingStepCard(step(t, 'summary'), t) },
  {
    name: 'rating.summary.correction',
    build: (t) => ratingStepCard(step(t, 'summary', { correcting: true }), t),
  },
  {
    name: 'rating.picker',
    build: (t) =>
      pickerCard(
        [
          { code: 'D-4F7K', name: 'Amina', lastRated: '2026-08-03' },
          { code: 'D-9XQ2', name: null, lastRated: null },
        ],
        t,
      ),
  },
  { name: 'rating.picker.none', build: (t) => pickerCard([], t) },
  {
    name: 'rating.drafts',
    build: (t) =>
      draftsCard(
        [
          {
            flowId: 'f1',
            code: 'D-4F7K',
            startedOn: '2026-11-20',
            where: t.rating.drafts.stepNames.page(2),
          },
        ],
        t,
        'D-4F7K',
      ),
  },
  { name: 'rating.progression', build: (t) => progressionCard(progression(t), t) },
  {
    name: 'rating.progression.first',
    build: (t) => {
      const v = progression(t);
      return progressionCard(
        {
          ...v,
          sessions: v.sessions.slice(0, 1),
          history: {
            dates: v.history.dates.slice(0, 1),
            series: v.history.series.map((s) => ({ ...s, values: s.values.slice(0, 1) })),
          },
          signals: { uniformTop: false, gap: null, stagnant: false },
          risenCount: 0,
          progressed: false,
        },
        t,
      );
    },
  },
  {
    name: 'rating.instruments',
    build: (t) =>
      instrumentsCard([{ instrument: SAMSYN_STANDARD, builtIn: true, addedAt: null }], lang(t), t, {
        errors: [t.rating.instruments.invalid, 'indicators.0.ratedBy: Invalid enum value'],
        json: '{"id": "x"}',
      }),
  },
];
