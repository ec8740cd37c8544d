import { randomUUID } from 'node:crypto';
import type { Role } from '../domain/types';
import { Repository } from './repository';
import type { AuditDbRow, ConversationDbRow, FlowDbRow, UserDbRow } from './rows';

// ---------------------------------------------------------------- users and roles

export interface UserRow {
  id: string;
  name: string | null;
  locale: string;
  lastSeenAt: string;
}

const toUser = (r: UserDbRow): UserRow => ({
  id: r.id,
  name: r.name,
  locale: r.locale,
  lastSeenAt: r.last_seen_at,
});

export class Users extends Repository {
  async seen(id: string, name: string | null, locale: string): Promise<void> {
    await this.db.run(
      `INSERT INTO users (id, name, locale, last_seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, locale = excluded.locale, last_seen_at = excluded.last_seen_at`,
      [id, name, locale, this.now()],
    );
  }
  async get(id: string): Promise<UserRow | undefined> {
    const r = await this.db.get<UserDbRow>('SELECT * FROM users WHERE id = ?', [id]);
    return r && toUser(r);
  }
  async list(): Promise<UserRow[]> {
    const rows = await this.db.all<UserDbRow>(
      'SELECT * FROM users ORDER BY name IS NULL, name, id',
    );
    return rows.map(toUser);
  }
  async roles(id: string): Promise<Role[]> {
    const rows = await this.db.all<{ role: Role }>(
      'SELECT role FROM user_roles WHERE user_id = ? ORDER BY role',
      [id],
    );
    return rows.map((r) => r.role);
  }
  async usersWithRole(role: Role): Promise<string[]> {
    const rows = await this.db.all<{ user_id: string }>(
      'SELECT user_id FROM user_roles WHERE role = ? ORDER BY user_id',
      [role],
    );
    return rows.map((r) => r.user_id);
  }
  async grant(userId: string, role: Role, grantedBy: string): Promise<boolean> {
    const n = await this.db.run(
      'INSERT INTO user_roles (user_id, role, granted_by, granted_at) VALUES (?, ?, ?, ?) ON CONFLICT (user_id, role) DO NOTHING',
      [userId, role, grantedBy, this.now()],
    );
    return n > 0;
  }
  async revoke(userId: string, role: Role): Promise<boolean> {
    return (
      (await this.db.run('DELETE FROM user_roles WHERE user_id = ? AND role = ?', [userId, role])) >
      0
    );
  }
}

// ---------------------------------------------------------------- conversation references

export type ConversationKind = 'personal' | 'channel' | 'groupChat';

export interface ConversationRow {
  id: string;
  kind: ConversationKind;
  teamId: string | null;
  channelId: string | null;
  userId: string | null;
  /** A botbuilder ConversationReference, as JSON. */
  reference: Record<string, unknown>;
  updatedAt: string;
}

const toConversation = (r: ConversationDbRow): ConversationRow => ({
  id: r.id,
  kind: r.kind,
  teamId: r.team_id,
  channelId: r.channel_id,
  userId: r.user_id,
  reference: JSON.parse(r.reference),
  updatedAt: r.updated_at,
});

export class Conversations extends Repository {
  async save(c: Omit<ConversationRow, 'updatedAt'>): Promise<void> {
    await this.db.run(
      `INSERT INTO conversations (id, kind, team_id, channel_id, user_id, reference, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, team_id = excluded.team_id, channel_id = excluded.channel_id,
         user_id = excluded.user_id, reference = excluded.reference, updated_at = excluded.updated_at`,
      [c.id, c.kind, c.teamId, c.channelId, c.userId, JSON.stringify(c.reference), this.now()],
    );
  }
  async get(id: string): Promise<ConversationRow | undefined> {
    const r = await this.db.get<ConversationDbRow>('SELECT * FROM conversations WHERE id = ?', [
      id,
    ]);
    return r && toConversation(r);
  }
  /** The personal chat with a user, for reminders. */
  async personal(userId: string): Promise<ConversationRow | undefined> {
    const r = await this.db.get<ConversationDbRow>(
      "SELECT * FROM conversations WHERE kind = 'personal' AND user_id = ? ORDER BY updated_at DESC",
      [userId],
    );
    return r && toConversation(r);
  }
  async list(kind?: ConversationKind): Promise<ConversationRow[]> {
    const rows = await this.db.all<ConversationDbRow>(
      `SELECT * FROM conversations ${kind ? 'WHERE kind = ?' : ''} ORDER BY id`,
      kind ? [kind] : [],
    );
    return rows.map(toConversation);
  }
}

// ---------------------------------------------------------------- audit

export interface AuditEntry {
  actorId: string;
  /** What was done, e.g. `participant.view`, `rating.save`. */
  action: string;
  participantId: string | null;
  /** Ids and codes only: never names or free text. */
  detail?: Record<string, string | number | boolean | null>;
  /** The kind of conversation the read or change came from; absent for jobs and command lines. */
  via?: string | null;
}

export interface AuditRow extends AuditEntry {
  id: string;
  at: string;
}

export class Audit extends Repository {
  async write(e: AuditEntry, at: Date = new Date(this.now())): Promise<void> {
    await this.writeMany([{ entry: e, at }]);
  }
  /** Several rows in one statement (the audit rows of one turn). */
  async writeMany(entries: { entry: AuditEntry; at: Date }[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db.run(
      `INSERT INTO audit (id, at, actor_id, action, participant_id, detail, via) VALUES ${entries.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      entries.flatMap(({ entry: e, at }) => {
        const detail = e.detail ? JSON.stringify(e.detail) : null;
        const row = [randomUUID(), at.toISOString(), e.actorId, e.action, e.participantId, detail];
        return [...row, e.via ?? null];
      }),
    );
  }
  async list(filter: { participantId?: string; actorId?: string } = {}): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: string[] = [];
    if (filter.participantId) {
      where.push('participant_id = ?');
      params.push(filter.participantId);
    }
    if (filter.actorId) {
      where.push('actor_id = ?');
      params.push(filter.actorId);
    }
    const rows = await this.db.all<AuditDbRow>(
      `SELECT * FROM audit ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY at, id`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      action: r.action,
      participantId: r.participant_id,
      detail: r.detail ? JSON.parse(r.detail) : undefined,
    }));
  }
}

// ---------------------------------------------------------------- flows (card drafts)

export type FlowStatus = 'open' | 'done' | 'cancelled';

/**
 * Work in progress behind a card: a half-filled registration, rating session or plan edit.
 * Saved at every step. `rev` rises by one at each step; a card carries the rev it was drawn at,
 * so a double click or a stale card is recognised and changes nothing.
 */
export interface Flow<D = Record<string, unknown>> {
  id: string;
  kind: string;
  ownerId: string;
  participantId: string | null;
  step: string;
  rev: number;
  status: FlowStatus;
  data: D;
  createdAt: string;
  updatedAt: string;
}

/** `D` is what the caller stored in `data`: the row cannot check it. */
const toFlow = <D>(r: FlowDbRow): Flow<D> => ({
  id: r.id,
  kind: r.kind,
  ownerId: r.owner_id,
  participantId: r.participant_id,
  step: r.step,
  rev: r.rev,
  status: r.status,
  data: JSON.parse(r.data) as D,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface NewFlow<D> {
  kind: string;
  ownerId: string;
  participantId?: string | null;
  step: string;
  data: D;
  /**
   * What this draft is for, unique among the owner's open drafts of the kind (e.g. the participant's
   * id): with a key, a second create while the first is open returns the first (a unique index in
   * the database decides, so two requests at once on two instances still make one draft).
   */
  openKey?: string;
}

export class Flows extends Repository {
  async create<D>(f: NewFlow<D>): Promise<Flow<D>> {
    return (await this.createOnce(f)).flow;
  }
  /** Like create; `created` is false when an open draft with the same openKey was there first. */
  async createOnce<D>(f: NewFlow<D>): Promise<{ flow: Flow<D>; created: boolean }> {
    for (let attempt = 0; ; attempt++) {
      const [id, t, key] = [randomUUID(), this.now(), f.openKey ?? null];
      const row = [id, f.kind, f.ownerId, f.participantId ?? null, f.step, JSON.stringify(f.data)];
      const made = await this.db.get<FlowDbRow>(
        `INSERT INTO flows (id, kind, owner_id, participant_id, step, data, created_at, updated_at, open_key, rev, status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'open') ON CONFLICT (kind, owner_id, open_key) WHERE status = 'open' DO NOTHING RETURNING *`,
        [...row, t, t, key],
      );
      if (made) return { flow: toFlow<D>(made), created: true };
      const r = await this.db.get<FlowDbRow>(
        "SELECT * FROM flows WHERE kind = ? AND owner_id = ? AND open_key = ? AND status = 'open'",
        [f.kind, f.ownerId, key],
      );
      // The first was closed between our insert and this read: try again (it cannot keep happening).
      if (r) return { flow: toFlow(r), created: false };
      if (attempt >= 3) throw new Error('flows.createOnce: the open draft kept changing');
    }
  }
  async get<D>(id: string): Promise<Flow<D> | undefined> {
    const r = await this.db.get<FlowDbRow>('SELECT * FROM flows WHERE id = ?', [id]);
    return r && toFlow<D>(r);
  }
  /** The newest open flow of a kind for an owner (optionally for one participant). */
  async findOpen<D>(
    kind: string,
    ownerId: string,
    participantId?: string,
  ): Promise<Flow<D> | undefined> {
    const r = participantId
      ? await this.db.get<FlowDbRow>(
          "SELECT * FROM flows WHERE kind = ? AND owner_id = ? AND participant_id = ? AND status = 'open' ORDER BY updated_at DESC",
          [kind, ownerId, participantId],
        )
      : await this.db.get<FlowDbRow>(
          "SELECT * FROM flows WHERE kind = ? AND owner_id = ? AND status = 'open' ORDER BY updated_at DESC",
          [kind, ownerId],
        );
    return r && toFlow<D>(r);
  }
  async listOpen<D>(kind: string, ownerId: string): Promise<Flow<D>[]> {
    const rows = await this.db.all<FlowDbRow>(
      "SELECT * FROM flows WHERE kind = ? AND owner_id = ? AND status = 'open' ORDER BY updated_at DESC",
      [kind, ownerId],
    );
    return rows.map((r) => toFlow<D>(r));
  }
  /**
   * Moves a flow on, but only from the revision the card was drawn at: returns the new flow, or
   * undefined when it moved since (stale card, double click). One statement: compare-and-set, RETURNING.
   */
  async advance<D>(
    id: string,
    expectedRev: number,
    change: { step?: string; data?: D; status?: FlowStatus },
  ): Promise<Flow<D> | undefined> {
    const data = change.data == null ? null : JSON.stringify(change.data);
    const r = await this.db.get<FlowDbRow>(
      `UPDATE flows SET step = COALESCE(?, step), data = COALESCE(?, data), status = COALESCE(?, status),
         rev = rev + 1, updated_at = ? WHERE id = ? AND rev = ? RETURNING *`,
      [change.step ?? null, data, change.status ?? null, this.now(), id, expectedRev],
    );
    return r && toFlow<D>(r);
  }
}

// ---------------------------------------------------------------- exactly-once dispatches

/**
 * SQL: no dispatch with the key `keyExpr` (an SQL expression) was sent. A job's query of what is
 * due leaves out what it already sent, so a tick reads only what may still need sending; a claim
 * that failed or is under way stays in (Dispatches.claim decides about it).
 */
export const notSent = (keyExpr: string) =>
  `NOT EXISTS (SELECT 1 FROM dispatches d WHERE d.key = ${keyExpr} AND d.status = 'sent')`;

/**
 * Claims for things that must happen once: a digest per channel and ISO week, a reminder per due
 * date. A claim is a row with a unique key, so two instances (or a restart) cannot both win it.
 */
export class Dispatches extends Repository {
  /** True when this caller now owns the key. A failed earlier attempt can be claimed again. */
  async claim(
    key: string,
    at: Date = this.clock.now(),
    staleAfterMs = 10 * 60_000,
  ): Promise<boolean> {
    const inserted = await this.db.run(
      "INSERT INTO dispatches (key, status, attempts, claimed_at) VALUES (?, 'sending', 1, ?) ON CONFLICT (key) DO NOTHING",
      [key, at.toISOString()],
    );
    if (inserted > 0) return true;
    // A failed send, or a claim left behind by an instance that died while sending.
    const stale = new Date(at.getTime() - staleAfterMs).toISOString();
    const retaken = await this.db.run(
      "UPDATE dispatches SET status = 'sending', attempts = attempts + 1, claimed_at = ? WHERE key = ? AND (status = 'failed' OR (status = 'sending' AND claimed_at < ?))",
      [at.toISOString(), key, stale],
    );
    return retaken > 0;
  }
  async sent(key: string, at: Date = this.clock.now()): Promise<void> {
    await this.db.run(
      "UPDATE dispatches SET status = 'sent', sent_at = ?, last_error = NULL WHERE key = ?",
      [at.toISOString(), key],
    );
  }
  async failed(key: string, error: string): Promise<void> {
    await this.db.run("UPDATE dispatches SET status = 'failed', last_error = ? WHERE key = ?", [
      error.slice(0, 500),
      key,
    ]);
  }
  async status(key: string): Promise<{ status: string; attempts: number } | undefined> {
    return this.db.get('SELECT status, attempts FROM dispatches WHERE key = ?', [key]);
  }
  async list(prefix: string): Promise<{ key: string; status: string; attempts: number }[]> {
    return this.db.all(
      'SELECT key, status, attempts FROM dispatches WHERE key LIKE ? ORDER BY key',
      [prefix + '%'],
    );
  }
}
