// Cards of a rating session held together (skattning): the indicator pages with both ratings, the
// job-search question, the summary. Participant mode has its own cards (cards/participant.ts).
import { ratingActions } from './rating-actions';
import type { Indicator, Instrument } from '../domain/instruments';
import type { JobSearchWords, Score } from '../domain/model';
import type { Locale } from '../domain/types';
import type { Strings } from './locales';
import {
  card,
  choiceInput,
  container,
  errorBanner,
  facts,
  heading,
  notice,
  showCard,
  subheading,
  stackedRows,
  text,
  textInput,
  type AdaptiveCard,
  type Choice,
  type Element,
  type FlowToken,
} from './core';

export { draftsCard, pickerCard, type DraftEntry, type PickerEntry } from './rating-start';
export { instrumentErrorLines, instrumentsCard, type InstrumentEntry } from './instruments';

export interface DraftScoreView {
  self?: Score;
  staff?: Score;
  comment?: string | null;
}

export interface RatingStepView {
  lang: Locale;
  code: string;
  date: string;
  instrument: Instrument;
  /** Set for a correction of a saved session. */
  correcting: boolean;
  /** 0-based page, or 'jobsearch' / 'summary'. */
  step: number | 'jobsearch' | 'summary';
  pageCount: number;
  indicators: Indicator[];
  scores: Record<string, DraftScoreView>;
  jobSearch: string | null;
  jobSearchWords?: JobSearchWords | null;
  /** Participant mode: the language name, shown on the summary. */
  participantLanguage?: string;
  /** Page 0 of a new session: the languages participant mode can be started in (value, title). */
  offerLanguages?: Choice[];
  offerDefault?: string;
  /** Which offered translations are not yet reviewed, said to the caseworker. */
  offerNote?: string;
  token: FlowToken;
  errors?: string[];
  /** A message under the input it is about (by input id), instead of a list at the top. */
  fieldErrors?: Record<string, string>;
  notice?: string;
}

const DONT_KNOW = 'vet_ej';

export function scoreChoices(t: Strings): Choice[] {
  const s = t.rating.scale;
  return [
    { title: s[1], value: '1' },
    { title: s[2], value: '2' },
    { title: s[3], value: '3' },
    { title: s[4], value: '4' },
    { title: s[5], value: '5' },
    { title: s.dontKnow, value: DONT_KNOW },
  ];
}

function choiceOf(s: Score | undefined): string | undefined {
  if (s === undefined) return undefined;
  return s === null ? DONT_KNOW : String(s);
}

/** A score as read on a card: the number, "vet ej", or a dash when not rated. */
export function scoreText(s: Score | undefined, t: Strings): string {
  if (s === undefined) return t.rating.noAnswer;
  return s === null ? t.rating.scaleShort.dontKnow : String(s);
}

function titleOf(v: RatingStepView, t: Strings): string {
  return v.correcting ? t.rating.correctionTitle(v.code, v.date) : t.rating.title(v.code);
}

/** The mark under a field that needs an answer: red, bold, right where the caseworker looks. */
export function fieldError(message: string | undefined): Element | null {
  if (!message) return null;
  return {
    type: 'TextBlock',
    text: message,
    wrap: true,
    color: 'Attention',
    weight: 'Bolder',
    spacing: 'None',
  };
}

function scoreField(
  id: string,
  label: string,
  value: Score | undefined,
  v: RatingStepView,
  t: Strings,
) {
  const err = v.fieldErrors?.[id];
  return [
    choiceInput(id, label, scoreChoices(t), choiceOf(value), { placeholder: t.rating.choose }),
    fieldError(err),
  ];
}

function indicatorBlock(ind: Indicator, number: number, v: RatingStepView, t: Strings): Element {
  const s = v.scores[ind.id] ?? {};
  return container(
    [
      subheading(`${number}. ${ind.area[v.lang]}`),
      text(ind.question[v.lang], { size: 'Medium' }),
      ...(ind.ratedBy === 'both'
        ? scoreField(`self_${ind.id}`, t.rating.selfLabel, s.self, v, t)
        : [text(t.rating.staffOnly, { isSubtle: true })]),
      ...scoreField(`staff_${ind.id}`, t.rating.staffLabel, s.staff, v, t),
      textInput(`comment_${ind.id}`, t.rating.commentLabel, s.comment ?? null, { maxLength: 500 }),
      fieldError(v.fieldErrors?.[`comment_${ind.id}`]),
    ],
    { separator: true, spacing: 'Large' },
  );
}

/** "Let the participant answer themselves": a language and a start button, folded away. */
function participantOffer(v: RatingStepView, t: Strings) {
  if (!v.offerLanguages?.length) return null;
  const m = t.rating.mode;
  return showCard(
    m.offer,
    card(
      [
        text(m.offerHelp, { isSubtle: true }),
        v.offerNote ? notice(v.offerNote, 'warning') : null,
        choiceInput('lang', m.language, v.offerLanguages, v.offerDefault ?? 'sv'),
      ],
      [ratingActions.participantMode.button(m.start, { ...v.token }, { style: 'positive' })],
    ),
  );
}

export function ratingPageCard(v: RatingStepView, t: Strings): AdaptiveCard {
  const page = typeof v.step === 'number' ? v.step : 0;
  const offset = v.instrument.indicators.findIndex((i) => i.id === v.indicators[0]?.id);
  return card(
    [
      heading(titleOf(v, t), `${t.rating.pageOf(page + 1, v.pageCount + 1)} · ${v.date}`),
      v.notice ? notice(v.notice, 'warning') : null,
      errorBanner(v.errors),
      page === 0 ? text(t.rating.intro, { isSubtle: true }) : null,
      ...v.indicators.map((ind, i) => indicatorBlock(ind, offset + i + 1, v, t)),
    ],
    [
      page > 0 ? ratingActions.back.button(t.common.back, { ...v.token }) : null,
      ratingActions.next.button(t.common.next, { ...v.token }, { style: 'positive' }),
      page === 0 ? participantOffer(v, t) : null,
      ratingActions.cancel.button(t.rating.cancelSession, { ...v.token }, { mode: 'secondary' }),
    ],
  );
}

export function jobSearchCard(v: RatingStepView, t: Strings): AdaptiveCard {
  const m = t.rating.mode;
  return card(
    [
      heading(titleOf(v, t), `${t.rating.pageOf(v.pageCount + 1, v.pageCount + 1)} · ${v.date}`),
      v.notice ? notice(v.notice, 'warning') : null,
      errorBanner(v.errors),
      subheading(t.rating.jobSearchTitle),
      text(t.rating.jobSearchHelp, { isSubtle: true }),
      textInput('jobSearch', t.rating.jobSearchLabel, v.jobSearch, {
        multiline: true,
        maxLength: 2000,
      }),
      choiceInput(
        'jobSearchWords',
        m.wordsLabel,
        [
          { title: m.words.participant, value: 'participant' },
          { title: m.words.caseworker, value: 'caseworker' },
        ],
        v.jobSearchWords ?? 'participant',
        { expanded: true },
      ),
    ],
    [
      ratingActions.back.button(t.common.back, { ...v.token }),
      ratingActions.next.button(t.rating.toSummary, { ...v.token }, { style: 'positive' }),
      ratingActions.cancel.button(t.rating.cancelSession, { ...v.token }, { mode: 'secondary' }),
    ],
  );
}

/** The job-search answer with whose words it is in. */
export function jobSearchLines(
  answer: string | null,
  words: JobSearchWords | null | undefined,
  t: Strings,
): Element[] {
  if (!answer) return [text(t.rating.noAnswer)];
  return [
    text(answer),
    words
      ? text(t.rating.mode.wordsNote[words], { isSubtle: true, size: 'Small', spacing: 'None' })
      : null,
  ].filter((e): e is Element => e !== null);
}

export function summaryCard(v: RatingStepView, t: Strings): AdaptiveCard {
  const r = t.rating;
  const comments = v.instrument.indicators
    .filter((ind) => v.scores[ind.id]?.comment)
    .map((ind) => `**${ind.area[v.lang]}:** ${v.scores[ind.id]!.comment}`);
  const about: [string, string][] = [
    [r.date, v.date],
    [r.instrument, `${v.instrument.name[v.lang]} (v${v.instrument.version})`],
  ];
  if (v.participantLanguage) about.push([r.mode.language, v.participantLanguage]);
  return card(
    [
      heading(v.correcting ? r.correctionTitle(v.code, v.date) : r.summaryTitle(v.code)),
      v.notice ? notice(v.notice, 'warning') : null,
      errorBanner(v.errors),
      text(r.summaryIntro, { isSubtle: true }),
      facts(about),
      stackedRows(
        [r.indicator, r.self, r.staff],
        v.instrument.indicators.map((ind) => [
          ind.area[v.lang],
          ind.ratedBy === 'caseworker' ? r.noAnswer : scoreText(v.scores[ind.id]?.self, t),
          scoreText(v.scores[ind.id]?.staff, t),
        ]),
      ),
      comments.length ? subheading(r.comment) : null,
      ...comments.map((c) => text(c)),
      subheading(r.jobSearchAnswer),
      ...jobSearchLines(v.jobSearch, v.jobSearchWords, t),
    ],
    [
      ratingActions.back.button(t.common.back, { ...v.token }),
      ratingActions.save.button(
        v.correcting ? r.saveCorrection : r.saveSession,
        { ...v.token },
        { style: 'positive' },
      ),
      ratingActions.cancel.button(r.cancelSession, { ...v.token }, { mode: 'secondary' }),
    ],
  );
}

export function ratingStepCard(v: RatingStepView, t: Strings): AdaptiveCard {
  if (v.step === 'jobsearch') return jobSearchCard(v, t);
  if (v.step === 'summary') return summaryCard(v, t);
  return ratingPageCard(v, t);
}
