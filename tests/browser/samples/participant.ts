import type { Strings } from '../../../cards/locales';
import { compactCard, participantCard, PARTICIPANT_CARDS } from '../support/participant-cards';
import type { CardSample } from './types';

const lang = (t: Strings) => (t.common.back === 'Back' ? 'en' : 'sv') as 'sv' | 'en';

// The participant's cards in Arabic (right to left, Swedish beneath) and in the card's own language.
export const samples: CardSample[] = [
  ...PARTICIPANT_CARDS.map((name) => ({
    name: `participant-${name}-ar`,
    build: (t: Strings) => participantCard(name, 'ar', t),
  })),
  ...PARTICIPANT_CARDS.map((name) => ({
    name: `participant-${name}`,
    build: (t: Strings) => participantCard(name, lang(t), t),
  })),
  { name: 'participant-compact-caseworker', build: (t: Strings) => compactCard(t, lang(t)) },
];
