import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../domain/types';
import type { Store } from '../../store';
import { PARTICIPANT_TABLES } from '../../store/retention';
import { allText } from '../support/cards';
import { TestBot, users } from '../support/bot';
import { participantWith } from '../support/factories';
import { storeTargets, type FreshDatabase } from '../store/targets';

/** Every table of the schema with a participant id column (found from the schema, not from the job's list). */
async function tablesWithParticipantId(store: Store): Promise<string[]> {
  if (store.db.dialect === 'postgres') {
    const rows = await store.db.all<{ table_name: string }>(
      "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'participant_id' ORDER BY table_name");
    return rows.map((r) => r.table_name);
  }
  const tables = await store.db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
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
    const r = await store.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t} WHERE participant_id = ?`, [participantId]);
    out[t] = Number(r?.n ?? 0);
  }
  out.participants = Number((await store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM participants WHERE id = ?', [participantId]))?.n ?? 0);
  const code = (await store.db.get<{ code: string }>('SELECT code FROM participants WHERE id = ?', [participantId]))?.code ?? codes.get(participantId)!;
  codes.set(participantId, code);
  out.draftsNamingCode = Number((await store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM flows WHERE data LIKE ?', [`%${code}%`]))?.n ?? 0);
  return out;
}

const withoutAudit = (rows: Record<string, number>) => Object.fromEntries(Object.entries(rows).filter(([t]) => t !== 'audit'));

/** A case with data in every area: consent (and its withdrawal), a handover offer, a rating session, a plan with an
 *  activity, history and a follow-up, a draft, a forum case with a decided action, and an exit on `exitDate`. */
async function fullCase(store: Store, exitDate: string | null): Promise<Participant> {
  const p = await participantWith(store, users.anna.id);
  const consent = await store.consents.latest(p.id);
  await store.consents.withdraw(consent!.id, '2026-11-01');
  await store.ownership.offer(p.id, users.anna.id, users.bo.id);
  await store.ownership.decide(p.id, users.bo.id, 'declined');
  await store.ratings.save({ participantId: p.id, date: '2026-06-01', instrumentId: 'samsyn-standard', instrumentVersion: 1,
    scores: [{ indicatorId: 'job_belief', self: 3, staff: 2 }], jobSearchDescription: 'Fritext', ratedBy: users.anna.id });
  const plan = await store.plans.ensurePlan(p.id, users.anna.id);
  await store.plans.bump(p.id, plan.rev, users.anna.id, { goal: 'work', ownWords: 'Egna ord' });
  const act = await store.plans.addActivity({ participantId: p.id, typeId: 'praktik', customName: null, kind: 'job', departmentId: 'ame',
    responsible: null, startDate: '2026-03-01', plannedEndDate: '2026-09-01', endDate: null, status: 'ongoing', cancelReason: null });
  await store.plans.record({ participantId: p.id, actorId: users.anna.id, change: 'activity.add', activityId: act.id, detail: { typeId: 'praktik' } });
  await store.plans.addFollowUp({ participantId: p.id, dueDate: '2026-09-01', heldOn: '2026-09-02', swedishLevel: null,
    opinions: { [act.id]: 'Bra' }, nextFollowUp: null, recordedBy: users.anna.id });
  await store.flows.create({ kind: 'plan.edit', ownerId: users.anna.id, participantId: p.id, step: 'edit', data: {} });
  // A finished registration draft has no participant id, only the code and the registered values.
  await store.flows.create({ kind: 'registration', ownerId: users.anna.id, step: 'done', data: { values: { gender: 'kvinna', birthYear: '1990' }, errors: [], code: p.code } });
  const { forum } = await store.forums.create({ teamId: 'team-1', channelId: `ch-${p.code}`, conversationId: `conv-${p.code}`,
    departments: ['vux', 'ame', 'ifo'], createdBy: users.anna.id });
  const meeting = await store.forums.startMeeting(forum.id, '2026-10-01', users.anna.id);
  const { item } = await store.forums.addCase(meeting.id, p.id, users.anna.id, users.anna.name);
  await store.forums.addAction(item.id, item.rev, { forumId: forum.id, meetingId: meeting.id, participantId: p.id, what: 'Ring AF',
    departmentId: 'ame', ownerId: users.anna.id, ownerName: users.anna.name, due: '2026-10-15', createdBy: users.anna.id });
  if (exitDate) {
    await store.exits.record({ participantId: p.id, date: exitDate, outcome: 'praktik', nextStep: true, nextStepWith: 'af',
      noNextStepReason: null, supportAtExit: 'etablering', recordedBy: users.anna.id });
    const cur = (await store.participants.get(p.id))!;
    await store.participants.update(p.id, cur.rev, { endDate: exitDate });
  }
  return (await store.participants.get(p.id))!;
}

// On SQLite always, and on PostgreSQL too when PG_TEST_URL is set (tests/store/targets.ts).
describe.each(storeTargets().map((t) => [t.name, t] as const))('retention (gallring) on %s: the daily job culls ended cases whose last entry is older than RETENTION_YEARS', (_name, target) => {
  let tb: TestBot;
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await target.fresh();
    tb = await TestBot.start({ env: { DATABASE_URL: db.url } }); // 2026-11-23, RETENTION_YEARS 5 (default)
    await tb.grant(users.anna.id, 'caseworker');
    await tb.grant(users.bo.id, 'caseworker');
  });
  afterAll(async () => { await tb?.close(); await db?.drop(); });

  it('every table with a participant id is one the culling deletes from (or the kept audit log)', async () => {
    expect((await tablesWithParticipantId(tb.store)).sort()).toEqual([...PARTICIPANT_TABLES, 'audit'].sort());
  });

  it('deletes every row of an old ended case in one pass, keeps active and recently ended ones, and runs once per day', async () => {
    const old = await fullCase(tb.store, '2026-11-20');
    const active = await fullCase(tb.store, null);
    const recent = await fullCase(tb.store, '2031-06-01'); // ended later: within the period on the day of the pass
    const anna = tb.personal(users.anna);
    expect(allText(await anna.sayOne(`avslut ${old.code}`))).toContain('avslutades redan 2026-11-20');
    await tb.store.audit.write({ actorId: users.anna.id, action: 'participant.view', participantId: old.id, detail: { code: old.code } });

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
    expect(withoutAudit(await rowsAbout(tb.store, active.id))).toEqual(withoutAudit(activeBefore));
    expect(withoutAudit(await rowsAbout(tb.store, recent.id))).toEqual(withoutAudit(recentBefore));
    expect(await tb.store.participants.get(active.id)).toMatchObject({ code: active.code, endDate: null });
    expect(await tb.store.participants.get(recent.id)).toMatchObject({ code: recent.code, endDate: '2031-06-01' });
    expect((await tb.store.audit.list()).filter((a) => a.action === 'participant.culled')).toHaveLength(1);

    // What the caseworker sees: `avslut <code>` knew the ended case before the pass; now the code is unknown.
    expect(allText(await anna.sayOne('mina deltagare'))).toContain(active.code);
    expect(allText(await anna.sayOne(`avslut ${old.code}`))).toContain(`Hittar ingen deltagare med koden ${old.code}`);
    expect(allText(await anna.sayOne(`avslut ${recent.code}`))).toContain('avslutades redan 2031-06-01');

    // Once per day: a case that falls due later the same day waits for the next day's pass.
    const later = await fullCase(tb.store, '2026-11-21');
    tb.clock.set('2031-11-24T18:00:00Z');
    await tb.bot.scheduler.tick();
    expect(await tb.store.participants.get(later.id)).toBeDefined();
    expect(await tb.store.dispatches.status('retention:2031-11-24')).toMatchObject({ status: 'sent', attempts: 1 });
    tb.clock.set('2031-11-25T06:00:00Z');
    await tb.bot.scheduler.tick();
    expect(await tb.store.participants.get(later.id)).toBeUndefined();
    expect((await tb.store.audit.list({ participantId: later.id })).filter((a) => a.action === 'participant.culled')).toHaveLength(1);
  });
});
