// Audit rows as the log card and the sample show them: staff by their Teams name, the participant by
// code (from the participant row, or from the row's own detail once the case is erased or culled).
import type { LogLine } from '../../cards/records';
import { stockholmMinute } from '../../domain/records';
import type { Store } from '../../store';
import type { LogRow } from '../../store/records';

export async function logLines(store: Store, rows: LogRow[]): Promise<LogLine[]> {
  const codes = await store.records.codes(
    rows.map((r) => r.participantId).filter((x): x is string => !!x),
  );
  const names = new Map<string, string>();
  for (const u of await store.users.list()) if (u.name) names.set(u.id, u.name);
  return rows.map((r) => ({
    at: stockholmMinute(r.at),
    who: names.get(r.actorId) ?? r.actorId,
    action: r.action,
    code:
      (r.participantId ? codes.get(r.participantId) : undefined) ??
      (typeof r.detail?.code === 'string' ? r.detail.code : null),
    via: r.via,
  }));
}
