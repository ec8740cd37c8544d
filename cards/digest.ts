// The weekly digest card (the digest-channel schedule card is in digest-schedule.ts). Pure: data + strings in, card out.
// No names and no free text: figures, and participants by pseudonymous code only.
import type { Digest } from '../domain/digest';
import { ATTENTION_KINDS } from '../domain/figures';
import type { DigestMask } from '../domain/small-groups';
import type { Department } from '../domain/types';
import { card, heading, subheading, text, type AdaptiveCard, type Element } from './core';
import { figureSections, n, table } from './digest-sections';
import type { Strings } from './locales';

/** At most this many codes per "needs attention" list, so the card stays within Teams' size limit. */
export const MAX_CODES = 25;

export interface DigestView {
  digest: Digest;
  departments: Department[];
  ratingIntervalWeeks: number;
  /** For a shared channel: the small groups to hide (domain/small-groups.ts); none means exact figures. */
  mask?: DigestMask;
}

/** The digest: the week (or asked-for period) and since the start, by gender; needs attention by code. */
export function digestCard(v: DigestView, t: Strings): AdaptiveCard {
  const d = t.digest;
  const g = v.digest;
  const deptName = (id: string) => v.departments.find((x) => x.id === id)?.name[d.locale] ?? id;
  const attention: Element[] = [];
  for (const kind of ATTENTION_KINDS) {
    const list = g.attention[kind];
    const label =
      kind === 'noRecentRating'
        ? d.attention.noRecentRating(v.ratingIntervalWeeks)
        : d.attention[kind];
    const shown = list.codes.slice(0, MAX_CODES);
    const more = list.codes.length - shown.length;
    const line =
      shown.length === 0 && list.withheld === 0
        ? d.noneNeedAttention
        : [
            shown.join(', '),
            more > 0 ? d.andMore(more) : '',
            list.withheld > 0 ? d.withheld(list.withheld) : '',
          ]
            .filter(Boolean)
            .join(' ');
    attention.push(text(`**${label}:** ${line}`));
  }
  return card([
    heading(g.week ? d.weekTitle(g.week) : d.periodTitle, d.period(g.period.from, g.period.to)),
    g.cumulative
      ? text(d.cumulativeSince(g.cumulative.from, g.cumulative.to), {
          isSubtle: true,
          spacing: 'None',
        })
      : null,
    text(d.privacyNote, { isSubtle: true, size: 'Small' }),
    v.mask ? text(t.records.smallGroups.note(v.mask.min), { isSubtle: true, size: 'Small' }) : null,
    ...figureSections(g.period, g.cumulative, g.exitTargetShare, t, v.mask),
    subheading(d.sections.forum),
    g.forumActions.length === 0
      ? text(d.noForumActions, { isSubtle: true })
      : table(
          [d.forumHeaders.department, d.forumHeaders.due, d.forumHeaders.overdue],
          g.forumActions.map((a) => [deptName(a.departmentId), n(a.due), n(a.overdue)]),
        ),
    subheading(d.sections.attention),
    ...attention,
  ]);
}

export { digestScheduleCard, digestStopConfirmCard, type ScheduleView } from './digest-schedule';
