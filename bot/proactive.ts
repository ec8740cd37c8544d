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
  sleep(ms: number): Promise<void>;
}

export const defaultRetry: RetryPolicy = {
  attempts: 5,
  maxDelayMs: 30_000,
  baseDelayMs: 500,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: number; status?: number; response?: { status?: number } };
  return e?.statusCode ?? e?.status ?? e?.response?.status;
}

function retryAfterMs(err: unknown): number | undefined {
  const e = err as { response?: { headers?: { get?(k: string): string | undefined } | Record<string, string> } };
  const h = e?.response?.headers;
  const raw = h && (typeof (h as any).get === 'function' ? (h as any).get('retry-after') : (h as any)['retry-after']);
  if (raw === undefined || raw === null || raw === '') return undefined;
  const secs = Number(raw);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const date = Date.parse(String(raw));
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Teams throttles (429) and has bad moments (5xx): those are retried after Retry-After, with a bounded backoff. */
export async function withRetry<T>(fn: () => Promise<T>, policy: RetryPolicy, log: Logger, what: Record<string, unknown>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const status = statusOf(err);
      const retriable = status === 429 || (status !== undefined && status >= 500);
      if (!retriable || attempt >= policy.attempts) throw err;
      const wait = Math.min(policy.maxDelayMs, retryAfterMs(err) ?? policy.baseDelayMs * 2 ** (attempt - 1));
      log.warn({ ...what, status, attempt, waitMs: wait }, 'send throttled or failed; retrying');
      await policy.sleep(wait);
    }
  }
}

/**
 * The Bot Framework connector client retries 429 and 5xx itself and waits whatever Retry-After
 * says, without a bound, before withRetry sees anything. Its retry is taken out of the turn's
 * connector pipeline so withRetry is the one retry: Retry-After honoured, but never longer than
 * maxDelayMs, and a bounded number of attempts.
 */
function dropSdkRetry(ctx: TurnContext, adapter: CloudAdapter): void {
  const connector = ctx.turnState.get(adapter.ConnectorClientKey) as
    { client?: { pipeline?: { removePolicy(o: { phase: 'Retry' }): unknown } } } | undefined;
  connector?.client?.pipeline?.removePolicy({ phase: 'Retry' });
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

  private async send(reference: Partial<ConversationReference>, card: AdaptiveCard, summary: string | undefined, conversationId: string) {
    await withRetry(
      async () => {
        // The Application's error handler (adapter.onTurnError) swallows errors thrown inside the
        // turn, so the failure is carried out of the callback and thrown here, where withRetry and
        // the caller (a job marking its dispatch failed) can see it.
        let failure: unknown;
        await this.adapter.continueConversationAsync(this.botAppId, reference, async (ctx: TurnContext) => {
          try {
            dropSdkRetry(ctx, this.adapter);
            await ctx.sendActivity(cardActivity(card, summary));
          } catch (err) {
            failure = err;
          }
        });
        if (failure !== undefined) throw failure;
      },
      this.retry, this.log, { conversationId },
    );
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

  async toConversation(conversationId: string, card: AdaptiveCard, summary?: string): Promise<void> {
    const conv = await this.store.conversations.get(conversationId);
    if (!conv) throw new Error(`no stored reference for conversation ${conversationId}`);
    await this.send(conv.reference as Partial<ConversationReference>, card, summary, conv.id);
  }
}
