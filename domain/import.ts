// Import of existing BIP/SKAPA records kept in spreadsheets (domain.md, "Import format").
// Pure: the text of the three CSV files and the rules in, either a plan of what to write or the
// list of every bad row (file, line, column, problem) out. Nothing is written unless every row
// of every file is valid; writing the plan is store/importer.ts.
//
// Split by what each part does: import-types.ts (files, rules, problems, plan), import-csv.ts
// (reading a file), import-rows.ts (row schemas), import-codes.ts (codes) and import-plan.ts
// (the whole import). This file is the public API.
export { readCsv } from './import-csv';
export { planImport } from './import-plan';
export { isMunicipal } from './import-rows';
export {
  IMPORT_FILES,
  type ImportActivity,
  type ImportError,
  type ImportFile,
  type ImportFiles,
  type ImportParticipant,
  type ImportPlan,
  type ImportProblem,
  type ImportRules,
  type ImportSession,
} from './import-types';
