// A statement over a list of ids: `IN (…)` with at most 500 ids a statement, far below both
// databases' limits on parameters (store/records.ts codes, store/digest.ts ownerNames, store/participants.ts latestFor).
import type { Db, Row } from './db';

const IDS_PER_STATEMENT = 500;

/** The rows of `sql(placeholders)` over these ids (`placeholders`: the `?, ?, …` of one part). */
export async function allByIds<T = Row>(
  db: Db,
  ids: readonly string[],
  sql: (placeholders: string) => string,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const part = ids.slice(i, i + IDS_PER_STATEMENT);
    out.push(...(await db.all<T>(sql(part.map(() => '?').join(', ')), part)));
  }
  return out;
}
