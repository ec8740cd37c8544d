import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store';
import { FakeClock } from '../support/clock';
import { TestBot, users } from '../support/bot';
import { caseWithDataEverywhere } from '../support/factories';

/** Every table of the schema, found from the database itself. */
async function tables(store: Store): Promise<string[]> {
  const rows = await store.db.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  return rows.map((r) => r.name);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Each `table.column` that holds an ISO instant, with the years found in it. */
async function instantsByColumn(store: Store): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  for (const table of await tables(store)) {
    for (const row of await store.db.all<Record<string, unknown>>(`SELECT * FROM ${table}`)) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string' || !INSTANT.test(value)) continue;
        const key = `${table}.${column}`;
        if (!found.has(key)) found.set(key, new Set());
        found.get(key)!.add(value.slice(0, 4));
      }
    }
  }
  return found;
}

/**
 * One source of time: with the bot's clock set years away from today, every instant the store records
 * (through the protocol and through every repository) is in the clock's year. A stamp taken from the wall
 * clock would show today's year and fail here, whatever today is.
 */
describe('every stored time comes from the bot’s clock', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start({ clock: new FakeClock('2034-06-15T10:00:00Z') });
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.admin.id, 'admin', 'forum_member');
  });
  afterAll(async () => {
    await tb?.close();
  });

  it('stamps rows written by a day of work in 2034 with 2034, never with the wall clock', async () => {
    const anna = tb.personal(users.anna);
    await anna.say('hjälp');
    const p = await caseWithDataEverywhere(tb.store, users.anna.id, users.bo.id, '2034-06-01');
    const active = await caseWithDataEverywhere(tb.store, users.anna.id, users.bo.id, null);
    await anna.say('mina deltagare');
    await anna.say(`skattning ${active.code}`);
    await anna.say(`plan ${active.code}`);
    await anna.say(`progression ${p.code}`);
    const channel = tb.channel(users.admin, 'team-1', '19:digest@thread.tacv2');
    await channel.say('veckosammanfattning här');
    await channel.say('ärendeforum');
    tb.clock.advanceDays(3);
    await tb.bot.scheduler.tick();

    const found = await instantsByColumn(tb.store);
    // The check reaches the stamps of every area (so it cannot pass on an empty database).
    for (const column of [
      'schema_migrations.applied_at',
      'users.last_seen_at',
      'user_roles.granted_at',
      'conversations.updated_at',
      'audit.at',
      'flows.updated_at',
      'dispatches.claimed_at',
      'dispatches.sent_at',
      'participants.created_at',
      'consents.recorded_at',
      'ownership_changes.offered_at',
      'rating_sessions.saved_at',
      'plans.updated_at',
      'plan_activities.created_at',
      'plan_history.at',
      'plan_followups.recorded_at',
      'exits.recorded_at',
      'forums.created_at',
      'forum_cases.added_at',
      'forum_actions.created_at',
    ])
      expect([...found.keys()], column).toContain(column);
    for (const [column, years] of found) expect([...years], column).toEqual(['2034']);
  });
});
