// Loads what the figures are computed from, once, for the digest job, the manager's digest and the report.
import type { Config } from '../../bot/config';
import { MAX_CODES } from '../../cards/digest';
import { buildDigest, type Digest, type DigestOptions } from '../../domain/digest';
import {
  ATTENTION_KINDS,
  indexFigures,
  type FigureData,
  type FigureIndex,
  type FigureRules,
} from '../../domain/figures';
import { SAMSYN_STANDARD } from '../../domain/instruments';
import type { Consent } from '../../domain/types';
import type { Store } from '../../store';

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
  const consents = new Map<string, Consent>();
  const ids = participants.map((p) => p.id);
  for (let i = 0; i < ids.length; i += 500) {
    for (const [k, v] of await store.consents.latestFor(ids.slice(i, i + 500))) consents.set(k, v);
  }
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

/** The digest, and the participants whose codes it lists (for the audit log). */
export async function computeDigest(
  store: Store,
  config: Config,
  o: Omit<DigestOptions, 'exitTargetShare' | 'ratingIntervalWeeks'>,
): Promise<{ digest: Digest; listed: { id: string; code: string }[] }> {
  const { ix, rules } = await loadIndex(store, config);
  const digest = buildDigest(ix, rules, {
    ...o,
    exitTargetShare: config.EXIT_TARGET_SHARE,
    ratingIntervalWeeks: config.RATING_INTERVAL_WEEKS,
  });
  const idByCode = new Map(ix.people.map((f) => [f.participant.code, f.participant.id] as const));
  const codes = new Set(
    ATTENTION_KINDS.flatMap((k) => digest.attention[k].codes.slice(0, MAX_CODES)),
  );
  return { digest, listed: [...codes].sort().map((code) => ({ code, id: idByCode.get(code)! })) };
}
