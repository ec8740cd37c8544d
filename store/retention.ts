import type { IsoDate } from '../domain/types';
import { Repository } from './repository';

/**
 * Where a participant's entries are dated: [table, column]. The rule (domain/retention.ts) takes the
 * latest of them. These are things that happened to the case (a session held, a consent recorded or
 * withdrawn, a plan changed, a follow-up held, a forum case or action, the exit and its six-month
 * answer). Dates that lie ahead by design (valid_until, next_follow_up, planned_end_date, due) are
 * not entries; neither are drafts (flows) or reads (audit), so reading a case does not keep it.
 */
export const ENTRY_COLUMNS: readonly (readonly [table: string, column: string])[] = [
  ['participants', 'end_date'],
  ['participants', 'updated_at'],
  ['consents', 'given_on'],
  ['consents', 'withdrawn_on'],
  ['consents', 'recorded_at'],
  ['ownership_changes', 'offered_at'],
  ['ownership_changes', 'decided_at'],
  ['rating_sessions', 'date'],
  ['rating_sessions', 'saved_at'],
  ['plans', 'updated_at'],
  ['plan_activities', 'end_date'],
  ['plan_activities', 'updated_at'],
  ['plan_history', 'at'],
  ['plan_followups', 'held_on'],
  ['plan_followups', 'recorded_at'],
  ['exits', 'exit_date'],
  ['exits', 'recorded_at'],
  ['exits', 'self_support_recorded_at'],
  ['forum_cases', 'added_at'],
  ['forum_actions', 'created_at'],
  ['forum_actions', 'done_at'],
  ['participant_corrections', 'corrected_at'],
];

/**
 * Every table holding rows about a participant, in the order they are deleted (children before the
 * rows their foreign keys point at). The audit table is not here: the log of who read or changed
 * what is kept (README "Retention").
 */
export const PARTICIPANT_TABLES: readonly string[] = [
  'figure_points',
  'figure_activities',
  'figure_self',
  'figure_parallel',
  'figure_latest',
  'forum_actions',
  'forum_cases',
  'plan_followups',
  'plan_history',
  'plan_activities',
  'plans',
  'exits',
  'rating_sessions',
  'consents',
  'ownership_changes',
  'flows',
  'participant_corrections',
];

export interface RetentionCandidate {
  participantId: string;
  code: string;
  endDate: IsoDate;
  /** Every entry date of the participant (dates and ISO instants, as stored). */
  entries: string[];
}

export type CullCounts = Record<string, number>;

/** Retention (gallring): the ended participants with their entry dates, and the deletion. `store.retention`. */
export class Retention extends Repository {
  /**
   * Participants whose case has ended, each with the dates of all its entries. Read as one batch:
   * on SQLite off the bot's event loop, on the reader thread (over a region, some 2 s of grouping
   * once a day), inside a transaction on its own connection. A cull checks its case again.
   */
  async endedCandidates(onlyId?: string): Promise<RetentionCandidate[]> {
    const only = onlyId ? 'AND p.id = ?' : '';
    const params = onlyId ? [onlyId] : [];
    const [ended, ...entries] = await this.db.readBatch([
      {
        sql: `SELECT p.id, p.code, p.end_date FROM participants p WHERE p.end_date IS NOT NULL ${only} ORDER BY p.code`,
        params,
      },
      ...ENTRY_COLUMNS.map(([table, column]) => {
        const idColumn = table === 'participants' ? 'id' : 'participant_id';
        return {
          sql: `SELECT t.${idColumn} AS pid, MAX(t.${column}) AS d FROM ${table} t
           JOIN participants p ON p.id = t.${idColumn}
           WHERE p.end_date IS NOT NULL ${only} GROUP BY t.${idColumn}`,
          params,
        };
      }),
    ]);
    const byId = new Map<string, RetentionCandidate>(
      (ended as { id: string; code: string; end_date: string }[]).map((r) => [
        r.id,
        { participantId: r.id, code: r.code, endDate: r.end_date, entries: [] },
      ]),
    );
    for (const rows of entries as { pid: string; d: string | null }[][]) {
      for (const r of rows) {
        if (r.d !== null && r.d !== undefined) byId.get(r.pid)?.entries.push(String(r.d));
      }
    }
    return [...byId.values()];
  }

  /**
   * Deletes every row about the participant in every table (PARTICIPANT_TABLES, drafts whose data names
   * the participant, the dispatch claims whose key names the participant or one of its forum actions,
   * then the participant itself).
   * Runs in one transaction (joins the caller's). Returns the rows deleted per table (numbers only).
   */
  async cull(participantId: string): Promise<CullCounts> {
    return this.db.transaction(async (tx) => {
      const counts: CullCounts = {};
      const actionIds = (
        await tx.all<{ id: string }>('SELECT id FROM forum_actions WHERE participant_id = ?', [
          participantId,
        ])
      ).map((r) => r.id);
      let claims = 0;
      // Claim keys are `exit6m:<participantId>`, `followup:<participantId>:<date>`, `forum.action.due:<actionId>:<due>`.
      for (const id of [participantId, ...actionIds]) {
        claims += await tx.run('DELETE FROM dispatches WHERE key LIKE ?', [`%:${id}`]);
        claims += await tx.run('DELETE FROM dispatches WHERE key LIKE ?', [`%:${id}:%`]);
      }
      counts.dispatches = claims;
      for (const table of PARTICIPANT_TABLES) {
        counts[table] = await tx.run(`DELETE FROM ${table} WHERE participant_id = ?`, [
          participantId,
        ]);
      }
      // Drafts not tied to the participant by column but naming it in their data: a finished registration
      // keeps the registered values and `"code":"D-…"`; others may carry `"participantId":"…"`.
      const p = await tx.get<{ code: string }>('SELECT code FROM participants WHERE id = ?', [
        participantId,
      ]);
      if (p) {
        counts.flows += await tx.run(
          'DELETE FROM flows WHERE participant_id IS NULL AND (data LIKE ? OR data LIKE ?)',
          [`%"code":"${p.code}"%`, `%"participantId":"${participantId}"%`],
        );
      }
      counts.participants = await tx.run('DELETE FROM participants WHERE id = ?', [participantId]);
      return counts;
    });
  }

  /**
   * After a cull, outside its transaction. SQLite: secure_delete has zeroed what was deleted, in
   * new page versions in the write-ahead log; the old versions stay in the log until a checkpoint,
   * so one is run (TRUNCATE empties the log file). PostgreSQL keeps deleted rows as dead tuples until
   * VACUUM and in its WAL and backups: that is the operator's (README, Retention).
   */
  async releaseDeleted(): Promise<void> {
    if (this.db.dialect === 'sqlite') await this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }
}
