// Cards of a rating session (skattning): the indicator pages, the job-search question, the summary,
// the participant picker, the offer of an unfinished draft, and the admin's list of forms.
import type { Indicator, Instrument, InstrumentError } from '../domain/instruments';
import type { Score } from '../domain/model';
import type { Locale } from '../domain/types';
import type { Strings } from './locales';
import {
  card,
  choiceInput,
  container,
  errorBanner,
  execute,
  facts,
  heading,
  notice,
  subheading,
  stackedRows,
  table,
  text,
  textInput,
  type AdaptiveCard,
  type Choice,
  type Element,
  type FlowToken,
} from './core';

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
  token: FlowToken;
  errors?: string[];
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

const choiceOf = (s: Score | undefined): string | undefined =>
  s === undefined ? undefined : s === null ? DONT_KNOW : String(s);

/** A score as read on a card: the number, "vet ej", or a dash when not rated. */
export function scoreText(s: Score | undefined, t: Strings): string {
  return s === undefined
    ? t.rating.noAnswer
    : s === null
      ? t.rating.scaleShort.dontKnow
      : String(s);
}

function titleOf(v: RatingStepView, t: Strings): string {
  return v.correcting ? t.rating.correctionTitle(v.code, v.date) : t.rating.title(v.code);
}

function indicatorBlock(ind: Indicator, number: number, v: RatingStepView, t: Strings): Element {
  const s = v.scores[ind.id] ?? {};
  const choices = scoreChoices(t);
  return container(
    [
      subheading(`${number}. ${ind.area[v.lang]}`),
      text(ind.question[v.lang], { size: 'Medium' }),
      ind.ratedBy === 'both'
        ? choiceInput(`self_${ind.id}`, t.rating.selfLabel, choices, choiceOf(s.self), {
            placeholder: t.rating.choose,
          })
        : text(t.rating.staffOnly, { isSubtle: true }),
      choiceInput(`staff_${ind.id}`, t.rating.staffLabel, choices, choiceOf(s.staff), {
        placeholder: t.rating.choose,
      }),
      textInput(`comment_${ind.id}`, t.rating.commentLabel, s.comment ?? null, { maxLength: 500 }),
    ],
    { separator: true, spacing: 'Large' },
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
      page > 0 ? execute(t.common.back, { verb: 'rating.back', ...v.token }) : null,
      execute(t.common.next, { verb: 'rating.next', ...v.token }, { style: 'positive' }),
      execute(t.rating.cancelSession, { verb: 'rating.cancel', ...v.token }, { mode: 'secondary' }),
    ],
  );
}

export function jobSearchCard(v: RatingStepView, t: Strings): AdaptiveCard {
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
    ],
    [
      execute(t.common.back, { verb: 'rating.back', ...v.token }),
      execute(t.rating.toSummary, { verb: 'rating.next', ...v.token }, { style: 'positive' }),
      execute(t.rating.cancelSession, { verb: 'rating.cancel', ...v.token }, { mode: 'secondary' }),
    ],
  );
}

export function summaryCard(v: RatingStepView, t: Strings): AdaptiveCard {
  const r = t.rating;
  const comments = v.instrument.indicators
    .filter((ind) => v.scores[ind.id]?.comment)
    .map((ind) => `**${ind.area[v.lang]}:** ${v.scores[ind.id]!.comment}`);
  return card(
    [
      heading(v.correcting ? r.correctionTitle(v.code, v.date) : r.summaryTitle(v.code)),
      v.notice ? notice(v.notice, 'warning') : null,
      errorBanner(v.errors),
      text(r.summaryIntro, { isSubtle: true }),
      facts([
        [r.date, v.date],
        [r.instrument, `${v.instrument.name[v.lang]} (v${v.instrument.version})`],
      ]),
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
      text(v.jobSearch ?? r.noAnswer),
    ],
    [
      execute(t.common.back, { verb: 'rating.back', ...v.token }),
      execute(
        v.correcting ? r.saveCorrection : r.saveSession,
        { verb: 'rating.save', ...v.token },
        { style: 'positive' },
      ),
      execute(r.cancelSession, { verb: 'rating.cancel', ...v.token }, { mode: 'secondary' }),
    ],
  );
}

export function ratingStepCard(v: RatingStepView, t: Strings): AdaptiveCard {
  if (v.step === 'jobsearch') return jobSearchCard(v, t);
  if (v.step === 'summary') return summaryCard(v, t);
  return ratingPageCard(v, t);
}

// ------------------------------------------------------------------ starting

export interface PickerEntry {
  code: string;
  name: string | null;
  lastRated: string | null;
}

export function pickerCard(entries: PickerEntry[], t: Strings, errors?: string[]): AdaptiveCard {
  const p = t.rating.picker;
  if (entries.length === 0) return card([heading(p.title), text(p.none)]);
  return card(
    [
      heading(p.title),
      errorBanner(errors),
      text(p.intro, { isSubtle: true }),
      choiceInput(
        'code',
        p.participant,
        entries.map((e) => ({
          title: `${e.code}${e.name ? ` – ${e.name}` : ''} (${e.lastRated ? p.lastRated(e.lastRated) : p.neverRated})`,
          value: e.code,
        })),
        entries.length === 1 ? entries[0]!.code : undefined,
        { placeholder: t.rating.choose },
      ),
    ],
    [execute(p.start, { verb: 'rating.start' }, { style: 'positive' })],
  );
}

export interface DraftEntry {
  flowId: string;
  code: string;
  startedOn: string;
  where: string;
}

/** "You have an unfinished session": continue it, discard it, or (with a code) start over. */
export function draftsCard(
  drafts: DraftEntry[],
  t: Strings,
  startOver: string | null,
): AdaptiveCard {
  const d = t.rating.drafts;
  return card(
    [
      heading(d.title),
      text(d.intro),
      ...drafts.map((e) => text(`• ${d.item(e.code, e.startedOn, e.where)}`)),
    ],
    [
      ...drafts
        .slice(0, 3)
        .map((e) =>
          execute(
            d.resume(e.code),
            { verb: 'rating.resume', flowId: e.flowId },
            { style: 'positive' },
          ),
        ),
      ...drafts
        .slice(0, 2)
        .map((e) => execute(d.discard(e.code), { verb: 'rating.discard', flowId: e.flowId })),
      startOver
        ? execute(d.startNew(startOver), { verb: 'rating.start', code: startOver, force: 'true' })
        : null,
    ],
  );
}

// ------------------------------------------------------------------ indicator sets (admin)

/** The lines that say what is wrong with an uploaded set, in the admin's language. */
export function instrumentErrorLines(errors: InstrumentError[], t: Strings): string[] {
  const p = t.rating.instruments.problems;
  return errors.map((e) =>
    e.problem === 'unknown_field' ? p.unknown_field(e.path, e.detail ?? '') : p[e.problem](e.path),
  );
}

export interface InstrumentEntry {
  instrument: Instrument;
  builtIn: boolean;
  addedAt: string | null;
}

export function instrumentsCard(
  list: InstrumentEntry[],
  lang: Locale,
  t: Strings,
  opts: {
    errors?: string[];
    notice?: string;
    json?: string;
    forNewSessions?: string;
    useErrors?: string[];
  } = {},
): AdaptiveCard {
  const s = t.rating.instruments;
  const sets = [...new Map(list.map((e) => [e.instrument.id, e.instrument] as const)).values()];
  return card(
    [
      heading(s.title),
      opts.notice ? notice(opts.notice, 'good') : null,
      text(s.intro, { isSubtle: true }),
      table(
        [s.title, '', ''],
        list.map((e) => [
          `${e.instrument.name[lang]} (${e.instrument.id})`,
          `v${e.instrument.version}`,
          `${s.indicators(e.instrument.indicators.length)} · ${e.builtIn ? s.builtIn : s.addedBy((e.addedAt ?? '').slice(0, 10))}`,
        ]),
      ),
      subheading(s.useTitle),
      errorBanner(opts.useErrors),
      text(s.useHelp, { isSubtle: true, size: 'Small' }),
      choiceInput(
        'forNewSessions',
        s.useTitle,
        sets.map((i) => ({ title: `${i.name[lang]} (${i.id})`, value: i.id })),
        opts.forNewSessions ?? sets[0]?.id,
      ),
      { type: 'ActionSet', actions: [execute(s.useSave, { verb: 'instruments.use' })] },
      subheading(s.addTitle),
      errorBanner(opts.errors),
      text(s.addHelp, { isSubtle: true, size: 'Small' }),
      textInput('json', s.jsonLabel, opts.json ?? null, { multiline: true, maxLength: 50_000 }),
    ],
    [execute(s.add, { verb: 'instruments.add' }, { style: 'positive' })],
  );
}
