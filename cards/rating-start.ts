// Cards that open a rating session: the participant picker, the offer of an unfinished draft, and
// "there is already a session today: correct it or add another?".
import { ratingActions } from './rating-actions';
import type { Strings } from './locales';
import { card, choiceInput, errorBanner, heading, text, type AdaptiveCard } from './core';

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
    [ratingActions.start.button(p.start, {}, { style: 'positive' })],
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
          ratingActions.resume.button(
            d.resume(e.code),
            { flowId: e.flowId },
            { style: 'positive' },
          ),
        ),
      ...drafts
        .slice(0, 2)
        .map((e) => ratingActions.discard.button(d.discard(e.code), { flowId: e.flowId })),
      startOver
        ? ratingActions.start.button(d.startNew(startOver), { code: startOver, force: 'true' })
        : null,
    ],
  );
}

/** A second session for the same participant on the same day is confirmed first. */
export function sameDayCard(
  v: { code: string; date: string; sessionId: string },
  t: Strings,
): AdaptiveCard {
  const m = t.rating.mode;
  return card(
    [heading(m.sameDayTitle), text(m.sameDayText(v.code, v.date))],
    [
      ratingActions.correct.button(m.sameDayCorrect, { sessionId: v.sessionId }),
      ratingActions.start.button(
        m.sameDayAdd,
        { code: v.code, force: 'true', sameDay: 'true' },
        { style: 'positive' },
      ),
    ],
  );
}
