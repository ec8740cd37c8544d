// Records and rights (../shared/docs/domain.md "Records and rights"): who may review the log and
// answer access requests, what counts as a read, the monthly sample, and erasure. Pure.
import { z } from 'zod';
import { hasRole, isOwner } from './access';
import { addDaysIso } from './dates';
import { stockholmInstant } from './digest';
import type { Actor, IsoDate, Participant } from './types';

/** Log review (loggkontroll): an administrator or a log reviewer (granskare). */
export const mayReviewLog = (actor: Actor): boolean =>
  hasRole(actor, 'admin') || hasRole(actor, 'granskare');

/** An access request (registerutdrag) is produced by the case's owner or an administrator. */
export const mayExportParticipant = (actor: Actor, p: Participant): boolean =>
  hasRole(actor, 'admin') || (hasRole(actor, 'caseworker') && isOwner(actor, p));

/** Erasure on request (art. 17): administrators only. */
export const mayErase = (actor: Actor): boolean => hasRole(actor, 'admin');

/**
 * A read of a participant's data by a person: what the monthly sample is drawn from. Reads are
 * audited as `<area>.view`, `.list`, `.open`, `.pick`, `.picker`, the digest's `.attention`, and
 * this area's `records.export`; writes and refusals are not reads. Jobs (`system:…`) and command
 * lines (`cli:…`) are not people.
 */
export function isRead(action: string, actorId: string): boolean {
  if (actorId.startsWith('system:') || actorId.startsWith('cli:')) return false;
  if (action.endsWith('.refused')) return false;
  return /\.(view|list|open|pick|picker|attention)$/.test(action) || action === 'records.export';
}

/** The calendar month (YYYY-MM) before the one a date is in. */
export function previousMonth(date: IsoDate): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** First and last day of a month YYYY-MM. */
export function monthPeriod(month: string): { from: IsoDate; to: IsoDate } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The exactly-once key of a month's sample (store.dispatches), and of its card to one reviewer. */
export const sampleKey = (month: string): string => `audit.sample:${month}`;
export const sampleSendKey = (month: string, userId: string): string =>
  `audit.sample.send:${month}:${userId}`;

/**
 * `size` distinct picks of `n` items, uniformly (a partial Fisher–Yates). `rand(max)` gives an integer
 * in [0, max): crypto's randomInt in the bot, a fixed sequence in tests.
 */
export function samplePositions(n: number, size: number, rand: (max: number) => number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  const k = Math.min(size, n);
  for (let i = 0; i < k; i++) {
    const j = i + rand(n - i);
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, k).sort((a, b) => a - b);
}

/**
 * Why a participant is erased on request (GDPR art. 17(1)): a code, not free text, because the audit
 * log keeps it and the log holds no free text.
 */
export const ERASURE_REASONS = [
  'no_longer_needed',
  'consent_withdrawn',
  'objection',
  'unlawful',
  'legal_obligation',
  'registered_by_mistake',
] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

export type ErasureProblem = 'reason_required' | 'code_mismatch';

export const ErasureInput = z.object({
  reason: z.string().trim().default(''),
  confirmCode: z.string().trim().default(''),
});

/** The erasure needs a reason from the list and the participant's code typed again (no slip of a click). */
export function erasureProblems(
  input: z.infer<typeof ErasureInput>,
  code: string,
): ErasureProblem[] {
  const out: ErasureProblem[] = [];
  if (!(ERASURE_REASONS as readonly string[]).includes(input.reason)) out.push('reason_required');
  if (input.confirmCode.toUpperCase() !== code) out.push('code_mismatch');
  return out;
}

/** The SQL LIKE patterns of the actions `isRead` accepts (the store pre-filters with them). */
export const READ_ACTION_PATTERNS = [
  '%.view',
  '%.list',
  '%.open',
  '%.pick',
  '%.picker',
  '%.attention',
  'records.export',
] as const;

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as Stockholm wall-clock time, "YYYY-MM-DD HH:MM", for the log card. */
export function stockholmMinute(iso: string): string {
  return STOCKHOLM.format(new Date(iso)).replace(',', '');
}

/** A period of Stockholm calendar days as the ISO instants of its first and last millisecond. */
export function periodInstants(
  from: IsoDate | undefined,
  to: IsoDate | undefined,
): { fromAt?: string; toAt?: string } {
  return {
    fromAt: from ? stockholmInstant(from, '00:00').toISOString() : undefined,
    toAt: to
      ? new Date(stockholmInstant(addDaysIso(to, 1), '00:00').getTime() - 1).toISOString()
      : undefined,
  };
}
