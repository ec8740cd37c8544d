import type { Strings } from './locales';
import { card, heading, notice, text, type AdaptiveCard, type Element } from './core';

/** A short message on a card: a refusal, a confirmation, a "not found". */
export function messageCard(
  message: string,
  opts: { title?: string; style?: 'good' | 'warning' | 'attention' | 'emphasis' } = {},
): AdaptiveCard {
  return card([opts.title ? heading(opts.title) : null, messageBody(message, opts.style)]);
}

function messageBody(
  message: string,
  style: 'good' | 'warning' | 'attention' | 'emphasis' | undefined,
): Element {
  if (style === 'attention')
    return {
      type: 'Container',
      style: 'attention',
      items: [text(message, { color: 'Attention', weight: 'Bolder' })],
    };
  return style ? notice(message, style) : text(message);
}

export function refusalCard(message: string): AdaptiveCard {
  return messageCard(message, { style: 'attention' });
}

export function errorCard(t: Strings, errorId: string): AdaptiveCard {
  return messageCard(t.common.errors.somethingWrong(errorId), { style: 'attention' });
}

export function expiredCard(t: Strings): AdaptiveCard {
  return messageCard(t.common.errors.expired, { style: 'warning' });
}
