import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { columnProblem, readCode } from '../../domain/import-codes';
import { runImportCli } from '../support/import-cli';

const ROOT = join(__dirname, '..', '..');

describe("a municipality's own codes (domain/import-codes.ts)", () => {
  it('keeps a Samsyn code, and takes a spreadsheet code as the key of its rows (upper case)', () => {
    expect(readCode('d-4f7k')).toEqual({ kind: 'samsyn', code: 'D-4F7K' });
    expect(readCode('H-001')).toEqual({ kind: 'municipal', ref: 'H-001' });
    expect(readCode(' h-001 ')).toEqual({ kind: 'municipal', ref: 'H-001' });
    expect(readCode('2023-17')).toEqual({ kind: 'municipal', ref: '2023-17' });
    expect(readCode('AME/2024.3')).toEqual({ kind: 'municipal', ref: 'AME/2024.3' });
  });

  it('refuses what looks like a personnummer or samordningsnummer, however it is written', () => {
    for (const c of ['850101-1234', '198501011234', '19850161-1234', '850101+1234', '8501 0112 34'])
      expect(readCode(c), c).toEqual({ kind: 'refused', problem: 'code_personal_number' });
  });

  it('refuses what looks like a name: no digit, or a space', () => {
    for (const c of ['Fatima', 'Anna-Karin', 'Omar A1', 'ÅSA'])
      expect(readCode(c), c).toEqual({ kind: 'refused', problem: 'code_name' });
  });

  it('refuses other characters and codes over 32 characters', () => {
    expect(readCode('H#001')).toEqual({ kind: 'refused', problem: 'code_format' });
    expect(readCode(`H-${'1'.repeat(9)}${'A'.repeat(30)}`)).toEqual({
      kind: 'refused',
      problem: 'code_format',
    });
  });

  it('knows name and identity-number columns, whatever their case or separators', () => {
    expect(columnProblem('Namn')).toBe('name_column');
    expect(columnProblem('first name')).toBe('name_column');
    expect(columnProblem('Förnamn')).toBe('name_column');
    expect(columnProblem('personnummer')).toBe('personal_number_column');
    expect(columnProblem('code')).toBeNull();
  });
});

describe('npm run import of spreadsheet codes (the real CLI)', () => {
  const run = runImportCli;

  it('writes the mapping for the person who ran it, and a second run changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samsyn-import-municipal-'));
    const folder = join(dir, 'kalkylblad');
    cpSync(join(ROOT, 'tests', 'fixtures', 'import-municipal'), folder, { recursive: true });
    const db = join(dir, 'samsyn.db');
    try {
      const first = run([folder, '--owner', 'cw-anna'], db);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('deltagare: 4 nya, 0 fanns redan');
      const path = join(folder, 'samsyn-kodnyckel.csv');
      expect(first.stdout).toContain(`Kodnyckeln (kommunens kod → Samsyn-kod, 3 deltagare)`);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const rows: string[][] = parse(readFileSync(path, 'utf8'));
      expect(rows[0]).toEqual(['kommunens_kod', 'samsyn_kod', 'import']);
      expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
        ['H-001', 'ny'],
        ['H-002', 'ny'],
        ['2023-17', 'ny'],
      ]);

      const own = join(dir, 'nyckel.csv');
      const second = run([folder, '--owner', 'cw-anna', '--mapping', own], db);
      expect(second.status).toBe(0);
      expect(second.stdout).toContain('deltagare: 0 nya, 4 fanns redan');
      expect(second.stdout).toContain('skattningstillfällen: 0 nya, 5 fanns redan');
      const again: string[][] = parse(readFileSync(own, 'utf8'));
      expect(again.slice(1).map((r) => [r[0], r[1]])).toEqual(
        rows.slice(1).map((r) => [r[0], r[1]]),
      );
      expect(again.slice(1).every((r) => r[2] === 'fanns')).toBe(true);

      const named = run(
        [join(ROOT, 'tests', 'fixtures', 'import-named'), '--owner', 'cw-anna'],
        db,
      );
      expect(named.status).toBe(1);
      expect(named.stderr).toContain('participants.csv rad 1, namn: filen har en kolumn med namn');
      expect(named.stderr).toContain('ratings.csv rad 3, code: koden ser ut som ett personnummer');
      expect(named.stderr).not.toMatch(/Fatima|1234/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
