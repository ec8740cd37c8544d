import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAuditArgs, runAudit } from '../../scripts/audit';
import { runExport } from '../../scripts/export-participant';
import { openStore } from '../../store';
import { FakeClock } from '../support/clock';
import { caseWithDataEverywhere } from '../support/factories';

describe('npm run audit and npm run export-participant', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-records-cli-'));
  const env = { DATABASE_URL: join(dir, 'records.db'), LOG_LEVEL: 'silent' };
  let code = '';
  let otherCode = '';

  beforeAll(async () => {
    const store = await openStore(env.DATABASE_URL, new FakeClock('2026-11-23T09:00:00Z'));
    const p = await caseWithDataEverywhere(store, 'cw-anna', 'cw-bo', null);
    const other = await caseWithDataEverywhere(store, 'cw-bo', 'cw-anna', null);
    code = p.code;
    otherCode = other.code;
    await store.users.seen('cw-anna', 'Anna Handläggare', 'sv');
    await store.audit.write(
      { actorId: 'cw-anna', action: 'participant.view', participantId: p.id, detail: { code } },
      new Date('2026-11-23T09:30:00Z'),
    );
    await store.audit.write(
      {
        actorId: 'cw-bo',
        action: 'participant.view',
        participantId: other.id,
        detail: { code: other.code },
      },
      new Date('2026-11-24T09:30:00Z'),
    );
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(fn: typeof runAudit, argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const status = await fn(
      argv,
      env,
      (s) => out.push(s),
      (s) => err.push(s),
    );
    return { status, out: out.join('\n'), err: err.join('\n') };
  }

  it('prints the log of a period as CSV, for one code or one staff member, and audits the export', async () => {
    const all = await run(runAudit, ['--from', '2026-11-23', '--to', '2026-11-24']);
    expect(all.status).toBe(0);
    const rows: string[][] = parse(all.out);
    expect(rows[0]).toEqual([
      'at',
      'actor_id',
      'actor_name',
      'action',
      'participant_code',
      'via',
      'detail',
    ]);
    expect(rows).toContainEqual([
      '2026-11-23T09:30:00.000Z',
      'cw-anna',
      'Anna Handläggare',
      'participant.view',
      code,
      '',
      JSON.stringify({ code }),
    ]);
    const one: string[][] = parse(
      (await run(runAudit, ['--from=2026-11-23', '--to=2026-11-24', `--code=${code}`])).out,
    );
    expect(one.slice(1).every((r) => r[4] === code)).toBe(true);
    const byUser: string[][] = parse(
      (await run(runAudit, ['--from', '2026-11-24', '--to', '2026-11-24', '--user', 'cw-bo'])).out,
    );
    expect(byUser.slice(1).map((r) => [r[1], r[4]])).toEqual([['cw-bo', otherCode]]);
    // the exports are in the log themselves
    const later: string[][] = parse(
      (await run(runAudit, ['--from', '2026-01-01', '--to', '2099-12-31'])).out,
    );
    expect(later.filter((r) => r[3] === 'audit.export').length).toBeGreaterThanOrEqual(3);
  });

  it('refuses bad arguments with a clear message and exit code 2', async () => {
    const bad = await run(runAudit, [
      '--from',
      '2026-02-30',
      '--to',
      '2026-01-01',
      '--code',
      'Fatima',
      '--lang',
      'en',
    ]);
    expect(bad.status).toBe(2);
    expect(bad.err).toContain('--from: give a date as YYYY-MM-DD');
    expect(bad.err).toContain('--code: a participant code like D-4F7K');
    expect(parseAuditArgs(['--from', '2026-06-30', '--to', '2026-01-01'])).toMatchObject({
      ok: false,
      errors: ['--from måste vara före eller samma som --to'],
    });
  });

  it('writes the access request as Swedish text and JSON, readable by the user only, and audits it', async () => {
    const res = await run(runExport, [code, '--out', dir]);
    expect(res.status).toBe(0);
    const text = readFileSync(join(dir, `${code}-registerutdrag.txt`), 'utf8');
    const json = JSON.parse(readFileSync(join(dir, `${code}-registerutdrag.json`), 'utf8'));
    expect(statSync(join(dir, `${code}-registerutdrag.json`)).mode & 0o777).toBe(0o600);
    expect(text).toContain(`Registerutdrag för ${code}`);
    expect(text).toContain('**Samtycken (1)**');
    expect(json.tables.forum_actions).toHaveLength(1);
    expect(JSON.stringify(json)).not.toContain(otherCode);
    const log: string[][] = parse(
      (await run(runAudit, ['--from', '2026-01-01', '--to', '2099-12-31', '--code', code])).out,
    );
    expect(log.some((r) => r[3] === 'records.export' && r[1] === 'cli:export-participant')).toBe(
      true,
    );
    const unknown = await run(runExport, ['D-ZZZZ']);
    expect(unknown.status).toBe(2);
  });
});
