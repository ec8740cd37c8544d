// npm run report -- --from 2023-01-01 --to 2025-06-30 [--format json|csv] [--lang sv|en]
// Prints the figures of domain.md ("Figures") for any period, from the store named by DATABASE_URL:
// for funders (ESF, AMIF), split by women and men. No names and no free text: counts and shares only.
// Exit code 0: printed; 2: bad arguments or configuration.
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { cliConfig, runAsMain } from './cli';
import * as digestStrings from '../cards/locales/digest';
import { isValidIsoDate, systemClock } from '../domain/dates';
import type { PeriodFigures, PersonCount } from '../domain/figures';
import { openStore } from '../store';
import { reportFiguresOf } from '../dialogs/digest/data';
import type { ChangeFigures } from '../domain/figures-change';
import { changeCsvRows, changeJson } from './report-change';

export const REPORT_ACTOR = 'cli:report';

const ReportArgs = z
  .object({
    from: z.string({ required_error: 'from' }).refine(isValidIsoDate, 'from'),
    to: z.string({ required_error: 'to' }).refine(isValidIsoDate, 'to'),
    format: z.enum(['json', 'csv'], { message: 'format' }).default('json'),
    lang: z.enum(['sv', 'en']).default('sv'),
  })
  .refine((a) => a.from <= a.to, { message: 'order', path: ['from'] });
export type ReportArgs = z.infer<typeof ReportArgs>;

/** Reads `--key value` and `--key=value`; anything else is reported as unknown. */
export function parseReportArgs(
  argv: string[],
): { ok: true; args: ReportArgs } | { ok: false; errors: string[]; lang: 'sv' | 'en' } {
  const raw: Record<string, string> = {};
  const unknown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(from|to|format|lang)(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      unknown.push(argv[i]);
      continue;
    }
    raw[m[1]] = m[2] ?? argv[++i] ?? '';
  }
  const lang = raw.lang === 'en' ? 'en' : 'sv';
  const t = digestStrings[lang].report;
  const parsed = ReportArgs.safeParse(raw);
  const errors = unknown.map((a) => t.unknown(a));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.message === 'order' ? 'order' : String(issue.path[0]);
      const named: Record<string, string> = {
        from: t.from,
        to: t.to,
        format: t.format,
        order: t.order,
      };
      const msg = named[key] ?? issue.message;
      if (!errors.includes(msg)) errors.push(msg);
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors, lang };
  return { ok: true, args: parsed.data };
}

/** The report as JSON: every figure of domain.md, person figures as {total, women, men, other}, shares 0–1. */
export function reportJson(f: PeriodFigures, change?: ChangeFigures) {
  return {
    ...(change ? changeJson(change) : {}),
    from: f.from,
    to: f.to,
    participants: f.participants,
    newParticipants: f.newParticipants,
    exited: f.exited,
    exitsByOutcome: f.exitsByOutcome,
    exitsByGroup: f.exitsByGroup,
    selfSupportShare: f.selfSupportShare,
    progressed3: f.progressed3,
    progressedShare: f.progressedShare,
    ratingSessions: f.ratingSessions,
    activitiesStarted: f.activitiesStarted,
    activitiesEnded: f.activitiesEnded,
    parallelActivities: f.parallelActivities,
    parallelActivitiesShare: f.parallelActivitiesShare,
    averageChange: f.averageChange,
  };
}

/** The same figures as CSV: figure,key,total,women,men,other (one row per figure, per outcome, per group). */
export function reportCsv(f: PeriodFigures, change?: ChangeFigures): string {
  const rows: (string | number | null)[][] = [['figure', 'key', 'total', 'women', 'men', 'other']];
  const person = (figure: string, key: string, c: PersonCount) =>
    rows.push([figure, key, c.total, c.women, c.men, c.other]);
  const value = (figure: string, key: string, v: number | null) =>
    rows.push([figure, key, v, null, null, null]);
  rows.push(['from', '', f.from, null, null, null], ['to', '', f.to, null, null, null]);
  person('participants', '', f.participants);
  person('newParticipants', '', f.newParticipants);
  person('exited', '', f.exited);
  for (const [k, c] of Object.entries(f.exitsByOutcome)) person('exitsByOutcome', k, c);
  for (const [k, c] of Object.entries(f.exitsByGroup)) person('exitsByGroup', k, c);
  value('selfSupportShare', '', f.selfSupportShare);
  person('progressed3', '', f.progressed3);
  rows.push([
    'progressedShare',
    '',
    f.progressedShare.total,
    f.progressedShare.women,
    f.progressedShare.men,
    null,
  ]);
  value('ratingSessions', '', f.ratingSessions);
  value('activitiesStarted', '', f.activitiesStarted);
  value('activitiesEnded', '', f.activitiesEnded);
  person('parallelActivities', '', f.parallelActivities);
  value('parallelActivitiesShare', '', f.parallelActivitiesShare);
  for (const c of f.averageChange)
    rows.push(['averageChange', c.indicatorId, c.average, null, null, c.count]);
  if (change) rows.push(...changeCsvRows(change));
  return stringify(rows);
}

/** Runs the report; returns the exit code. `out`/`err` receive whole lines. */
export async function runReport(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const parsed = parseReportArgs(argv);
  if (!parsed.ok) {
    const t = digestStrings[parsed.lang].report;
    err(t.badArgs(parsed.errors.join('; ')));
    err(t.usage);
    return 2;
  }
  const config = cliConfig(env, err);
  if (!config) return 2;
  const { from, to, format } = parsed.args;
  const store = await openStore(config.DATABASE_URL, systemClock);
  try {
    // With the change theory's figures (issue 16): the same SQL aggregates as the digest's.
    const { figures, change } = await reportFiguresOf(store, config, { from, to });
    await store.audit.write({
      actorId: REPORT_ACTOR,
      action: 'report.figures',
      participantId: null,
      detail: { from, to, format },
    });
    out(
      format === 'json'
        ? JSON.stringify(reportJson(figures, change), null, 2)
        : reportCsv(figures, change).trimEnd(),
    );
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module)
  runAsMain((out, err) => runReport(process.argv.slice(2), process.env, out, err));
