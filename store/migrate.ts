import type { Clock } from '../domain/dates';
import type { Db } from './db';
import * as m001 from './migrations/001_core';
import * as m002 from './migrations/002_rating';
import * as m003 from './migrations/003_plan';
import * as m004 from './migrations/004_forum';
import * as m005 from './migrations/005_digest';
import * as m006 from './migrations/006_unique';
import * as m007 from './migrations/007_figures';
import * as m008 from './migrations/008_records';
import * as m009 from './migrations/009_languages';
import * as m010 from './migrations/010_figures_change';
import * as m011 from './migrations/011_figures_parallel';
import * as m012 from './migrations/012_session_language';
import * as m013 from './migrations/013_figure_activity_kind';
import * as m014 from './migrations/014_figures_region';
import * as m015 from './migrations/015_reminders';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. A feature adds its file here; versions never change once shipped. */
export const MIGRATIONS: Migration[] = [
  m001,
  m002,
  m003,
  m004,
  m005,
  m006,
  m007,
  m008,
  m009,
  m010,
  m011,
  m012,
  m013,
  m014,
  m015,
];

function statements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Applies the migrations not yet applied, each in its own transaction. */
export async function migrate(
  db: Db,
  clock: Clock,
  migrations: Migration[] = MIGRATIONS,
): Promise<number[]> {
  // Under the same lock as the migrations: on PostgreSQL two concurrent CREATE TABLE IF NOT EXISTS
  // can both find no table, and the second then fails on a duplicate catalogue row.
  await db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.exec('SELECT pg_advisory_xact_lock(7425001)');
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
  });
  const applied: number[] = [];
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  for (const m of sorted) {
    const done = await db.transaction(async (tx) => {
      // Two instances starting together: the second waits on the first's lock, then sees the row.
      if (tx.dialect === 'postgres') await tx.exec('SELECT pg_advisory_xact_lock(7425001)');
      const row = await tx.get('SELECT version FROM schema_migrations WHERE version = ?', [
        m.version,
      ]);
      if (row) return false;
      for (const s of statements(m.sql)) await tx.exec(s);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        clock.now().toISOString(),
      ]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
