// The store work every turn does besides its handler. Where the turn came from: the conversation
// reference (for reminders and digests) and the user (name, Teams language, last seen). Most turns
// change neither, so this process remembers what it last stored and writes only a change: a
// conversation reference apart from its activity id (the message it came with, new on every turn),
// the user's name or language, and "last seen" once a day. After a restart, or on another
// instance, the first turn writes once. And the turn's audit rows, written in one statement.
import { today, type Clock } from '../domain/dates';
import type { Store } from '../store';
import type { AuditEntry, ConversationRow } from '../store/core';
import { BoundedMap } from './bounded';

export function rememberer(store: Store, clock: Clock) {
  // What was last stored under a key (the oldest entry goes first).
  const stored = new BoundedMap<string>(10_000);
  return {
    async conversation(row: Omit<ConversationRow, 'updatedAt'>): Promise<void> {
      const { activityId: _turn, ...where } = row.reference;
      const key = JSON.stringify([row.kind, row.teamId, row.channelId, row.userId, where]);
      if (stored.get(`c:${row.id}`) === key) return;
      await store.conversations.save(row);
      stored.set(`c:${row.id}`, key);
    },
    async user(id: string, name: string | null, locale: string): Promise<void> {
      const seen = JSON.stringify([name, locale, today(clock)]);
      if (stored.get(`u:${id}`) === seen) return;
      await store.users.seen(id, name, locale);
      stored.set(`u:${id}`, seen);
    },
  };
}

/**
 * The audit rows of one turn, written in the handler's own transaction (`inUnit`: the turn's unit
 * of work, Db.unit): a row is committed with the change it records, or not at all. Kept as the
 * handler writes them (each with its own time) and written in one statement just before the
 * turn's transaction commits. When the handler fails and its transaction rolls back, the rows it
 * wrote before its first write (reads and refusals: nothing of them rolled back) are still written;
 * the rows after it, which may record a change that is now undone, are not.
 */
export function turnAudit(store: Store, who: Pick<AuditEntry, 'actorId' | 'via'>, clock: Clock) {
  const pending: { entry: AuditEntry; at: Date; afterWrite: boolean }[] = [];
  /** The Store of the unit of work the handler runs in, while it runs. */
  let inside: Store | null = null;
  const flush = (to: Store, rows: typeof pending) =>
    to.audit.writeMany(rows.map(({ entry, at }) => ({ entry, at })));
  return {
    write: async (
      action: string,
      participantId: string | null,
      detail?: AuditEntry['detail'],
    ): Promise<void> => {
      const entry = { ...who, action, participantId, detail };
      const unit = inside?.db.unitState();
      // Outside the handler's unit of work (nothing to join): written at once.
      if (!unit) return store.audit.writeMany([{ entry, at: clock.now() }]);
      pending.push({ entry, at: clock.now(), afterWrite: unit.writing });
    },
    inUnit: <T>(fn: (unitStore: Store) => Promise<T>): Promise<T> =>
      store.unit(
        (s) => {
          inside = s;
          return fn(s);
        },
        {
          beforeCommit: () => flush(inside ?? store, pending.splice(0)),
          // The unit has ended (rolled back or never begun): written outside it.
          afterFailure: (rolledBack) =>
            flush(
              store,
              pending.splice(0).filter((r) => !rolledBack || !r.afterWrite),
            ),
        },
      ),
  };
}
