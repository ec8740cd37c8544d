import type { Clock } from '../domain/dates';
import type { Db, UnitHooks } from './db';
import { SqliteDb } from './db';
import { Audit, Conversations, Dispatches, Flows, Users } from './core';
import { DigestChannels } from './digest';
import { Figures } from './figures';
import { Forums } from './forums';
import { migrate } from './migrate';
import { Consents, OwnershipChanges, Participants } from './participants';
import { Exits } from './exits';
import { Plans } from './plans';
import { Instruments, Ratings } from './ratings';
import { StoreClock } from './repository';
import { Records } from './records';
import { Retention } from './retention';
import { isLostRace } from './stale';

/**
 * The one store every dialog talks to. Each area is a repository over the same `Db`, written
 * once in SQL both SQLite and PostgreSQL understand. `transaction` gives a Store whose every
 * repository runs inside one database transaction.
 */
export class Store {
  readonly users: Users;
  readonly forums: Forums;
  readonly conversations: Conversations;
  readonly audit: Audit;
  readonly flows: Flows;
  readonly dispatches: Dispatches;
  readonly participants: Participants;
  readonly consents: Consents;
  readonly ownership: OwnershipChanges;
  readonly plans: Plans;
  readonly exits: Exits;
  readonly ratings: Ratings;
  readonly instruments: Instruments;
  readonly digestChannels: DigestChannels;
  readonly retention: Retention;
  /** What the figures need, maintained on write (migration 007). */
  readonly figures: Figures;
  readonly records: Records;
  /** The bot's clock; every stamp the store records comes from it. */
  readonly clock: StoreClock;

  constructor(
    readonly db: Db,
    clock: Clock,
  ) {
    this.clock = clock instanceof StoreClock ? clock : new StoreClock(clock);
    this.users = new Users(db, this.clock);
    this.forums = new Forums(db, this.clock);
    this.conversations = new Conversations(db, this.clock);
    this.audit = new Audit(db, this.clock);
    this.flows = new Flows(db, this.clock);
    this.dispatches = new Dispatches(db, this.clock);
    this.participants = new Participants(db, this.clock);
    this.consents = new Consents(db, this.clock);
    this.ownership = new OwnershipChanges(db, this.clock);
    this.plans = new Plans(db, this.clock);
    this.exits = new Exits(db, this.clock);
    this.ratings = new Ratings(db, this.clock);
    this.instruments = new Instruments(db, this.clock);
    this.digestChannels = new DigestChannels(db, this.clock);
    this.retention = new Retention(db, this.clock);
    this.figures = new Figures(db, this.clock);
    this.records = new Records(db, this.clock);
  }

  transaction<T>(fn: (s: Store) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => fn(new Store(tx, this.clock)));
  }

  /** One unit of work (Db.unit): fn gets the Store over the unit's Db, and must use that one. */
  unit<T>(fn: (s: Store) => Promise<T>, hooks: UnitHooks): Promise<T> {
    return this.db.unit((db) => fn(new Store(db, this.clock)), hooks);
  }

  /**
   * A transaction whose compare-and-sets may lose (`won(...)` throws LostRace): undefined when one
   * lost, and then nothing of it was written.
   */
  async attempt<T>(fn: (s: Store) => Promise<T>): Promise<T | undefined> {
    try {
      return await this.transaction(fn);
    } catch (err) {
      if (isLostRace(err)) return undefined;
      throw err;
    }
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/**
 * Opens the store named by DATABASE_URL: a postgres:// URL, or else a SQLite file path. The clock
 * is the bot's: every time the store records comes from it.
 */
export async function openStore(databaseUrl: string, clock: Clock): Promise<Store> {
  let db: Db;
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const { postgresDb } = await import('./postgres');
    db = postgresDb(databaseUrl);
  } else {
    db = new SqliteDb(databaseUrl);
  }
  await migrate(db, clock);
  const store = new Store(db, clock);
  await store.figures.ensureCurrent();
  return store;
}
