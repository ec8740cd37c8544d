import { randomBytes } from 'node:crypto';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, CardFactory, TurnContext, type ConversationReference } from 'botbuilder';
import { errorCard, refusalCard } from '../cards/common';
import type { AdaptiveCard } from '../cards/core';
import { welcomeCard } from '../cards/help';
import { codeAsCommand, notUnderstood } from '../dialogs/help/unknown';
import { localeOf, strings } from '../cards/locales';
import type {
  ActionRoute,
  Command,
  ConversationInfo,
  DialogModule,
  FlowContext,
  Notifier,
} from '../dialogs/context';
import type { Clock } from '../domain/dates';
import { effectiveRoles } from '../domain/roles';
import type { Actor, Role } from '../domain/types';
import type { ConversationKind } from '../store/core';
import type { Store } from '../store';
import { cardActivity } from './proactive';
import { rememberer, turnAudit } from './remember';
import type { Config } from './config';
import type { Logger } from './logger';

export interface AppDeps {
  adapter: TeamsAdapter;
  store: Store;
  config: Config;
  clock: Clock;
  log: Logger;
  notify: Notifier;
  modules: DialogModule[];
}

/** Lower case, no bot mention, no trailing punctuation, single spaces. */
export function normalizeText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .toLowerCase();
}

/** The command a text starts with (longest name first) and the rest as its arguments. */
export function matchCommand(
  commands: Command[],
  text: string,
): { command: Command; args: string } | null {
  let best: { command: Command; args: string; len: number } | null = null;
  for (const command of commands) {
    for (const name of command.names) {
      if ((text === name || text.startsWith(name + ' ')) && (!best || name.length > best.len)) {
        best = { command, args: text.slice(name.length).trim(), len: name.length };
      }
    }
  }
  return best && { command: best.command, args: best.args };
}

export function matchAction(actions: ActionRoute[], verb: string): ActionRoute | undefined {
  return (
    actions.find((a) => a.verb === verb) ??
    actions.find((a) => a.verb.endsWith('*') && verb.startsWith(a.verb.slice(0, -1)))
  );
}

function conversationOf(ctx: TurnContext): ConversationInfo {
  const a = ctx.activity;
  const type = a.conversation?.conversationType;
  const kind: ConversationKind = type === 'channel' || type === 'groupChat' ? type : 'personal';
  const cd = (a.channelData ?? {}) as {
    team?: { id?: string };
    channel?: { id?: string };
    tenant?: { id?: string };
  };
  return {
    id: a.conversation.id,
    kind,
    teamId: cd.team?.id ?? null,
    channelId: cd.channel?.id ?? null,
    tenantId: cd.tenant?.id ?? a.conversation?.tenantId ?? null,
  };
}

function userIdOf(ctx: TurnContext): string {
  return ctx.activity.from?.aadObjectId ?? ctx.activity.from?.id ?? 'unknown';
}

/**
 * In a channel, conversation.id is one thread (`…;messageid=…`). The channel itself is stored too,
 * under its own id and without an activity to reply to: a send to it is a new top-level post
 * (docs/teams-behaviour.md).
 */
function channelItself(conv: ConversationInfo, reference: Partial<ConversationReference>) {
  const channelId = conv.channelId!;
  const channelRef: Record<string, unknown> = {
    ...reference,
    conversation: { ...reference.conversation, id: channelId },
  };
  delete channelRef.activityId;
  return {
    id: channelId,
    kind: conv.kind,
    teamId: conv.teamId,
    channelId,
    userId: null,
    reference: channelRef,
  };
}

const errorId = () => randomBytes(4).toString('hex');

export function createApplication(deps: AppDeps): Application<TurnState> {
  const { adapter, store, config, clock, log, notify, modules } = deps;
  const app = new Application<TurnState>({
    adapter,
    botAppId: config.BOT_ID,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  const commands = modules.flatMap((m) => m.commands ?? []);
  const actions = modules.flatMap((m) => m.actions ?? []);

  async function actorOf(ctx: TurnContext): Promise<Actor> {
    const id = userIdOf(ctx);
    const roles = effectiveRoles(await store.users.roles(id), config.ADMIN_AAD_IDS.includes(id));
    return {
      id,
      name: ctx.activity.from?.name ?? null,
      roles,
      locale: localeOf(ctx.activity.locale),
    };
  }

  async function flowContext(
    ctx: TurnContext,
  ): Promise<FlowContext & { flushAudit(): Promise<void> }> {
    const actor = await actorOf(ctx);
    const audit = turnAudit(store, { actorId: actor.id, via: conversationOf(ctx).kind }, clock);
    return {
      store,
      config,
      clock,
      log,
      notify,
      actor,
      t: strings(actor.locale),
      conversation: conversationOf(ctx),
      send: async (card: AdaptiveCard, summary?: string) => {
        await ctx.sendActivity(cardActivity(card, summary));
      },
      // The turn's audit rows are written together when the turn is answered (flushAudit).
      audit: audit.write,
      flushAudit: audit.flush,
    };
  }

  const remembered = rememberer(store, clock);

  /** Remembers who we talked to and where, for reminders and digests (writes only changes). */
  async function remember(ctx: TurnContext): Promise<void> {
    const conv = conversationOf(ctx);
    const userId = userIdOf(ctx);
    const reference = TurnContext.getConversationReference(ctx.activity);
    await remembered.conversation({
      id: conv.id,
      kind: conv.kind,
      teamId: conv.teamId,
      channelId: conv.channelId,
      userId: conv.kind === 'personal' ? userId : null,
      reference: reference as Record<string, unknown>,
    });
    if (conv.kind === 'channel' && conv.channelId && conv.channelId !== conv.id)
      await remembered.conversation(channelItself(conv, reference));
    await remembered.user(userId, ctx.activity.from?.name ?? null, localeOf(ctx.activity.locale));
  }

  function refusalFor(
    fc: FlowContext,
    route: { role?: Role; scope?: Command['scope'] },
  ): AdaptiveCard | null {
    if (route.scope === 'personal' && fc.conversation.kind === 'groupChat')
      return refusalCard(fc.t.common.errors.personalOnlyNotGroupChat);
    if (route.scope === 'personal' && fc.conversation.kind !== 'personal')
      return refusalCard(fc.t.common.errors.personalOnly);
    if (route.scope === 'channel' && fc.conversation.kind !== 'channel')
      return refusalCard(fc.t.common.errors.channelOnly);
    if (route.role && !fc.actor.roles.includes(route.role))
      return refusalCard(fc.t.common.errors.needsRole(fc.t.common.roles[route.role]));
    return null;
  }

  app.turn('beforeTurn', async (ctx) => {
    try {
      await remember(ctx);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'could not store conversation reference');
    }
    return true;
  });

  app.conversationUpdate('membersAdded', async (ctx) => {
    const botId = ctx.activity.recipient?.id;
    const added = ctx.activity.membersAdded ?? [];
    if (!added.some((m) => m.id === botId)) return;
    const fc = await flowContext(ctx);
    log.info({ conversationId: fc.conversation.id, kind: fc.conversation.kind }, 'installed');
    await ctx.sendActivity(
      cardActivity(welcomeCard(fc.t, fc.conversation.kind === 'personal' ? 'personal' : 'team')),
    );
  });

  app.activity('installationUpdate', async (ctx) => {
    if ((ctx.activity as { action?: string }).action !== 'add') return;
    const fc = await flowContext(ctx);
    log.info(
      { conversationId: fc.conversation.id, kind: fc.conversation.kind },
      'installation update',
    );
  });

  app.activity('message', async (ctx) => {
    const fc = await flowContext(ctx);
    const text = normalizeText(ctx.activity.text);
    // A submit from an old-style Action.Submit card arrives as a message with a value: nothing here uses it.
    if (!text) return;
    // A participant code typed alone means its card ("visa <kod>"), with the same checks.
    const match = matchCommand(commands, text) ?? matchCommand(commands, codeAsCommand(text) ?? '');
    let reply: AdaptiveCard | AdaptiveCard[] | null;
    try {
      if (!match) {
        reply = notUnderstood(fc, text, commands);
      } else {
        reply = refusalFor(fc, match.command) ?? (await match.command.run(fc, match.args));
      }
    } catch (err) {
      const id = errorId();
      log.error(
        { errorId: id, err: (err as Error).message, stack: (err as Error).stack },
        'command failed',
      );
      reply = errorCard(fc.t, id);
    } finally {
      await fc.flushAudit();
    }
    // None, one or several cards.
    for (const c of [reply ?? []].flat()) {
      await ctx.sendActivity({ attachments: [CardFactory.adaptiveCard(c)] });
    }
  });

  async function answerAction(fc: FlowContext, verb: string, data: unknown): Promise<AdaptiveCard> {
    const route = matchAction(actions, verb);
    try {
      if (!route) return refusalCard(fc.t.common.errors.expired);
      return refusalFor(fc, route) ?? (await route.run(fc, data ?? {}));
    } catch (err) {
      const id = errorId();
      log.error(
        { errorId: id, verb, err: (err as Error).message, stack: (err as Error).stack },
        'card action failed',
      );
      return errorCard(fc.t, id);
    }
  }

  app.adaptiveCards.actionExecute(/.*/, async (ctx, _state, data) => {
    const fc = await flowContext(ctx);
    const verb = String((ctx.activity.value as { action?: { verb?: string } })?.action?.verb ?? '');
    const card = await answerAction(fc, verb, data).finally(() => fc.flushAudit());
    // The answer replaces the clicked card for the person who clicked, and only for them. We send the
    // invoke response ourselves because teams-ai 1.7 turns an answer card that has `refresh` into
    // "replace for all", which would overwrite a shared channel message with one member's own view.
    await ctx.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
      },
    });
    return card;
  });

  app.error(async (ctx, err) => {
    log.error({ err: err.message, stack: err.stack }, 'unhandled turn error');
  });

  return app;
}
