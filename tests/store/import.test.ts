import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexFigures, periodFigures } from '../../domain/figures';
import type { ImportFiles } from '../../domain/import';
import { isCaseworkerOnlyIn, SAMSYN_STANDARD } from '../../domain/instruments';
import type { Store } from '../../store';
import { readImportFolder, runImport } from '../../store/importer';
import { storeTargets, type FreshDatabase } from './targets';

const FIXTURES = join(__dirname, '..', 'fixtures');

const filesOf = (folder: string) => readImportFolder(join(FIXTURES, folder)) as ImportFiles;

const OPTS = { today: '2025-06-30', defaultOwner: 'cw-anna' };

/** Everything an import could have written, to compare before and after. */
async function snapshot(store: Store) {
  const participants = await store.participants.all();
  return {
    participants: participants.map(({ updatedAt, createdAt, ...p }) => p),
    sessions: await store.ratings.all(),
    activities: (await store.plans.allActivities()).map(({ id, ...a }) => a),
    exits: (await store.exits.allExits()).map(({ recordedAt, ...e }) => e),
    audit: (await store.audit.list()).length,
  };
}

describe.each(storeTargets().map((t) => [t.name, t] as const))(
  'import of existing records on %s',
  (_name, target) => {
    let db: FreshDatabase;
    let store: Store;
    beforeEach(async () => {
      db = await target.fresh();
      store = await db.open();
    });
    afterEach(async () => {
      await db.drop();
    });

    it('imports the hand-checked data set: 6 participants, 3 exits, 10 sessions, 6 activities', async () => {
      const r = await runImport(store, filesOf('import-ok'), OPTS);
      expect(r).toEqual({
        ok: true,
        dryRun: false,
        summary: {
          participants: { added: 6, existing: 0 },
          exits: { added: 3, existing: 0 },
          sessions: { added: 10, existing: 0 },
          activities: { added: 6, existing: 0 },
        },
      });
      const ps = await store.participants.all();
      expect(ps.map((p) => p.code)).toEqual([
        'D-AAAA',
        'D-BBBB',
        'D-CCCC',
        'D-DDDD',
        'D-EEEE',
        'D-FFFF',
      ]);
      expect(ps.every((p) => p.ownerId === 'cw-anna' && p.name === null)).toBe(true);
      const cccc = ps.find((p) => p.code === 'D-CCCC')!;
      expect(cccc).toMatchObject({
        gender: 'kvinna',
        birthYear: 1978,
        startDate: '2024-03-15',
        endDate: '2024-12-20',
        sfiTrack: 3,
        protectedIdentity: true,
        departments: ['ifo', 'ame'],
      });
      expect(await store.exits.exitFor(cccc.id)).toMatchObject({
        date: '2024-12-20',
        outcome: 'sfi',
        nextStep: false,
      });
      const aaaa = ps.find((p) => p.code === 'D-AAAA')!;
      expect(await store.exits.exitFor(aaaa.id)).toMatchObject({
        date: '2024-09-30',
        outcome: 'arbete',
        nextStep: true,
      });

      // A session holds every indicator of the set; those without a row are "vet ej".
      const sessions = await store.ratings.sessionsFor(cccc.id);
      expect(sessions.map((s) => s.date)).toEqual(['2024-03-20', '2024-09-20']);
      expect(sessions[0]!.scores).toHaveLength(SAMSYN_STANDARD.indicators.length);
      expect(sessions[0]!.scores.find((s) => s.indicatorId === 'caseworker_belief')).toEqual({
        indicatorId: 'caseworker_belief',
        self: null,
        staff: 2,
      });
      expect(sessions[1]!.scores.find((s) => s.indicatorId === 'network')).toEqual({
        indicatorId: 'network',
        self: null,
        staff: null,
      });
      expect(sessions[0]).toMatchObject({
        instrumentId: 'samsyn-standard',
        instrumentVersion: 1,
        ratedBy: 'cw-anna',
        revision: 1,
      });

      const acts = (await store.plans.activitiesFor(aaaa.id)).sort((a, b) =>
        a.startDate!.localeCompare(b.startDate!),
      );
      expect(acts.map((a) => [a.typeId, a.kind, a.status, a.startDate, a.endDate])).toEqual([
        ['sfi', 'language', 'completed', '2024-01-15', '2024-09-30'],
        ['praktik', 'job', 'completed', '2024-02-01', '2024-08-31'],
      ]);
      const bbbb = ps.find((p) => p.code === 'D-BBBB')!;
      // For a running activity the end_date column is the planned end, not an end.
      expect((await store.plans.activitiesFor(bbbb.id))[0]).toMatchObject({
        status: 'ongoing',
        endDate: null,
        plannedEndDate: '2025-06-30',
      });

      // One audit row per participant written, with codes and counts only.
      const audit = await store.audit.list({ participantId: aaaa.id });
      expect(audit).toEqual([
        expect.objectContaining({
          actorId: 'import',
          action: 'participant.import',
          detail: { code: 'D-AAAA', created: true, sessions: 2, activities: 2, exit: true },
        }),
      ]);
    });

    it('gives the figures of domain.md computed by hand for 2024', async () => {
      await runImport(store, filesOf('import-ok'), OPTS);
      const ix = indexFigures({
        participants: await store.participants.all(),
        sessions: await store.ratings.all(),
        activities: await store.plans.allActivities(),
        plans: await store.plans.allPlans(),
        exits: await store.exits.allExits(),
        actions: [],
      });
      const f = periodFigures(
        ix,
        { from: '2024-01-01', to: '2024-12-31' },
        { isCaseworkerOnly: isCaseworkerOnlyIn(SAMSYN_STANDARD), minRisen: 3 },
      );
      // Active in 2024: AAAA, BBBB, CCCC, DDDD, EEEE (FFFF starts 2025). Women AAAA, CCCC; men BBBB, DDDD; EEEE annan.
      expect(f.participants).toEqual({ total: 5, women: 2, men: 2, other: 1 });
      // Exits in 2024: AAAA arbete, CCCC sfi, DDDD avbrott.
      expect(f.exited).toEqual({ total: 3, women: 2, men: 1, other: 0 });
      expect(f.exitsByGroup.work).toEqual({ total: 1, women: 1, men: 0, other: 0 });
      expect(f.exitsByGroup.studies).toEqual({ total: 1, women: 1, men: 0, other: 0 });
      expect(f.exitsByGroup.other).toEqual({ total: 1, women: 0, men: 1, other: 0 });
      // AAAA: job_belief, next_steps, swedish rose; CCCC: caseworker_belief (staff), job_search, health rose.
      // BBBB one rise, DDDD one session, EEEE two rises (job_belief's "vet ej" is skipped).
      expect(f.progressed3).toEqual({ total: 2, women: 2, men: 0, other: 0 });
      // 10 sessions, DDDD's in 2023.
      expect(f.ratingSessions).toBe(9);
      // Only AAAA had two activities running at once (SFI and praktik): 1 of 5.
      expect(f.parallelActivitiesShare).toBeCloseTo(0.2);
    });

    it('a second import of the same files changes nothing', async () => {
      await runImport(store, filesOf('import-ok'), OPTS);
      const before = await snapshot(store);
      const again = await runImport(store, filesOf('import-ok'), OPTS);
      expect(again).toEqual({
        ok: true,
        dryRun: false,
        summary: {
          participants: { added: 0, existing: 6 },
          exits: { added: 0, existing: 3 },
          sessions: { added: 0, existing: 10 },
          activities: { added: 0, existing: 6 },
        },
      });
      expect(await snapshot(store)).toEqual(before);
    });

    it('a later file adds only what is new: an exit, a session and an activity for a participant already there', async () => {
      await runImport(store, filesOf('import-ok'), OPTS);
      const files = filesOf('import-ok');
      files['participants.csv'] = files['participants.csv'].replace(
        'D-BBBB,man,1990,2024-02-01,,,,1,nej,vux',
        'D-BBBB,man,1990,2024-02-01,2025-05-31,komvux,ja,1,nej,vux',
      );
      files['ratings.csv'] += 'D-BBBB,2025-05-20,job_belief,4,4\n';
      files['activities.csv'] += 'D-BBBB,praktik,ame,2025-03-01,2025-05-31,completed\n';
      const r = await runImport(store, files, OPTS);
      expect(r.ok && r.summary).toEqual({
        participants: { added: 0, existing: 6 },
        exits: { added: 1, existing: 3 },
        sessions: { added: 1, existing: 10 },
        activities: { added: 1, existing: 6 },
      });
      const b = (await store.participants.byCode('D-BBBB'))!;
      expect(b.endDate).toBe('2025-05-31');
      expect(await store.exits.exitFor(b.id)).toMatchObject({ outcome: 'komvux', nextStep: true });
    });

    it('a file with bad rows imports nothing, also not its good rows', async () => {
      const r = await runImport(store, filesOf('import-bad'), OPTS);
      expect(r.ok).toBe(false);
      expect(await snapshot(store)).toEqual({
        participants: [],
        sessions: [],
        activities: [],
        exits: [],
        audit: 0,
      });
    });

    it('a failure while writing rolls the whole import back', async () => {
      // The second exit written fails (as a full disk or a lost connection would), after participants were written.
      const files = filesOf('import-ok');
      let calls = 0;
      const transaction = store.transaction.bind(store);
      store.transaction = (fn) =>
        transaction(async (s) => {
          const record = s.exits.record.bind(s.exits);
          s.exits.record = async (e) => {
            if (++calls === 2) throw new Error('disk full');
            return record(e);
          };
          return fn(s);
        });
      await expect(runImport(store, files, OPTS)).rejects.toThrow('disk full');
      expect(await snapshot(store)).toEqual({
        participants: [],
        sessions: [],
        activities: [],
        exits: [],
        audit: 0,
      });
    });

    it('a dry run validates and counts but writes nothing', async () => {
      const r = await runImport(store, filesOf('import-ok'), { ...OPTS, dryRun: true });
      expect(r).toMatchObject({
        ok: true,
        dryRun: true,
        summary: { participants: { added: 6, existing: 0 } },
      });
      expect((await snapshot(store)).participants).toEqual([]);
    });
  },
);
