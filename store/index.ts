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

/** The store's areas: each a repository over the store's Db and clock. */
const AREAS = {
  users: Users,
  forums: Forums,
  conversations: Conversations,
  audit: Audit,
  flows: Flows,
  dispatches: Dispatches,
  participants: Participants,
  consents: Consents,
  ownership: OwnershipChanges,
  plans: Plans,
  exits: Exits,
  ratings: Ratings,
  instruments: Instruments,
  digestChannels: DigestChannels,
  retention: Retention,
  figures: Figures,
  records: Records,
} as const;
type Areas = { readonly [K in keyof typeof AREAS]: InstanceType<(typeof AREAS)[K]> };

/**
 * The one store every dialog talks to. Each area is a repository over the same `Db`, written
 * once in SQL both SQLite and PostgreSQL understand. `transaction` gives a Store whose every
 * repository runs inside one database transaction, `unit` one over a unit of work. A Store is
 * made for every transaction and every turn, so an area's repository is made when first used.
 */
export class Store {
  /** The bot's clock; every stamp the store records comes from it. */
  readonly clock: StoreClock;
  private readonly made: { -readonly [K in keyof Areas]?: Areas[K] } = {};

  constructor(
    readonly db: Db,
    clock: Clock,
  ) {
    this.clock = clock instanceof StoreClock ? clock : new StoreClock(clock);
  }

  private area<K extends keyof Areas>(name: K): Areas[K] {
    return (this.made[name] ??= new AREAS[name](this.db, this.clock) as Areas[K]);
  }
  get users() {
    return this.area('users');
  }
  get forums() {
    return this.area('forums');
  }
  get conversations() {
    return this.area('conversations');
  }
  get audit() {
    return this.area('audit');
  }
  get flows() {
    return this.area('flows');
  }
  get dispatches() {
    return this.area('dispatches');
  }
  get participants() {
    return this.area('participants');
  }
  get consents() {
    return this.area('consents');
  }
  get ownership() {
    return this.area('ownership');
  }
  get plans() {
    return this.area('plans');
  }
  get exits() {
    return this.area('exits');
  }
  get ratings() {
    return this.area('ratings');
  }
  get instruments() {
    return this.area('instruments');
  }
  get digestChannels() {
    return this.area('digestChannels');
  }
  get retention() {
    return this.area('retention');
  }
  /** What the figures need, maintained on write (migration 007). */
  get figures() {
    return this.area('figures');
  }
  get records() {
    return this.area('records');
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
