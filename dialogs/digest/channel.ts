import type { ConversationInfo } from '../context';

/**
 * The key of a channel: its own id. In a channel `conversation.id` is one thread of it
 * (`19:…@thread.tacv2;messageid=…`), so a digest channel is keyed by `channelData.channel.id`, which
 * is the same whatever thread the admin writes in (docs/teams-behaviour.md).
 */
export function channelKey(c: Pick<ConversationInfo, 'id' | 'channelId'>): string {
  return c.channelId ?? c.id.split(';')[0]!;
}

/** The channel a stored digest row posts to (rows from before the key was the channel hold a thread id). */
export function channelOfRow(row: { conversationId: string; channelId: string | null }): string {
  return row.channelId ?? row.conversationId.split(';')[0]!;
}
