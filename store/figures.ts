// The figure facts (migration 007): maintained in the transaction that writes a session, a
// correction or an activity (Ratings.save, Plans.addActivity/updateActivity, and so every import),
// and rebuilt from the raw rows by `npm run rebuild-figures`. Each participant's facts are
// recomputed from that participant's raw rows with the domain's own functions
// (domain/figure-facts.ts), so "maintained" and "rebuilt" are the same computation.
import { randomUUID } from 'node:crypto';
import { activityFact, parallelIntervals, ratingPoints } from '../domain/figure-facts';
import { BUILT_IN_INSTRUMENTS, type Instrument } from '../domain/instruments';
import type { RatingSession } from '../domain/model';
import type { SqlValue } from './db';
import {
  asSession,
  insertRows,
  pointRow,
  POINT_COLUMNS,
  SESSIONS_OF,
  type SessionRow,
} from './figures-rows';
import { writeSelfFacts } from './figures-change';
import { SLOT_COUNT } from './migrations/007_figures';
import { Repository } from './repository';

/**
 * Bump when what the facts hold, or a domain definition they are computed with, changes: the next
 * start rebuilds them. 2: a cancelled activity stops running the day it is cancelled (domain/plan.ts).
 * 3: the self-rating facts of the change figures (migration 010, store/figures-change.ts).
 * 4: figure_parallel and figure_latest (migration 011).
 * 5: the activity's kind in figure_activities (migration 013).
 */
const FACTS_VERSION = 5;
const RULES_KEY = 'figures.rules';

/** What the facts were computed with: stored in kv, compared at start and when a set is added. */
interface FactRules {
  version: number;
  caseworkerOnly: string[];
}

const FACT_TABLES = [
  'figure_points',
  'figure_latest',
  'figure_self',
  'figure_activities',
  'figure_parallel',
];
const PARTICIPANTS_PER_CHUNK = 500;

function rulesOf(instruments: Instrument[]): FactRules {
  const ids = new Set<string>();
  for (const i of instruments)
    for (const ind of i.indicators) if (ind.ratedBy === 'caseworker') ids.add(ind.id);
  return { version: FACTS_VERSION, caseworkerOnly: [...ids].sort() };
}

export class Figures extends Repository {
  private async instruments(): Promise<Instrument[]> {
    const rows = await this.db.all<{ definition: string }>(
      'SELECT definition FROM instruments ORDER BY id, version',
    );
    return [...BUILT_IN_INSTRUMENTS, ...rows.map((r) => JSON.parse(r.definition) as Instrument)];
  }

  private async storedRules(): Promise<FactRules | null> {
    const r = await this.db.get<{ value: string }>('SELECT value FROM kv WHERE key = ?', [
      RULES_KEY,
    ]);
    return r ? (JSON.parse(r.value) as FactRules) : null;
  }

  private async slots(): Promise<Map<string, number>> {
    const rows = await this.db.all<{ indicator_id: string; slot: number }>(
      'SELECT indicator_id, slot FROM figure_slots',
    );
    return new Map(rows.map((r) => [r.indicator_id, Number(r.slot)]));
  }

  /** Gives every known indicator a slot column while there are free ones. */
  private async assignSlots(instruments: Instrument[]): Promise<void> {
    const slots = await this.slots();
    let next = slots.size;
    for (const i of instruments)
      for (const ind of i.indicators) {
        if (slots.has(ind.id) || next >= SLOT_COUNT) continue;
        slots.set(ind.id, next);
        await this.db.run(
          'INSERT INTO figure_slots (indicator_id, slot) VALUES (?, ?) ON CONFLICT (indicator_id) DO NOTHING',
          [ind.id, next++],
        );
      }
  }

  /**
   * At start and when an indicator set is added: slots for new indicators, and a rebuild when the
   * facts were computed with other rules (another caseworker-only set, an older FACTS_VERSION, or
   * never: a database from before migration 007). Returns whether it rebuilt.
   */
  async ensureCurrent(): Promise<boolean> {
    const rebuilt = await this.db.transaction(async (tx) => {
      // Two instances starting together on PostgreSQL: one rebuilds, the other then finds it done.
      if (tx.dialect === 'postgres') await tx.exec('SELECT pg_advisory_xact_lock(7425007)');
      const self = new Figures(tx, this.clock);
      const instruments = await self.instruments();
      await self.assignSlots(instruments);
      const want = rulesOf(instruments);
      const have = await self.storedRules();
      if (have && JSON.stringify(have) === JSON.stringify(want)) return false;
      await self.rebuildWith(want);
      return true;
    });
    // Every fact was rewritten (new rules, an older database, an added instrument): plan on them at once.
    if (rebuilt) await this.refreshStatistics();
    return rebuilt;
  }

  /** Throws away every fact and computes them again from the raw rows, in one transaction. */
  async rebuild(): Promise<{ participants: number; points: number; activities: number }> {
    const counts = await this.db.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.exec('SELECT pg_advisory_xact_lock(7425007)');
      const self = new Figures(tx, this.clock);
      const instruments = await self.instruments();
      await self.assignSlots(instruments);
      return self.rebuildWith(rulesOf(instruments));
    });
    await this.refreshStatistics();
    return counts;
  }

  /**
   * After many rows were written at once (a rebuild, an import): on PostgreSQL, ANALYZE, so the
   * figures' queries are planned on the new rows' statistics at once instead of once autovacuum
   * comes round (right after a region's rebuild the digest took twice as long, docs/figures.md).
   * SQLite gathers none: its queries are written for plans from the indexes alone.
   */
  async refreshStatistics(): Promise<void> {
    if (this.db.dialect === 'postgres') await this.db.exec('ANALYZE');
  }

  /** Every id of a table in chunks, in id order. */
  private async *chunks(table: string): AsyncGenerator<string[]> {
    let last = '';
    for (;;) {
      const ids = (
        await this.db.all<{ id: string }>(
          `SELECT id FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`,
          [last, PARTICIPANTS_PER_CHUNK],
        )
      ).map((r) => r.id);
      if (ids.length === 0) return;
      last = ids[ids.length - 1];
      yield ids;
    }
  }

  private async rebuildWith(rules: FactRules) {
    for (const t of FACT_TABLES) await this.db.run(`DELETE FROM ${t}`);
    const slots = await this.slots();
    const co = new Set(rules.caseworkerOnly);
    let activities = 0;
    for await (const ids of this.chunks('plan_activities'))
      activities += await this.writeActivities(ids);
    let participants = 0;
    let points = 0;
    for await (const ids of this.chunks('participants')) {
      participants += ids.length;
      points += await this.writePoints(ids, slots, co);
      await this.writeParallel(ids);
    }
    await this.db.run(
      'INSERT INTO kv (key, value, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag',
      [RULES_KEY, JSON.stringify(rules), randomUUID()],
    );
    return { participants, points, activities };
  }

  /** Recomputes one participant's points from its sessions. Joins the caller's transaction. */
  async refreshRatings(participantId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Two sessions of one participant saved at once on PostgreSQL: one refresh after the other.
      if (tx.dialect === 'postgres')
        await tx.get('SELECT pg_advisory_xact_lock(7425008, hashtext(?))', [participantId]);
      const self = new Figures(tx, this.clock);
      const rules = (await self.storedRules()) ?? rulesOf(await self.instruments());
      await tx.run('DELETE FROM figure_points WHERE participant_id = ?', [participantId]);
      await tx.run('DELETE FROM figure_latest WHERE participant_id = ?', [participantId]);
      await self.writePoints([participantId], await self.slots(), new Set(rules.caseworkerOnly));
    });
  }

  /** Recomputes one activity's running interval. Joins the caller's transaction. */
  async refreshActivity(activityId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (tx.dialect === 'postgres')
        await tx.get('SELECT pg_advisory_xact_lock(7425009, hashtext(?))', [activityId]);
      await tx.run('DELETE FROM figure_activities WHERE activity_id = ?', [activityId]);
      const self = new Figures(tx, this.clock);
      await self.writeActivities([activityId]);
      const a = await tx.get<{ participant_id: string }>(
        'SELECT participant_id FROM figure_activities WHERE activity_id = ?',
        [activityId],
      );
      if (a) {
        await tx.run('DELETE FROM figure_parallel WHERE participant_id = ?', [a.participant_id]);
        await self.writeParallel([a.participant_id]);
      }
    });
  }

  /** The days two or more activities of these participants ran at once, from their run intervals. */
  private async writeParallel(participantIds: string[]): Promise<void> {
    const rows = await this.db.all<{
      participant_id: string;
      run_from: string;
      run_to: string | null;
    }>(
      `SELECT participant_id, run_from, run_to FROM figure_activities
       WHERE participant_id IN (${participantIds.map(() => '?').join(', ')}) AND run_from IS NOT NULL`,
      participantIds,
    );
    const by = new Map<string, { from: string; to: string | null }[]>();
    for (const r of rows) {
      const list = by.get(r.participant_id) ?? [];
      list.push({ from: r.run_from, to: r.run_to });
      by.set(r.participant_id, list);
    }
    const out: SqlValue[][] = [];
    for (const [pid, runs] of by)
      for (const iv of parallelIntervals(runs)) out.push([pid, iv.from, iv.to]);
    await insertRows(this.db, 'figure_parallel', ['participant_id', 'run_from', 'run_to'], out);
  }

  private async writePoints(
    participantIds: string[],
    slots: Map<string, number>,
    caseworkerOnly: Set<string>,
  ): Promise<number> {
    const rows = await this.db.all<SessionRow>(SESSIONS_OF(participantIds.length), participantIds);
    const by = new Map<string, RatingSession[]>();
    for (const r of rows) {
      const list = by.get(r.participant_id) ?? [];
      list.push(asSession(r));
      by.set(r.participant_id, list);
    }
    const pointRows: SqlValue[][] = [];
    for (const [pid, sessions] of by) {
      for (const pt of ratingPoints(sessions, (id) => caseworkerOnly.has(id))) {
        pointRows.push(pointRow(pid, pt, slots));
      }
    }
    await insertRows(this.db, 'figure_points', POINT_COLUMNS, pointRows);
    await writeSelfFacts(this.db, participantIds, by);
    // The latest point (next_date NULL, column 2) of each participant, again in figure_latest.
    const latest = pointRows.filter((r) => r[2] === null);
    await insertRows(this.db, 'figure_latest', POINT_COLUMNS, latest);
    return pointRows.length;
  }

  private async writeActivities(ids: string[]): Promise<number> {
    const rows = await this.db.all<{
      id: string;
      participant_id: string;
      kind: string;
      status: string;
      start_date: string | null;
      end_date: string | null;
    }>(
      `SELECT id, participant_id, kind, status, start_date, end_date FROM plan_activities WHERE id IN (${ids.map(() => '?').join(', ')})`,
      ids,
    );
    const out = rows.map((r) => {
      const f = activityFact({
        status: r.status as Parameters<typeof activityFact>[0]['status'],
        startDate: r.start_date,
        endDate: r.end_date,
      });
      return [r.id, r.participant_id, f.startedOn, f.runFrom, f.runTo, f.endedOn, r.kind];
    });
    await insertRows(
      this.db,
      'figure_activities',
      ['activity_id', 'participant_id', 'started_on', 'run_from', 'run_to', 'ended_on', 'kind'],
      out,
    );
    return out.length;
  }
}
