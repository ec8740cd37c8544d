// The caseworker's compact card in participant mode: every indicator on one card, one tap per
// indicator (1–5 or ? for vet ej), no drop-downs. Each tap is saved as it is given; the chosen value
// is highlighted. It does not show the participant's answers (they are on the summary), so the two
// ratings stay independent, as in BIP.
import { ratingActions } from './rating-actions';
import type { Indicator } from '../domain/instruments';
import type { Score } from '../domain/model';
import type { Locale } from '../domain/types';
import type { Strings } from './locales';
import {
  card,
  errorBanner,
  heading,
  notice,
  text,
  type AdaptiveCard,
  type Element,
  type FlowToken,
} from './core';
import { fieldError } from './rating';

export interface StaffCardView {
  lang: Locale;
  code: string;
  date: string;
  /** The indicators of this part (four, as on the pages of a session together). */
  indicators: Indicator[];
  /** Position of the first of them in the set, for the numbers. */
  offset: number;
  part: number;
  parts: number;
  scores: Record<string, Score | undefined>;
  token: FlowToken;
  /** Indicators still without the caseworker's rating, after a Next: marked on their row. */
  missing?: string[];
  notice?: string;
}

const SCORES: Score[] = [1, 2, 3, 4, 5, null];

function cell(v: StaffCardView, ind: Indicator, s: Score, t: Strings): Element {
  const label = s === null ? t.rating.mode.dontKnowShort : String(s);
  const chosen = v.scores[ind.id] !== undefined && v.scores[ind.id] === s;
  const value = s === null ? 'vet_ej' : String(s);
  return {
    type: 'Column',
    width: 'stretch',
    style: chosen ? 'accent' : 'emphasis',
    selectAction: ratingActions.staff.button(label, {
      ...v.token,
      indicatorId: ind.id,
      value,
    }),
    items: [
      {
        type: 'TextBlock',
        text: chosen ? `**${label}**` : label,
        horizontalAlignment: 'Center',
        size: 'Medium',
      },
    ],
  };
}

function row(v: StaffCardView, ind: Indicator, n: number, t: Strings): Element {
  const missing = v.missing?.includes(ind.id);
  return {
    type: 'Container',
    spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: `${n}. ${ind.area[v.lang]}`, wrap: true, weight: 'Bolder' },
      {
        type: 'ColumnSet',
        spacing: 'Small',
        columns: SCORES.map((s) => cell(v, ind, s, t)),
      },
      fieldError(missing ? t.rating.mode.staffMissing : undefined),
    ].filter(Boolean),
  };
}

export function staffCard(v: StaffCardView, t: Strings): AdaptiveCard {
  const m = t.rating.mode;
  return card(
    [
      heading(m.staffTitle(v.code), `${t.rating.pageOf(v.part, v.parts)} · ${v.date}`),
      v.notice ? notice(v.notice, 'warning') : null,
      errorBanner(v.missing?.length ? [m.missingCount(v.missing.length)] : undefined),
      text(m.staffIntro, { isSubtle: true }),
      ...v.indicators.map((ind, i) => row(v, ind, v.offset + i + 1, t)),
    ],
    [
      ratingActions.back.button(t.common.back, { ...v.token }),
      ratingActions.next.button(m.staffDone, { ...v.token }, { style: 'positive' }),
      ratingActions.cancel.button(t.rating.cancelSession, { ...v.token }, { mode: 'secondary' }),
    ],
  );
}
