import { randomUUID } from 'node:crypto';
import { newParticipantCode } from '../domain/code';
import type { Consent, Participant } from '../domain/types';
import { allByIds } from './by-ids';
import { notSent } from './core';
import { LATEST } from './ratings-sql';
import { Repository } from './repository';
import { columnValue, COLUMNS, toConsent, toParticipant } from './participants-rows';
import type { ConsentDbRow, OwnershipChangeDbRow, ParticipantDbRow } from './rows';

export type NewParticipant = Omit<
  Participant,
  'id' | 'createdAt' | 'updatedAt' | 'rev' | 'pendingOwnerId' | 'endDate' | 'languages'
> & { endDate?: string | null; languages?: string[] };
export type ParticipantPatch = Partial<
  Omit<Participant, 'id' | 'code' | 'createdAt' | 'updatedAt' | 'rev'>
>;

/** One participant of a caseload with what "mina deltagare" needs of it, read together. */
export interface CaseloadEntry {
  participant: Participant;
  /** The latest consent row (undefined: none recorded). */
  consent: Consent | undefined;
  /** Date of the latest rating session (latest revision of each session). */
  lastRating: string | null;
  /** The plan's next follow-up (null: no plan or none set). */
  nextFollowUp: string | null;
  exitOutcome: string | null;
  /** Name of the caseworker a handover is offered to (null: none, or not known). */
  pendingOwnerName: string | null;
}

type CaseloadDbRow = ParticipantDbRow & {
  plan_next_follow_up: string | null;
  exit_outcome: string | null;
  pending_owner_name: string | null;
  last_rating: string | null;
};

/** A case offered to a caseworker, with the name of the one who offers it. */
export interface IncomingCase {
  participant: Participant;
  ownerName: string | null;
}

export class Participants extends Repository {
  /**
   * Every participant of one owner with the latest consent, last rating, next follow-up, exit
   * outcome and handover name: two statements whatever the size of the caseload (no read per
   * participant), so "mina deltagare" costs the same at 3 participants and at 150.
   */
  async caseload(ownerId: string): Promise<CaseloadEntry[]> {
    const rows = await this.db.all<CaseloadDbRow>(
      `SELECT p.*, pl.next_follow_up AS plan_next_follow_up, e.outcome AS exit_outcome,
         u.name AS pending_owner_name,
         (SELECT MAX(r.date) FROM rating_sessions r WHERE r.participant_id = p.id AND ${LATEST})
           AS last_rating
       FROM participants p
       LEFT JOIN plans pl ON pl.participant_id = p.id
       LEFT JOIN exits e ON e.participant_id = p.id
       LEFT JOIN users u ON u.id = p.pending_owner_id
       WHERE p.owner_id = ? ORDER BY p.start_date, p.code`,
      [ownerId],
    );
    const consents = await this.db.all<ConsentDbRow>(
      `SELECT c.* FROM consents c JOIN participants p ON p.id = c.participant_id
       WHERE p.owner_id = ? ORDER BY c.recorded_at, c.id`,
      [ownerId],
    );
    const latest = new Map<string, Consent>();
    for (const c of consents) latest.set(c.participant_id, toConsent(c));
    return rows.map((r) => ({
      participant: toParticipant(r),
      consent: latest.get(r.id),
      lastRating: r.last_rating ?? null,
      nextFollowUp: r.plan_next_follow_up ?? null,
      exitOutcome: r.exit_outcome ?? null,
      pendingOwnerName: r.pending_owner_name ?? null,
    }));
  }
  /** The cases offered to a caseworker, with the offering owner's name, in one statement. */
  async incoming(userId: string): Promise<IncomingCase[]> {
    const rows = await this.db.all<ParticipantDbRow & { owner_name: string | null }>(
      `SELECT p.*, u.name AS owner_name FROM participants p LEFT JOIN users u ON u.id = p.owner_id
       WHERE p.pending_owner_id = ? ORDER BY p.code`,
      [userId],
    );
    return rows.map((r) => ({ participant: toParticipant(r), ownerName: r.owner_name ?? null }));
  }
  async create(p: NewParticipant): Promise<Participant> {
    const id = randomUUID();
    const t = this.now();
    await this.db.run(
      `INSERT INTO participants (id, code, name, gender, birth_year, start_date, end_date, departments, sfi_track, sfi_course,
         protected_identity, support_at_start, owner_id, pending_owner_id, created_at, updated_at, rev)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1)`,
      [
        id,
        p.code,
        p.protectedIdentity ? null : p.name,
        p.gender,
        p.birthYear,
        p.startDate,
        p.endDate ?? null,
        JSON.stringify(p.departments),
        p.sfiTrack,
        p.sfiCourse,
        p.protectedIdentity ? 1 : 0,
        p.supportAtStart,
        p.ownerId,
        t,
        t,
      ],
    );
    // The languages column has a default ('[]', migration 009); it is written only when given.
    if (p.languages?.length)
      await this.db.run('UPDATE participants SET languages = ? WHERE id = ?', [
        JSON.stringify(p.languages),
        id,
      ]);
    return (await this.get(id))!;
  }
  async get(id: string): Promise<Participant | undefined> {
    const r = await this.db.get<ParticipantDbRow>('SELECT * FROM participants WHERE id = ?', [id]);
    return r && toParticipant(r);
  }
  async byCode(code: string): Promise<Participant | undefined> {
    const r = await this.db.get<ParticipantDbRow>('SELECT * FROM participants WHERE code = ?', [
      code,
    ]);
    return r && toParticipant(r);
  }
  async codeExists(code: string): Promise<boolean> {
    return !!(await this.db.get('SELECT 1 AS x FROM participants WHERE code = ?', [code]));
  }
  /** A new random code no participant has (registration, and an import of a spreadsheet's own codes). */
  async freshCode(): Promise<string> {
    for (let i = 0; i < 50; i++) {
      const code = newParticipantCode(i < 25 ? 4 : 6);
      if (!(await this.codeExists(code))) return code;
    }
    throw new Error('no free participant code');
  }
  /** The caseworker's participants; active ones (no exit date) unless told otherwise. */
  async byOwner(ownerId: string, opts: { includeExited?: boolean } = {}): Promise<Participant[]> {
    const rows = await this.db.all<ParticipantDbRow>(
      `SELECT * FROM participants WHERE owner_id = ? ${opts.includeExited ? '' : 'AND end_date IS NULL'} ORDER BY start_date, code`,
      [ownerId],
    );
    return rows.map(toParticipant);
  }
  async pendingFor(userId: string): Promise<Participant[]> {
    const rows = await this.db.all<ParticipantDbRow>(
      'SELECT * FROM participants WHERE pending_owner_id = ? ORDER BY code',
      [userId],
    );
    return rows.map(toParticipant);
  }
  async all(): Promise<Participant[]> {
    const rows = await this.db.all<ParticipantDbRow>('SELECT * FROM participants ORDER BY code');
    return rows.map(toParticipant);
  }
  /** Changes a participant, but only from the revision the caller saw; undefined when it moved since. */
  async update(
    id: string,
    expectedRev: number,
    patch: ParticipantPatch,
  ): Promise<Participant | undefined> {
    const keys = (Object.keys(patch) as (keyof ParticipantPatch)[]).filter((k) => k in COLUMNS);
    const sets = keys.map((k) => `${COLUMNS[k]} = ?`);
    const values = keys.map((k) => columnValue(k, patch[k]));
    const n = await this.db.run(
      `UPDATE participants SET ${[...sets, 'rev = rev + 1', 'updated_at = ?'].join(', ')} WHERE id = ? AND rev = ?`,
      [...values, this.now(), id, expectedRev],
    );
    return n > 0 ? this.get(id) : undefined;
  }
}

export class Consents extends Repository {
  async add(c: Omit<Consent, 'id' | 'recordedAt' | 'withdrawnOn'>): Promise<Consent> {
    const id = randomUUID();
    // "The latest consent" is the one recorded last, so recorded_at must rise strictly per
    // participant, also for a renewal in the same millisecond as the consent it replaces.
    const prev = await this.latest(c.participantId);
    const at =
      prev && prev.recordedAt >= this.now()
        ? new Date(Date.parse(prev.recordedAt) + 1).toISOString()
        : this.now();
    await this.db.run(
      'INSERT INTO consents (id, participant_id, given_on, departments, valid_until, withdrawn_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)',
      [
        id,
        c.participantId,
        c.givenOn,
        JSON.stringify(c.departments),
        c.validUntil,
        c.recordedBy,
        at,
      ],
    );
    return toConsent(
      (await this.db.get<ConsentDbRow>('SELECT * FROM consents WHERE id = ?', [id]))!,
    );
  }
  /** The consent in force: the one recorded last. A renewal is a new row; history stays. */
  async latest(participantId: string): Promise<Consent | undefined> {
    const r = await this.db.get<ConsentDbRow>(
      'SELECT * FROM consents WHERE participant_id = ? ORDER BY recorded_at DESC, id DESC',
      [participantId],
    );
    return r && toConsent(r);
  }
  async latestFor(participantIds: string[]): Promise<Map<string, Consent>> {
    const out = new Map<string, Consent>();
    if (participantIds.length === 0) return out;
    // A participant's consents are in one part (the parts split the ids), in the order they were recorded.
    const rows = await allByIds<ConsentDbRow>(
      this.db,
      participantIds,
      (ids) => `SELECT * FROM consents WHERE participant_id IN (${ids}) ORDER BY recorded_at, id`,
    );
    for (const r of rows) out.set(r.participant_id, toConsent(r));
    return out;
  }
  /**
   * What the consent-expiry reminder may have to send: the consent in force (the one recorded last)
   * of each participant not exited, valid until a day from `from` to `to`, with no sent dispatch
   * `${keyPrefix}${consent id}` (dialogs/participants/expiry.ts expiryKey).
   */
  async expiringToRemind(from: string, to: string, keyPrefix: string): Promise<Consent[]> {
    const rows = await this.offLoop<ConsentDbRow>(
      `SELECT c.* FROM consents c JOIN participants p ON p.id = c.participant_id AND p.end_date IS NULL
       WHERE c.valid_until >= ? AND c.valid_until <= ?
         AND NOT EXISTS (SELECT 1 FROM consents later WHERE later.participant_id = c.participant_id
           AND (later.recorded_at > c.recorded_at OR (later.recorded_at = c.recorded_at AND later.id > c.id)))
         AND ${notSent('? || c.id')}
       ORDER BY c.valid_until, c.participant_id`,
      [from, to, keyPrefix],
    );
    return rows.map(toConsent);
  }
  async history(participantId: string): Promise<Consent[]> {
    const rows = await this.db.all<ConsentDbRow>(
      'SELECT * FROM consents WHERE participant_id = ? ORDER BY recorded_at, id',
      [participantId],
    );
    return rows.map(toConsent);
  }
  async withdraw(consentId: string, on: string): Promise<boolean> {
    return (
      (await this.db.run(
        'UPDATE consents SET withdrawn_on = ? WHERE id = ? AND withdrawn_on IS NULL',
        [on, consentId],
      )) > 0
    );
  }
}

export interface OwnershipChange {
  id: string;
  participantId: string;
  fromUser: string;
  toUser: string;
  status: 'offered' | 'accepted' | 'declined' | 'cancelled';
  offeredAt: string;
  decidedAt: string | null;
}

export class OwnershipChanges extends Repository {
  async offer(participantId: string, fromUser: string, toUser: string): Promise<OwnershipChange> {
    const id = randomUUID();
    await this.db.run(
      "UPDATE ownership_changes SET status = 'cancelled', decided_at = ? WHERE participant_id = ? AND status = 'offered'",
      [this.now(), participantId],
    );
    // One pending offer per participant (a unique index): at the same moment, the first one wins.
    await this.db.run(
      `INSERT INTO ownership_changes (id, participant_id, from_user, to_user, status, offered_at) VALUES (?, ?, ?, ?, 'offered', ?)
       ON CONFLICT (participant_id) WHERE status = 'offered' DO NOTHING`,
      [id, participantId, fromUser, toUser, this.now()],
    );
    return (await this.list(participantId)).find((c) => c.status === 'offered')!;
  }
  async decide(
    participantId: string,
    toUser: string,
    status: 'accepted' | 'declined',
  ): Promise<boolean> {
    return (
      (await this.db.run(
        "UPDATE ownership_changes SET status = ?, decided_at = ? WHERE participant_id = ? AND to_user = ? AND status = 'offered'",
        [status, this.now(), participantId, toUser],
      )) > 0
    );
  }
  /** The owner takes back an offer nobody has answered yet. */
  async cancelOpen(participantId: string): Promise<boolean> {
    return (
      (await this.db.run(
        "UPDATE ownership_changes SET status = 'cancelled', decided_at = ? WHERE participant_id = ? AND status = 'offered'",
        [this.now(), participantId],
      )) > 0
    );
  }
  async list(participantId: string): Promise<OwnershipChange[]> {
    const rows = await this.db.all<OwnershipChangeDbRow>(
      'SELECT * FROM ownership_changes WHERE participant_id = ? ORDER BY offered_at, id',
      [participantId],
    );
    return rows.map((r) => ({
      id: r.id,
      participantId: r.participant_id,
      fromUser: r.from_user,
      toUser: r.to_user,
      status: r.status,
      offeredAt: r.offered_at,
      decidedAt: r.decided_at ?? null,
    }));
  }
}
