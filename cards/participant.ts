// The participant's own cards (participant mode): one indicator a card, the question in their
// language with plain Swedish beneath, a picture for the area, six large one-tap choices (the 1–5
// picture scale and "vet ej"), "3 av 11" and Back; then "thank you, give the screen back". They
// never show the caseworker's ratings. Right-to-left languages are laid out with Adaptive Cards 1.5
// `rtl`; the Swedish beneath stays left to right.
import { ratingActions } from './rating-actions';
import type { Indicator, ParticipantText } from '../domain/instruments';
import { LANGUAGES, type ParticipantLanguage } from '../domain/languages';
import type { Score } from '../domain/model';
import type { Strings } from './locales';
import { participantUi, type ParticipantUi } from './locales/participant';
import { card, notice, type AdaptiveCard, type Element, type FlowToken } from './core';
import { image, indicatorPicture, scalePicture } from './pictures';

/** The two languages of a participant card: theirs, and Swedish beneath (the same when Swedish). */
export interface Bilingual {
  text: ParticipantText;
  sv: ParticipantText;
  imageBase: string;
}

export interface SelfCardView extends Bilingual {
  indicator: Indicator;
  index: number;
  total: number;
  chosen: Score | undefined;
  token: FlowToken;
  notice?: string;
}

export const uiOf = (lang: ParticipantLanguage): ParticipantUi => participantUi[lang];

const isSwedish = (b: Bilingual) => b.text.lang === 'sv';

/** Items in the participant's language: right to left where the language is. */
export function inLanguage(
  lang: ParticipantLanguage,
  items: (Element | null)[],
  opts = {},
): Element {
  return {
    type: 'Container',
    rtl: LANGUAGES[lang].rtl,
    items: items.filter(Boolean),
    ...opts,
  };
}

/** The Swedish beneath, left to right; nothing when the card is in Swedish already. */
export function swedishBeneath(b: Bilingual, textOf: string, opts = {}): Element | null {
  if (isSwedish(b)) return null;
  return {
    type: 'Container',
    rtl: false,
    spacing: 'None',
    items: [{ type: 'TextBlock', text: textOf, wrap: true, isSubtle: true, ...opts }],
  };
}

const SCORES: Score[] = [1, 2, 3, 4, 5, null];
const valueOf = (s: Score) => (s === null ? 'vet_ej' : String(s));

function labelOf(scale: ParticipantText['scale'], s: Score): string {
  return s === null ? scale.dontKnow : scale[s];
}

function choiceRow(v: SelfCardView, s: Score): Element {
  const ui = uiOf(v.text.lang);
  const label = labelOf(v.text.scale, s);
  const alt = s === null ? ui.dontKnowPicture : ui.scalePicture(s);
  const chosen = v.chosen !== undefined && v.chosen === s;
  return {
    type: 'Container',
    style: chosen ? 'accent' : 'emphasis',
    spacing: 'Small',
    selectAction: ratingActions.answer.button(label, { ...v.token, value: valueOf(s) }),
    items: [
      {
        type: 'ColumnSet',
        columns: [
          {
            type: 'Column',
            width: 'auto',
            items: [image(v.imageBase, scalePicture(s), alt, 'Small')],
          },
          {
            type: 'Column',
            width: 'stretch',
            verticalContentAlignment: 'Center',
            items: [
              { type: 'TextBlock', text: label, wrap: true, size: 'Medium', weight: 'Bolder' },
              swedishBeneath(v, labelOf(v.sv.scale, s), { size: 'Small' }),
            ].filter(Boolean),
          },
        ],
      },
    ],
  };
}

function areaHeader(v: SelfCardView): Element {
  const ui = uiOf(v.text.lang);
  const own = v.text.indicators[v.indicator.id]!;
  return {
    type: 'ColumnSet',
    columns: [
      {
        type: 'Column',
        width: 'auto',
        items: [image(v.imageBase, indicatorPicture(v.indicator.id), ui.picture(own.area))],
      },
      {
        type: 'Column',
        width: 'stretch',
        verticalContentAlignment: 'Center',
        items: [
          { type: 'TextBlock', text: own.area, wrap: true, weight: 'Bolder', size: 'Medium' },
          {
            type: 'TextBlock',
            text: ui.progress(v.index + 1, v.total),
            isSubtle: true,
            spacing: 'None',
          },
        ],
      },
    ],
  };
}

function backAction(b: Bilingual, token: FlowToken) {
  const ui = uiOf(b.text.lang);
  const title = isSwedish(b) ? ui.back : `${ui.back} / ${uiOf('sv').back}`;
  return ratingActions.back.button(title, { ...token });
}

export function selfCard(v: SelfCardView): AdaptiveCard {
  const lang = v.text.lang;
  const own = v.text.indicators[v.indicator.id]!;
  const sv = v.sv.indicators[v.indicator.id]!;
  return card(
    [
      v.notice ? notice(v.notice, 'warning') : null,
      inLanguage(lang, [
        areaHeader(v),
        { type: 'TextBlock', text: own.question, wrap: true, size: 'Large', weight: 'Bolder' },
      ]),
      swedishBeneath(v, sv.question, { size: 'Medium' }),
      v.index === 0
        ? inLanguage(lang, [
            { type: 'TextBlock', text: uiOf(lang).intro, wrap: true, isSubtle: true },
          ])
        : null,
      inLanguage(
        lang,
        SCORES.map((s) => choiceRow(v, s)),
        { spacing: 'Medium' },
      ),
    ],
    [v.index > 0 ? backAction(v, v.token) : null],
  );
}

/** "Thank you! Give the screen back": the participant can still go back; the caseworker goes on. */
export function handoverCard(
  v: Bilingual & { code: string; token: FlowToken; notice?: string },
  t: Strings,
): AdaptiveCard {
  const ui = uiOf(v.text.lang);
  const sv = uiOf('sv');
  return card(
    [
      v.notice ? notice(v.notice, 'warning') : null,
      inLanguage(v.text.lang, [
        {
          type: 'TextBlock',
          text: ui.thanksTitle,
          size: 'ExtraLarge',
          weight: 'Bolder',
          wrap: true,
        },
        { type: 'TextBlock', text: ui.thanksText, size: 'Large', wrap: true },
      ]),
      swedishBeneath(v, `${sv.thanksTitle} ${sv.thanksText}`, { size: 'Medium' }),
    ],
    [
      backAction(v, v.token),
      ratingActions.next.button(
        t.rating.mode.handoverContinue,
        { ...v.token },
        { style: 'positive' },
      ),
    ],
  );
}
