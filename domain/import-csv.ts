// Reading one import file (domain/import.ts): the header checked against the columns the file needs,
// then one record per row with its line number. Columns that hold names or identity numbers refuse the file.
import { parse } from 'csv-parse/sync';
import { columnProblem } from './import-codes';
import type { ImportError, ImportFile } from './import-types';

const COLUMNS: Record<ImportFile, { required: string[]; optional: string[] }> = {
  'participants.csv': {
    required: [
      'code',
      'gender',
      'birth_year',
      'start_date',
      'end_date',
      'outcome',
      'next_step',
      'sfi_track',
      'protected_identity',
      'departments',
    ],
    // Not in domain.md's format: an owner per row, when one file holds several caseworkers' participants.
    optional: ['owner'],
  },
  'ratings.csv': {
    required: ['code', 'date', 'indicator', 'self', 'staff'],
    optional: ['instrument'],
  },
  'activities.csv': {
    required: ['code', 'activity', 'department', 'start_date', 'end_date', 'status'],
    optional: [],
  },
};

interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/** Reads one file: header check, then one record per row with its (first) line number. */
export function readCsv(file: ImportFile, text: string, errors: ImportError[]): CsvRow[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: true,
      // With `info: true` each record comes with its line info; csv-parse's types do not say so.
    }) as unknown as typeof parsed;
  } catch (e) {
    errors.push({
      file,
      line: Number((e as { lines?: number }).lines ?? 1),
      column: null,
      problem: { kind: 'csv_syntax' },
    });
    return [];
  }
  if (parsed.length === 0) {
    for (const column of COLUMNS[file].required)
      errors.push({ file, line: 1, column: null, problem: { kind: 'missing_column', column } });
    return [];
  }
  const header = parsed[0]!.record.map((h) => h.trim().toLowerCase());
  // Names and identity numbers never come in, not even in a column Samsyn would not read.
  const personal = header.filter((h) => columnProblem(h));
  for (const column of personal)
    errors.push({
      file,
      line: parsed[0]!.info.lines,
      column,
      problem: { kind: columnProblem(column)! },
    });
  if (personal.length) return [];
  const missing = COLUMNS[file].required.filter((c) => !header.includes(c));
  for (const column of missing)
    errors.push({
      file,
      line: parsed[0]!.info.lines,
      column: null,
      problem: { kind: 'missing_column', column },
    });
  if (missing.length) return [];
  const rows: CsvRow[] = [];
  for (const { record, info } of parsed.slice(1)) {
    // info.lines is where the record ends; a quoted value may span lines.
    const line = info.lines - record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.length) {
      errors.push({
        file,
        line,
        column: null,
        problem: { kind: 'column_count', expected: header.length, found: record.length },
      });
      continue;
    }
    rows.push({ line, values: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])) });
  }
  return rows;
}
