// Records and rights: reading the audit log (log review, access requests), the monthly samples of
// reads and their checks, corrections of registration fields, and the owner's private reference of an
// imported participant. `store.records`.
import { randomUUID } from 'node:crypto';
import type { AuditRow } from './core';
import { allByIds } from './by-ids';
import { Repository } from './repository';
import type { AuditDbRow as BaseAuditDbRow } from './rows';
import { PARTICIPANT_TABLES } from './retention';

export type StoredRow = Record<string, unknown>;

export interface AuditFilter {
  /** ISO instants, inclusive. */
  fromAt?: string;
  toAt?: string;
  participantId?: string;
  /** Rows naming this code in their detail (a participant erased or culled keeps only that). */
  code?: string;
  actorId?: string;
  /** Newest first when set (the card); oldest first otherwise (the export). */
  limit?: number;
}

export interface LogRow extends AuditRow {
  via: string | null;
}

/** An audit row as stored, with the conversation kind migration 008 added. */
type AuditDbRow = BaseAuditDbRow & { via?: string | null };

const toRow = (r: AuditDbRow): LogRow => ({
  id: r.id,
  at: r.at,
  actorId: r.actor_id,
  action: r.action,
  participantId: r.participant_id,
  detail: r.detail ? JSON.parse(r.detail) : undefined,
  via: r.via ?? null,
});

export interface SampleRow {
  month: string;
  entry: LogRow;
  checkedBy: string | null;
  checkedAt: string | null;
  rev: number;
}

export interface Correction {
  id: string;
  participantId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  correctedBy: string;
  correctedAt: string;
}

export class Records extends Repository {
  async entries(f: AuditFilter): Promise<LogRow[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const add = (sql: string, v: string) => {
      where.push(sql);
      params.push(v);
    };
    if (f.fromAt) add('at >= ?', f.fromAt);
    if (f.toAt) add('at <= ?', f.toAt);
    if (f.actorId) add('actor_id = ?', f.actorId);
    if (f.participantId && f.code) {
      where.push('(participant_id = ? OR detail LIKE ?)');
      params.push(f.participantId, `%"code":"${f.code}"%`);
    } else if (f.participantId) add('participant_id = ?', f.participantId);
    else if (f.code) add('detail LIKE ?', `%"code":"${f.code}"%`);
    const order = f.limit ? 'ORDER BY at DESC, id DESC LIMIT ?' : 'ORDER BY at, id';
    if (f.limit) params.push(f.limit);
    const rows = await this.db.all<AuditDbRow>(
      `SELECT * FROM audit ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ${order}`,
      params,
    );
    return rows.map(toRow);
  }

  /**
   * Reads of participants' data by people in [fromAt, toAt], oldest first: ids only, so a month of a
   * region's log stays small in memory. The caller applies the full rule (domain/records.ts isRead).
   */
  async reads(
    fromAt: string,
    toAt: string,
    patterns: readonly string[],
  ): Promise<{ id: string; action: string; actorId: string }[]> {
    const rows = await this.db.all<{ id: string; action: string; actor_id: string }>(
      `SELECT id, action, actor_id FROM audit WHERE at >= ? AND at <= ? AND participant_id IS NOT NULL
       AND actor_id NOT LIKE 'system:%' AND actor_id NOT LIKE 'cli:%'
       AND (${patterns.map(() => 'action LIKE ?').join(' OR ')}) ORDER BY at, id`,
      [fromAt, toAt, ...patterns],
    );
    return rows.map((r) => ({ id: r.id, action: r.action, actorId: r.actor_id }));
  }

  /**
   * Every stored row about one participant, table by table, as stored: the participant row, every
   * table retention culls (PARTICIPANT_TABLES: a table added there is in the access request too), and
   * drafts that name the participant only in their data. The same rows erasure deletes.
   */
  async rowsAbout(participantId: string): Promise<Record<string, StoredRow[]>> {
    const out: Record<string, StoredRow[]> = {};
    const p = await this.db.get<StoredRow & { code: string }>(
      'SELECT * FROM participants WHERE id = ?',
      [participantId],
    );
    if (!p) return out;
    out.participants = [p];
    for (const table of PARTICIPANT_TABLES) {
      out[table] = await this.db.all<StoredRow>(`SELECT * FROM ${table} WHERE participant_id = ?`, [
        participantId,
      ]);
    }
    out.flows = [
      ...(out.flows ?? []),
      ...(await this.db.all<StoredRow>(
        'SELECT * FROM flows WHERE participant_id IS NULL AND (data LIKE ? OR data LIKE ?)',
        [`%"code":"${p.code}"%`, `%"participantId":"${participantId}"%`],
      )),
    ];
    return out;
  }

  /** Codes of the participants still in the store, by id. */
  async codes(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await allByIds<{ id: string; code: string }>(
      this.db,
      [...new Set(ids)],
      (part) => `SELECT id, code FROM participants WHERE id IN (${part})`,
    );
    return new Map(rows.map((r) => [r.id, r.code]));
  }

  /** Stores a month's sample; a second call for the same month adds nothing new. */
  async saveSample(month: string, auditIds: readonly string[]): Promise<void> {
    for (const id of auditIds) {
      await this.db.run(
        'INSERT INTO audit_samples (month, audit_id, rev) VALUES (?, ?, 1) ON CONFLICT (month, audit_id) DO NOTHING',
        [month, id],
      );
    }
  }

  async sample(month: string): Promise<SampleRow[]> {
    type Joined = AuditDbRow & {
      s_month: string;
      checked_by: string | null;
      checked_at: string | null;
      s_rev: number;
    };
    const rows = await this.db.all<Joined>(
      `SELECT a.*, s.month AS s_month, s.checked_by, s.checked_at, s.rev AS s_rev
       FROM audit_samples s JOIN audit a ON a.id = s.audit_id WHERE s.month = ? ORDER BY a.at, a.id`,
      [month],
    );
    return rows.map((r) => ({
      month: r.s_month,
      entry: toRow(r),
      checkedBy: r.checked_by ?? null,
      checkedAt: r.checked_at ?? null,
      rev: r.s_rev,
    }));
  }

  /** Marks one sampled read checked, only from the revision the card was drawn at. */
  async check(month: string, auditId: string, rev: number, by: string): Promise<boolean> {
    const n = await this.db.run(
      'UPDATE audit_samples SET checked_by = ?, checked_at = ?, rev = rev + 1 WHERE month = ? AND audit_id = ? AND rev = ? AND checked_by IS NULL',
      [by, this.now(), month, auditId, rev],
    );
    return n > 0;
  }

  async addCorrection(c: Omit<Correction, 'id' | 'correctedAt'>): Promise<void> {
    await this.db.run(
      'INSERT INTO participant_corrections (id, participant_id, field, old_value, new_value, corrected_by, corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [randomUUID(), c.participantId, c.field, c.oldValue, c.newValue, c.correctedBy, this.now()],
    );
  }

  /** Protected identity: no name is kept, so none stays in the history of corrections either. */
  async forgetNames(participantId: string): Promise<void> {
    await this.db.run(
      "UPDATE participant_corrections SET old_value = NULL, new_value = NULL WHERE participant_id = ? AND field = 'name'",
      [participantId],
    );
  }

  async corrections(participantId: string): Promise<Correction[]> {
    const rows = await this.db.all<{
      id: string;
      participant_id: string;
      field: string;
      old_value: string | null;
      new_value: string | null;
      corrected_by: string;
      corrected_at: string;
    }>('SELECT * FROM participant_corrections WHERE participant_id = ? ORDER BY corrected_at, id', [
      participantId,
    ]);
    return rows.map((r) => ({
      id: r.id,
      participantId: r.participant_id,
      field: r.field,
      oldValue: r.old_value,
      newValue: r.new_value,
      correctedBy: r.corrected_by,
      correctedAt: r.corrected_at,
    }));
  }

  /** Every participant imported under a municipality's own code, with the dates an import checks. */
  async externalRefs(): Promise<
    { ref: string; id: string; startDate: string; endDate: string | null }[]
  > {
    const rows = await this.db.all<{
      external_ref: string;
      id: string;
      start_date: string;
      end_date: string | null;
    }>(
      'SELECT external_ref, id, start_date, end_date FROM participants WHERE external_ref IS NOT NULL',
    );
    return rows.map((r) => ({
      ref: r.external_ref,
      id: r.id,
      startDate: r.start_date,
      endDate: r.end_date,
    }));
  }

  /** The participant imported under a municipality's own code (the owner's private reference). */
  async byExternalRef(ref: string): Promise<{ id: string; code: string } | undefined> {
    return this.db.get('SELECT id, code FROM participants WHERE external_ref = ?', [ref]);
  }

  async externalRef(participantId: string): Promise<string | null> {
    const r = await this.db.get<{ external_ref: string | null }>(
      'SELECT external_ref FROM participants WHERE id = ?',
      [participantId],
    );
    return r?.external_ref ?? null;
  }

  async setExternalRef(participantId: string, ref: string): Promise<void> {
    await this.db.run('UPDATE participants SET external_ref = ? WHERE id = ?', [
      ref,
      participantId,
    ]);
  }
}
