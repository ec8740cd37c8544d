import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newParticipantCode } from '../../domain/code';
import type { Store } from '../../store';
import { migrate } from '../../store/migrate';
import type { NewParticipant } from '../../store/participants';
import { PARTICIPANT_TABLES } from '../../store/retention';
import { storeTargets, type FreshDatabase } from './targets';

/**
 * One suite of store behaviours, the same for every database the store runs on: SQLite always,
 * PostgreSQL when PG_TEST_URL is set (each run in a fresh database, dropped after).
 */

function newParticipant(over: Partial<NewParticipant> = {}): NewParticipant {
  return {
    code: newParticipantCode(6),
    name: 'Testperson',
    gender: 'kvinna',
    birthYear: 1990,
    startDate: '2026-01-15',
    departments: ['vux', 'ame'],
    sfiTrack: 2,
    sfiCourse: 'B',
    protectedIdentity: false,
    supportAtStart: 'ekonomiskt_bistand',
    ownerId: 'cw-anna',
    ...over,
  };
}

describe.each(storeTargets().map((t) => [t.name, t] as const))(
  'store contract on %s',
  (_name, target) => {
    let db: FreshDatabase;
    let store: Store;

    beforeAll(async () => {
      db = await target.fresh();
      store = await db.open();
    });
    afterAll(async () => {
      await db?.drop();
    });

    // ------------------------------------------------------------ migrations

    it('migrating an up-to-date database again applies nothing and keeps the data', async () => {
      const p = await store.participants.create(newParticipant());
      expect(await migrate(store.db, store.clock)).toEqual([]);
      const second = await db.open(); // another instance starting on the same database
      expect(await second.participants.byCode(p.code)).toMatchObject({ id: p.id });
    });

    // PostgreSQL is the store for several instances. (SQLite is one instance's file; two SqliteDb in one
    // process would block each other's event loop in better-sqlite3's synchronous busy wait.)
    it.runIf(target.name === 'postgres')(
      'two instances starting together on an empty database migrate it once',
      async () => {
        const empty = await target.fresh();
        try {
          const [a, b] = await Promise.all([empty.open(), empty.open()]);
          const versions = await a.db.all<{ version: number }>(
            'SELECT version FROM schema_migrations ORDER BY version',
          );
          expect(versions.length).toBeGreaterThan(0);
          expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
          expect(await migrate(b.db, b.clock)).toEqual([]);
        } finally {
          await empty.drop();
        }
      },
    );

    // ------------------------------------------------------------ participants

    it('creates a participant and reads it back by id and by code, with the same fields', async () => {
      const p = await store.participants.create(
        newParticipant({ departments: ['vux', 'ifo'], sfiTrack: 1, sfiCourse: 'A' }),
      );
      expect(p).toMatchObject({
        gender: 'kvinna',
        birthYear: 1990,
        startDate: '2026-01-15',
        endDate: null,
        departments: ['vux', 'ifo'],
        sfiTrack: 1,
        sfiCourse: 'A',
        protectedIdentity: false,
        supportAtStart: 'ekonomiskt_bistand',
        ownerId: 'cw-anna',
        pendingOwnerId: null,
        rev: 1,
      });
      expect(typeof p.birthYear).toBe('number');
      expect(typeof p.rev).toBe('number');
      expect(await store.participants.get(p.id)).toEqual(p);
      expect(await store.participants.byCode(p.code)).toEqual(p);
      expect(await store.participants.codeExists(p.code)).toBe(true);
      expect(await store.participants.codeExists('D-NOPE99')).toBe(false);
      expect(await store.participants.get('no-such-id')).toBeUndefined();
    });

    it('never stores a name for a participant with protected identity', async () => {
      const p = await store.participants.create(
        newParticipant({ name: 'Hemlig', protectedIdentity: true }),
      );
      expect(p.name).toBeNull();
      expect(p.protectedIdentity).toBe(true);
    });

    it('a second participant with the same code is refused', async () => {
      const p = await store.participants.create(newParticipant());
      await expect(store.participants.create(newParticipant({ code: p.code }))).rejects.toThrow();
    });

    it('updates a participant only from the revision the caller saw', async () => {
      const p = await store.participants.create(newParticipant());
      const moved = await store.participants.update(p.id, 1, {
        endDate: '2026-06-30',
        departments: ['ame'],
        protectedIdentity: true,
      });
      expect(moved).toMatchObject({
        rev: 2,
        endDate: '2026-06-30',
        departments: ['ame'],
        protectedIdentity: true,
      });
      expect(await store.participants.update(p.id, 1, { endDate: '2026-07-01' })).toBeUndefined();
      expect((await store.participants.get(p.id))?.endDate).toBe('2026-06-30');
    });

    it("lists a caseworker's active participants, and the exited ones when asked", async () => {
      const owner = 'cw-list';
      const a = await store.participants.create(
        newParticipant({ ownerId: owner, startDate: '2026-01-01' }),
      );
      const b = await store.participants.create(
        newParticipant({ ownerId: owner, startDate: '2026-02-01', endDate: '2026-03-01' }),
      );
      expect((await store.participants.byOwner(owner)).map((p) => p.id)).toEqual([a.id]);
      expect(
        (await store.participants.byOwner(owner, { includeExited: true })).map((p) => p.id),
      ).toEqual([a.id, b.id]);
    });

    // ------------------------------------------------------------ consents

    it('the consent in force is the one recorded last; withdrawing it works once', async () => {
      const p = await store.participants.create(newParticipant());
      await store.consents.add({
        participantId: p.id,
        givenOn: '2026-01-15',
        departments: ['vux'],
        validUntil: '2026-12-31',
        recordedBy: 'cw-anna',
      });
      // No pause between the two: a renewal in the same millisecond must still be the one in force.
      const second = await store.consents.add({
        participantId: p.id,
        givenOn: '2026-02-01',
        departments: ['vux', 'ame'],
        validUntil: '2027-01-31',
        recordedBy: 'cw-anna',
      });
      expect(await store.consents.latest(p.id)).toEqual(second);
      expect((await store.consents.latestFor([p.id])).get(p.id)).toEqual(second);
      expect(await store.consents.history(p.id)).toHaveLength(2);
      expect(await store.consents.withdraw(second.id, '2026-03-01')).toBe(true);
      expect(await store.consents.withdraw(second.id, '2026-03-02')).toBe(false);
      expect((await store.consents.latest(p.id))?.withdrawnOn).toBe('2026-03-01');
      expect((await store.consents.latestFor([])).size).toBe(0);
      // A region's every active participant (the consent-expiry job asks for all of them) is more
      // ids than one statement may bind: SQLite takes 32,766, PostgreSQL 65,535.
      const many = Array.from({ length: 70_000 }, (_, i) => `no-such-${i}`);
      many.splice(41_234, 0, p.id);
      const found = await store.consents.latestFor(many);
      expect([...found.keys()]).toEqual([p.id]);
      expect(found.get(p.id)?.withdrawnOn).toBe('2026-03-01');
    });

    // ------------------------------------------------------------ flows

    it('advances a flow only from the expected revision', async () => {
      const f = await store.flows.create({
        kind: 'test',
        ownerId: 'cw-anna',
        step: 'one',
        data: { a: 1 },
      });
      expect(f).toMatchObject({ rev: 1, step: 'one', status: 'open', data: { a: 1 } });
      const f2 = await store.flows.advance(f.id, 1, { step: 'two', data: { a: 2 } });
      expect(f2).toMatchObject({ rev: 2, step: 'two', data: { a: 2 } });
      expect(await store.flows.advance(f.id, 1, { step: 'three' })).toBeUndefined();
      expect((await store.flows.findOpen('test', 'cw-anna'))?.id).toBe(f.id);
      await store.flows.advance(f.id, 2, { status: 'done' });
      expect(await store.flows.findOpen('test', 'cw-anna')).toBeUndefined();
    });

    it('of two concurrent advances from the same revision exactly one wins', async () => {
      for (let i = 0; i < 5; i++) {
        const f = await store.flows.create({
          kind: 'race',
          ownerId: 'cw-anna',
          step: 'one',
          data: {},
        });
        const results = await Promise.all([
          store.flows.advance(f.id, 1, { step: 'left' }),
          store.flows.advance(f.id, 1, { step: 'right' }),
        ]);
        const winners = results.filter(Boolean);
        expect(winners).toHaveLength(1);
        const now = await store.flows.get(f.id);
        expect(now?.rev).toBe(2);
        expect(now?.step).toBe(winners[0]!.step);
      }
    });

    // ------------------------------------------------------------ dispatches

    it('claims a dispatch once; a sent one is never claimed again', async () => {
      const key = 'digest:chan-1:2026-W10';
      expect(await store.dispatches.claim(key)).toBe(true);
      expect(await store.dispatches.claim(key)).toBe(false);
      await store.dispatches.sent(key);
      expect(await store.dispatches.claim(key)).toBe(false);
      expect(await store.dispatches.status(key)).toEqual({ status: 'sent', attempts: 1 });
    });

    it('of two concurrent claims exactly one wins', async () => {
      for (let i = 0; i < 5; i++) {
        const key = `race:${i}`;
        const got = await Promise.all([
          store.dispatches.claim(key),
          store.dispatches.claim(key),
          store.dispatches.claim(key),
        ]);
        expect(got.filter(Boolean)).toHaveLength(1);
      }
    });

    it('a failed dispatch is taken again, and so is a claim left behind by a dead instance', async () => {
      const key = 'reminder:x:2026-03-01';
      expect(await store.dispatches.claim(key)).toBe(true);
      await store.dispatches.failed(key, 'HTTP 500');
      expect(await store.dispatches.claim(key)).toBe(true);
      expect(await store.dispatches.status(key)).toEqual({ status: 'sending', attempts: 2 });
      const stuck = 'reminder:y:2026-03-01';
      const t0 = new Date('2026-03-01T08:00:00Z');
      expect(await store.dispatches.claim(stuck, t0)).toBe(true);
      expect(await store.dispatches.claim(stuck, new Date(t0.getTime() + 60_000))).toBe(false);
      expect(await store.dispatches.claim(stuck, new Date(t0.getTime() + 11 * 60_000))).toBe(true);
      expect((await store.dispatches.list('reminder:')).map((d) => d.key)).toEqual([key, stuck]);
    });

    it('two store instances on the same database (two bot instances) claim a dispatch once', async () => {
      const other = await db.open();
      for (let i = 0; i < 5; i++) {
        const key = `two-instances:${i}`;
        const got = await Promise.all([
          store.dispatches.claim(key),
          other.dispatches.claim(key),
          other.dispatches.claim(key),
          store.dispatches.claim(key),
        ]);
        expect(got.filter(Boolean)).toHaveLength(1);
      }
    });

    // ------------------------------------------------------------ audit

    it('writes audit rows and lists them by participant and by actor, oldest first', async () => {
      await store.audit.write(
        {
          actorId: 'cw-audit',
          action: 'participant.view',
          participantId: 'p-audit',
          detail: { code: 'D-AAAA', n: 2, ok: true },
        },
        new Date('2026-01-02T10:00:00Z'),
      );
      await store.audit.write(
        { actorId: 'cw-audit', action: 'participant.update', participantId: 'p-audit' },
        new Date('2026-01-03T10:00:00Z'),
      );
      await store.audit.write(
        { actorId: 'cw-other', action: 'participant.view', participantId: 'p-audit' },
        new Date('2026-01-01T10:00:00Z'),
      );
      const rows = await store.audit.list({ participantId: 'p-audit' });
      expect(rows.map((r) => [r.actorId, r.action])).toEqual([
        ['cw-other', 'participant.view'],
        ['cw-audit', 'participant.view'],
        ['cw-audit', 'participant.update'],
      ]);
      expect(rows[1]).toMatchObject({
        at: '2026-01-02T10:00:00.000Z',
        detail: { code: 'D-AAAA', n: 2, ok: true },
      });
      expect(rows[2]!.detail).toBeUndefined();
      expect(
        await store.audit.list({ actorId: 'cw-audit', participantId: 'p-audit' }),
      ).toHaveLength(2);
    });

    // ------------------------------------------------------------ conversations

    it('upserts a conversation reference: one row per conversation, the newest reference', async () => {
      const base = {
        id: 'a:personal-x',
        kind: 'personal' as const,
        teamId: null,
        channelId: null,
        userId: 'cw-x',
      };
      await store.conversations.save({ ...base, reference: { serviceUrl: 'https://one' } });
      await store.conversations.save({ ...base, reference: { serviceUrl: 'https://two' } });
      expect((await store.conversations.get(base.id))?.reference).toEqual({
        serviceUrl: 'https://two',
      });
      expect((await store.conversations.personal('cw-x'))?.id).toBe(base.id);
      await store.conversations.save({
        id: '19:c@thread',
        kind: 'channel',
        teamId: 't1',
        channelId: '19:c@thread',
        userId: null,
        reference: {},
      });
      expect((await store.conversations.list('channel')).map((c) => c.id)).toContain('19:c@thread');
      expect(
        (await store.conversations.list('personal')).filter((c) => c.id === base.id),
      ).toHaveLength(1);
    });

    // ------------------------------------------------------------ users and roles

    it('remembers users and grants a role once; revokes it', async () => {
      await store.users.seen('u-1', 'Anna', 'sv');
      await store.users.seen('u-1', 'Anna A', 'en');
      expect(await store.users.get('u-1')).toMatchObject({
        id: 'u-1',
        name: 'Anna A',
        locale: 'en',
      });
      expect(await store.users.grant('u-1', 'caseworker', 'admin-1')).toBe(true);
      expect(await store.users.grant('u-1', 'caseworker', 'admin-1')).toBe(false);
      await store.users.grant('u-1', 'manager', 'admin-1');
      expect(await store.users.roles('u-1')).toEqual(['caseworker', 'manager']);
      expect(await store.users.usersWithRole('manager')).toContain('u-1');
      expect(await store.users.revoke('u-1', 'manager')).toBe(true);
      expect(await store.users.revoke('u-1', 'manager')).toBe(false);
      expect(await store.users.roles('u-1')).toEqual(['caseworker']);
    });

    it('lists users by name, those without a name last (NULLs sort first in SQLite, last in PostgreSQL)', async () => {
      await store.users.seen('u-list-3', null, 'sv');
      await store.users.seen('u-list-2', 'Zlatan', 'sv');
      await store.users.seen('u-list-1', 'Aino', 'sv');
      const ids = (await store.users.list())
        .map((u) => u.id)
        .filter((id) => id.startsWith('u-list-'));
      expect(ids).toEqual(['u-list-1', 'u-list-2', 'u-list-3']);
    });

    // ------------------------------------------------------------ transactions

    it('a throw inside a transaction rolls every write back', async () => {
      const np = newParticipant();
      await expect(
        store.transaction(async (s) => {
          const p = await s.participants.create(np);
          await s.audit.write({
            actorId: 'cw-tx',
            action: 'participant.create',
            participantId: p.id,
          });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.participants.byCode(np.code)).toBeUndefined();
      expect(await store.audit.list({ actorId: 'cw-tx' })).toEqual([]);
    });

    it('a transaction that returns commits every write, and nested transactions join it', async () => {
      const np = newParticipant();
      const id = await store.transaction(async (s) => {
        const p = await s.participants.create(np);
        await s.transaction(async (inner) =>
          inner.audit.write({
            actorId: 'cw-tx2',
            action: 'participant.create',
            participantId: p.id,
          }),
        );
        return p.id;
      });
      expect((await store.participants.byCode(np.code))?.id).toBe(id);
      expect(await store.audit.list({ actorId: 'cw-tx2' })).toHaveLength(1);
    });
  },
);

// ------------------------------------------------------------------ the areas' repositories

describe.each(storeTargets().map((t) => [t.name, t] as const))(
  'store contract of the areas on %s',
  (_name, target) => {
    let db: FreshDatabase;
    let store: Store;
    let pid: string;

    beforeAll(async () => {
      db = await target.fresh();
      store = await db.open();
    });
    afterAll(async () => {
      await db?.drop();
    });
    beforeEach(async () => {
      pid = (await store.participants.create(newParticipant())).id;
    });

    const scores = [
      { indicatorId: 'job_belief', self: 2 as const, staff: 3 as const },
      { indicatorId: 'health', self: null, staff: 4 as const, comment: 'x' },
    ];

    it('ratings: a session saved, corrected as a new revision, a doubled save of a revision writes nothing', async () => {
      const s1 = await store.ratings.save({
        participantId: pid,
        date: '2026-02-01',
        instrumentId: 'samsyn-standard',
        instrumentVersion: 1,
        scores,
        jobSearchDescription: 'Jag söker via AF',
        ratedBy: 'cw-anna',
      });
      expect(s1).toMatchObject({
        revision: 1,
        date: '2026-02-01',
        scores,
        jobSearchDescription: 'Jag söker via AF',
        instrumentVersion: 1,
      });
      expect(typeof s1!.revision).toBe('number');
      expect(await store.ratings.save({ ...s1!, revision: 1 })).toBeUndefined();
      const s2 = await store.ratings.save({
        ...s1!,
        revision: undefined,
        scores: [{ indicatorId: 'job_belief', self: 3, staff: 3 }],
      });
      expect(s2?.revision).toBe(2);
      expect((await store.ratings.get(s1!.id))?.scores).toEqual([
        { indicatorId: 'job_belief', self: 3, staff: 3 },
      ]);
      expect((await store.ratings.revisions(s1!.id)).map((r) => r.revision)).toEqual([1, 2]);
      await store.ratings.save({
        participantId: pid,
        date: '2026-01-01',
        instrumentId: 'samsyn-standard',
        instrumentVersion: 1,
        scores,
        jobSearchDescription: null,
        ratedBy: 'cw-anna',
      });
      expect((await store.ratings.sessionsFor(pid)).map((s) => [s.date, s.revision])).toEqual([
        ['2026-01-01', 1],
        ['2026-02-01', 2],
      ]);
      expect((await store.ratings.all()).filter((s) => s.participantId === pid)).toHaveLength(2);
    });

    it('instruments: an added set is listed after the built-in ones, and a version is added once', async () => {
      const inst = {
        id: 'kommun-x',
        version: 1,
        name: { sv: 'X', en: 'X' },
        indicators: [
          {
            id: 'a',
            area: { sv: 'A', en: 'A' },
            question: { sv: 'A?', en: 'A?' },
            ratedBy: 'both' as const,
          },
        ],
      };
      expect(await store.instruments.add(inst, 'admin-1')).toBe(true);
      expect(await store.instruments.add(inst, 'admin-1')).toBe(false);
      expect(await store.instruments.get('kommun-x', 1)).toEqual(inst);
      expect((await store.instruments.list()).map((s) => s.instrument.id)).toEqual([
        'samsyn-standard',
        'kommun-x',
      ]);
    });

    it('plans: created once, changed only from the expected revision; activities, history, follow-ups', async () => {
      const plan = await store.plans.ensurePlan(pid, 'cw-anna');
      expect(await store.plans.ensurePlan(pid, 'cw-anna')).toEqual(plan);
      expect(plan).toMatchObject({ rev: 1, goal: null });
      const bumped = await store.plans.bump(pid, 1, 'cw-anna', {
        goal: 'work',
        nextFollowUp: '2026-04-01',
      });
      expect(bumped).toMatchObject({ rev: 2, goal: 'work', nextFollowUp: '2026-04-01' });
      expect(await store.plans.bump(pid, 1, 'cw-anna', { goal: 'studies' })).toBeUndefined();
      const both = await Promise.all([
        store.plans.bump(pid, 2, 'cw-anna'),
        store.plans.bump(pid, 2, 'cw-bo'),
      ]);
      expect(both.filter(Boolean)).toHaveLength(1);
      expect(
        (await store.plans.followUpsToRemind('2026-04-01', 'followup:')).map(
          (p) => p.participantId,
        ),
      ).toContain(pid);

      const a = await store.plans.addActivity({
        participantId: pid,
        typeId: 'praktik',
        customName: null,
        kind: 'job',
        departmentId: 'ame',
        responsible: 'Kim',
        startDate: '2026-02-01',
        plannedEndDate: '2026-05-01',
        endDate: null,
        status: 'ongoing',
        cancelReason: null,
      });
      expect(await store.plans.activity(a.id)).toEqual(a);
      expect(
        await store.plans.updateActivity(a.id, { status: 'completed', endDate: '2026-04-20' }),
      ).toMatchObject({ status: 'completed', endDate: '2026-04-20', startDate: '2026-02-01' });
      expect((await store.plans.activitiesFor(pid)).map((x) => x.id)).toEqual([a.id]);

      await store.plans.record({
        participantId: pid,
        actorId: 'cw-anna',
        change: 'activity.add',
        activityId: a.id,
        detail: { typeId: 'praktik' },
      });
      expect((await store.plans.history(pid)).map((h) => [h.change, h.detail])).toEqual([
        ['activity.add', { typeId: 'praktik' }],
      ]);

      const f = await store.plans.addFollowUp({
        participantId: pid,
        dueDate: '2026-04-01',
        heldOn: '2026-04-02',
        swedishLevel: 'sfi_c',
        opinions: { [a.id]: 'Bra' },
        nextFollowUp: '2026-07-01',
        recordedBy: 'cw-anna',
      });
      expect(await store.plans.followUpsFor(pid)).toEqual([f]);
    });

    it('activity catalogue: an admin type is upserted over the defaults and can be retired', async () => {
      await store.plans.saveType(
        {
          id: 'cykel',
          name: { sv: 'Cykelskola', en: 'Cycling school' },
          kind: 'social',
          departmentId: 'flykting',
          retired: false,
        },
        'admin-1',
      );
      await store.plans.saveType(
        {
          id: 'cykel',
          name: { sv: 'Cykelskola', en: 'Cycling school' },
          kind: 'social',
          departmentId: 'flykting',
          retired: true,
        },
        'admin-1',
      );
      const cat = await store.plans.catalogue();
      expect(cat.filter((t) => t.id === 'cykel')).toEqual([
        {
          id: 'cykel',
          name: { sv: 'Cykelskola', en: 'Cycling school' },
          kind: 'social',
          departmentId: 'flykting',
          retired: true,
        },
      ]);
      expect(cat.some((t) => t.id === 'praktik')).toBe(true);
    });

    it('exits: recorded once per participant; the six-month answer is kept', async () => {
      const e = {
        participantId: pid,
        date: '2026-03-31',
        outcome: 'arbete',
        nextStep: false,
        noNextStepReason: 'declined',
        supportAtExit: 'lon',
        recordedBy: 'cw-anna',
      };
      const both = await Promise.all([
        store.exits.record(e),
        store.exits.record({ ...e, outcome: 'sfi' }),
      ]);
      expect(both.filter(Boolean)).toHaveLength(1);
      expect(await store.exits.exitFor(pid)).toMatchObject({
        date: '2026-03-31',
        nextStep: false,
        noNextStepReason: 'declined',
        selfSupportAfter6m: null,
      });
      expect(await store.exits.recordSelfSupport(pid, true)).toBe(true);
      expect((await store.exits.exitFor(pid))?.selfSupportAfter6m).toBe(true);
    });

    it('forums: a channel becomes a forum once; agenda, actions from the case revision, done once', async () => {
      const ch = {
        teamId: 't-1',
        channelId: `19:${pid}@thread`,
        conversationId: `19:${pid}@thread`,
        departments: ['vux', 'ame'],
        createdBy: 'cw-anna',
      };
      const made = await store.forums.create(ch);
      expect(made).toMatchObject({ created: true, forum: { departments: ['vux', 'ame'], rev: 1 } });
      expect(await store.forums.create(ch)).toEqual({ forum: made.forum, created: false });
      const { meeting: m } = await store.forums.startMeeting(
        made.forum.id,
        '2026-03-10',
        'cw-anna',
      );
      expect(await store.forums.openMeetings(made.forum.id, '2026-03-01')).toEqual([m]);

      const other = (await store.participants.create(newParticipant())).id;
      const first = await store.forums.addCase(m.id, pid, 'cw-anna', 'Anna');
      const second = await store.forums.addCase(m.id, other, 'cw-anna', 'Anna');
      expect([first.added, first.item.position, second.item.position]).toEqual([true, 1, 2]);
      expect((await store.forums.addCase(m.id, pid, 'cw-anna', 'Anna')).added).toBe(false);
      expect((await store.forums.cases(m.id)).map((c) => c.participantId)).toEqual([pid, other]);

      const action = {
        forumId: made.forum.id,
        meetingId: m.id,
        participantId: pid,
        what: 'Boka möte med AF',
        departmentId: 'af',
        ownerId: 'cw-anna',
        ownerName: 'Anna',
        due: '2026-03-20',
        createdBy: 'cw-anna',
      };
      const twice = await Promise.all([
        store.forums.addAction(first.item.id, 1, action),
        store.forums.addAction(first.item.id, 1, action),
      ]);
      expect(twice.filter(Boolean)).toHaveLength(1);
      const a = twice.find(Boolean)!;
      expect(a).toMatchObject({ status: 'open', due: '2026-03-20', doneAt: null });
      expect((await store.forums.openDueBy('2026-03-20')).map((x) => x.id)).toContain(a.id);
      expect(await store.forums.markDone(a.id, 'Klart')).toBe(true);
      expect(await store.forums.markDone(a.id, 'Igen')).toBe(false);
      expect((await store.forums.actionsFor(pid)).map((x) => [x.status, x.result])).toEqual([
        ['done', 'Klart'],
      ]);
      expect(await store.forums.closeMeeting(m.id, 'cw-anna')).toBe(true);
      expect(await store.forums.closeMeeting(m.id, 'cw-anna')).toBe(false);
    });

    it('digest channels: enabled once (keeps its start), schedule changed from the expected revision, disabled', async () => {
      const conv = `19:digest-${pid}@thread`;
      const c = {
        conversationId: conv,
        teamId: 't-1',
        channelId: conv,
        weekday: 1,
        time: '08:00',
        setBy: 'admin-1',
      };
      const on = await store.digestChannels.enable(c, new Date('2026-01-05T07:00:00Z'));
      expect(on).toMatchObject({
        weekday: 1,
        time: '08:00',
        active: true,
        rev: 1,
        createdAt: '2026-01-05T07:00:00.000Z',
      });
      const again = await store.digestChannels.enable(
        { ...c, weekday: 3 },
        new Date('2026-02-01T07:00:00Z'),
      );
      expect(again).toMatchObject({ weekday: 1, createdAt: '2026-01-05T07:00:00.000Z', rev: 2 });
      expect(
        await store.digestChannels.setSchedule(conv, 2, 5, '13:30', 'admin-1', store.clock.now()),
      ).toMatchObject({ weekday: 5, time: '13:30', rev: 3 });
      expect(
        await store.digestChannels.setSchedule(conv, 2, 2, '09:00', 'admin-1', store.clock.now()),
      ).toBeUndefined();
      expect((await store.digestChannels.active()).map((x) => x.conversationId)).toContain(conv);
      expect(await store.digestChannels.disable(conv, store.clock.now(), 2)).toBe(false); // from a stale revision: nothing
      expect(await store.digestChannels.disable(conv, store.clock.now(), 3)).toBe(true);
      expect(await store.digestChannels.disable(conv, store.clock.now())).toBe(false);
      expect((await store.digestChannels.active()).map((x) => x.conversationId)).not.toContain(
        conv,
      );
      // turned on again: keeps its schedule, starts afresh
      const back = await store.digestChannels.enable(c, new Date('2026-03-02T07:00:00Z'));
      expect(back).toMatchObject({
        active: true,
        weekday: 5,
        time: '13:30',
        createdAt: '2026-03-02T07:00:00.000Z',
        rev: 5,
      });
      expect(await store.digestChannels.disable(conv, store.clock.now())).toBe(true);
    });

    it('retention: an ended case lists its entry dates, and culling deletes its rows in every table and nothing of another case', async () => {
      const other = (await store.participants.create(newParticipant())).id;
      for (const id of [pid, other]) {
        await store.consents.add({
          participantId: id,
          givenOn: '2026-01-15',
          validUntil: '2027-01-15',
          departments: ['vux'],
          recordedBy: 'cw-anna',
        });
        await store.ratings.save({
          participantId: id,
          date: '2026-02-01',
          instrumentId: 'samsyn-standard',
          instrumentVersion: 1,
          scores,
          jobSearchDescription: null,
          ratedBy: 'cw-anna',
        });
        await store.plans.ensurePlan(id, 'cw-anna');
        await store.plans.addActivity({
          participantId: id,
          typeId: 'sfi',
          customName: null,
          kind: 'language',
          departmentId: 'vux',
          responsible: null,
          startDate: '2026-01-20',
          plannedEndDate: null,
          endDate: '2026-03-01',
          status: 'completed',
          cancelReason: null,
        });
        // The other case also ran two activities at once (a figure_parallel row that must stay).
        if (id === other)
          await store.plans.addActivity({
            participantId: id,
            typeId: null,
            customName: null,
            kind: 'job',
            departmentId: 'ame',
            responsible: null,
            startDate: '2026-02-01',
            plannedEndDate: null,
            endDate: '2026-02-20',
            status: 'completed',
            cancelReason: null,
          });
        await store.plans.record({
          participantId: id,
          actorId: 'cw-anna',
          change: 'activity.end',
          activityId: null,
          detail: {},
        });
        await store.plans.addFollowUp({
          participantId: id,
          dueDate: null,
          heldOn: '2026-02-15',
          swedishLevel: null,
          opinions: {},
          nextFollowUp: null,
          recordedBy: 'cw-anna',
        });
        await store.records.addCorrection({
          participantId: id,
          field: 'gender',
          oldValue: 'man',
          newValue: 'kvinna',
          correctedBy: 'cw-anna',
        });
        await store.flows.create({
          kind: 'plan.edit',
          ownerId: 'cw-anna',
          participantId: id,
          step: 'edit',
          data: {},
        });
        await store.ownership.offer(id, 'cw-anna', 'cw-bo');
        const { forum } = await store.forums.create({
          teamId: 't-r',
          channelId: `19:ret-${id}@thread`,
          conversationId: `19:ret-${id}@thread`,
          departments: ['vux'],
          createdBy: 'cw-anna',
        });
        const { meeting: m } = await store.forums.startMeeting(forum.id, '2026-03-10', 'cw-anna');
        const { item } = await store.forums.addCase(m.id, id, 'cw-anna', 'Anna');
        const a = await store.forums.addAction(item.id, item.rev, {
          forumId: forum.id,
          meetingId: m.id,
          participantId: id,
          what: 'x',
          departmentId: 'vux',
          ownerId: 'cw-anna',
          ownerName: 'Anna',
          due: '2026-03-20',
          createdBy: 'cw-anna',
        });
        expect(await store.dispatches.claim(`forum.action.due:${a!.id}:2026-03-20`)).toBe(true);
        expect(await store.dispatches.claim(`exit6m:${id}`)).toBe(true);
        await store.exits.record({
          participantId: id,
          date: '2026-03-31',
          outcome: 'arbete',
          nextStep: true,
          nextStepWith: 'af',
          noNextStepReason: null,
          supportAtExit: 'lon',
          recordedBy: 'cw-anna',
        });
        const cur = (await store.participants.get(id))!;
        await store.participants.update(id, cur.rev, { endDate: '2026-03-31' });
      }
      const [c] = await store.retention.endedCandidates(pid);
      expect(c).toMatchObject({ participantId: pid, endDate: '2026-03-31' });
      expect(c.entries).toEqual(
        expect.arrayContaining([
          '2026-03-31',
          '2026-02-01',
          '2026-02-15',
          '2026-03-01',
          '2026-01-15',
        ]),
      );
      expect((await store.retention.endedCandidates()).map((x) => x.participantId)).toEqual(
        expect.arrayContaining([pid, other]),
      );

      const count = async (table: string, id: string) =>
        Number(
          (
            await store.db.get<{ n: number | string }>(
              `SELECT COUNT(*) AS n FROM ${table} WHERE ${table === 'participants' ? 'id' : 'participant_id'} = ?`,
              [id],
            )
          )?.n,
        );
      const counts = await store.transaction((s) => s.retention.cull(pid));
      expect(counts).toMatchObject({
        participants: 1,
        consents: 1,
        rating_sessions: 1,
        plans: 1,
        plan_activities: 1,
        exits: 1,
        forum_actions: 1,
        forum_cases: 1,
        dispatches: 2,
      });
      for (const t of [...PARTICIPANT_TABLES, 'participants']) {
        expect(await count(t, pid), t).toBe(0);
        expect(await count(t, other), t).toBeGreaterThan(0);
      }
      expect(await store.dispatches.list(`exit6m:${pid}`)).toEqual([]);
      expect(await store.dispatches.list(`exit6m:${other}`)).toHaveLength(1);
      expect(await store.retention.endedCandidates(pid)).toEqual([]);
    });
  },
);
