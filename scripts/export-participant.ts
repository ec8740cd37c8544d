// npm run export-participant -- <kod> [--out <folder>]
// A person's request for their data (registerutdrag, GDPR art. 15) from the store named by
// DATABASE_URL: everything stored about one participant as readable Swedish text and as JSON, written to
// <folder>/<kod>-registerutdrag.txt and .json (default: the current folder), readable by the user who ran
// it only. Audited (`records.export`, actor cli:export-participant). Exit code 0: written; 2: usage,
// unknown code or configuration.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliConfig, runAsMain } from './cli';
import { strings } from '../cards/locales';
import * as cli from '../cards/locales/records-cli';
import { normalizeCode } from '../domain/code';
import { systemClock } from '../domain/dates';
import { gatherRecord } from '../dialogs/records/access';
import { recordJson, recordText } from '../dialogs/records/record-text';
import { openStore } from '../store';

export const EXPORT_ACTOR = 'cli:export-participant';

export async function runExport(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const t = cli.sv.export;
  const args = [...argv];
  let folder = '.';
  let code: string | undefined;
  while (args.length) {
    const a = args.shift()!;
    if (a === '--out') folder = args.shift() ?? '';
    else if (a.startsWith('--out=')) folder = a.slice('--out='.length);
    else if (!code && !a.startsWith('--')) code = normalizeCode(a);
    else {
      err(t.usage);
      return 2;
    }
  }
  if (!code || !folder) {
    err(t.usage);
    return 2;
  }
  const config = cliConfig(env, err);
  if (!config) return 2;
  const store = await openStore(config.DATABASE_URL, systemClock);
  try {
    const p = await store.participants.byCode(code);
    if (!p) {
      err(t.unknown(code));
      return 2;
    }
    const record = await gatherRecord(store, p, store.clock.now());
    const textFile = join(folder, `${p.code}-registerutdrag.txt`);
    const jsonFile = join(folder, `${p.code}-registerutdrag.json`);
    writeFileSync(textFile, recordText(record, strings('sv')) + '\n', { mode: 0o600 });
    writeFileSync(jsonFile, JSON.stringify(recordJson(record), null, 2) + '\n', { mode: 0o600 });
    await store.audit.write({
      actorId: EXPORT_ACTOR,
      action: 'records.export',
      participantId: p.id,
      detail: { code: p.code, files: 2 },
    });
    out(t.written(textFile, jsonFile));
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module)
  runAsMain((out, err) => runExport(process.argv.slice(2), process.env, out, err));
