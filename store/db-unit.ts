// A unit of work (Db.unit): the turn's handler as one transaction that begins at its first write,
// with the turn's audit rows written in it just before it commits (bot/remember.ts turnAudit).
// The parts both drivers share; store/db.ts (SQLite) and store/postgres.ts implement it.

/** What a unit of work (Db.unit) does around its work: the turn writes its audit rows here. */
export interface UnitHooks {
  /** Inside the unit's transaction, just before it commits (its writes join it). */
  beforeCommit(): Promise<void>;
  /** After the work threw: `rolledBack` when a write had begun its transaction, now rolled back. */
  afterFailure(rolledBack: boolean): Promise<void>;
}

/** A unit of work of the caller: whether a write has begun its transaction. */
export interface UnitState {
  readonly writing: boolean;
}

/** Whether a statement may change rows (anything but a SELECT: INSERT … RETURNING read with get, too). */
export const isWrite = (sql: string): boolean => !/^\s*\(?\s*SELECT\b/i.test(sql);

/** Inside a transaction already: a unit of work joins it (its hooks run as part of it). */
export async function joinedUnit<T>(fn: () => Promise<T>, hooks: UnitHooks): Promise<T> {
  const out = await fn();
  await hooks.beforeCommit();
  return out;
}

export interface SqliteUnit {
  began: Promise<void> | null;
  ended: boolean;
  release(): void;
  /** Nested transactions of the unit, one savepoint after the other. */
  nested: Promise<unknown>;
  /** Statements that run after the unit's transaction (OUTSIDE_TRANSACTION). */
  afterCommit: string[];
}

/** What SQLite refuses inside a transaction. */
export const OUTSIDE_TRANSACTION = /^\s*(PRAGMA\s+wal_checkpoint|VACUUM)\b/i;
