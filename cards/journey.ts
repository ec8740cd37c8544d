// "Min resa": the participant's own ratings now against their first session, in their language
// with pictures, each answer in the language it was given in, to show them on screen. Only their own answers; no code, no name, no caseworker
// rating anywhere on it.
import { ratingActions } from './rating-actions';
import type { JourneyRow } from '../domain/journey';
import type { ParticipantText } from '../domain/instruments';
import { LANGUAGES, type ParticipantLanguage } from '../domain/languages';
import type { Score } from '../domain/model';
import type { Strings } from './locales';
import { card, type AdaptiveCard, type Element } from './core';
import { inLanguage, swedishBeneath, uiOf, type Bilingual } from './participant';
import { image, indicatorPicture, scalePicture } from './pictures';

export interface JourneyView extends Bilingual {
  rows: JourneyRow[];
  /** Only one session so far: nothing to compare yet. */
  firstOnly: boolean;
  /** Where the caseworker goes back to (the progression card): an id, never shown. */
  participantId: string;
  /** The texts of each language an answer was given in (each answer is shown in its own). */
  answerTexts: Partial<Record<ParticipantLanguage, ParticipantText>>;
}

/**
 * One of the two answers: its picture, and its words in the language it was given in (right to left
 * where that language is), named when it is not the card's; a session held together is shown in the
 * card's language.
 */
function scoreCell(v: JourneyView, label: string, s: Score, lang?: ParticipantLanguage) {
  const ui = uiOf(v.text.lang);
  const alt = s === null ? ui.dontKnowPicture : ui.scalePicture(s);
  const given = (lang && v.answerTexts[lang]) || v.text;
  const word = s === null ? given.scale.dontKnow : given.scale[s];
  return {
    type: 'Column',
    width: 'stretch',
    items: [
      { type: 'TextBlock', text: label, isSubtle: true, size: 'Small', wrap: true },
      image(v.imageBase, scalePicture(s), alt, 'Small'),
      inLanguage(given.lang, [
        { type: 'TextBlock', text: word, wrap: true, size: 'Small', spacing: 'None' },
        given.lang === v.text.lang
          ? null
          : {
              type: 'TextBlock',
              text: LANGUAGES[given.lang].endonym,
              wrap: true,
              size: 'Small',
              isSubtle: true,
              spacing: 'None',
            },
      ]),
    ],
  };
}

function row(v: JourneyView, r: JourneyRow): Element {
  const ui = uiOf(v.text.lang);
  const own = v.text.indicators[r.indicatorId];
  const sv = v.sv.indicators[r.indicatorId];
  if (!own || !sv) return { type: 'Container', items: [] };
  return inLanguage(
    v.text.lang,
    [
      {
        type: 'ColumnSet',
        columns: [
          {
            type: 'Column',
            width: 'auto',
            items: [
              image(v.imageBase, indicatorPicture(r.indicatorId), ui.picture(own.area), 'Small'),
            ],
          },
          {
            type: 'Column',
            width: 'stretch',
            verticalContentAlignment: 'Center',
            items: [
              {
                type: 'TextBlock',
                text: r.risen ? `${own.area} ↑` : own.area,
                wrap: true,
                weight: 'Bolder',
              },
              swedishBeneath(v, sv.area, { size: 'Small' }),
            ].filter(Boolean),
          },
        ],
      },
      v.firstOnly
        ? null
        : {
            type: 'ColumnSet',
            spacing: 'Small',
            columns: [
              scoreCell(v, ui.first, r.first, r.firstLang),
              scoreCell(v, ui.now, r.now, r.nowLang),
            ],
          },
    ],
    { separator: true, spacing: 'Medium', ...(r.risen ? { style: 'good' } : {}) },
  );
}

export function journeyCard(v: JourneyView, t: Strings): AdaptiveCard {
  const ui = uiOf(v.text.lang);
  const sv = uiOf('sv');
  const risen = v.rows.filter((r) => r.risen);
  const shown = v.firstOnly ? v.rows : v.rows.filter((r) => r.first !== null || r.now !== null);
  return card(
    [
      inLanguage(v.text.lang, [
        {
          type: 'TextBlock',
          text: ui.journeyTitle,
          size: 'ExtraLarge',
          weight: 'Bolder',
          wrap: true,
        },
        {
          type: 'TextBlock',
          text: v.firstOnly ? ui.journeyFirstOnly : ui.journeyIntro,
          wrap: true,
        },
      ]),
      swedishBeneath(
        v,
        `${sv.journeyTitle}: ${v.firstOnly ? sv.journeyFirstOnly : sv.journeyIntro}`,
      ),
      v.firstOnly
        ? null
        : inLanguage(v.text.lang, [
            {
              type: 'TextBlock',
              text: ui.risenTitle,
              weight: 'Bolder',
              wrap: true,
              spacing: 'Medium',
            },
            {
              type: 'TextBlock',
              wrap: true,
              text: risen.length
                ? risen.map((r) => `↑ ${v.text.indicators[r.indicatorId]?.area ?? ''}`).join('\n\n')
                : ui.noneRisen,
            },
          ]),
      ...shown.map((r) => row(v, r)),
    ],
    [
      ratingActions.progression.button(t.rating.progression.backToProgression, {
        participantId: v.participantId,
      }),
    ],
  );
}
