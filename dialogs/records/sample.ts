// The monthly sample of reads (loggkontroll med stickprov): on the first tick of a month, a random
// sample of the past month's reads is picked once (claim `audit.sample:<month>`) and sent to each log
// reviewer once (`audit.sample.send:<month>:<user>`); each read is marked checked on the card, and
// that is audited too.
import { randomInt } from 'node:crypto';
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { strings } from '../../cards/locales';
import { sampleCard, type SampleLine } from '../../cards/records';
import { isoDateAt } from '../../domain/dates';
import {
  isRead,
  mayReviewLog,
  monthPeriod,
  periodInstants,
  previousMonth,
  READ_ACTION_PATTERNS,
  sampleKey,
  samplePositions,
  sampleSendKey,
  stockholmMinute,
} from '../../domain/records';
import type { Locale } from '../../domain/types';
import type { Store } from '../../store';
import type { FlowContext, Job, JobDeps } from '../context';
import { sendOnce } from '../jobs';
import { logLines } from './lines';

export const SAMPLE_ACTOR = 'system:audit-sample';

export async function sampleLines(store: Store, month: string): Promise<SampleLine[]> {
  const rows = await store.records.sample(month);
  const lines = await logLines(
    store,
    rows.map((r) => r.entry),
  );
  const names = new Map((await store.users.list()).map((u) => [u.id, u.name ?? u.id] as const));
  return rows.map((r, i) => ({
    ...lines[i]!,
    auditId: r.entry.id,
    rev: r.rev,
    checkedBy: r.checkedBy ? (names.get(r.checkedBy) ?? r.checkedBy) : null,
    checkedAt: r.checkedAt ? stockholmMinute(r.checkedAt) : null,
  }));
}

/** Picks and stores the month's sample once (also across instances); true when it is stored. */
async function pickOnce(deps: JobDeps, month: string, now: Date): Promise<boolean> {
  const { store, config, log } = deps;
  const key = sampleKey(month);
  if ((await store.dispatches.status(key))?.status === 'sent') return true;
  if (!(await store.dispatches.claim(key, now))) return false;
  try {
    const { from, to } = monthPeriod(month);
    const { fromAt, toAt } = periodInstants(from, to);
    const reads = (await store.records.reads(fromAt!, toAt!, READ_ACTION_PATTERNS)).filter((r) =>
      isRead(r.action, r.actorId),
    );
    const picked = samplePositions(reads.length, config.AUDIT_SAMPLE_SIZE, randomInt);
    await store.records.saveSample(
      month,
      picked.map((i) => reads[i]!.id),
    );
    await store.dispatches.sent(key, now);
    log.info({ job: 'audit.sample', month, reads: reads.length, picked: picked.length }, 'sampled');
    return true;
  } catch (err) {
    await store.dispatches.failed(key, (err as Error).message ?? String(err));
    log.error({ job: 'audit.sample', month, err: (err as Error).message }, 'sample failed');
    return false;
  }
}

/** The log reviewers; the administrators when nobody has the role, so the sample always has a reader. */
async function reviewers(deps: JobDeps): Promise<string[]> {
  const named = await deps.store.users.usersWithRole('granskare');
  if (named.length) return named;
  const admins = new Set([
    ...(await deps.store.users.usersWithRole('admin')),
    ...deps.config.ADMIN_AAD_IDS,
  ]);
  return [...admins].sort();
}

export const sampleJob: Job = {
  name: 'audit.sample',
  async run(deps, now) {
    const month = previousMonth(isoDateAt(now));
    if (!(await pickOnce(deps, month, now))) return;
    const lines = await sampleLines(deps.store, month);
    if (lines.length === 0) return; // no reads that month: nothing to check, nothing sent
    for (const userId of await reviewers(deps)) {
      const user = await deps.store.users.get(userId);
      const t = strings((user?.locale === 'en' ? 'en' : 'sv') as Locale);
      await sendOnce(deps, 'audit.sample', now, {
        key: sampleSendKey(month, userId),
        send: () =>
          deps.notify.toUser(
            userId,
            sampleCard({ month, lines }, t),
            t.records.sample.summary(month),
          ),
        after: () =>
          deps.store.audit.write(
            {
              actorId: SAMPLE_ACTOR,
              action: 'audit.sample.sent',
              participantId: null,
              detail: { month, to: userId, rows: lines.length },
            },
            now,
          ),
      });
    }
  },
};

/** Mark as checked: only from the revision the card was drawn at; the check is audited. */
export async function checkRead(
  ctx: FlowContext,
  data: { month: string; auditId: string; rev: number },
): Promise<AdaptiveCard> {
  if (!mayReviewLog(ctx.actor)) return refusalCard(ctx.t.records.log.notAllowed);
  const before = (await ctx.store.records.sample(data.month)).find(
    (r) => r.entry.id === data.auditId,
  );
  if (!before) return refusalCard(ctx.t.records.sample.unknown);
  const done = await ctx.store.records.check(data.month, data.auditId, data.rev, ctx.actor.id);
  if (done) {
    await ctx.audit('audit.sample.check', before.entry.participantId, {
      month: data.month,
      auditId: data.auditId,
    });
  }
  const lines = await sampleLines(ctx.store, data.month);
  return sampleCard(
    done
      ? { month: data.month, lines, message: ctx.t.records.sample.checked }
      : { month: data.month, lines, errors: [ctx.t.common.errors.stale] },
    ctx.t,
  );
}
