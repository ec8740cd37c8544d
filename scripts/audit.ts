// npm run audit -- --from YYYY-MM-DD --to YYYY-MM-DD [--code D-…] [--user <aad-id>] [--lang sv|en]
// The audit log (loggkontroll) as CSV for a period (Stockholm days), optionally for one participant
// code and/or one staff member, from the store named by DATABASE_URL. Reading the log is itself
// audited (`audit.export`, actor cli:audit). Exit code 0: printed; 2: bad arguments or configuration.
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { cliConfig, runAsMain } from './cli';
import * as recordStrings from '../cards/locales/records-cli';
import { normalizeCode, PARTICIPANT_CODE } from '../domain/code';
import { isValidIsoDate, systemClock } from '../domain/dates';
import { periodInstants } from '../domain/records';
import { openStore } from '../store';

export const AUDIT_ACTOR = 'cli:audit';

const AuditArgs = z
  .object({
    from: z.string({ required_error: 'from' }).refine(isValidIsoDate, 'from'),
    to: z.string({ required_error: 'to' }).refine(isValidIsoDate, 'to'),
    code: z
      .string()
      .transform(normalizeCode)
      .refine((c) => PARTICIPANT_CODE.test(c), 'code')
      .optional(),
    user: z.string().trim().min(1, 'user').max(200, 'user').optional(),
    lang: z.enum(['sv', 'en']).default('sv'),
  })
  .refine((a) => a.from <= a.to, { message: 'order', path: ['from'] });
export type AuditArgs = z.infer<typeof AuditArgs>;

/** Reads `--key value` and `--key=value`. */
export function parseAuditArgs(
  argv: string[],
): { ok: true; args: AuditArgs } | { ok: false; errors: string[]; lang: 'sv' | 'en' } {
  const raw: Record<string, string> = {};
  const unknown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(from|to|code|user|lang)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) unknown.push(argv[i]!);
    else raw[m[1]!] = m[2] ?? argv[++i] ?? '';
  }
  const lang = raw.lang === 'en' ? 'en' : 'sv';
  const t = recordStrings[lang].audit;
  const parsed = AuditArgs.safeParse(raw);
  const errors = unknown.map((a) => t.unknown(a));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = (
        issue.message in t.problems ? issue.message : String(issue.path[0])
      ) as keyof typeof t.problems;
      const msg = t.problems[key] ?? issue.message;
      if (!errors.includes(msg)) errors.push(msg);
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors, lang };
  return { ok: true, args: parsed.data };
}

export async function runAudit(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const parsed = parseAuditArgs(argv);
  if (!parsed.ok) {
    const t = recordStrings[parsed.lang].audit;
    err(t.badArgs(parsed.errors.join('; ')));
    err(t.usage);
    return 2;
  }
  const config = cliConfig(env, err);
  if (!config) return 2;
  const { from, to, code, user } = parsed.args;
  const store = await openStore(config.DATABASE_URL, systemClock);
  try {
    const p = code ? await store.participants.byCode(code) : undefined;
    const rows = await store.records.entries({
      ...periodInstants(from, to),
      participantId: p?.id,
      code,
      actorId: user,
    });
    const codes = await store.records.codes(rows.flatMap((r) => r.participantId ?? []));
    const names = new Map((await store.users.list()).map((u) => [u.id, u.name] as const));
    await store.audit.write({
      actorId: AUDIT_ACTOR,
      action: 'audit.export',
      participantId: p?.id ?? null,
      detail: { from, to, code: code ?? null, userId: user ?? null, rows: rows.length },
    });
    const header = ['at', 'actor_id', 'actor_name', 'action', 'participant_code', 'via', 'detail'];
    const lines = rows.map((r) => [
      r.at,
      r.actorId,
      names.get(r.actorId) ?? '',
      r.action,
      (r.participantId && codes.get(r.participantId)) ??
        (typeof r.detail?.code === 'string' ? r.detail.code : ''),
      r.via ?? '',
      r.detail ? JSON.stringify(r.detail) : '',
    ]);
    out(stringify([header, ...lines]).trimEnd());
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module)
  runAsMain((out, err) => runAudit(process.argv.slice(2), process.env, out, err));
