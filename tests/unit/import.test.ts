import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as strings from '../../cards/locales/import';
import { DEFAULT_ACTIVITY_TYPES } from '../../domain/activities';
import { DEFAULT_DEPARTMENTS } from '../../domain/departments';
import {
  planImport,
  type ImportError,
  type ImportFiles,
  type ImportRules,
} from '../../domain/import';
import { BUILT_IN_INSTRUMENTS } from '../../domain/instruments';
import { readImportFolder } from '../../store/importer';
import { runImportCli } from '../support/import-cli';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

const filesOf = (folder: string) => readImportFolder(join(FIXTURES, folder)) as ImportFiles;

const RULES: ImportRules = {
  today: '2025-06-30',
  departmentIds: DEFAULT_DEPARTMENTS.map((d) => d.id),
  activityTypes: DEFAULT_ACTIVITY_TYPES,
  instruments: [...BUILT_IN_INSTRUMENTS],
  defaultInstrumentId: 'samsyn-standard',
  defaultOwner: 'cw-anna',
  existing: new Map(),
};

const HEADER =
  'code,gender,birth_year,start_date,end_date,outcome,next_step,sfi_track,protected_identity,departments\n';
const where = (errors: ImportError[]) =>
  errors.map((e) => [e.file, e.line, e.column, e.problem.kind]);

describe('validating an import (domain/import.ts)', () => {
  it('plans the hand-checked data set: 6 participants, 3 exits, 10 sessions, 6 activities', () => {
    const r = planImport(filesOf('import-ok'), RULES);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.participants).toHaveLength(6);
    expect(r.plan.participants.filter((p) => p.exit)).toHaveLength(3);
    expect(r.plan.sessions).toHaveLength(10);
    expect(r.plan.activities).toHaveLength(6);
  });

  it('lists every bad row of every file with its line, column and reason, and plans nothing', () => {
    const r = planImport(filesOf('import-bad'), RULES);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(where(r.errors)).toEqual([
      ['participants.csv', 3, 'gender', 'gender'],
      ['participants.csv', 4, 'code', 'duplicate'],
      ['participants.csv', 5, 'end_date', 'end_before_start'],
      ['participants.csv', 6, 'outcome', 'outcome_unknown'],
      ['participants.csv', 7, 'start_date', 'date'],
      // a code that looks like a personnummer (issue 16: other codes of the municipality's own are accepted)
      ['participants.csv', 8, 'code', 'code_personal_number'],
      ['participants.csv', 9, 'birth_year', 'birth_year'],
      ['participants.csv', 9, 'departments', 'department_unknown'],
      ['ratings.csv', 3, 'indicator', 'duplicate'],
      ['ratings.csv', 4, 'indicator', 'indicator_unknown'],
      ['ratings.csv', 5, 'self', 'score'],
      ['ratings.csv', 6, 'code', 'unknown_code'],
      ['ratings.csv', 7, 'date', 'before_start'],
      ['ratings.csv', 8, 'self', 'self_for_caseworker_only'],
      // line 9 rates D-BBBB, whose participants.csv row is bad and listed already
      ['activities.csv', 3, 'activity', 'activity_unknown'],
      ['activities.csv', 4, 'end_date', 'ended_without_end_date'],
      ['activities.csv', 5, 'end_date', 'end_before_start'],
      ['activities.csv', 6, 'activity', 'duplicate'],
      ['activities.csv', 7, 'status', 'status'],
      ['activities.csv', 8, null, 'column_count'],
    ]);
    expect(r.errors[1]!.problem).toEqual({ kind: 'duplicate', key: 'code', firstLine: 2 });
    expect(r.errors[6]!.problem).toEqual({ kind: 'birth_year', min: 1900, max: 2010 });
    expect(r.errors.at(-1)!.problem).toEqual({ kind: 'column_count', expected: 6, found: 2 });
  });

  it('names a missing column in the header and reads no rows of that file', () => {
    const r = planImport({ 'participants.csv': 'code,gender\nD-AAAA,kvinna\n' }, RULES);
    expect(!r.ok && r.errors.map((e) => e.problem)).toContainEqual({
      kind: 'missing_column',
      column: 'birth_year',
    });
    expect(!r.ok && r.errors.every((e) => e.line === 1)).toBe(true);
  });

  it('refuses a file that is not CSV (an unclosed quote) with the line', () => {
    const r = planImport({ 'participants.csv': HEADER + 'D-AAAA,"kvinna,1985\n' }, RULES);
    expect(!r.ok && where(r.errors)).toEqual([['participants.csv', 2, null, 'csv_syntax']]);
  });

  it('needs an owner: the --owner argument or an owner column', () => {
    const row = 'D-AAAA,kvinna,1985,2024-01-10,,,,,nej,vux\n';
    const without = planImport(
      { 'participants.csv': HEADER + row },
      { ...RULES, defaultOwner: null },
    );
    expect(!without.ok && where(without.errors)).toEqual([
      ['participants.csv', 1, 'owner', 'owner_missing'],
    ]);
    const twoRows = planImport(
      { 'participants.csv': HEADER + row + row.replace('AAAA', 'BBBB') },
      { ...RULES, defaultOwner: null },
    );
    expect(!twoRows.ok && twoRows.errors).toHaveLength(1); // said once, not on every row
    const emptyCell = planImport(
      { 'participants.csv': HEADER.replace('\n', ',owner\n') + row.replace('\n', ',\n') },
      { ...RULES, defaultOwner: null },
    );
    expect(!emptyCell.ok && where(emptyCell.errors)).toEqual([
      ['participants.csv', 2, 'owner', 'owner_missing'],
    ]);
    const perRow = planImport(
      { 'participants.csv': HEADER.replace('\n', ',owner\n') + row.replace('\n', ',cw-bo\n') },
      { ...RULES, defaultOwner: null },
    );
    expect(perRow.ok && perRow.plan.participants[0]!.ownerId).toBe('cw-bo');
  });

  it('keeps exit fields together: outcome and next step only with an end date, an end date only with an outcome', () => {
    const rows = [
      'D-AAAA,kvinna,1985,2024-01-10,,arbete,,,nej,vux',
      'D-BBBB,kvinna,1985,2024-01-10,2024-05-01,,,,nej,vux',
      'D-CCCC,kvinna,1985,2024-01-10,,,ja,,nej,vux',
      'D-DDDD,kvinna,1985,2024-01-10,2026-01-01,arbete,ja,,nej,vux',
      'D-EEEE,kvinna,1985,2024-01-10,2024-05-01,arbete,kanske,,nej,vux',
      'D-FFFF,kvinna,1985,2024-01-10,,,,4,,vux',
    ];
    const r = planImport({ 'participants.csv': HEADER + rows.join('\n') + '\n' }, RULES);
    expect(!r.ok && where(r.errors)).toEqual([
      ['participants.csv', 2, 'outcome', 'outcome_without_end'],
      ['participants.csv', 3, 'outcome', 'end_without_outcome'],
      ['participants.csv', 4, 'next_step', 'next_step_without_end'],
      ['participants.csv', 5, 'end_date', 'in_future'],
      ['participants.csv', 6, 'next_step', 'next_step'],
      ['participants.csv', 7, 'sfi_track', 'sfi_track'],
      ['participants.csv', 7, 'protected_identity', 'required'],
    ]);
  });

  it('lets ratings and activities refer to a participant already in Samsyn, within their dates', () => {
    const existing = new Map([['D-AAAA', { startDate: '2024-01-10', endDate: '2024-06-30' }]]);
    const files: ImportFiles = {
      'participants.csv': HEADER,
      'ratings.csv':
        'code,date,indicator,self,staff\nd-aaaa,2024-02-01,job_belief,2,3\nD-AAAA,2024-07-01,job_belief,2,3\n',
      'activities.csv':
        'code,activity,department,start_date,end_date,status\nD-AAAA,praktik,ame,2024-02-01,,ongoing\n',
    };
    const r = planImport(files, { ...RULES, existing });
    expect(!r.ok && where(r.errors)).toEqual([['ratings.csv', 3, 'date', 'after_end']]);
    const ok = planImport(
      { ...files, 'ratings.csv': files['ratings.csv']!.split('\n').slice(0, 2).join('\n') },
      { ...RULES, existing },
    );
    expect(ok.ok && ok.plan.sessions.map((s) => s.code)).toEqual(['D-AAAA']);
  });

  it('has a message in Swedish and English for every problem, without the value from the file', () => {
    const r = planImport(filesOf('import-bad'), RULES);
    if (r.ok) throw new Error('expected errors');
    for (const e of r.errors) {
      for (const t of [strings.sv, strings.en]) {
        const msg = t.problem(e.problem);
        expect(msg).toMatch(/\S/);
        expect(msg).not.toMatch(/female|happiness|dans|12345|850101/);
      }
    }
  });
});

describe('npm run import (the real CLI)', () => {
  const run = runImportCli;

  it('imports a folder, then a second run adds nothing; bad rows exit 1 and save nothing; no folder exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samsyn-import-cli-'));
    const db = join(dir, 'samsyn.db');
    try {
      const bad = run([join(FIXTURES, 'import-bad'), '--owner', 'cw-anna'], db);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain(
        'participants.csv rad 3, gender: ska vara kvinna, man, annan eller vill_ej_uppge',
      );
      expect(bad.stderr).toContain('activities.csv rad 8: raden har 2 kolumner, rubrikraden 6');
      expect(bad.stderr).toContain('Importen avbröts: 20 fel. Ingenting har sparats.');
      expect(bad.stderr).not.toContain('female');
      const noOwner = run([join(FIXTURES, 'import-ok')], db);
      expect(noOwner.status).toBe(1);
      expect(noOwner.stderr).toContain(
        'participants.csv rad 1, owner: ingen ägare: ange --owner <aad-id> eller en kolumn owner',
      );
      expect(noOwner.stderr).toContain('Importen avbröts: 1 fel.');

      const first = run([join(FIXTURES, 'import-ok'), '--owner', 'cw-anna'], db);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('deltagare: 6 nya, 0 fanns redan');
      expect(first.stdout).toContain('avslut: 3 nya, 0 fanns redan');
      expect(first.stdout).toContain('skattningstillfällen: 10 nya, 0 fanns redan');
      expect(first.stdout).toContain('insatser: 6 nya, 0 fanns redan');

      const second = run([join(FIXTURES, 'import-ok'), '--owner', 'cw-anna', '--lang', 'en'], db);
      expect(second.status).toBe(0);
      expect(second.stdout).toContain('participants: 0 new, 6 already present');
      expect(second.stdout).toContain('rating sessions: 0 new, 10 already present');

      const missing = run([join(dir, 'no-such-folder')], db);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('Mappen finns inte');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
