// Builders of every participant-mode card in any language, for the render tests: the generic one
// (samples/participant.ts, in sv and en) and tests/browser/participant-cards.test.ts (every
// shipped language at 360 px, right to left, images loaded, no broken words).
import type { AdaptiveCard } from '../../../cards/core';
import { journeyCard } from '../../../cards/journey';
import type { Strings } from '../../../cards/locales';
import { handoverCard, selfCard, type Bilingual } from '../../../cards/participant';
import { staffCard } from '../../../cards/staff';
import { SAMSYN_STANDARD, participantText, selfRated } from '../../../domain/instruments';
import type { ParticipantLanguage } from '../../../domain/languages';

const OWN = selfRated(SAMSYN_STANDARD);
const token = (step: string) => ({ flowId: 'f1', step, rev: 5 });

function bilingual(lang: ParticipantLanguage, imageBase: string): Bilingual {
  return {
    text: participantText(SAMSYN_STANDARD, lang)!,
    sv: participantText(SAMSYN_STANDARD, 'sv')!,
    imageBase,
  };
}

export type ParticipantCardName = 'first' | 'middle' | 'handover' | 'journey' | 'journey-first';

export const PARTICIPANT_CARDS: ParticipantCardName[] = [
  'first',
  'middle',
  'handover',
  'journey',
  'journey-first',
];

export function participantCard(
  name: ParticipantCardName,
  lang: ParticipantLanguage,
  t: Strings,
  imageBase = 'http://localhost:3978',
): AdaptiveCard {
  const b = bilingual(lang, imageBase);
  if (name === 'first' || name === 'middle') {
    const index = name === 'first' ? 0 : 4;
    return selfCard({
      ...b,
      indicator: OWN[index]!,
      index,
      total: OWN.length,
      chosen: name === 'middle' ? 3 : undefined,
      token: token(`self-${index}`),
    });
  }
  if (name === 'handover')
    return handoverCard({ ...b, code: 'D-4F7K', token: token('handover') }, t);
  return journeyCard(
    {
      ...b,
      firstOnly: name === 'journey-first',
      participantId: 'p1',
      // The first answers given in Swedish (the participant's language since), the latest in theirs.
      answerTexts: { sv: b.sv, [lang]: b.text },
      rows: OWN.map((ind, i) => ({
        indicatorId: ind.id,
        first: i % 3 === 0 ? null : 2,
        now: i % 2 === 0 ? 4 : 2,
        risen: i % 2 === 0 && i % 3 !== 0,
        firstLang: i % 3 === 0 ? undefined : 'sv',
        nowLang: lang,
      })),
    },
    t,
  );
}

/** The caseworker's compact card (the caseworker's language, not the participant's). */
export function compactCard(t: Strings, lang: 'sv' | 'en'): AdaptiveCard {
  return staffCard(
    {
      lang,
      code: 'D-4F7K',
      date: '2026-11-23',
      indicators: SAMSYN_STANDARD.indicators.slice(0, 4),
      offset: 0,
      part: 1,
      parts: 3,
      scores: { job_belief: 4, job_search: null },
      token: token('staff-0'),
      missing: ['next_steps'],
    },
    t,
  );
}
