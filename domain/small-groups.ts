// Small numbers in shared channels (diskretionering): what of a digest a channel may show. The rule
// is domain/small-groups-rule.ts; this file says which cells the digest card shows (or lets a reader
// work out) and which sums tie them, across every table of one digest — the period, since the start
// and the change theory's figures — so a hidden group cannot be recovered by subtraction anywhere:
// - each count by gender: total = women + men + other, "other" implicit (the card shows total,
//   women and men);
// - parts of a whole: the outcome groups add up to the exits, each group's outcomes to the group,
//   work + studies (what the share to self-support shows) and the group "other" to the exits, the
//   support combinations to the exits, the activity kinds to the activities started;
// - a subset of a group shown beside it leaves its rest as a group too (implicit): active − new,
//   active − exited, active − progressed, active − with parallel activities, active − rated twice,
//   rated − risen, answered yes + no, and since the start − the period (the same people counted
//   in both);
// - a share shows its numerator (share × base): it is hidden with it or with its base.
// The manager's digest and the report keep exact figures: nothing here is applied to them.
import type { Digest } from './digest';
import type { PeriodFigures, PersonCount } from './figures';
import { supportRows, type ChangeFigures } from './figures-change';
import { ACTIVITY_KINDS, OUTCOME_GROUPS, type ActivityKind, type OutcomeGroup } from './model';
import { outcomeGroup } from './outcomes';
import {
  SmallGroups,
  shareMask,
  type CountMask,
  type Hidden,
  type ShareMask,
} from './small-groups-rule';

export * from './small-groups-rule';

export interface FigureMask {
  participants: CountMask;
  newParticipants: CountMask;
  exited: CountMask;
  progressed3: CountMask;
  progressedShare: ShareMask;
  parallelActivitiesShare?: Hidden;
  selfSupportShare?: Hidden;
  exitsByGroup: Record<OutcomeGroup, CountMask>;
  exitsByOutcome: Record<string, CountMask>;
  /** Indicator id → hidden when fewer than min people have both a first and a latest score. */
  averageChange: Record<string, Hidden>;
}

/** The cells and sums of one period's figures, under `p` (e.g. "period", "cum"). */
function figureCells(g: SmallGroups, p: string, f: PeriodFigures): void {
  g.count(`${p}.active`, f.participants);
  g.count(`${p}.new`, f.newParticipants);
  g.count(`${p}.exited`, f.exited);
  g.count(`${p}.progressed`, f.progressed3);
  g.nested(`${p}.active`, f.participants, `${p}.new`, f.newParticipants, `${p}.notNew`);
  g.nested(`${p}.active`, f.participants, `${p}.exited`, f.exited, `${p}.stayed`);
  g.nested(`${p}.active`, f.participants, `${p}.progressed`, f.progressed3, `${p}.notProgressed`);
  // The share with parallel activities shows their number (share × active), in total only.
  g.cell(`${p}.parallel.total`, f.parallelActivities.total);
  g.cell(`${p}.noParallel.total`, f.participants.total - f.parallelActivities.total, false);
  g.sum(`${p}.active.total`, [`${p}.parallel.total`, `${p}.noParallel.total`]);
  for (const grp of OUTCOME_GROUPS) {
    g.count(`${p}.group.${grp}`, f.exitsByGroup[grp]);
    const ids = Object.keys(f.exitsByOutcome).filter((id) => outcomeGroup(id) === grp);
    for (const id of ids) g.count(`${p}.outcome.${id}`, f.exitsByOutcome[id]);
    g.sumCounts(
      `${p}.group.${grp}`,
      ids.map((id) => `${p}.outcome.${id}`),
    );
  }
  g.sumCounts(
    `${p}.exited`,
    OUTCOME_GROUPS.map((grp) => `${p}.group.${grp}`),
  );
  // The share to work or studies shows their number (share × exits), in total only.
  const selfSupport = f.exitsByGroup.work.total + f.exitsByGroup.studies.total;
  g.cell(`${p}.selfSupport.total`, selfSupport);
  g.sum(`${p}.selfSupport.total`, [`${p}.group.work.total`, `${p}.group.studies.total`], false);
  g.sum(`${p}.exited.total`, [`${p}.selfSupport.total`, `${p}.group.other.total`]);
}

function figureMask(g: SmallGroups, p: string, f: PeriodFigures): FigureMask {
  const participants = g.mask(`${p}.active`);
  const progressed3 = g.mask(`${p}.progressed`);
  const exited = g.mask(`${p}.exited`);
  const averageChange: Record<string, Hidden> = {};
  for (const c of f.averageChange)
    if (c.count > 0 && c.count < g.min) averageChange[c.indicatorId] = 'few';
  return {
    participants,
    newParticipants: g.mask(`${p}.new`),
    exited,
    progressed3,
    progressedShare: shareMask(progressed3, participants),
    parallelActivitiesShare: g.hidden(`${p}.parallel.total`) ?? participants.total,
    selfSupportShare: g.hidden(`${p}.selfSupport.total`) ?? exited.total,
    exitsByGroup: Object.fromEntries(
      OUTCOME_GROUPS.map((grp) => [grp, g.mask(`${p}.group.${grp}`)]),
    ) as Record<OutcomeGroup, CountMask>,
    exitsByOutcome: Object.fromEntries(
      Object.keys(f.exitsByOutcome).map((id) => [id, g.mask(`${p}.outcome.${id}`)]),
    ),
    averageChange,
  };
}

/** What of one period's figures a shared channel may not show. */
export function protectFigures(f: PeriodFigures, min: number): FigureMask {
  const g = new SmallGroups(min);
  figureCells(g, 'period', f);
  return figureMask(g.solve(), 'period', f);
}

export interface RisenMask {
  rated: CountMask;
  risen: CountMask;
  share: ShareMask;
}

/** Masks of the change theory's figures (domain/figures-change.ts), as a channel shows them. */
export interface ChangeMask {
  selfSupport6m: { yes: CountMask; no: CountMask; unknown: CountMask; share: ShareMask };
  controlRisen: RisenMask;
  closerToWork: RisenMask;
  /** By supportRows key: the combinations shown, and `rest`. */
  support: Record<string, CountMask>;
  activities: Record<ActivityKind, { activities: CountMask; perParticipant: ShareMask }>;
}

/**
 * The cells of the change figures, under `c`, tied to the period `p` they are shown with: its
 * active participants (rated ⊆ active, per participant divides by them), its exits (the support
 * combinations add up to them) and its activities started (the kinds add up to them).
 */
function changeCells(g: SmallGroups, p: string, f: PeriodFigures, ch: ChangeFigures): void {
  const s = ch.selfSupport6m;
  g.count('c.yes', s.yes);
  g.count('c.no', s.no);
  g.count('c.unknown', s.unknown);
  for (const name of ['controlRisen', 'closerToWork'] as const) {
    const r = ch[name];
    g.count(`c.${name}.rated`, r.rated);
    // shown by its share (share × rated)
    g.count(`c.${name}.risen`, r.risen);
    g.nested(`${p}.active`, f.participants, `c.${name}.rated`, r.rated, `c.${name}.notRated`);
    g.nested(`c.${name}.rated`, r.rated, `c.${name}.risen`, r.risen, `c.${name}.notRisen`);
  }
  const rows = supportRows(ch.supportAtStartAndExit);
  for (const r of rows) g.count(`c.support.${r.key}`, r.count);
  if (rows.length)
    g.sumCounts(
      `${p}.exited`,
      rows.map((r) => `c.support.${r.key}`),
    );
  for (const k of ACTIVITY_KINDS)
    g.count(`c.kind.${k}`, ch.activitiesByKindAndGender[k].activities);
  // Activities are shown in total only, and as they are (a count of activities, not of people).
  g.cell(`${p}.activitiesStarted.total`, f.activitiesStarted, true, true);
  g.sum(
    `${p}.activitiesStarted.total`,
    ACTIVITY_KINDS.map((k) => `c.kind.${k}.total`),
  );
}

function changeMask(g: SmallGroups, p: string, ch: ChangeFigures): ChangeMask {
  const risen = (name: 'controlRisen' | 'closerToWork'): RisenMask => {
    const rated = g.mask(`c.${name}.rated`);
    const up = g.mask(`c.${name}.risen`);
    return { rated, risen: up, share: shareMask(up, rated) };
  };
  const active = g.mask(`${p}.active`);
  const yes = g.mask('c.yes');
  return {
    selfSupport6m: {
      yes,
      no: g.mask('c.no'),
      unknown: g.mask('c.unknown'),
      share: shareMask(yes, g.mask('c.no')),
    },
    controlRisen: risen('controlRisen'),
    closerToWork: risen('closerToWork'),
    support: Object.fromEntries(
      supportRows(ch.supportAtStartAndExit).map((r) => [r.key, g.mask(`c.support.${r.key}`)]),
    ),
    activities: Object.fromEntries(
      ACTIVITY_KINDS.map((k) => {
        const m = g.mask(`c.kind.${k}`);
        return [k, { activities: m, perParticipant: shareMask(m, active) }];
      }),
    ) as ChangeMask['activities'],
  };
}

/** The change figures' masks when shown with one period's figures `f` (in a channel). */
export function protectChange(ch: ChangeFigures, f: PeriodFigures, min: number): ChangeMask {
  const g = new SmallGroups(min);
  figureCells(g, 'period', f);
  changeCells(g, 'period', f, ch);
  return changeMask(g.solve(), 'period', ch);
}

export interface DigestMask {
  /** SMALL_GROUP_MIN: groups below it are "fewer than min". */
  min: number;
  period: FigureMask;
  cumulative: FigureMask | null;
  /** The change figures the card shows: since the start when there is a start, else the period's. */
  change: ChangeMask;
}

/** Since the start holds the period's people (it ends the same day): the rest is a group too. */
function cumulativeCells(g: SmallGroups, d: Digest & { cumulative: PeriodFigures }): void {
  const pairs: [string, (f: PeriodFigures) => PersonCount][] = [
    ['active', (f) => f.participants],
    ['exited', (f) => f.exited],
    ['progressed', (f) => f.progressed3],
    ...OUTCOME_GROUPS.map(
      (grp) =>
        [`group.${grp}`, (f: PeriodFigures) => f.exitsByGroup[grp]] as [
          string,
          (f: PeriodFigures) => PersonCount,
        ],
    ),
  ];
  for (const [id, of] of pairs)
    g.nested(`cum.${id}`, of(d.cumulative), `period.${id}`, of(d.period), `before.${id}`);
}

/** The masks for a digest posted in a shared channel: one rule over every table of it. */
export function protectDigest(d: Digest, min: number): DigestMask {
  const g = new SmallGroups(min);
  figureCells(g, 'period', d.period);
  if (d.cumulative) {
    figureCells(g, 'cum', d.cumulative);
    cumulativeCells(g, { ...d, cumulative: d.cumulative });
  }
  const p = d.cumulative ? 'cum' : 'period';
  const change = d.change.cumulative ?? d.change.period;
  changeCells(g, p, d.cumulative ?? d.period, change);
  g.solve();
  return {
    min,
    period: figureMask(g, 'period', d.period),
    cumulative: d.cumulative ? figureMask(g, 'cum', d.cumulative) : null,
    change: changeMask(g, p, change),
  };
}
