// The weekly digest card (the digest-channel schedule card is in digest-schedule.ts). Pure: data + strings in, card out.
// No participant names and no free text: figures, and participants by pseudonymous code only, each
// with the name of the caseworker who owns the case (staff names are not the participant's data).
import type { Digest } from '../domain/digest';
import { ATTENTION_KINDS, type AttentionKind } from '../domain/figures';
import type { DigestMask } from '../domain/small-groups';
import type { Department } from '../domain/types';
import { card, heading, subheading, text, type AdaptiveCard, type Element } from './core';
import { columnHeads, figure, n } from './digest-blocks';
import { figureSections } from './digest-sections';
import type { Strings } from './locales';

/** At most this many codes per "needs attention" list, so the card stays within Teams' size limit. */
export const MAX_CODES = 25;

/**
 * The bot budgets 28 KB of card JSON in UTF-8 (docs/teams-behaviour.md, rows 4–5): a digest larger
 * than this leaves out its per-outcome list (a line says the report has it), the longest part of a
 * large municipality's card.
 */
export const DIGEST_BUDGET_BYTES = 27_000;

/** A card's size as the budget counts it: its JSON in UTF-8 bytes (å, ä and ö take two). */
const bytesOf = (c: AdaptiveCard): number => new TextEncoder().encode(JSON.stringify(c)).length;

export interface DigestView {
  digest: Digest;
  departments: Department[];
  ratingIntervalWeeks: number;
  /** For a shared channel: the small groups to hide (domain/small-groups.ts); none means exact figures. */
  mask?: DigestMask;
  /** Participant code → the owning caseworker's name (null when Samsyn has no name for them). */
  owners?: Record<string, string | null>;
  /** The period is the last seven days up to today (`sammanfattning` without dates). */
  recent?: boolean;
}

/** One "needs attention" list: its label, then the codes grouped by the caseworker who owns them. */
function attentionList(v: DigestView, kind: AttentionKind, t: Strings): Element[] {
  const d = t.digest;
  const list = v.digest.attention[kind];
  const label =
    kind === 'noRecentRating'
      ? d.attention.noRecentRating(v.ratingIntervalWeeks)
      : d.attention[kind];
  if (list.codes.length === 0 && list.withheld === 0)
    return [text(`**${label}:** ${d.noneNeedAttention}`)];
  const shown = list.codes.slice(0, MAX_CODES);
  const byOwner = new Map<string, string[]>();
  for (const code of shown) {
    const owner = v.owners?.[code] ?? d.unknownOwner;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), code]);
  }
  const owners = [...byOwner.keys()].sort((a, b) => a.localeCompare(b, d.locale));
  const more = list.codes.length - shown.length + (list.more ?? 0);
  const rest = [more > 0 ? d.andMore(more) : '', list.withheld > 0 ? d.withheld(list.withheld) : '']
    .filter(Boolean)
    .join(' ');
  return [
    text(`**${label}:**`),
    ...owners.map((o) => text(`${o}: ${byOwner.get(o)!.join(', ')}`, { spacing: 'None' })),
    rest ? text(rest, { spacing: 'None', isSubtle: true }) : null,
  ].filter((e): e is Element => e !== null);
}

/** The digest: the week (or asked-for period) and since the start, by gender; needs attention by code. */
export function digestCard(v: DigestView, t: Strings): AdaptiveCard {
  const full = drawDigest(v, t, true);
  return bytesOf(full) <= DIGEST_BUDGET_BYTES ? full : drawDigest(v, t, false);
}

function drawDigest(v: DigestView, t: Strings, outcomes: boolean): AdaptiveCard {
  const d = t.digest;
  const g = v.digest;
  const deptName = (id: string) => v.departments.find((x) => x.id === id)?.name[d.locale] ?? id;
  return card([
    heading(g.week ? d.weekTitle(g.week) : d.periodTitle, d.period(g.period.from, g.period.to)),
    v.recent ? text(d.lastSevenDays, { isSubtle: true, spacing: 'None' }) : null,
    g.cumulative
      ? text(d.cumulativeSince(g.cumulative.from, g.cumulative.to), {
          isSubtle: true,
          spacing: 'None',
        })
      : null,
    text(d.privacyNote, { isSubtle: true, size: 'Small' }),
    text(d.genderNote, { isSubtle: true, size: 'Small', spacing: 'None' }),
    v.mask ? text(t.records.smallGroups.note(v.mask.min), { isSubtle: true, size: 'Small' }) : null,
    ...figureSections(g, t, v.mask, outcomes),
    subheading(d.sections.forum),
    ...(g.forumActions.length === 0
      ? [text(d.noForumActions, { isSubtle: true })]
      : [
          columnHeads([d.forumHeaders.due, d.forumHeaders.overdue]),
          ...g.forumActions.flatMap((a) =>
            figure(deptName(a.departmentId), [n(a.due), n(a.overdue)]),
          ),
        ]),
    subheading(d.sections.attention),
    ...ATTENTION_KINDS.flatMap((kind) => attentionList(v, kind, t)),
  ]);
}

export { digestScheduleCard, digestStopConfirmCard, type ScheduleView } from './digest-schedule';
