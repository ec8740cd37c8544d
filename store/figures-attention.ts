// "Needs attention" (domain/figures-attention.ts) as one SQL query over the participants, their
// plans, exits, latest figure point and consent; read in the digest's snapshot (figures-read.ts).
import {
  ATTENTION_KINDS,
  attentionFromCounts,
  type NeedsAttention,
} from '../domain/figures-attention';
import type { Period } from '../domain/figures';
import { needsNextStep, OUTCOMES } from '../domain/outcomes';
import type { IsoDate } from '../domain/types';
import type { Db, Query, Row } from './db';
import { ACTIVE, num, PEOPLE, pointAt } from './figures-sql';

export interface AttentionQuery {
  asOf: IsoDate;
  exitPeriod: Period;
  /** Last day of a session that is still recent: asOf − RATING_INTERVAL_WEEKS. */
  ratingDeadline: IsoDate;
  /** At most this many codes of each list (what the card shows). */
  limit: number;
}

/** Outcomes that are themselves the next step (domain/outcomes needsNextStep is false). */
const NO_NEXT_STEP_NEEDED = OUTCOMES.filter((o) => !needsNextStep(o.id)).map((o) => o.id);

/**
 * "Needs attention" as the card shows it (domain/figures-attention.ts attentionKinds, in SQL):
 * per kind (0…3, ATTENTION_KINDS) and consent (visible: valid on asOf), how many (n), and for the
 * visible the first `limit` in code order with id and code; of the withheld one row, no code.
 * `f` is MATERIALIZED: read once, not once for each kind (SQLite would otherwise put it into each
 * arm of the UNION ALL and pass over the participants four times).
 */
export function attentionQuery(q: AttentionQuery, dialect: Db['dialect']): Query {
  const { asOf, exitPeriod } = q;
  const done = NO_NEXT_STEP_NEEDED.map(() => '?').join(', ');
  const collate = dialect === 'postgres' ? ' COLLATE "C"' : '';
  const kinds = [0, 1, 2, 3];
  return {
    sql: `WITH f0 AS (SELECT p.id AS id, p.code AS code,
        CASE WHEN ${ACTIVE} AND COALESCE(${pointAt('date')}, p.start_date) < ? THEN 1 ELSE 0 END AS k0,
        CASE WHEN ${ACTIVE} AND pl.next_follow_up < ? AND pl.next_follow_up <> '' THEN 1 ELSE 0 END AS k1,
        CASE WHEN ${ACTIVE} AND ${pointAt('stagnant')} = 1 THEN 1 ELSE 0 END AS k2,
        CASE WHEN e.exit_date >= ? AND e.exit_date <= ? AND COALESCE(e.next_step, 0) = 0
          AND e.outcome NOT IN (${done}) THEN 1 ELSE 0 END AS k3
        FROM ${PEOPLE} LEFT JOIN plans pl ON pl.participant_id = p.id
          LEFT JOIN figure_latest l ON l.participant_id = p.id),
      f AS MATERIALIZED (SELECT id, code, k0, k1, k2, k3,
        -- visible: the consent in force is valid on the day (domain/consent.ts consentStatus, in SQL;
        -- tests/store/figures.test.ts holds it to the pure definition on each of its edges)
        COALESCE((SELECT CASE WHEN (c.withdrawn_on IS NULL OR c.withdrawn_on > ?) AND c.given_on <= ?
            AND c.valid_until >= ? THEN 1 ELSE 0 END FROM consents c
          WHERE c.participant_id = f0.id ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1), 0) AS visible
        FROM f0 WHERE k0 = 1 OR k1 = 1 OR k2 = 1 OR k3 = 1),
      k AS (${kinds.map((i) => `SELECT ${i} AS kind, id, code, visible FROM f WHERE k${i} = 1`).join(' UNION ALL ')}),
      r AS (SELECT kind, visible, id, code, COUNT(*) OVER (PARTITION BY kind, visible) AS n,
        ROW_NUMBER() OVER (PARTITION BY kind, visible ORDER BY code${collate}) AS rn FROM k)
      SELECT kind, visible, n, CASE WHEN visible = 1 THEN id END AS id,
        CASE WHEN visible = 1 THEN code END AS code
      FROM r WHERE rn = 1 OR (visible = 1 AND rn <= ?)`,
    params: [
      ...[asOf, asOf, asOf, asOf, asOf, q.ratingDeadline],
      ...[asOf, asOf, asOf],
      ...[asOf, asOf, asOf, asOf, asOf],
      ...[exitPeriod.from, exitPeriod.to, ...NO_NEXT_STEP_NEEDED],
      ...[asOf, asOf, asOf],
      q.limit,
    ],
  };
}

/** The lists of "needs attention" from attentionQuery's rows, and the id of each code listed. */
export function attentionOf(rows: Row[]): AttentionReadings {
  const counts = ATTENTION_KINDS.map((kind) => ({
    kind,
    listed: 0,
    withheld: 0,
    codes: [] as string[],
  }));
  const ids = new Map<string, string>();
  for (const r of rows) {
    const c = counts[num(r.kind)];
    if (num(r.visible) !== 1) {
      c.withheld = num(r.n);
      continue;
    }
    c.listed = num(r.n);
    c.codes.push(String(r.code));
    ids.set(String(r.code), String(r.id));
  }
  return { lists: attentionFromCounts(counts), ids };
}

export interface AttentionReadings {
  lists: NeedsAttention;
  /** Code → participant id, of every code in `lists`. */
  ids: Map<string, string>;
}
