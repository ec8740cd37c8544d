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

/**
 * How long a unit of work may hold the connection while statements wait for it: then they fail.
 * Longer than any unit should hold it (Teams retries a card action after 10–15 s); what it
 * catches is a unit's own work calling the outer Db instead of the one it was given, which would
 * otherwise wait for itself for ever and hold every user up with it.
 */
export const UNIT_WAIT_MS = 30_000;

/** A unit of work holding the connection: who waits for it, and the timer that fails them. */
export interface Hold {
  waiting: Set<(err: Error) => void>;
  timer: NodeJS.Timeout | undefined;
  /** Held past UNIT_WAIT_MS: a statement queued now fails at once. */
  expired: boolean;
}

export class UnitWaitTimeout extends Error {
  constructor(ms: number) {
    super(
      `a unit of work held the connection for ${ms} ms while this statement waited for it (does the unit's work use the outer Db instead of its own?)`,
    );
  }
}
