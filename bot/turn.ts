// One turn as the dialogs see it: who acts (with their roles), where, in which language, and the
// context a handler gets; what the bot remembers of every turn (conversation references, users);
// and the router's role and scope checks. Teams types stay here, in bot/.
import { TurnContext, type ConversationReference } from 'botbuilder';
import { refusalCard } from '../cards/common';
import type { AdaptiveCard } from '../cards/core';
import { localeOf, strings } from '../cards/locales';
import type { Command, ConversationInfo, FlowContext } from '../dialogs/context';
import { effectiveRoles } from '../domain/roles';
import type { Actor, Role } from '../domain/types';
import type { ConversationKind } from '../store/core';
import type { AppDeps } from './app';
import { cardActivity } from './proactive';
import { rememberer, turnAudit } from './remember';

export type TurnFlowContext = FlowContext & {
  /**
   * Runs the turn's handler as one unit of work: its writes and its audit rows commit together at
   * the end, or (when it throws) none of them do. The handler gets the turn's context over the
   * unit's store (and a notifier that looks up conversations there): what it does must go
   * through that context.
   */
  atomically<T>(handler: (fc: FlowContext) => Promise<T>): Promise<T>;
};

export interface Turns {
  flowContext(ctx: TurnContext): Promise<TurnFlowContext>;
  remember(ctx: TurnContext): Promise<void>;
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

/** The turn's context and memory over the bot's dependencies. */
export function turns(deps: AppDeps): Turns {
  const { store, config, clock, log, notify } = deps;

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

  async function flowContext(ctx: TurnContext): Promise<TurnFlowContext> {
    const actor = await actorOf(ctx);
    const conversation = conversationOf(ctx);
    const audit = turnAudit(store, { actorId: actor.id, via: conversation.kind }, clock);
    const fc: TurnFlowContext = {
      store,
      config,
      clock,
      log,
      notify,
      actor,
      t: strings(actor.locale),
      conversation,
      send: async (card: AdaptiveCard, summary?: string) => {
        await ctx.sendActivity(cardActivity(card, summary));
      },
      // The turn's audit rows are written in the handler's own transaction (atomically).
      audit: audit.write,
      atomically: (handler) =>
        audit.inUnit((unitStore) =>
          handler({ ...fc, store: unitStore, notify: notify.over(unitStore) }),
        ),
    };
    return fc;
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

  return { flowContext, remember };
}

/** The refusal for a route used by the wrong role or in the wrong place, or null. */
export function refusalFor(
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
