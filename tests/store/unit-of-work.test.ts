import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnAudit } from '../../bot/remember';
import { Store } from '../../store';
import { SqliteDb, UnitWaitTimeout } from '../../store/db';
import { migrate } from '../../store/migrate';
import { won } from '../../store/stale';
import { FakeClock } from '../support/clock';
import { participantWith } from '../support/factories';
import { storeTargets, type FreshDatabase } from './targets';

/**
 * A turn's unit of work (Db.unit, through the turn's audit as bot/turn.ts runs a handler): the
 * handler's writes and its audit rows commit together, or none of them do.
 */
describe.each(storeTargets().map((t) => [t.name, t] as const))(
  'a turn as one unit of work on %s',
  (_name, target) => {
    let fresh: FreshDatabase;
    let store: Store;
    const clock = new FakeClock('2026-11-23T09:00:00Z');
    beforeAll(async () => {
      fresh = await target.fresh();
      store = await fresh.open(clock);
    });
    afterAll(async () => {
      await fresh.drop();
    });

    const actions = async (participantId: string) =>
      (await store.audit.list({ participantId })).map((a) => a.action);
    const turn = () => turnAudit(store, { actorId: 'anna', via: 'personal' }, clock);

    it('commits a change with the audit row written after it', async () => {
      const p = await participantWith(store, 'anna');
      const t = turn();
      await t.inUnit(async (s) => {
        won(await s.participants.update(p.id, p.rev, { endDate: '2026-11-20' }));
        await t.write('exit.saved', p.id, { code: p.code });
      });
      expect((await store.participants.get(p.id))?.endDate).toBe('2026-11-20');
      expect(await actions(p.id)).toContain('exit.saved');
    });

    it('rolls back the change and its audit row when the handler fails after both; rows from before the first write stay', async () => {
      const p = await participantWith(store, 'anna');
      const t = turn();
      await expect(
        t.inUnit(async (s) => {
          await t.write('participant.view', p.id, { code: p.code });
          won(await s.participants.update(p.id, p.rev, { endDate: '2026-11-20' }));
          await t.write('exit.saved', p.id, { code: p.code });
          await s.participants.get(p.id); // reads after the first write are in the transaction
          throw new Error('the card could not be drawn');
        }),
      ).rejects.toThrow('the card could not be drawn');
      expect((await store.participants.get(p.id))?.endDate).toBeNull();
      expect(await actions(p.id)).toEqual(['participant.view']);
    });

    it('writes no change when its audit row cannot be written', async () => {
      const p = await participantWith(store, 'anna');
      const t = turn();
      const failing = (sql: string) => {
        if (sql.startsWith('INSERT INTO audit')) throw new Error('audit table full');
      };
      await expect(
        t.inUnit(async (s) => {
          won(await s.participants.update(p.id, p.rev, { endDate: '2026-11-20' }));
          await t.write('exit.saved', p.id, { code: p.code });
          s.db.stats.onStatement = failing;
        }),
      ).rejects.toThrow('audit table full');
      store.db.stats.onStatement = undefined;
      expect((await store.participants.get(p.id))?.endDate).toBeNull();
      expect(await actions(p.id)).toEqual([]);
    });

    it('a lost compare-and-set inside the unit undoes only its own transaction', async () => {
      const p = await participantWith(store, 'anna');
      const t = turn();
      const lost = await t.inUnit(async (s) => {
        await s.users.seen('anna', 'Anna', 'sv');
        const out = await s.attempt(async (tx) => {
          await tx.participants.update(p.id, p.rev, { endDate: '2026-11-20' });
          return won(await tx.participants.update(p.id, p.rev, { endDate: '2026-11-21' }));
        });
        await t.write('exit.refused', p.id, { code: p.code });
        return out;
      });
      expect(lost).toBeUndefined();
      expect((await store.participants.get(p.id))?.endDate).toBeNull();
      expect(await actions(p.id)).toEqual(['exit.refused']);
      expect((await store.users.get('anna'))?.name).toBe('Anna');
    });

    it('other callers see a unit all or not at all (SQLite waits for it, PostgreSQL reads the last commit); a read-only unit holds nobody up', async () => {
      const p = await participantWith(store, 'anna');
      const t = turn();
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const unit = t.inUnit(async (s) => {
        won(await s.participants.update(p.id, p.rev, { endDate: '2026-11-20' }));
        await held;
        await t.write('exit.saved', p.id, { code: p.code });
      });
      await new Promise((r) => setTimeout(r, 20));
      let settled = false;
      const outside = store.participants.get(p.id).then((x) => {
        settled = true;
        return x?.endDate;
      });
      if (store.db.dialect === 'sqlite') {
        // One connection: the read waits for the unit, then sees all of it.
        await new Promise((r) => setTimeout(r, 20));
        expect(settled).toBe(false);
        release();
        await unit;
        expect(await outside).toBe('2026-11-20');
      } else {
        // A connection of its own: the read is answered at once, with the last committed row.
        expect(await outside).toBeNull();
        release();
        await unit;
      }
      expect((await store.participants.get(p.id))?.endDate).toBe('2026-11-20');

      const r = turn();
      let done!: () => void;
      const open = new Promise<void>((x) => (done = x));
      const reading = r.inUnit(async (s) => {
        await s.participants.get(p.id);
        await r.write('participant.view', p.id, { code: p.code });
        await open;
      });
      expect((await store.participants.get(p.id))?.code).toBe(p.code); // not held up
      done();
      await reading;
      expect((await actions(p.id)).sort()).toEqual(['exit.saved', 'participant.view']);
    });
  },
);

describe('a unit of work on SQLite whose work uses the outer store', () => {
  it('fails after the wait limit instead of waiting for itself for ever; its write is undone and the connection free again', async () => {
    const clock = new FakeClock('2026-11-23T09:00:00Z');
    const db = new SqliteDb(':memory:', { unitWaitMs: 200 });
    await migrate(db, clock);
    const store = new Store(db, clock);
    try {
      const p = await participantWith(store, 'anna');
      const t = turnAudit(store, { actorId: 'anna', via: 'personal' }, clock);
      await expect(
        t.inUnit(async (s) => {
          won(await s.participants.update(p.id, p.rev, { endDate: '2026-11-20' }));
          return store.participants.get(p.id); // the outer store: behind the unit's own transaction
        }),
      ).rejects.toBeInstanceOf(UnitWaitTimeout);
      expect((await store.participants.get(p.id))?.endDate).toBeNull();
      // Another caller behind a unit that ends within the limit waits for it, then sees all of it.
      const unit = t.inUnit(async (s) => {
        won(await s.participants.update(p.id, p.rev, { endDate: '2026-11-21' }));
        await new Promise((r) => setTimeout(r, 100));
      });
      await new Promise((r) => setTimeout(r, 20));
      const outside = await store.participants.get(p.id);
      await unit;
      expect(outside?.endDate).toBe('2026-11-21');
    } finally {
      await store.close();
    }
  });
});
