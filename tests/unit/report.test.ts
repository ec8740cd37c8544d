import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { parseReportArgs, runReport } from '../../scripts/report';
import { openStore } from '../../store';
import { FakeClock } from '../support/clock';
import { participantWith } from '../support/factories';

/** A small store whose figures for 2026-01-01 – 2026-06-30 are stated here, by hand. */
describe('npm run report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-report-'));
  const file = join(dir, 'report.db');
  const env = { DATABASE_URL: file, LOG_LEVEL: 'silent' };

  beforeAll(async () => {
    const store = await openStore(file, new FakeClock('2026-07-01T09:00:00Z'));
    const w1 = await participantWith(store, 'cw', {
      gender: 'kvinna',
      startDate: '2025-10-01',
      name: 'Secret Name',
    });
    const w2 = await participantWith(store, 'cw', {
      gender: 'kvinna',
      startDate: '2026-02-01',
      endDate: '2026-05-31',
    });
    const m1 = await participantWith(store, 'cw', { gender: 'man', startDate: '2026-03-01' });
    await participantWith(store, 'cw', { gender: 'annan', startDate: '2026-04-01' });
    await participantWith(store, 'cw', { gender: 'man', startDate: '2026-08-01' }); // after the period
    const scores = (v: 1 | 2 | 3 | 4 | 5) =>
      ['job_belief', 'job_search', 'next_steps'].map((indicatorId) => ({
        indicatorId,
        self: v,
        staff: null,
      }));
    const rate = (participantId: string, date: string, v: 1 | 2 | 3 | 4 | 5) =>
      store.ratings.save({
        participantId,
        date,
        instrumentId: 'samsyn-standard',
        instrumentVersion: 1,
        scores: scores(v),
        jobSearchDescription: 'free text never printed',
        ratedBy: 'cw',
      });
    await rate(w1.id, '2025-11-01', 2);
    await rate(w1.id, '2026-03-01', 4); // w1 progressed (3 risen)
    await rate(m1.id, '2026-03-05', 3);
    await store.exits.record({
      participantId: w2.id,
      date: '2026-05-31',
      outcome: 'arbete',
      nextStep: true,
      noNextStepReason: null,
      supportAtExit: 'lon',
      recordedBy: 'cw',
    });
    const act = (
      participantId: string,
      startDate: string,
      endDate: string | null,
      status: 'ongoing' | 'completed',
    ) =>
      store.plans.addActivity({
        participantId,
        typeId: null,
        customName: null,
        kind: 'job',
        departmentId: 'ame',
        responsible: null,
        startDate,
        plannedEndDate: null,
        endDate,
        status,
        cancelReason: null,
      });
    await act(m1.id, '2026-03-01', null, 'ongoing');
    await act(m1.id, '2026-04-01', '2026-05-01', 'completed'); // m1 had two in parallel
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runReport(
      argv,
      env,
      (s) => out.push(s),
      (s) => err.push(s),
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('prints the figures of the period as JSON, by women and men, shares as numbers', async () => {
    const { code, out } = await run([
      '--from',
      '2026-01-01',
      '--to',
      '2026-06-30',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.participants).toMatchObject({ total: 4, women: 2, men: 1 });
    expect(r.exited).toMatchObject({ total: 1, women: 1, men: 0 });
    expect(r.progressed3).toMatchObject({ total: 1, women: 1, men: 0 });
    expect(r.exitsByGroup.work).toMatchObject({ total: 1, women: 1, men: 0 });
    expect(r.exitsByGroup.studies).toMatchObject({ total: 0 });
    expect(r.exitsByOutcome.arbete).toMatchObject({ total: 1, women: 1, men: 0 });
    expect(r.ratingSessions).toBe(2);
    expect(r.parallelActivitiesShare).toBe(0.25);
    expect(out).not.toContain('Secret');
    expect(out).not.toContain('free text');
  });

  it("prints the change theory's figures (issue 16) in JSON and CSV", async () => {
    const json = JSON.parse((await run(['--from', '2026-01-01', '--to', '2026-06-30'])).out);
    // w1's belief in getting a job rose 2 → 4; m1 rated once
    expect(json.closerToWork.rated).toEqual({ total: 1, women: 1, men: 0, other: 0 });
    expect(json.closerToWork.risen).toEqual({ total: 1, women: 1, men: 0, other: 0 });
    expect(json.controlRisen.rated.total).toBe(0);
    // w2 left on 2026-05-31: six months on is after the period
    expect(json.selfSupport6m.unknown.total).toBe(0);
    expect(json.supportAtStartAndExit.ekonomiskt_bistand.lon).toEqual({
      total: 1,
      women: 1,
      men: 0,
      other: 0,
    });
    // m1's two job-oriented activities, one man active
    expect(json.activitiesByKindAndGender.job.activities).toEqual({
      total: 2,
      women: 0,
      men: 2,
      other: 0,
    });
    expect(json.activitiesByKindAndGender.job.perParticipant.men).toBe(2);
    const rows: string[][] = parse(
      (await run(['--from=2026-01-01', '--to=2026-06-30', '--format=csv'])).out,
    );
    expect(rows).toContainEqual(['closerToWork', 'risen', '1', '1', '0', '0']);
    expect(rows).toContainEqual(['closerToWorkShare', '', '1', '1', '', '']);
    expect(rows).toContainEqual([
      'supportAtStartAndExit',
      'ekonomiskt_bistand>lon',
      '1',
      '1',
      '0',
      '0',
    ]);
    expect(rows).toContainEqual(['activitiesByKindAndGender', 'job', '2', '0', '2', '0']);
  });

  it('prints the same figures as CSV', async () => {
    const { code, out } = await run(['--from=2026-01-01', '--to=2026-06-30', '--format=csv']);
    expect(code).toBe(0);
    const rows: string[][] = parse(out);
    expect(rows[0]).toEqual(['figure', 'key', 'total', 'women', 'men', 'other']);
    expect(rows).toContainEqual(['participants', '', '4', '2', '1', '1']);
    expect(rows).toContainEqual(['exitsByGroup', 'work', '1', '1', '0', '0']);
    expect(rows).toContainEqual(['parallelActivitiesShare', '', '0.25', '', '', '']);
  });

  it('refuses bad arguments with a clear message and exit code 2', async () => {
    const bad = await run([
      '--from',
      '2026-02-30',
      '--to',
      '2026-06-30',
      '--format',
      'xml',
      '--lang',
      'en',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--from: give a date as YYYY-MM-DD');
    expect(bad.err).toContain('--format: json or csv');
    expect(parseReportArgs(['--from', '2026-06-30', '--to', '2026-01-01'])).toMatchObject({
      ok: false,
      errors: ['--from måste vara före eller samma som --to'],
    });
    expect(parseReportArgs(['--to', '2026-01-01', 'extra'])).toMatchObject({ ok: false });
    expect(parseReportArgs(['--from', '2026-01-01', '--to', '2026-01-01'])).toMatchObject({
      ok: true,
      args: { format: 'json' },
    });
  });
});
