import type { AdaptiveCard } from '../cards/core';
import type { Strings } from '../cards/locales';
import type { Config } from '../bot/config';
import type { Logger } from '../bot/logger';
import type { Clock } from '../domain/dates';
import type { Actor, Participant, Role } from '../domain/types';
import type { ConversationKind } from '../store/core';
import type { Store } from '../store';

export interface ConversationInfo {
  id: string;
  kind: ConversationKind;
  teamId: string | null;
  channelId: string | null;
  tenantId: string | null;
}

/** Sends proactive messages (reminders, digests) to stored conversation references. */
export interface Notifier {
  /** To a user's personal chat with the bot; false when the bot has no chat with the user. */
  toUser(userId: string, card: AdaptiveCard, summary?: string): Promise<boolean>;
  /** To a stored conversation (a channel or chat); throws after bounded retries fail. */
  toConversation(conversationId: string, card: AdaptiveCard, summary?: string): Promise<void>;
}

/** Everything a dialog step needs about the turn, with no Teams types in it. */
export interface FlowContext {
  store: Store;
  config: Config;
  clock: Clock;
  log: Logger;
  actor: Actor;
  t: Strings;
  conversation: ConversationInfo;
  notify: Notifier;
  /** Posts a further message into the conversation the turn came from (e.g. meeting minutes). */
  send(card: AdaptiveCard, summary?: string): Promise<void>;
  /** Writes an audit row for a read or change of a participant's data. */
  audit(
    action: string,
    participantId: string | null,
    detail?: Record<string, string | number | boolean | null>,
  ): Promise<void>;
}

/** What a text command answers with: one card, several, or nothing more to say. */
export type Reply = AdaptiveCard | AdaptiveCard[] | null;

export interface Command {
  /** Words that start the command, lower case, Swedish and English (e.g. "ny deltagare", "new participant"). */
  names: string[];
  /** Where the command may be used. */
  scope: 'personal' | 'channel' | 'any';
  /** The role needed; undefined means anyone. */
  role?: Role;
  run(ctx: FlowContext, args: string): Promise<Reply>;
}

export interface ActionRoute {
  /** The Action.Execute verb, e.g. "registration.next"; a trailing "*" matches a prefix. */
  verb: string;
  role?: Role;
  /** Where the card may be clicked; the router refuses it elsewhere (a forwarded or crafted card in a channel). */
  scope?: Command['scope'];
  /** Answers with the card that replaces the one acted on. */
  run(ctx: FlowContext, data: unknown): Promise<AdaptiveCard>;
}

/** Something the scheduler runs on every tick (reminders, digests); must be idempotent. */
export interface Job {
  name: string;
  run(deps: JobDeps, now: Date): Promise<void>;
}

export interface JobDeps {
  store: Store;
  config: Config;
  log: Logger;
  notify: Notifier;
  clock: Clock;
}

/** A dialog area plugs its commands, card actions, scheduled jobs and install hooks into the bot. */
export interface DialogModule {
  name: string;
  commands?: Command[];
  actions?: ActionRoute[];
  jobs?: Job[];
}

export type { Participant };
