// The figure sections of the weekly digest card (cards/digest.ts), one builder per section.
// Pure: figures + strings in, card elements out; small groups masked in a shared channel.
import type { PersonCount, PersonShare, PeriodFigures } from '../domain/figures';
import { SAMSYN_STANDARD } from '../domain/instruments';
import { OUTCOME_GROUPS } from '../domain/model';
import { OUTCOMES } from '../domain/outcomes';
import type { CountMask, DigestMask, FigureMask, ShareMask } from '../domain/small-groups';
import { subheading, text, type Element } from './core';
import type { Strings } from './locales';
import { masker, type Masker } from './small-groups';

export const n = (x: number) => String(x);

/**
 * A table with the least markup: a digest has many small numbers and Teams limits a message to
 * about 28 KB, so cells carry only their text (numbers do not need wrapping).
 */
export function table(headers: string[], rows: string[][]): Element {
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

/** What every section of the figures reads: the figures, the strings and how to mask them. */
interface SectionContext {
  f: PeriodFigures;
  cum: PeriodFigures | null;
  t: Strings;
  d: Strings['digest'];
  mk: Masker;
  fm: FigureMask | undefined;
  cm: FigureMask | undefined;
  maskOf: (fig: PeriodFigures) => FigureMask | undefined;
  people: (c: PersonCount, m?: CountMask) => string;
  shares: (v: PersonShare, s?: ShareMask) => string;
  /** The headers of a period (and cumulative) table. */
  cols: string[];
  /** A row's cells: the period's, and the cumulative one when there is a cumulative column. */
  both: (a: string, b: string) => string[];
}

function sectionContext(
  f: PeriodFigures,
  cum: PeriodFigures | null,
  t: Strings,
  mask?: DigestMask,
): SectionContext {
  const d = t.digest;
  // In a shared channel, small groups are hidden (domain/small-groups.ts); elsewhere exact.
  const mk = masker(t, mask?.min ?? null);
  const fm = mask?.period;
  const cm = mask?.cumulative ?? undefined;
  return {
    f,
    cum,
    t,
    d,
    mk,
    fm,
    cm,
    maskOf: (fig) => (fig === f ? fm : cm),
    people: (c, m) =>
      `${mk.one(c.total, m?.total)} (${d.headers.women} ${mk.one(c.women, m?.women)}, ${d.headers.men} ${mk.one(c.men, m?.men)})`,
    shares: (v, sm) =>
      `${mk.share(v.total, sm?.total)} (${d.headers.women} ${mk.share(v.women, sm?.women)}, ${d.headers.men} ${mk.share(v.men, sm?.men)})`,
    cols: cum
      ? [d.headers.figure, d.columns.period, d.columns.cumulative]
      : [d.headers.figure, d.columns.period],
    both: (a, b) => (cum ? [a, b] : [a]),
  };
}

function participantsSection(c: SectionContext): Element[] {
  const { f, cum, t, d, mk, fm, cm } = c;
  return [
    subheading(d.sections.participants),
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
  ];
}

function progressionSection(c: SectionContext): Element[] {
  const { f, cum, d, fm, cm, people, shares, cols, both } = c;
  return [
    subheading(d.sections.progression),
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
  ];
}

function averageChangeSection(c: SectionContext): Element[] {
  const { f, cum, t, d, mk, maskOf } = c;
  const changes = (cum ?? f).averageChange;
  const changeMask = maskOf(cum ?? f)?.averageChange ?? {};
  const head = subheading(`${d.sections.averageChange}${cum ? ` – ${d.columns.cumulative}` : ''}`);
  if (changes.length > 0 && changes.every((x) => changeMask[x.indicatorId])) {
    return [head, text(t.records.smallGroups.few(mk.min ?? 0), { isSubtle: true })];
  }
  if (changes.length === 0) return [head, text(d.noChange, { isSubtle: true })];
  const shown = changes.filter((x) => !changeMask[x.indicatorId]);
  const rows = shown.map((x) => [
    indicatorName(x.indicatorId, t),
    d.decimal(x.average),
    n(x.count),
  ]);
  return [
    head,
    chart(
      {
        type: 'Chart.HorizontalBar',
        title: d.sections.averageChange,
        data: shown.map((x) => ({
          x: indicatorName(x.indicatorId, t),
          y: Math.round(x.average * 100) / 100,
        })),
      },
      table([d.indicatorHeader, d.changeHeader, d.countHeader], rows),
    ),
  ];
}

function activitiesSection(c: SectionContext): Element[] {
  const { f, cum, d, mk, fm, cm, cols, both } = c;
  return [
    subheading(d.sections.activities),
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
  ];
}

/** The exits of one column (the period, or since the start). */
function exitsOf(
  c: SectionContext,
  label: string,
  fig: PeriodFigures,
  exitTarget: number,
): Element[] {
  const { f, t, d, mk, maskOf } = c;
  if (fig.exited.total === 0) return [text(`${label}: ${d.noExits}`, { isSubtle: true })];
  const out: Element[] = [];
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
      .filter(([, x]) => x.total > 0)
      .map(([id, x]) => countRow(outcomeName(id, t), x, mk, gm?.exitsByOutcome[id]));
    out.push(table([`${d.outcomeHeader} – ${label}`, ...genderHeaders(t).slice(1)], outcomeRows));
  }
  const share = fig.selfSupportShare;
  const met = share !== null && share >= exitTarget;
  out.push(
    text(
      `${d.rows.selfSupportShare}: ${d.target(mk.share(share, gm?.selfSupportShare), d.pct(exitTarget))} ${met ? d.targetMet : d.targetNotMet}`,
      { color: met ? 'Good' : 'Warning' },
    ),
  );
  return out;
}

function exitsSection(c: SectionContext, exitTarget: number): Element[] {
  const { f, cum, d } = c;
  const columns: [string, PeriodFigures][] = cum
    ? [
        [d.columns.period, f],
        [d.columns.cumulative, cum],
      ]
    : [[d.columns.period, f]];
  return [
    subheading(d.sections.exits),
    ...columns.flatMap(([label, fig]) => exitsOf(c, label, fig, exitTarget)),
  ];
}

/** The figures of the digest, section by section: participants, progression, change, activities, exits. */
export function figureSections(
  f: PeriodFigures,
  cum: PeriodFigures | null,
  exitTarget: number,
  t: Strings,
  mask?: DigestMask,
): (Element | null)[] {
  const c = sectionContext(f, cum, t, mask);
  return [
    ...participantsSection(c),
    ...progressionSection(c),
    ...averageChangeSection(c),
    ...activitiesSection(c),
    ...exitsSection(c, exitTarget),
  ];
}
