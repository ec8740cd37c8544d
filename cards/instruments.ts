// The admin's indicator sets (skattningsformulär): the list, the set for new sessions, the upload
// with its errors, and the translations not yet reviewed.
import { instrumentActions } from './rating-actions';
import type { Instrument, InstrumentError } from '../domain/instruments';
import type { Locale } from '../domain/types';
import type { Strings } from './locales';
import {
  card,
  choiceInput,
  errorBanner,
  heading,
  notice,
  subheading,
  table,
  text,
  textInput,
  type AdaptiveCard,
} from './core';

/** The lines that say what is wrong with an uploaded set, in the admin's language. */
export function instrumentErrorLines(errors: InstrumentError[], t: Strings): string[] {
  const p = t.rating.instruments.problems;
  return errors.map((e) =>
    e.problem === 'unknown_field' ? p.unknown_field(e.path, e.detail ?? '') : p[e.problem](e.path),
  );
}

/** One language of one set whose translation no administrator has marked reviewed. */
export interface UnreviewedEntry {
  id: string;
  version: number;
  setName: string;
  lang: string;
  language: string;
}

function reviewBlock(list: UnreviewedEntry[], t: Strings) {
  const s = t.rating.instruments;
  if (!list.length) return [subheading(s.reviewTitle), text(s.reviewNone, { isSubtle: true })];
  return [
    subheading(s.reviewTitle),
    text(s.reviewHelp, { isSubtle: true, size: 'Small' }),
    ...list.map((u) =>
      text(`• ${s.reviewItem(u.setName, u.version, u.language)}`, { spacing: 'None' }),
    ),
    {
      type: 'ActionSet',
      actions: list.slice(0, 6).map((u) =>
        instrumentActions.review.button(s.reviewMark(u.language), {
          id: u.id,
          version: u.version,
          lang: u.lang,
        }),
      ),
    },
  ];
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
    unreviewed?: UnreviewedEntry[];
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
      { type: 'ActionSet', actions: [instrumentActions.use.button(s.useSave, {})] },
      ...reviewBlock(opts.unreviewed ?? [], t),
      subheading(s.addTitle),
      errorBanner(opts.errors),
      text(s.addHelp, { isSubtle: true, size: 'Small' }),
      textInput('json', s.jsonLabel, opts.json ?? null, { multiline: true, maxLength: 50_000 }),
    ],
    [instrumentActions.add.button(s.add, {}, { style: 'positive' })],
  );
}
