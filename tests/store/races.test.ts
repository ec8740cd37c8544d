import { Client as PgClient } from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SqliteDb, type Db } from '../../store/db';
import { Store } from '../../store';
import { migrate, MIGRATIONS } from '../../store/migrate';
import { TestBot, users } from '../support/bot';
import { allText, findAction } from '../support/cards';
import { FakeClock } from '../support/clock';
import { participantWith } from '../support/factories';
import { storeTargets, type FreshDatabase } from './targets';

/**
 * One click is one row, also when two requests arrive at the same moment on two instances: each
 * check-then-insert the handlers did is decided by a unique index (store/migrations/006_unique.ts).
 * On PostgreSQL two store instances (two pools) race; SQLite is one instance's file, so there the
 * same calls race on one store.
 */
const ROUNDS = 8;

describe.each(storeTargets().map((t) => [t.name, t] as const))('races on %s', (name, target) => {
  let db: FreshDatabase;
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    db = await target.fresh();
    a = await db.open();
    b = name === 'postgres' ? await db.open() : a;
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('two drafts opened at once for one purpose are one draft, and both callers get it', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const p = await participantWith(a, 'cw-anna');
      const open = (s: Store) =>
        s.flows.createOnce({
          kind: 'rating',
          ownerId: 'cw-anna',
          participantId: p.id,
          openKey: `new:${p.id}`,
          step: 'page:0',
          data: { round: i },
        });
      const [x, y] = await Promise.all([open(a), open(b)]);
      expect([x.created, y.created].sort()).toEqual([false, true]);
      expect(x.flow.id).toBe(y.flow.id);
      const rows = (await a.flows.listOpen('rating', 'cw-anna')).filter(
        (f) => f.participantId === p.id,
      );
      expect(rows).toHaveLength(1);
      // Once that draft is finished, the next one for the same purpose opens.
      await a.flows.advance(x.flow.id, x.flow.rev, { status: 'done' });
      expect((await open(b)).created).toBe(true);
    }
  });

  it('drafts without a purpose key are not limited', async () => {
    const make = (s: Store) =>
      s.flows.create({ kind: 'misc', ownerId: 'cw-bo', step: 's', data: {} });
    await Promise.all([make(a), make(b)]);
    expect(await a.flows.listOpen('misc', 'cw-bo')).toHaveLength(2);
  });

  it('two starts of a forum meeting on one date at once start one meeting', async () => {
    const { forum } = await a.forums.create({
      teamId: 'team-r',
      channelId: `19:r-${name}`,
      conversationId: `19:r-${name};messageid=1`,
      departments: ['vux'],
      createdBy: 'forum-frida',
    });
    for (let i = 0; i < ROUNDS; i++) {
      const date = `2027-01-${String(i + 10).padStart(2, '0')}`;
      const [x, y] = await Promise.all([
        a.forums.startMeeting(forum.id, date, 'forum-frida'),
        b.forums.startMeeting(forum.id, date, 'forum-maja'),
      ]);
      expect([x.started, y.started].sort()).toEqual([false, true]);
      expect(x.meeting.id).toBe(y.meeting.id);
      expect((await a.forums.meetings(forum.id)).filter((m) => m.date === date)).toHaveLength(1);
    }
    // A closed meeting does not stop a new one on the same date.
    const { meeting } = await a.forums.startMeeting(forum.id, '2027-02-01', 'forum-frida');
    await a.forums.closeMeeting(meeting.id, 'forum-frida');
    expect((await b.forums.startMeeting(forum.id, '2027-02-01', 'forum-frida')).started).toBe(true);
  });

  it('two handover offers of one case at once leave one pending offer', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const p = await participantWith(a, 'cw-anna');
      const offer = (s: Store, to: string) =>
        s.transaction((tx) => tx.ownership.offer(p.id, 'cw-anna', to));
      const [x, y] = await Promise.all([offer(a, 'cw-bo'), offer(b, 'cw-eve')]);
      const pending = (await a.ownership.list(p.id)).filter((c) => c.status === 'offered');
      expect(pending).toHaveLength(1);
      // Each caller is told what is pending now: its own offer, or the one that won.
      expect([x.id, y.id]).toContain(pending[0].id);
    }
  });

  it('migrates a database that already has duplicates, keeping the first meeting and the newest offer', async () => {
    const fresh = await target.fresh();
    const clock = new FakeClock();
    let raw: Db | undefined;
    try {
      raw = await rawDb(fresh.url);
      await migrate(
        raw,
        clock,
        MIGRATIONS.filter((m) => m.version < 6),
      );
      const s = new Store(raw, clock);
      const p = await participantWith(s, 'cw-anna');
      const { forum } = await s.forums.create({
        teamId: 't',
        channelId: 'c',
        conversationId: 'c;messageid=1',
        departments: ['vux'],
        createdBy: 'f',
      });
      const meeting = (id: string, at: string) =>
        raw!.run(
          "INSERT INTO forum_meetings (id, forum_id, date, status, started_by, created_at) VALUES (?, ?, '2027-03-01', 'open', 'f', ?)",
          [id, forum.id, at],
        );
      await meeting('m-later', '2027-01-02T10:00:00.000Z');
      await meeting('m-first', '2027-01-01T10:00:00.000Z');
      const offer = (id: string, to: string, at: string) =>
        raw!.run(
          "INSERT INTO ownership_changes (id, participant_id, from_user, to_user, status, offered_at) VALUES (?, ?, 'cw-anna', ?, 'offered', ?)",
          [id, p.id, to, at],
        );
      await offer('o-old', 'cw-bo', '2027-01-01T10:00:00.000Z');
      await offer('o-new', 'cw-eve', '2027-01-03T10:00:00.000Z');

      expect(await migrate(raw, clock)).toContain(6);
      const meetings = await s.forums.meetings(forum.id);
      expect(meetings.map((m) => [m.id, m.status])).toEqual([
        ['m-first', 'open'],
        ['m-later', 'closed'],
      ]);
      expect((await s.ownership.list(p.id)).map((c) => [c.id, c.status])).toEqual([
        ['o-old', 'cancelled'],
        ['o-new', 'offered'],
      ]);
    } finally {
      await raw?.close();
      await fresh.drop();
    }
  });
});

async function rawDb(url: string): Promise<Db> {
  if (!/^postgres/.test(url)) return new SqliteDb(url);
  const { postgresDb } = await import('../../store/postgres');
  return postgresDb(url);
}

/** Two bot instances on one PostgreSQL database: the same click posted to each at the same moment. */
const pg = storeTargets().find((t) => t.name === 'postgres');

describe.runIf(pg)('the same click on two instances at once, through the protocol', () => {
  const TEAM = 'team-races';
  const CHANNEL = '19:races@thread.tacv2';
  let db: FreshDatabase;
  let one: TestBot;
  let two: TestBot;
  beforeEach(async () => {
    db = await pg!.fresh();
    one = await TestBot.start({ env: { DATABASE_URL: db.url } });
    two = await TestBot.start({ env: { DATABASE_URL: db.url }, clock: one.clock });
    for (const tb of [one, two])
      tb.connector.setRoster(TEAM, [{ id: users.frida.id, name: users.frida.name }]);
    await one.grant(users.frida.id, 'forum_member');
    await one.grant(users.anna.id, 'caseworker');
  });
  afterEach(async () => {
    await two?.close();
    await one?.close();
    await db?.drop();
  });

  it('"Starta möte": one meeting, one agenda posted, and both clicks get the forum card', async () => {
    const frida = one.channel(users.frida, TEAM, CHANNEL);
    await frida.click(await frida.sayOne('ärendeforum'), 'forum.setup', { departments: 'vux' });
    const action = findAction(await frida.sayOne('ärendeforum'), 'forum.meeting.start');
    const data = { ...action.data, date: '2026-12-07' };
    const answers = await Promise.all([
      frida.invoke('forum.meeting.start', data),
      two.channel(users.frida, TEAM, CHANNEL).invoke('forum.meeting.start', data),
    ]);
    for (const a of answers) expect(allText(a.body.value)).toContain('Mötet 2026-12-07 är startat');
    const agendas = [one, two]
      .flatMap((tb) => tb.connector.cardsTo(frida.conversationId))
      .filter((c) => allText(c).includes('Dagordning – ärendeforum 2026-12-07'));
    expect(agendas).toHaveLength(1);
  });

  it('"skattning <kod>": one draft, and both messages are answered', async () => {
    const p = await participantWith(one.store, users.anna.id);
    const answers = await Promise.all(
      [one, two].map((tb) => tb.personal(users.anna).say(`skattning ${p.code}`)),
    );
    for (const cards of answers) expect(cards.length).toBeGreaterThan(0);
    const drafts = (await one.store.flows.listOpen('rating', users.anna.id)).filter(
      (f) => f.participantId === p.id,
    );
    expect(drafts).toHaveLength(1);
  });
});

describe.runIf(pg)('a PostgreSQL connection the server closes', () => {
  it('is dropped from the pool without ending the process, and the next query connects anew', async () => {
    const fresh = await pg!.fresh();
    const admin = new PgClient({ connectionString: fresh.url });
    try {
      const s = await fresh.open();
      const pool = (s.db as unknown as { pool: { totalCount: number } }).pool;
      const { pid } = (await s.db.get<{ pid: number }>('SELECT pg_backend_pid() AS pid'))!;
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [pid]); // as a restart or failover would
      await vi.waitFor(() => expect(pool.totalCount).toBe(0));
      expect(await s.db.get('SELECT 1 AS one')).toEqual({ one: 1 });
    } finally {
      await admin.end();
      await fresh.drop();
    }
  });
});
