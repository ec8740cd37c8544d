// Writes an import of existing records (domain/import.ts validates and plans it) in one
// transaction: all of it or nothing. Keys make a second run of the same files change nothing:
// participants by code, rating sessions by code + date + indicator set, activities by
// code + activity + start date, exits by participant. Existing rows are never overwritten.
// A spreadsheet's own code (`H-001`) gets a new Samsyn code on the first import and is kept as the
// owner's private reference (participants.external_ref), which is the key of every later import.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DEPARTMENTS } from '../domain/departments';
import {
  IMPORT_FILES,
  isMunicipal,
  planImport,
  type ImportError,
  type ImportFiles,
  type ImportPlan,
  type ImportRules,
} from '../domain/import';
import { SAMSYN_STANDARD } from '../domain/instruments';
import type { IsoDate, Participant } from '../domain/types';
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

/** A spreadsheet code and the Samsyn code its participant has (for the person who ran the import). */
export interface CodeMapping {
  old: string;
  code: string;
  /** Created by this import (else found from an earlier one). */
  added: boolean;
}

export type ImportResult =
  | { ok: true; summary: ImportSummary; dryRun: boolean; mapping?: CodeMapping[] }
  | { ok: false; errors: ImportError[] };

/** The rules an import is checked against: the catalogue, indicator sets and participants in this store. */
export async function importRules(store: Store, opts: ImportOptions): Promise<ImportRules> {
  const existing = new Map(
    (await store.participants.all()).map(
      (p) => [p.code, { startDate: p.startDate, endDate: p.endDate }] as const,
    ),
  );
  for (const r of await store.records.externalRefs())
    existing.set(r.ref, { startDate: r.startDate, endDate: r.endDate });
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
        summary = (await write(s, planned.plan, opts)).summary;
        throw DRY_RUN;
      })
      .catch((e) => {
        if (e !== DRY_RUN) throw e;
      });
    return { ok: true, summary: summary!, dryRun };
  }
  const { summary, mapping } = await store.transaction((s) => write(s, planned.plan, opts));
  // Only an import of spreadsheet codes has a mapping (a dry run's codes are rolled back).
  return { ok: true, summary, dryRun, ...(mapping.length ? { mapping } : {}) };
}

const DRY_RUN = new Error('dry run: roll back');

/** The participant an import key names: by Samsyn code, or by the owner's private reference. */
async function byKey(s: Store, key: string): Promise<Participant | undefined> {
  if (!isMunicipal(key)) return s.participants.byCode(key);
  const found = await s.records.byExternalRef(key);
  return found && s.participants.get(found.id);
}

interface Touched {
  code: string;
  created: boolean;
  sessions: number;
  activities: number;
  exit: boolean;
}

/** One import's writing: the store in its transaction, what was counted, and who was touched. */
interface Run {
  s: Store;
  actorId: string;
  at: Date;
  sum: ImportSummary;
  mapping: CodeMapping[];
  /** What changed per participant, for one audit row each (ids and counts only). */
  touched: Map<string, Touched>;
}

function touch(r: Run, id: string, code: string): Touched {
  let t = r.touched.get(id);
  if (!t) {
    t = { code, created: false, sessions: 0, activities: 0, exit: false };
    r.touched.set(id, t);
  }
  return t;
}

async function planned(r: Run, key: string): Promise<Participant> {
  const p = await byKey(r.s, key);
  if (!p) throw new Error('import: a planned code has no participant'); // planImport checked every code
  return p;
}

async function writeParticipant(r: Run, p: ImportPlan['participants'][number]): Promise<void> {
  const { s, sum } = r;
  let row = await byKey(s, p.code);
  const municipal = isMunicipal(p.code);
  if (!row) {
    row = await s.participants.create({
      code: municipal ? await s.participants.freshCode() : p.code,
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
    if (municipal) await s.records.setExternalRef(row.id, p.code);
    sum.participants.added++;
    touch(r, row.id, row.code).created = true;
    if (municipal) r.mapping.push({ old: p.code, code: row.code, added: true });
  } else {
    sum.participants.existing++;
    if (municipal) r.mapping.push({ old: p.code, code: row.code, added: false });
  }
  if (!p.exit) return;
  if (await s.exits.exitFor(row.id)) {
    sum.exits.existing++;
    return;
  }
  // The import format has no reason for a missing next step: it stays unrecorded (null).
  await s.exits.record({
    participantId: row.id,
    date: p.exit.date,
    outcome: p.exit.outcome,
    nextStep: p.exit.nextStep,
    noNextStepReason: null,
    supportAtExit: null,
    recordedBy: r.actorId,
  });
  if (!row.endDate) await s.participants.update(row.id, row.rev, { endDate: p.exit.date });
  sum.exits.added++;
  touch(r, row.id, row.code).exit = true;
}

async function writeSession(r: Run, session: ImportPlan['sessions'][number]): Promise<void> {
  const { s, sum } = r;
  const p = await planned(r, session.code);
  const already = (await s.ratings.sessionsFor(p.id)).some(
    (x) => x.date === session.date && x.instrumentId === session.instrumentId,
  );
  if (already) {
    sum.sessions.existing++;
    return;
  }
  const saved = await s.ratings.save(
    {
      id: importedSessionId(p.code, session.date, session.instrumentId),
      revision: 1,
      participantId: p.id,
      date: session.date,
      instrumentId: session.instrumentId,
      instrumentVersion: session.instrumentVersion,
      scores: session.scores,
      jobSearchDescription: null,
      ratedBy: p.ownerId,
    },
    r.at,
  );
  if (saved) {
    sum.sessions.added++;
    touch(r, p.id, p.code).sessions++;
  } else sum.sessions.existing++;
}

async function writeActivity(r: Run, a: ImportPlan['activities'][number]): Promise<void> {
  const { s, sum } = r;
  const p = await planned(r, a.code);
  const already = (await s.plans.activitiesFor(p.id)).some(
    (x) => x.typeId === a.typeId && x.startDate === a.startDate,
  );
  if (already) {
    sum.activities.existing++;
    return;
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
  touch(r, p.id, p.code).activities++;
}

async function write(
  s: Store,
  plan: ImportPlan,
  opts: ImportOptions,
): Promise<{ summary: ImportSummary; mapping: CodeMapping[] }> {
  const r: Run = {
    s,
    actorId: opts.actorId ?? 'import',
    at: s.clock.now(),
    sum: {
      participants: { added: 0, existing: 0 },
      sessions: { added: 0, existing: 0 },
      activities: { added: 0, existing: 0 },
      exits: { added: 0, existing: 0 },
    },
    mapping: [],
    touched: new Map(),
  };
  for (const p of plan.participants) await writeParticipant(r, p);
  for (const session of plan.sessions) await writeSession(r, session);
  for (const a of plan.activities) await writeActivity(r, a);
  for (const [participantId, t] of r.touched) {
    await s.audit.write(
      { actorId: r.actorId, action: 'participant.import', participantId, detail: { ...t } },
      r.at,
    );
  }
  return { summary: r.sum, mapping: r.mapping };
}
