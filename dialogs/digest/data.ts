// The figures for the digest job, the manager's digest and the report: SQL aggregates over the
// store's figure facts (computeDigest, reportFiguresOf). loadIndex loads every row into memory for
// the pure definitions of domain/figures.ts: the tests compare the two on the same store.
import type { Config } from '../../bot/config';
import { MAX_CODES } from '../../cards/digest';
import { addDaysIso } from '../../domain/dates';
import { cumulativePeriod, type Digest, type DigestOptions } from '../../domain/digest';
import { figuresFromAggregates } from '../../domain/figure-facts';
import {
  ATTENTION_KINDS,
  forumActionsByDepartment,
  indexFigures,
  type FigureData,
  type FigureIndex,
  type FigureRules,
  type Period,
  type PeriodFigures,
} from '../../domain/figures';
import type { ChangeFigures } from '../../domain/figures-change';
import { SAMSYN_STANDARD } from '../../domain/instruments';
import type { Store } from '../../store';
import { ownerNames } from '../../store/digest';
import { readFigures } from '../../store/figures-read';

/** Every participant's data the figures need. Reads the whole store: callers write one audit row for it. */
export async function loadFigureData(store: Store): Promise<FigureData> {
  const [participants, sessions, activities, plans, exits, actions] = await Promise.all([
    store.participants.all(),
    store.ratings.all(),
    store.plans.allActivities(),
    store.plans.allPlans(),
    store.exits.allExits(),
    store.forums.allActions(),
  ]);
  const consents = await store.consents.latestFor(participants.map((p) => p.id));
  return { participants, sessions, activities, plans, exits, actions, consents };
}

/**
 * The rules of progression the figures use. Caseworker-only indicators are taken from every
 * known instrument (built-in and added), so a session on any set counts its staff score there.
 */
export async function figureRules(
  store: Store,
  config: Pick<Config, 'PROGRESSION_MIN_RISEN'>,
): Promise<FigureRules> {
  const caseworkerOnly = new Set<string>();
  for (const { instrument } of await store.instruments.list()) {
    for (const ind of instrument.indicators)
      if (ind.ratedBy === 'caseworker') caseworkerOnly.add(ind.id);
  }
  return {
    isCaseworkerOnly: (id) => caseworkerOnly.has(id),
    minRisen: config.PROGRESSION_MIN_RISEN,
    indicatorIds: SAMSYN_STANDARD.indicators.map((i) => i.id),
  };
}

export async function loadIndex(
  store: Store,
  config: Pick<Config, 'PROGRESSION_MIN_RISEN'>,
): Promise<{ ix: FigureIndex; rules: FigureRules }> {
  const [data, rules] = await Promise.all([loadFigureData(store), figureRules(store, config)]);
  return { ix: indexFigures(data), rules };
}

/**
 * The report's figures for one period, as SQL aggregates over the store's figure facts: those of
 * domain.md and the change theory's, from one snapshot.
 */
export async function reportFiguresOf(
  store: Store,
  config: Pick<Config, 'PROGRESSION_MIN_RISEN'>,
  period: Period,
): Promise<{ figures: PeriodFigures; change: ChangeFigures }> {
  const read = await readFigures(store.db, {
    periods: [period],
    minRisen: config.PROGRESSION_MIN_RISEN,
    change: true,
  });
  return {
    figures: figuresFromAggregates(read.periods[0], period, { indicatorIds: INDICATOR_ORDER }),
    change: read.change[0],
  };
}

const INDICATOR_ORDER = SAMSYN_STANDARD.indicators.map((i) => i.id);

/** A participant listed in "needs attention": for the audit log, and whom to ask (the owner's name). */
export interface Listed {
  id: string;
  code: string;
  ownerName: string | null;
}

/** Code → owning caseworker's name, for the card. */
export const ownersOf = (listed: Listed[]): Record<string, string | null> =>
  Object.fromEntries(listed.map((p) => [p.code, p.ownerName]));

/**
 * The digest, and the participants whose codes it lists (for the audit log, with their owner's name). Every number is a SQL
 * aggregate read from one snapshot (store/figures-read.ts): nothing per session is loaded.
 */
export async function computeDigest(
  store: Store,
  config: Config,
  o: Omit<DigestOptions, 'exitTargetShare' | 'ratingIntervalWeeks'>,
): Promise<{ digest: Digest; listed: Listed[] }> {
  const cumulative = cumulativePeriod(o);
  const periods = cumulative ? [o.period, cumulative] : [o.period];
  const read = await readFigures(store.db, {
    periods,
    minRisen: config.PROGRESSION_MIN_RISEN,
    attention: {
      asOf: o.asOf,
      exitPeriod: o.period,
      ratingDeadline: addDaysIso(o.asOf, -7 * config.RATING_INTERVAL_WEEKS),
      limit: MAX_CODES,
    },
    // The change theory's figures (store/figures-change.ts), from the same snapshot.
    change: true,
  });
  const [changePeriod, changeCumulative] = read.change;
  const rules = { indicatorIds: INDICATOR_ORDER };
  const digest: Digest = {
    period: figuresFromAggregates(read.periods[0], o.period, rules),
    week: o.week,
    cumulative: cumulative ? figuresFromAggregates(read.periods[1], cumulative, rules) : null,
    exitTargetShare: config.EXIT_TARGET_SHARE,
    asOf: o.asOf,
    forumActions: forumActionsByDepartment(read.openActions, o.asOf),
    attention: read.attention.lists,
    change: { period: changePeriod, cumulative: changeCumulative ?? null },
  };
  const codes = new Set(ATTENTION_KINDS.flatMap((k) => digest.attention[k].codes));
  const ids = [...codes].sort().map((code) => ({ code, id: read.attention.ids.get(code)! }));
  const names = await ownerNames(
    store.db,
    ids.map((p) => p.id),
  );
  return { digest, listed: ids.map((p) => ({ ...p, ownerName: names.get(p.id) ?? null })) };
}
