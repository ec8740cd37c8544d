// A municipality's own spreadsheet codes (`H-001`, `2023-17`) in an import. Pure.
//
// A row's code is either a Samsyn code (kept as it is) or the spreadsheet's own code: then the rows
// with that code belong together, the participant gets a new Samsyn code, and the spreadsheet's code
// is kept as the owner's private reference, so importing the same files again finds them. A code must
// never carry who the person is: one that looks like a personal identity number (personnummer,
// samordningsnummer) or a name is refused, and so is any column that holds names or such numbers.
import { PARTICIPANT_CODE, normalizeCode } from './code';

export type CodeProblem = 'code_personal_number' | 'code_name' | 'code_format';

export type ReadCode =
  | { kind: 'samsyn'; code: string }
  | { kind: 'municipal'; ref: string }
  | { kind: 'refused'; problem: CodeProblem };

/** Letters, digits and a few separators; at most 32 characters; starts with a letter or digit. */
const MUNICIPAL = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$/;

/**
 * A personnummer or samordningsnummer has 10 or 12 digits (YYMMDD-NNNN, YYYYMMDDNNNN, with - or +);
 * any code with ten or more digits in it is refused, whatever separates them: doubt refuses.
 */
function looksLikePersonalNumber(code: string): boolean {
  return (code.match(/\d/g)?.length ?? 0) >= 10;
}

/** A name has no digit (Fatima, Anna-Karin, "Omar A"); a code has at least one. */
function looksLikeName(code: string): boolean {
  return /\s/.test(code.trim()) || !/\d/.test(code);
}

export function readCode(raw: string): ReadCode {
  const value = raw.trim();
  const upper = normalizeCode(value);
  if (PARTICIPANT_CODE.test(upper)) return { kind: 'samsyn', code: upper };
  if (looksLikePersonalNumber(value)) return { kind: 'refused', problem: 'code_personal_number' };
  if (looksLikeName(value)) return { kind: 'refused', problem: 'code_name' };
  if (!MUNICIPAL.test(value)) return { kind: 'refused', problem: 'code_format' };
  return { kind: 'municipal', ref: upper };
}

/** Column names that hold names or identity numbers: an import with one is refused as a whole. */
const NAME_COLUMNS = new Set([
  'name',
  'namn',
  'fornamn',
  'förnamn',
  'efternamn',
  'tilltalsnamn',
  'first_name',
  'firstname',
  'last_name',
  'lastname',
  'surname',
  'full_name',
  'fullname',
]);
const ID_COLUMNS = new Set([
  'personnummer',
  'pnr',
  'personnr',
  'samordningsnummer',
  'personal_number',
  'personal_identity_number',
  'ssn',
]);

export type ColumnProblem = 'name_column' | 'personal_number_column';

export function columnProblem(header: string): ColumnProblem | null {
  const h = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (NAME_COLUMNS.has(h)) return 'name_column';
  if (ID_COLUMNS.has(h)) return 'personal_number_column';
  return null;
}
