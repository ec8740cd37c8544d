// The digest channel's schedule card and the confirmation before stopping. Pure: data + strings.
import { z } from 'zod';
import { cardAction } from './actions';
import {
  card,
  choiceInput,
  errorBanner,
  heading,
  notice,
  textInput,
  type AdaptiveCard,
} from './core';
import type { Strings } from './locales';

/** Which digest channel's schedule, at which revision (the weekday and time are the card's inputs). */
const ScheduleToken = z.object({
  conversationId: z.string().min(1),
  rev: z.coerce.number().int().min(1),
});

export const digestActions = {
  save: cardAction('digest.schedule', ScheduleToken),
  show: cardAction('digest.schedule.show', ScheduleToken),
  askStop: cardAction('digest.stop.ask', ScheduleToken),
  stop: cardAction('digest.stop', ScheduleToken),
} as const;

export interface ScheduleView {
  conversationId: string;
  weekday: number;
  time: string;
  rev: number;
}

/** The digest channel's schedule, with inputs to change it and a Stop (admin). */
export function digestScheduleCard(
  v: ScheduleView,
  t: Strings,
  opts: { errors?: string[]; message?: string } = {},
): AdaptiveCard {
  const d = t.digest;
  return card(
    [
      heading(d.scheduleTitle, d.scheduleNow(d.weekdays[v.weekday - 1], v.time)),
      opts.message ? notice(opts.message, 'good') : null,
      errorBanner(opts.errors),
      choiceInput(
        'weekday',
        d.weekdayLabel,
        d.weekdays.map((w, i) => ({ title: w, value: String(i + 1) })),
        String(v.weekday),
        { required: true, errorMessage: d.errors.weekday },
      ),
      textInput('time', d.timeLabel, v.time, {
        required: true,
        maxLength: 5,
        regex: '^([01]\\d|2[0-3]):[0-5]\\d$',
        errorMessage: d.errors.time,
        placeholder: '08:00',
      }),
    ],
    [
      digestActions.save.button(d.saveSchedule, { conversationId: v.conversationId, rev: v.rev }),
      // Stopping ignores the inputs: it is not held back by a time being typed wrong. It asks first.
      digestActions.askStop.button(
        d.stop,
        { conversationId: v.conversationId, rev: v.rev },
        { associatedInputs: 'none', style: 'destructive' },
      ),
    ],
  );
}

/** Stopping the digest is confirmed first, and the card says what will happen. */
export function digestStopConfirmCard(v: ScheduleView, t: Strings): AdaptiveCard {
  const d = t.digest;
  const token = { conversationId: v.conversationId, rev: v.rev };
  return card(
    [
      heading(d.stopConfirmTitle),
      notice(d.stopConfirmText(d.weekdays[v.weekday - 1], v.time), 'warning'),
    ],
    [
      digestActions.stop.button(d.stopConfirm, token, { style: 'destructive' }),
      digestActions.show.button(d.stopCancel, token),
    ],
  );
}
