// Pictures on the participant's cards: one pictogram per indicator and the 1–5 picture scale,
// served by the bot at <PUBLIC_URL>/img/<name>.png (bot/images.ts). An indicator of an uploaded set
// without its own pictogram gets the generic one. Names say what is drawn, never who answered.
import type { Score } from '../domain/model';
import type { Element } from './core';

export const INDICATOR_PICTURES = [
  'job_belief',
  'job_search',
  'next_steps',
  'health',
  'daily_life',
  'cooperation',
  'network',
  'swedish',
  'skills',
  'society',
  'control',
  'caseworker_belief',
] as const;

export const SCALE_PICTURES = [
  'scale-1',
  'scale-2',
  'scale-3',
  'scale-4',
  'scale-5',
  'scale-dont-know',
] as const;

/** Every picture the cards may ask for (each has an SVG source and a served PNG). */
export const PICTURES: readonly string[] = [...INDICATOR_PICTURES, ...SCALE_PICTURES, 'generic'];

export function pictureUrl(base: string, name: string): string {
  return `${base.replace(/\/+$/, '')}/img/${name}.png`;
}

export function indicatorPicture(indicatorId: string): string {
  return (INDICATOR_PICTURES as readonly string[]).includes(indicatorId) ? indicatorId : 'generic';
}

export function scalePicture(score: Score): string {
  return score === null ? 'scale-dont-know' : `scale-${score}`;
}

export function image(
  base: string,
  name: string,
  altText: string,
  size: 'Small' | 'Medium' | 'Large' = 'Medium',
): Element {
  return { type: 'Image', url: pictureUrl(base, name), altText, size };
}
