import type { AdaptiveCard } from '../../../cards/core';
import type { Strings } from '../../../cards/locales';

/**
 * A card as a person would see it, for the browser render test. Each area lists its cards in
 * tests/browser/samples/<area>.ts as `export const samples: CardSample[]`; the render test draws
 * every sample in Swedish and English, at a phone width and a desktop width.
 */
export interface CardSample {
  name: string;
  build(t: Strings): AdaptiveCard;
  /** Bytes of JSON (UTF-8) the card may take; the bot's card budget when not given. */
  budgetBytes?: number;
}
