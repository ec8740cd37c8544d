// npm run import -- <folder> [--owner <aad-id>] [--mapping <file>] [--dry-run] [--lang sv|en]
// Imports participants.csv, ratings.csv and activities.csv (domain.md, "Import format") into the
// store named by DATABASE_URL: every row is checked first, then all is written in one transaction,
// or nothing. Exit code 0: imported (or nothing new); 1: bad rows, nothing saved; 2: usage or setup.
// Rows with the municipality's own codes (H-001) get new Samsyn codes: the mapping (old → Samsyn code)
// is written for the person who ran the import to `--mapping` (default <folder>/samsyn-kodnyckel.csv),
// readable by that user only.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { ConfigError, loadConfig } from '../bot/config';
import * as strings from '../cards/locales/import';
import { isoDateAt, systemClock } from '../domain/dates';
import { IMPORT_FILES, type ImportFiles } from '../domain/import';
import { openStore } from '../store';
import {
  readImportFolder,
  runImport,
  type CodeMapping,
  type ImportSummary,
} from '../store/importer';

const MAX_LISTED = 200;

function printSummary(t: (typeof strings)['sv'], dryRun: boolean, s: ImportSummary): void {
  console.log(dryRun ? t.dryRun : t.done);
  console.log(t.summary(t.things.participants, s.participants.added, s.participants.existing));
  console.log(t.summary(t.things.exits, s.exits.added, s.exits.existing));
  console.log(t.summary(t.things.sessions, s.sessions.added, s.sessions.existing));
  console.log(t.summary(t.things.activities, s.activities.added, s.activities.existing));
}

/** The code key for the person who ran the import: readable by that user only (it links codes). */
function writeMapping(t: (typeof strings)['sv'], path: string, mapping: CodeMapping[]): void {
  const rows = mapping.map((m) => [m.old, m.code, m.added ? 'ny' : 'fanns']);
  writeFileSync(path, stringify([['kommunens_kod', 'samsyn_kod', 'import'], ...rows]), {
    mode: 0o600,
  });
  console.log(t.mappingWritten(path, mapping.length));
}

async function main(argv: string[]): Promise<number> {
  let folder: string | undefined;
  let owner: string | null = null;
  let dryRun = false;
  let mappingFile: string | null = null;
  let lang: 'sv' | 'en' = 'sv';
  const args = [...argv];
  while (args.length) {
    const a = args.shift()!;
    if (a === '--owner') owner = args.shift() ?? '';
    else if (a.startsWith('--owner=')) owner = a.slice('--owner='.length);
    else if (a === '--dry-run') dryRun = true;
    else if (a === '--mapping') mappingFile = args.shift() ?? '';
    else if (a.startsWith('--mapping=')) mappingFile = a.slice('--mapping='.length);
    else if (a === '--lang') lang = args.shift() === 'en' ? 'en' : 'sv';
    else if (a === '--help' || a === '-h') {
      console.log(strings[lang].usage);
      return 0;
    } else if (a.startsWith('--')) {
      console.error(strings[lang].unknownOption(a));
      console.error(strings[lang].usage);
      return 2;
    } else if (!folder) folder = a;
    else {
      console.error(strings[lang].unknownOption(a));
      return 2;
    }
  }
  const t = strings[lang];
  if (!folder) {
    console.error(t.usage);
    return 2;
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(t.folderMissing(folder));
    return 2;
  }

  const files = readImportFolder(folder);
  if (files['participants.csv'] === undefined) {
    console.error(t.fileMissing('participants.csv'));
    return 2;
  }

  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(t.config(err.message));
      return 2;
    }
    throw err;
  }
  const store = await openStore(config.DATABASE_URL, systemClock);
  try {
    const result = await runImport(store, files as ImportFiles, {
      today: isoDateAt(store.clock.now()),
      defaultOwner: owner,
      departmentIds: config.departments.map((d) => d.id),
      dryRun,
    });
    if (!result.ok) {
      for (const e of result.errors.slice(0, MAX_LISTED))
        console.error(`${t.at(e.file, e.line, e.column)}: ${t.problem(e.problem)}`);
      if (result.errors.length > MAX_LISTED)
        console.error(t.more(result.errors.length - MAX_LISTED));
      console.error(t.rejected(result.errors.length));
      return 1;
    }
    if (!result.dryRun) await store.figures.refreshStatistics();
    for (const f of IMPORT_FILES) if (files[f] === undefined) console.log(t.fileAbsent(f));
    if (result.mapping)
      writeMapping(t, mappingFile || join(folder, 'samsyn-kodnyckel.csv'), result.mapping);
    printSummary(t, result.dryRun, result.summary);
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // No row values in the message: the files may hold personal data.
    console.error(err instanceof Error ? `${err.name}: ${err.message}` : 'import failed');
    process.exitCode = 2;
  },
);
