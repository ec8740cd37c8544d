import type { Db } from './db';
import { SqliteDb } from './db';
import { Audit, Conversations, Dispatches, Flows, Users } from './core';
import { DigestChannels } from './digest';
import { Forums } from './forums';
import { migrate } from './migrate';
import { Consents, OwnershipChanges, Participants } from './participants';
import { Exits, Plans } from './plans';
import { Instruments, Ratings } from './ratings';
import { Retention } from './retention';

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

  constructor(readonly db: Db) {
    this.users = new Users(db);
    this.forums = new Forums(db);
    this.conversations = new Conversations(db);
    this.audit = new Audit(db);
    this.flows = new Flows(db);
    this.dispatches = new Dispatches(db);
    this.participants = new Participants(db);
    this.consents = new Consents(db);
    this.ownership = new OwnershipChanges(db);
    this.plans = new Plans(db);
    this.exits = new Exits(db);
    this.ratings = new Ratings(db);
    this.instruments = new Instruments(db);
    this.digestChannels = new DigestChannels(db);
    this.retention = new Retention(db);
  }

  transaction<T>(fn: (s: Store) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => fn(new Store(tx)));
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** Opens the store named by DATABASE_URL: a postgres:// URL, or else a SQLite file path. */
export async function openStore(databaseUrl: string): Promise<Store> {
  let db: Db;
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const { postgresDb } = await import('./postgres');
    db = postgresDb(databaseUrl);
  } else {
    db = new SqliteDb(databaseUrl);
  }
  await migrate(db);
  return new Store(db);
}
