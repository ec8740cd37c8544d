// Send once: every reminder and digest is claimed in the store before it is sent, marked sent after,
// failed on an error (taken again at the next tick). That gives "once per due date, also after
// downtime, never twice, also with two instances" (docs/conventions.md, Jobs).
import type { JobDeps } from './context';

export interface OnceSend {
  /** The dispatch key: what is sent, to whom, for which date or week (ids only, never names). */
  key: string;
  /**
   * Sends. Returning false means there was nowhere to deliver (no personal chat with the bot yet):
   * the claim is marked failed and taken again at the next tick.
   */
  send(): Promise<boolean | void>;
  /**
   * Work after a delivered send (an audit row). It runs after the claim is marked sent, so its
   * failure is logged and never makes the next tick send again.
   */
  after?(): Promise<void>;
}

export type OnceOutcome = 'not_claimed' | 'sent' | 'failed';

export async function sendOnce(
  deps: JobDeps,
  job: string,
  now: Date,
  o: OnceSend,
): Promise<OnceOutcome> {
  const { store, log } = deps;
  if (!(await store.dispatches.claim(o.key, now))) return 'not_claimed';
  try {
    if ((await o.send()) === false) {
      await store.dispatches.failed(o.key, 'undelivered');
      log.warn({ job, key: o.key }, 'nowhere to deliver; tried again next tick');
      return 'failed';
    }
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    await store.dispatches.failed(o.key, message);
    log.error({ job, key: o.key, err: message }, 'send failed; retried next tick');
    return 'failed';
  }
  await store.dispatches.sent(o.key, now);
  if (o.after) {
    try {
      await o.after();
    } catch (err) {
      log.error({ job, key: o.key, err: (err as Error).message }, 'after-send step failed');
    }
  }
  return 'sent';
}
