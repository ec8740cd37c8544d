import { CardFactory, TurnContext, type ConversationReference } from 'botbuilder';
import type { CloudAdapter } from 'botbuilder';
import type { AdaptiveCard } from '../cards/core';
import type { Notifier } from '../dialogs/context';
import type { Store } from '../store';
import type { Logger } from './logger';

export interface RetryPolicy {
  attempts: number;
  /** Longest wait between attempts, whatever Retry-After says. */
  maxDelayMs: number;
  baseDelayMs: number;
  /**
   * Longest one attempt may take. A hung request to Teams is aborted then and retried like a 5xx,
   * so a send never holds the scheduler tick for long (nor past the 10-minute dispatch reclaim).
   */
  timeoutMs: number;
  sleep(ms: number): Promise<void>;
}

export const defaultRetry: RetryPolicy = {
  attempts: 5,
  maxDelayMs: 30_000,
  baseDelayMs: 500,
  timeoutMs: 30_000,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

/** An attempt that took longer than RetryPolicy.timeoutMs; its HTTP request was aborted. Retriable. */
export class SendTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`proactive send timed out after ${timeoutMs} ms`);
    this.name = 'SendTimeoutError';
  }
}

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: number; status?: number; response?: { status?: number } };
  return e?.statusCode ?? e?.status ?? e?.response?.status;
}

function retryAfterMs(err: unknown): number | undefined {
  const e = err as {
    response?: { headers?: { get?: unknown } & Record<string, unknown> };
  };
  const h = e?.response?.headers;
  // A fetch-style Headers object has get(); a plain object has the header as a key.
  const raw =
    h &&
    (typeof h.get === 'function'
      ? (h.get as (k: string) => unknown).call(h, 'retry-after')
      : h['retry-after']);
  if (raw === undefined || raw === null || raw === '') return undefined;
  const secs = Number(raw);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const date = Date.parse(String(raw));
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Teams throttles (429) and has bad moments (5xx): those are retried after Retry-After, with a bounded backoff. */
export async function withRetry<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy,
  log: Logger,
  what: Record<string, unknown>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const status = statusOf(err);
      const timedOut = err instanceof SendTimeoutError;
      const retriable = timedOut || status === 429 || (status !== undefined && status >= 500);
      if (!retriable || attempt >= policy.attempts) throw err;
      const wait = Math.min(
        policy.maxDelayMs,
        retryAfterMs(err) ?? policy.baseDelayMs * 2 ** (attempt - 1),
      );
      log.warn(
        { ...what, status, timedOut, attempt, waitMs: wait },
        'send throttled, failed or timed out; retrying',
      );
      await policy.sleep(wait);
    }
  }
}

/** The bits of @azure/core-rest-pipeline's Pipeline used here (botframework-connector's ServiceClient). */
interface ConnectorPipeline {
  removePolicy(o: { phase?: 'Retry'; name?: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(
      req: { abortSignal?: AbortSignal },
      next: (req: { abortSignal?: AbortSignal }) => Promise<unknown>,
    ): Promise<unknown>;
  }): void;
}

/** The pipeline of this turn's connector client (CloudAdapter makes a new client for every turn). */
function connectorPipeline(ctx: TurnContext, adapter: CloudAdapter): ConnectorPipeline | undefined {
  const connector = ctx.turnState.get(adapter.ConnectorClientKey) as
    { client?: { pipeline?: ConnectorPipeline } } | undefined;
  return connector?.client?.pipeline;
}

/**
 * The Bot Framework connector client retries 429 and 5xx itself and waits whatever Retry-After
 * says, without a bound, before withRetry sees anything. Its retry is taken out of the turn's
 * connector pipeline so withRetry is the one retry: Retry-After honoured, but never longer than
 * maxDelayMs, and a bounded number of attempts.
 */
function dropSdkRetry(pipeline: ConnectorPipeline | undefined): void {
  pipeline?.removePolicy({ phase: 'Retry' });
}

const ATTEMPT_ABORT_POLICY = 'samsynAttemptAbort';

/**
 * Ties every HTTP request of the turn's connector client to the attempt's abort signal: when the
 * attempt times out, the HTTP client (core-rest-pipeline's NodeHttpClient) destroys the request, so
 * a hung send is ended rather than left running, and cannot land after it was given up on.
 */
function abortWith(pipeline: ConnectorPipeline | undefined, signal: AbortSignal): void {
  if (!pipeline) return;
  pipeline.removePolicy({ name: ATTEMPT_ABORT_POLICY });
  pipeline.addPolicy({
    name: ATTEMPT_ABORT_POLICY,
    sendRequest: (req, next) => {
      req.abortSignal = req.abortSignal ? AbortSignal.any([req.abortSignal, signal]) : signal;
      return next(req);
    },
  });
}

export function cardActivity(card: AdaptiveCard, summary?: string) {
  return { type: 'message' as const, summary, attachments: [CardFactory.adaptiveCard(card)] };
}

/** Sends cards to stored conversation references: reminders to personal chats, digests to channels. */
export class ProactiveSender implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly store: Store,
    private readonly log: Logger,
    private readonly retry: RetryPolicy = defaultRetry,
  ) {}

  /** The same sender, looking conversations up in `store` (a turn's unit of work, Db.unit). */
  over(store: Store): ProactiveSender {
    return new ProactiveSender(this.adapter, this.botAppId, store, this.log, this.retry);
  }

  private async send(
    reference: Partial<ConversationReference>,
    card: AdaptiveCard,
    summary: string | undefined,
    conversationId: string,
  ) {
    await withRetry(() => this.attempt(reference, card, summary), this.retry, this.log, {
      conversationId,
    });
  }

  /**
   * One attempt, bounded by retry.timeoutMs. At the timeout the attempt's signal aborts the HTTP
   * request in the connector pipeline (abortWith); the attempt is also raced against the timer, so
   * a wait outside that request (e.g. fetching a token) cannot hold it either. A timed-out attempt
   * throws SendTimeoutError, which withRetry retries.
   */
  private async attempt(
    reference: Partial<ConversationReference>,
    card: AdaptiveCard,
    summary: string | undefined,
  ): Promise<void> {
    const ms = this.retry.timeoutMs;
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const err = new SendTimeoutError(ms);
        abort.abort(err);
        reject(err);
      }, ms);
    });
    // The Application's error handler (adapter.onTurnError) swallows errors thrown inside the
    // turn, so the failure is carried out of the callback and thrown here, where withRetry and
    // the caller (a job marking its dispatch failed) can see it.
    let failure: unknown;
    let delivered = false;
    const turn = this.adapter.continueConversationAsync(
      this.botAppId,
      reference,
      async (ctx: TurnContext) => {
        try {
          const pipeline = connectorPipeline(ctx, this.adapter);
          dropSdkRetry(pipeline);
          abortWith(pipeline, abort.signal);
          // An attempt given up on before it got here sends nothing.
          abort.signal.throwIfAborted();
          await ctx.sendActivity(cardActivity(card, summary));
          delivered = true;
        } catch (err) {
          failure = err;
        }
      },
    );
    turn.catch(() => undefined); // a turn left behind by the timeout must not become an unhandled rejection
    try {
      await Promise.race([turn, timedOut]);
    } catch (err) {
      // Teams answered just as the timer fired: it was posted, so it is not sent again.
      if (!(err instanceof SendTimeoutError) || !delivered) throw err;
    } finally {
      clearTimeout(timer);
    }
    if (delivered) return;
    if (abort.signal.aborted) throw abort.signal.reason;
    if (failure !== undefined) throw failure;
  }

  async toUser(userId: string, card: AdaptiveCard, summary?: string): Promise<boolean> {
    const conv = await this.store.conversations.personal(userId);
    if (!conv) {
      this.log.warn({ userId }, 'no personal chat with user; proactive message not sent');
      return false;
    }
    await this.send(conv.reference as Partial<ConversationReference>, card, summary, conv.id);
    return true;
  }

  async toConversation(
    conversationId: string,
    card: AdaptiveCard,
    summary?: string,
  ): Promise<void> {
    const conv = await this.store.conversations.get(conversationId);
    if (!conv) throw new Error(`no stored reference for conversation ${conversationId}`);
    await this.send(conv.reference as Partial<ConversationReference>, card, summary, conv.id);
  }
}
