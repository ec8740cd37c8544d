import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PARTICIPANT_CODE } from '../../domain/code';
import type { ImportFiles } from '../../domain/import';
import type { Store } from '../../store';
import { readImportFolder, runImport } from '../../store/importer';
import { storeTargets, type FreshDatabase } from './targets';

const FIXTURES = join(__dirname, '..', 'fixtures');
const filesOf = (folder: string) => readImportFolder(join(FIXTURES, folder)) as ImportFiles;
const OPTS = { today: '2025-06-30', defaultOwner: 'cw-anna' };

describe.each(storeTargets().map((t) => [t.name, t] as const))(
  "import of a municipality's own codes on %s",
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

    it('keeps the rows of one spreadsheet code together under one new Samsyn code, and maps old to new', async () => {
      const r = await runImport(store, filesOf('import-municipal'), OPTS);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(r.summary).toEqual({
        participants: { added: 4, existing: 0 },
        exits: { added: 1, existing: 0 },
        sessions: { added: 5, existing: 0 },
        activities: { added: 3, existing: 0 },
      });
      // H-001, H-002 (written h-002 in one file), 2023-17; D-KKKK is a Samsyn code and stays
      expect(r.mapping?.map((m) => m.old)).toEqual(['H-001', 'H-002', '2023-17']);
      const byOld = new Map(r.mapping!.map((m) => [m.old, m.code]));
      for (const code of byOld.values()) expect(code).toMatch(PARTICIPANT_CODE);
      expect(new Set(byOld.values()).size).toBe(3);
      const h1 = (await store.participants.byCode(byOld.get('H-001')!))!;
      expect(await store.records.externalRef(h1.id)).toBe('H-001');
      expect((await store.ratings.sessionsFor(h1.id)).map((s) => s.date)).toEqual([
        '2024-01-20',
        '2024-06-20',
      ]);
      expect((await store.plans.activitiesFor(h1.id)).map((a) => a.typeId)).toEqual(['praktik']);
      expect((await store.exits.exitFor(h1.id))?.outcome).toBe('arbete');
      const h2 = (await store.participants.byCode(byOld.get('H-002')!))!;
      expect((await store.ratings.sessionsFor(h2.id)).map((s) => s.date)).toEqual(['2024-03-01']);
      expect(await store.participants.byCode('D-KKKK')).toBeDefined();
      // the audit log gets the Samsyn code only, never the spreadsheet's
      const audit = JSON.stringify(await store.audit.list());
      expect(audit).not.toContain('H-001');
      expect(audit).not.toContain('2023-17');
    });

    it('changes nothing when the same files are imported again, and gives the same mapping', async () => {
      const first = await runImport(store, filesOf('import-municipal'), OPTS);
      const before = {
        participants: (await store.participants.all()).map((p) => [p.code, p.rev]),
        audit: (await store.audit.list()).length,
      };
      const second = await runImport(store, filesOf('import-municipal'), OPTS);
      if (!first.ok || !second.ok) throw new Error('import failed');
      expect(second.summary).toEqual({
        participants: { added: 0, existing: 4 },
        exits: { added: 0, existing: 1 },
        sessions: { added: 0, existing: 5 },
        activities: { added: 0, existing: 3 },
      });
      expect(second.mapping?.map((m) => [m.old, m.code])).toEqual(
        first.mapping?.map((m) => [m.old, m.code]),
      );
      expect(second.mapping?.every((m) => !m.added)).toBe(true);
      expect((await store.participants.all()).map((p) => [p.code, p.rev])).toEqual(
        before.participants,
      );
      expect((await store.audit.list()).length).toBe(before.audit);
    });

    it('refuses a name column and codes that look like a personnummer or a name, and saves nothing', async () => {
      const r = await runImport(store, filesOf('import-named'), OPTS);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.map((e) => [e.file, e.line, e.column, e.problem.kind])).toEqual([
        ['participants.csv', 1, 'namn', 'name_column'],
        ['ratings.csv', 2, 'code', 'code_name'],
        ['ratings.csv', 3, 'code', 'code_personal_number'],
      ]);
      expect(await store.participants.all()).toEqual([]);
    });

    it('refuses a samordningsnummer as a code, a name-like code and a personnummer column, and saves nothing', async () => {
      const r = await runImport(store, filesOf('import-identity'), OPTS);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.map((e) => [e.file, e.line, e.column, e.problem.kind])).toEqual([
        ['participants.csv', 2, 'code', 'code_personal_number'],
        ['participants.csv', 3, 'code', 'code_name'],
        ['ratings.csv', 1, 'personnummer', 'personal_number_column'],
      ]);
      expect(await store.participants.all()).toEqual([]);
      expect(JSON.stringify(r.errors)).not.toMatch(/850161|Omar/);
    });
  },
);
