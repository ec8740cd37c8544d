// The figure sections of the weekly digest card (cards/digest.ts), one builder per section, laid
// out for a 360 px phone (cards/digest-blocks.ts): each figure its label, then total, women and men
// in columns of their own. Pure: figures + strings in, card elements out; small groups masked in a
// shared channel. "Annat/ej uppgivet" counts in the total only (domain.md "Figures").
import type { Digest } from '../domain/digest';
import type { PersonCount, PersonShare, PeriodFigures } from '../domain/figures';
import { SAMSYN_STANDARD } from '../domain/instruments';
import { OUTCOME_GROUPS } from '../domain/model';
import { OUTCOMES } from '../domain/outcomes';
import type { CountMask, DigestMask, FigureMask, ShareMask } from '../domain/small-groups';
import { container, subheading, text, type Element } from './core';
import { columnHeads, figure, line, n } from './digest-blocks';
import { changeSections } from './digest-change';
import type { Strings } from './locales';
import { masker, type Masker } from './small-groups';

/** A Teams chart with the stacked figures as fallback for clients (and renderers) without charts. */
function chart(chartElement: Record<string, unknown>, fallback: Element[]): Element {
  return { ...chartElement, fallback: container(fallback) };
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
export interface SectionContext {
  f: PeriodFigures;
  cum: PeriodFigures | null;
  t: Strings;
  d: Strings['digest'];
  mk: Masker;
  maskOf: (fig: PeriodFigures) => FigureMask | undefined;
  /** Total, women, men of a count. */
  people: (c: PersonCount, m?: CountMask) => string[];
  /** Total, women, men of a share. */
  shares: (v: PersonShare, s?: ShareMask) => string[];
  /** The heads of a gender list. */
  genders: Element;
  /** In a shared channel: what to hide. */
  mask?: DigestMask;
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
    maskOf: (fig) => (fig === f ? fm : cm),
    people: (c, m) => mk.count(c, m).slice(0, 3),
    shares: (v, sm) => [
      mk.share(v.total, sm?.total),
      mk.share(v.women, sm?.women),
      mk.share(v.men, sm?.men),
    ],
    genders: columnHeads([d.headers.total, d.headers.women, d.headers.men]),
    mask,
  };
}

function participantsSection(c: SectionContext, fig: PeriodFigures, since: boolean): Element[] {
  const { d, people, shares, maskOf, genders } = c;
  const m = maskOf(fig);
  return [
    subheading(
      since ? `${d.sections.participants} – ${d.columns.cumulative}` : d.sections.participants,
    ),
    genders,
    ...figure(d.rows.active, people(fig.participants, m?.participants)),
    ...(since ? [] : figure(d.rows.new, people(fig.newParticipants, m?.newParticipants))),
    ...figure(d.rows.exited, people(fig.exited, m?.exited)),
    ...figure(d.rows.progressed, people(fig.progressed3, m?.progressed3)),
    ...figure(d.rows.progressedShare, shares(fig.progressedShare, m?.progressedShare)),
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
      [
        columnHeads([d.changeHeader, d.countHeader]),
        ...shown.flatMap((x) =>
          figure(indicatorName(x.indicatorId, t), [d.decimal(x.average), n(x.count)]),
        ),
      ],
    ),
  ];
}

function activitiesSection(c: SectionContext): Element[] {
  const { f, cum, d, mk, maskOf } = c;
  const both = (a: string, b: string) => (cum ? [a, b] : [a]);
  const share = (fig: PeriodFigures) =>
    mk.share(fig.parallelActivitiesShare, maskOf(fig)?.parallelActivitiesShare);
  return [
    subheading(d.sections.progressionAndActivities),
    columnHeads(both(d.columns.period, d.columns.cumulative)),
    ...figure(d.rows.ratingSessions, both(n(f.ratingSessions), n(cum?.ratingSessions ?? 0))),
    ...figure(
      d.rows.activitiesStarted,
      both(n(f.activitiesStarted), n(cum?.activitiesStarted ?? 0)),
    ),
    ...figure(d.rows.activitiesEnded, both(n(f.activitiesEnded), n(cum?.activitiesEnded ?? 0))),
    ...figure(d.rows.parallelShare, both(share(f), cum ? share(cum) : '')),
  ];
}

/** The share of exits to work or studies against its target, with a caution over few exits. */
function selfSupportLine(c: SectionContext, fig: PeriodFigures, exitTarget: number): Element[] {
  const { d, mk, maskOf } = c;
  const share = fig.selfSupportShare;
  const hidden = maskOf(fig)?.selfSupportShare;
  const met = share !== null && share >= exitTarget;
  const shown = mk.share(share, hidden);
  const caution = mk.caution(fig.exited.total, hidden);
  return [
    line(
      d.rows.selfSupportShare,
      `${d.target(shown, d.pct(exitTarget))} ${met ? d.targetMet : d.targetNotMet}`,
      { color: met ? 'Good' : 'Warning' },
    ),
    caution ? text(d.caution.exits(fig.exited.total), { size: 'Small', spacing: 'None' }) : null,
  ].filter((e): e is Element => e !== null);
}

/** The exits of one column (the period, or since the start). */
function exitsOf(
  c: SectionContext,
  fig: PeriodFigures,
  exitTarget: number,
  outcomes: boolean,
): Element[] {
  const { f, t, d, mk, maskOf, people, genders } = c;
  const label = fig === f ? d.columns.period : d.columns.cumulative;
  const head = subheading(`${d.sections.exits} – ${label}`);
  if (fig.exited.total === 0) return [head, text(d.noExits, { isSubtle: true })];
  const gm = maskOf(fig);
  const groups = [
    genders,
    ...OUTCOME_GROUPS.flatMap((g) =>
      figure(d.groups[g], people(fig.exitsByGroup[g], gm?.exitsByGroup[g])),
    ),
  ];
  // A chart needs numbers: with a hidden group the channel gets the stacked figures only.
  const groupsHidden = mk.min !== null && OUTCOME_GROUPS.some((g) => gm?.exitsByGroup[g].total);
  const out: Element[] = [
    head,
    groupsHidden
      ? container(groups)
      : chart(
          {
            type: 'Chart.Donut',
            title: `${d.sections.exits} – ${label}`,
            data: OUTCOME_GROUPS.map((g) => ({
              legend: d.groups[g],
              value: fig.exitsByGroup[g].total,
            })),
          },
          groups,
        ),
  ];
  // Every outcome for the period (unless the card would not fit Teams' size limit then); since the
  // start only the groups (`npm run report` gives every outcome for any period).
  if (fig === f && !outcomes) out.push(text(d.outcomesInReport, { isSubtle: true }));
  if (fig === f && outcomes) {
    const byOutcome = Object.entries(fig.exitsByOutcome).filter(([, x]) => x.total > 0);
    out.push(
      text(`**${d.sections.exitsByOutcome}**`, { spacing: 'Medium' }),
      genders,
      ...byOutcome.flatMap(([id, x]) =>
        figure(outcomeName(id, t), people(x, gm?.exitsByOutcome[id])),
      ),
    );
  }
  out.push(...selfSupportLine(c, fig, exitTarget));
  return out;
}

/** The figures of the digest, section by section: participants, activities, change, exits, change theory. */
export function figureSections(
  g: Digest,
  t: Strings,
  mask?: DigestMask,
  outcomes = true,
): (Element | null)[] {
  const { period: f, cumulative: cum, exitTargetShare: exitTarget } = g;
  const c = sectionContext(f, cum, t, mask);
  return [
    ...participantsSection(c, f, false),
    ...(cum ? participantsSection(c, cum, true) : []),
    ...activitiesSection(c),
    ...averageChangeSection(c),
    ...exitsOf(c, f, exitTarget, outcomes),
    ...(cum ? exitsOf(c, cum, exitTarget, false) : []),
    ...changeSections(c, g.change.cumulative ?? g.change.period),
  ];
}
