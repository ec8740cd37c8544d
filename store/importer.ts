// Writes an import of existing records (domain/import.ts validates and plans it) in one
// transaction: all of it or nothing. Keys make a second run of the same files change nothing:
// participants by code, rating sessions by code + date + indicator set, activities by
// code + activity + start date, exits by participant. Existing rows are never overwritten.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DEPARTMENTS } from '../domain/departments';
import {
  IMPORT_FILES,
  planImport,
  type ImportError,
  type ImportFiles,
  type ImportPlan,
  type ImportRules,
} from '../domain/import';
import { SAMSYN_STANDARD } from '../domain/instruments';
import type { IsoDate } from '../domain/types';
import type { Store } from './index';

/** Reads the import files present in a folder (participants.csv, ratings.csv, activities.csv); absent ones stay undefined. */
export function readImportFolder(folder: string): Partial<ImportFiles> {
  const files: Partial<ImportFiles> = {};
  for (const f of IMPORT_FILES) {
    const path = join(folder, f);
    if (existsSync(path)) files[f] = readFileSync(path, 'utf8');
  }
  return files;
}

export interface Counted {
  added: number;
  existing: number;
}
export interface ImportSummary {
  participants: Counted;
  sessions: Counted;
  activities: Counted;
  exits: Counted;
}

export interface ImportOptions {
  today: IsoDate;
  /** Owner of participants whose row names none (the --owner argument). */
  defaultOwner: string | null;
  /** Department ids the municipality knows (config.departments). */
  departmentIds?: string[];
  /** Who is recorded in the audit log as having imported. */
  actorId?: string;
  /** Validate and count, but write nothing. */
  dryRun?: boolean;
}

export type ImportResult =
  { ok: true; summary: ImportSummary; dryRun: boolean } | { ok: false; errors: ImportError[] };

/** The rules an import is checked against: the catalogue, indicator sets and participants in this store. */
export async function importRules(store: Store, opts: ImportOptions): Promise<ImportRules> {
  const existing = new Map(
    (await store.participants.all()).map(
      (p) => [p.code, { startDate: p.startDate, endDate: p.endDate }] as const,
    ),
  );
  return {
    today: opts.today,
    departmentIds: opts.departmentIds ?? DEFAULT_DEPARTMENTS.map((d) => d.id),
    activityTypes: await store.plans.catalogue(),
    instruments: (await store.instruments.list()).map((s) => s.instrument),
    defaultInstrumentId: SAMSYN_STANDARD.id,
    defaultOwner: opts.defaultOwner,
    existing,
  };
}

/** An imported session's id follows from its key, so the same session is never written twice. */
export function importedSessionId(code: string, date: IsoDate, instrumentId: string): string {
  return (
    'import-' +
    createHash('sha256').update(`${code}|${date}|${instrumentId}`).digest('hex').slice(0, 32)
  );
}

/** Validates the files against this store and, when every row is valid, writes them in one transaction. */
export async function runImport(
  store: Store,
  files: ImportFiles,
  opts: ImportOptions,
): Promise<ImportResult> {
  const planned = planImport(files, await importRules(store, opts));
  if (!planned.ok) return planned;
  const dryRun = !!opts.dryRun;
  if (dryRun) {
    // Count what would be written, then roll back: the same code path as a real run.
    let summary: ImportSummary | undefined;
    await store
      .transaction(async (s) => {
        summary = await write(s, planned.plan, opts);
        throw DRY_RUN;
      })
      .catch((e) => {
        if (e !== DRY_RUN) throw e;
      });
    return { ok: true, summary: summary!, dryRun };
  }
  const summary = await store.transaction((s) => write(s, planned.plan, opts));
  return { ok: true, summary, dryRun };
}

const DRY_RUN = new Error('dry run: roll back');

async function write(s: Store, plan: ImportPlan, opts: ImportOptions): Promise<ImportSummary> {
  const actorId = opts.actorId ?? 'import';
  const at = s.clock.now();
  const sum: ImportSummary = {
    participants: { added: 0, existing: 0 },
    sessions: { added: 0, existing: 0 },
    activities: { added: 0, existing: 0 },
    exits: { added: 0, existing: 0 },
  };
  /** What changed per participant, for one audit row each (ids and counts only). */
  const touched = new Map<
    string,
    { code: string; created: boolean; sessions: number; activities: number; exit: boolean }
  >();
  const touch = (id: string, code: string) => {
    let t = touched.get(id);
    if (!t) {
      t = { code, created: false, sessions: 0, activities: 0, exit: false };
      touched.set(id, t);
    }
    return t;
  };

  for (const p of plan.participants) {
    let row = await s.participants.byCode(p.code);
    if (!row) {
      row = await s.participants.create({
        code: p.code,
        name: null,
        gender: p.gender,
        birthYear: p.birthYear,
        startDate: p.startDate,
        endDate: p.exit?.date ?? null,
        departments: p.departments,
        sfiTrack: p.sfiTrack,
        sfiCourse: null,
        protectedIdentity: p.protectedIdentity,
        supportAtStart: null,
        ownerId: p.ownerId,
      });
      sum.participants.added++;
      touch(row.id, p.code).created = true;
    } else {
      sum.participants.existing++;
    }
    if (p.exit) {
      if (await s.exits.exitFor(row.id)) {
        sum.exits.existing++;
      } else {
        // The import format has no reason for a missing next step: it stays unrecorded (null).
        await s.exits.record({
          participantId: row.id,
          date: p.exit.date,
          outcome: p.exit.outcome,
          nextStep: p.exit.nextStep,
          noNextStepReason: null,
          supportAtExit: null,
          recordedBy: actorId,
        });
        if (!row.endDate) await s.participants.update(row.id, row.rev, { endDate: p.exit.date });
        sum.exits.added++;
        touch(row.id, p.code).exit = true;
      }
    }
  }

  const byCode = async (code: string) => {
    const p = await s.participants.byCode(code);
    if (!p) throw new Error('import: a planned code has no participant'); // planImport checked every code
    return p;
  };

  for (const session of plan.sessions) {
    const p = await byCode(session.code);
    const already = (await s.ratings.sessionsFor(p.id)).some(
      (x) => x.date === session.date && x.instrumentId === session.instrumentId,
    );
    if (already) {
      sum.sessions.existing++;
      continue;
    }
    const saved = await s.ratings.save(
      {
        id: importedSessionId(session.code, session.date, session.instrumentId),
        revision: 1,
        participantId: p.id,
        date: session.date,
        instrumentId: session.instrumentId,
        instrumentVersion: session.instrumentVersion,
        scores: session.scores,
        jobSearchDescription: null,
        ratedBy: p.ownerId,
      },
      at,
    );
    if (saved) {
      sum.sessions.added++;
      touch(p.id, p.code).sessions++;
    } else sum.sessions.existing++;
  }

  for (const a of plan.activities) {
    const p = await byCode(a.code);
    const already = (await s.plans.activitiesFor(p.id)).some(
      (x) => x.typeId === a.typeId && x.startDate === a.startDate,
    );
    if (already) {
      sum.activities.existing++;
      continue;
    }
    await s.plans.addActivity({
      participantId: p.id,
      typeId: a.typeId,
      customName: null,
      kind: a.kind,
      departmentId: a.departmentId,
      responsible: null,
      startDate: a.startDate,
      plannedEndDate: a.plannedEndDate,
      endDate: a.endDate,
      status: a.status,
      cancelReason: null,
    });
    sum.activities.added++;
    touch(p.id, p.code).activities++;
  }

  for (const [participantId, t] of touched) {
    await s.audit.write({ actorId, action: 'participant.import', participantId, detail: t }, at);
  }
  return sum;
}
