// The weekly digest card (the digest-channel schedule card is in digest-schedule.ts). Pure: data + strings in, card out.
// No names and no free text: figures, and participants by pseudonymous code only.
import type { Digest } from '../domain/digest';
import {
  ATTENTION_KINDS,
  type PersonCount,
  type PersonShare,
  type PeriodFigures,
} from '../domain/figures';
import { SAMSYN_STANDARD } from '../domain/instruments';
import { OUTCOME_GROUPS } from '../domain/model';
import { OUTCOMES } from '../domain/outcomes';
import type { CountMask, DigestMask, FigureMask, ShareMask } from '../domain/small-groups';
import type { Department } from '../domain/types';
import { card, heading, subheading, text, type AdaptiveCard, type Element } from './core';
import type { Strings } from './locales';
import { masker, type Masker } from './small-groups';

/** At most this many codes per "needs attention" list, so the card stays within Teams' size limit. */
export const MAX_CODES = 25;

const n = (x: number) => String(x);

/**
 * A table with the least markup: a digest has many small numbers and Teams limits a message to
 * about 28 KB, so cells carry only their text (numbers do not need wrapping).
 */
function table(headers: string[], rows: string[][]): Element {
  const cell = (t: string, bold = false) => ({
    type: 'TableCell',
    items: [{ type: 'TextBlock', text: t, ...(bold ? { weight: 'Bolder', wrap: true } : {}) }],
  });
  return {
    type: 'Table',
    firstRowAsHeaders: true,
    columns: headers.map((_, i) => ({ width: i === 0 ? 3 : 1 })),
    rows: [
      { type: 'TableRow', cells: headers.map((h) => cell(h, true)) },
      ...rows.map((r) => ({
        type: 'TableRow',
        cells: r.map((c, i) =>
          i === 0
            ? { type: 'TableCell', items: [{ type: 'TextBlock', text: c, wrap: true }] }
            : cell(c),
        ),
      })),
    ],
  };
}

function countRow(label: string, c: PersonCount, mk?: Masker, m?: CountMask): string[] {
  return [label, ...(mk ? mk.count(c, m) : [n(c.total), n(c.women), n(c.men), n(c.other)])];
}

function genderHeaders(t: Strings): string[] {
  const h = t.digest.headers;
  return [h.figure, h.total, h.women, h.men, h.other];
}

/** A Teams chart with a table as fallback for clients (and renderers) without charts. */
function chart(chartElement: Record<string, unknown>, fallback: Element): Element {
  return { ...chartElement, fallback };
}

function indicatorName(id: string, t: Strings): string {
  const ind = SAMSYN_STANDARD.indicators.find((i) => i.id === id);
  return ind ? ind.area[t.digest.locale] : id;
}

function outcomeName(id: string, t: Strings): string {
  const o = OUTCOMES.find((x) => x.id === id);
  return o ? o.name[t.digest.locale] : id;
}

function figureSections(
  f: PeriodFigures,
  cum: PeriodFigures | null,
  exitTarget: number,
  t: Strings,
  mask?: DigestMask,
): (Element | null)[] {
  const d = t.digest;
  const out: (Element | null)[] = [];
  // In a shared channel, small groups are hidden (domain/small-groups.ts); elsewhere exact.
  const mk = masker(t, mask?.min ?? null);
  const fm = mask?.period;
  const cm = mask?.cumulative ?? undefined;
  const maskOf = (fig: PeriodFigures): FigureMask | undefined => (fig === f ? fm : cm);
  const people = (c: PersonCount, m?: CountMask) =>
    `${mk.one(c.total, m?.total)} (${d.headers.women} ${mk.one(c.women, m?.women)}, ${d.headers.men} ${mk.one(c.men, m?.men)})`;
  const shares = (v: PersonShare, s?: ShareMask) =>
    `${mk.share(v.total, s?.total)} (${d.headers.women} ${mk.share(v.women, s?.women)}, ${d.headers.men} ${mk.share(v.men, s?.men)})`;

  out.push(subheading(d.sections.participants));
  out.push(
    table(genderHeaders(t), [
      countRow(d.rows.active, f.participants, mk, fm?.participants),
      countRow(d.rows.new, f.newParticipants, mk, fm?.newParticipants),
      countRow(d.rows.exited, f.exited, mk, fm?.exited),
      ...(cum
        ? [
            countRow(
              `${d.rows.active} – ${d.columns.cumulative}`,
              cum.participants,
              mk,
              cm?.participants,
            ),
            countRow(`${d.rows.exited} – ${d.columns.cumulative}`, cum.exited, mk, cm?.exited),
          ]
        : []),
    ]),
  );

  out.push(subheading(d.sections.progression));
  const cols = cum
    ? [d.headers.figure, d.columns.period, d.columns.cumulative]
    : [d.headers.figure, d.columns.period];
  const both = (a: string, b: string) => (cum ? [a, b] : [a]);
  out.push(
    table(cols, [
      [d.rows.ratingSessions, ...both(n(f.ratingSessions), n(cum?.ratingSessions ?? 0))],
      [
        d.rows.progressed,
        ...both(
          people(f.progressed3, fm?.progressed3),
          cum ? people(cum.progressed3, cm?.progressed3) : '',
        ),
      ],
      [
        d.rows.progressedShare,
        ...both(
          shares(f.progressedShare, fm?.progressedShare),
          cum ? shares(cum.progressedShare, cm?.progressedShare) : '',
        ),
      ],
    ]),
  );

  const changes = (cum ?? f).averageChange;
  const changeMask = maskOf(cum ?? f)?.averageChange ?? {};
  out.push(subheading(`${d.sections.averageChange}${cum ? ` – ${d.columns.cumulative}` : ''}`));
  if (changes.length > 0 && changes.every((c) => changeMask[c.indicatorId])) {
    out.push(text(t.records.smallGroups.few(mk.min ?? 0), { isSubtle: true }));
  } else if (changes.length === 0) {
    out.push(text(d.noChange, { isSubtle: true }));
  } else {
    const shown = changes.filter((c) => !changeMask[c.indicatorId]);
    const rows = shown.map((c) => [
      indicatorName(c.indicatorId, t),
      d.decimal(c.average),
      n(c.count),
    ]);
    out.push(
      chart(
        {
          type: 'Chart.HorizontalBar',
          title: d.sections.averageChange,
          data: shown.map((c) => ({
            x: indicatorName(c.indicatorId, t),
            y: Math.round(c.average * 100) / 100,
          })),
        },
        table([d.indicatorHeader, d.changeHeader, d.countHeader], rows),
      ),
    );
  }

  out.push(subheading(d.sections.activities));
  out.push(
    table(cols, [
      [d.rows.activitiesStarted, ...both(n(f.activitiesStarted), n(cum?.activitiesStarted ?? 0))],
      [d.rows.activitiesEnded, ...both(n(f.activitiesEnded), n(cum?.activitiesEnded ?? 0))],
      [
        d.rows.parallelShare,
        ...both(
          mk.share(f.parallelActivitiesShare, fm?.parallelActivitiesShare),
          mk.share(cum?.parallelActivitiesShare ?? null, cm?.parallelActivitiesShare),
        ),
      ],
    ]),
  );

  out.push(subheading(d.sections.exits));
  for (const [label, fig] of (cum
    ? [
        [d.columns.period, f],
        [d.columns.cumulative, cum],
      ]
    : [[d.columns.period, f]]) as [string, PeriodFigures][]) {
    if (fig.exited.total === 0) {
      out.push(text(`${label}: ${d.noExits}`, { isSubtle: true }));
      continue;
    }
    const gm = maskOf(fig);
    const groupRows = OUTCOME_GROUPS.map((g) =>
      countRow(d.groups[g], fig.exitsByGroup[g], mk, gm?.exitsByGroup[g]),
    );
    const groupTable = table([d.groupHeader, ...genderHeaders(t).slice(1)], groupRows);
    // A chart needs numbers: with a hidden group the channel gets the table only.
    const groupsHidden = OUTCOME_GROUPS.some((g) => gm?.exitsByGroup[g].total);
    out.push(
      groupsHidden
        ? groupTable
        : chart(
            {
              type: 'Chart.Donut',
              title: `${d.sections.exits} – ${label}`,
              data: OUTCOME_GROUPS.map((g) => ({
                legend: d.groups[g],
                value: fig.exitsByGroup[g].total,
              })),
            },
            groupTable,
          ),
    );
    // Every outcome for the period; since the start only the groups (the card must stay under
    // Teams' size limit; `npm run report` gives every outcome for any period).
    if (fig === f) {
      const outcomeRows = Object.entries(fig.exitsByOutcome)
        .filter(([, c]) => c.total > 0)
        .map(([id, c]) => countRow(outcomeName(id, t), c, mk, gm?.exitsByOutcome[id]));
      out.push(table([`${d.outcomeHeader} – ${label}`, ...genderHeaders(t).slice(1)], outcomeRows));
    }
    const share = fig.selfSupportShare;
    out.push(
      text(
        `${d.rows.selfSupportShare}: ${d.target(mk.share(share, gm?.selfSupportShare), d.pct(exitTarget))} ${share !== null && share >= exitTarget ? d.targetMet : d.targetNotMet}`,
        { color: share !== null && share >= exitTarget ? 'Good' : 'Warning' },
      ),
    );
  }
  return out;
}

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
