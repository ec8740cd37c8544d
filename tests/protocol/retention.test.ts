import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store';
import { PARTICIPANT_TABLES } from '../../store/retention';
import { allText } from '../support/cards';
import { TestBot, users } from '../support/bot';
import { caseWithDataEverywhere } from '../support/factories';
import { storeTargets, type FreshDatabase } from '../store/targets';

/** Every table of the schema with a participant id column (found from the schema, not from the job's list). */
async function tablesWithParticipantId(store: Store): Promise<string[]> {
  if (store.db.dialect === 'postgres') {
    const rows = await store.db.all<{ table_name: string }>(
      "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'participant_id' ORDER BY table_name",
    );
    return rows.map((r) => r.table_name);
  }
  const tables = await store.db.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  const out: string[] = [];
  for (const { name } of tables) {
    const cols = await store.db.all<{ name: string }>(`PRAGMA table_info(${name})`);
    if (cols.some((c) => c.name === 'participant_id')) out.push(name);
  }
  return out;
}

const codes = new Map<string, string>();

/** Rows about a participant in every table that has a participant id, and in participants itself. */
async function rowsAbout(store: Store, participantId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await tablesWithParticipantId(store)) {
    const r = await store.db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM ${t} WHERE participant_id = ?`,
      [participantId],
    );
    out[t] = Number(r?.n ?? 0);
  }
  out.participants = Number(
    (
      await store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM participants WHERE id = ?', [
        participantId,
      ])
    )?.n ?? 0,
  );
  const code =
    (
      await store.db.get<{ code: string }>('SELECT code FROM participants WHERE id = ?', [
        participantId,
      ])
    )?.code ?? codes.get(participantId)!;
  codes.set(participantId, code);
  out.draftsNamingCode = Number(
    (
      await store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM flows WHERE data LIKE ?', [
        `%${code}%`,
      ])
    )?.n ?? 0,
  );
  return out;
}

const withoutAudit = (rows: Record<string, number>) =>
  Object.fromEntries(Object.entries(rows).filter(([t]) => t !== 'audit'));

// On SQLite always, and on PostgreSQL too when PG_TEST_URL is set (tests/store/targets.ts).
describe.each(storeTargets().map((t) => [t.name, t] as const))(
  'retention (gallring) on %s: the daily job culls ended cases whose last entry is older than RETENTION_YEARS',
  (_name, target) => {
    let tb: TestBot;
    let db: FreshDatabase;
    beforeAll(async () => {
      db = await target.fresh();
      // The clock starts at 2026-11-23 09:00 (FakeClock's default): every entry fullCase records is dated that day,
      // beside the dates it names (sessions in 2026, exits on the dates given). RETENTION_YEARS is 5 (default).
      tb = await TestBot.start({ env: { DATABASE_URL: db.url } });
      await tb.grant(users.anna.id, 'caseworker');
      await tb.grant(users.bo.id, 'caseworker');
    });
    afterAll(async () => {
      await tb?.close();
      await db?.drop();
    });

    it('every table with a participant id is one the culling deletes from (or the kept audit log)', async () => {
      expect((await tablesWithParticipantId(tb.store)).sort()).toEqual(
        [...PARTICIPANT_TABLES, 'audit'].sort(),
      );
    });

    it('deletes every row of an old ended case in one pass, keeps active and recently ended ones, and runs once per day', async () => {
      const old = await caseWithDataEverywhere(tb.store, users.anna.id, users.bo.id, '2026-11-20');
      const active = await caseWithDataEverywhere(tb.store, users.anna.id, users.bo.id, null);
      const recent = await caseWithDataEverywhere(
        tb.store,
        users.anna.id,
        users.bo.id,
        '2031-06-01',
      ); // ended later: within the period on the day of the pass
      const anna = tb.personal(users.anna);
      expect(allText(await anna.sayOne(`avslut ${old.code}`))).toContain(
        'avslutades redan 2026-11-20',
      );
      await tb.store.audit.write({
        actorId: users.anna.id,
        action: 'participant.view',
        participantId: old.id,
        detail: { code: old.code },
      });

      const before = await rowsAbout(tb.store, old.id);
      for (const [table, n] of Object.entries(before)) {
        if (table !== 'audit') expect(n, table).toBeGreaterThan(0); // the case really has rows everywhere
      }
      const activeBefore = await rowsAbout(tb.store, active.id);
      const recentBefore = await rowsAbout(tb.store, recent.id);

      // Five years after the last entry (2026-11-23) is 2031-11-23; from 2031-11-24 the old case is older than that.
      tb.clock.set('2031-11-23T10:00:00Z');
      await tb.bot.scheduler.tick();
      expect((await rowsAbout(tb.store, old.id)).participants).toBe(1);

      tb.clock.set('2031-11-24T10:00:00Z');
      await tb.bot.scheduler.tick();

      const after = await rowsAbout(tb.store, old.id);
      for (const [table, n] of Object.entries(after)) {
        if (table !== 'audit') expect(n, table).toBe(0);
      }
      expect(await tb.store.participants.byCode(old.code)).toBeUndefined();
      expect(await tb.store.dispatches.list(`exit6m:${old.id}`)).toEqual([]);

      // The audit log is kept, with one row saying the case was culled, by code only.
      const audit = await tb.store.audit.list({ participantId: old.id });
      expect(audit.map((a) => a.action)).toContain('participant.view');
      const culled = audit.filter((a) => a.action === 'participant.culled');
      expect(culled).toHaveLength(1);
      expect(culled[0]).toMatchObject({ actorId: 'system:retention', detail: { code: old.code } });

      // The active case and the recently ended one are untouched (the scheduler's other jobs write only dispatch claims).
      expect(withoutAudit(await rowsAbout(tb.store, active.id))).toEqual(
        withoutAudit(activeBefore),
      );
      expect(withoutAudit(await rowsAbout(tb.store, recent.id))).toEqual(
        withoutAudit(recentBefore),
      );
      expect(await tb.store.participants.get(active.id)).toMatchObject({
        code: active.code,
        endDate: null,
      });
      expect(await tb.store.participants.get(recent.id)).toMatchObject({
        code: recent.code,
        endDate: '2031-06-01',
      });
      expect(
        (await tb.store.audit.list()).filter((a) => a.action === 'participant.culled'),
      ).toHaveLength(1);

      // What the caseworker sees: `avslut <code>` knew the ended case before the pass; now the code is unknown.
      expect(allText(await anna.sayOne('mina deltagare'))).toContain(active.code);
      expect(allText(await anna.sayOne(`avslut ${old.code}`))).toContain(
        `Hittar ingen deltagare med koden ${old.code}`,
      );
      expect(allText(await anna.sayOne(`avslut ${recent.code}`))).toContain(
        'avslutades redan 2031-06-01',
      );

      // Once per day: a case that falls due later the same day waits for the next day's pass. Its entries are
      // recorded on 2026-11-23 (the clock set back), so it is due from 2031-11-24, after that day's pass ran.
      tb.clock.set('2026-11-23T12:00:00Z');
      const later = await caseWithDataEverywhere(
        tb.store,
        users.anna.id,
        users.bo.id,
        '2026-11-21',
      );
      tb.clock.set('2031-11-24T18:00:00Z');
      await tb.bot.scheduler.tick();
      expect(await tb.store.participants.get(later.id)).toBeDefined();
      expect(await tb.store.dispatches.status('retention:2031-11-24')).toMatchObject({
        status: 'sent',
        attempts: 1,
      });
      tb.clock.set('2031-11-25T06:00:00Z');
      await tb.bot.scheduler.tick();
      expect(await tb.store.participants.get(later.id)).toBeUndefined();
      expect(
        (await tb.store.audit.list({ participantId: later.id })).filter(
          (a) => a.action === 'participant.culled',
        ),
      ).toHaveLength(1);
    });
  },
);
