import { randomBytes } from 'node:crypto';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, CardFactory } from 'botbuilder';
import { errorCard, refusalCard } from '../cards/common';
import type { AdaptiveCard } from '../cards/core';
import { welcomeCard } from '../cards/help';
import { codeAsCommand, notUnderstood } from '../dialogs/help/unknown';
import type { ActionRoute, Command, DialogModule } from '../dialogs/context';
import type { Clock } from '../domain/dates';
import type { Store } from '../store';
import { cardActivity, type ProactiveSender } from './proactive';
import { refusalFor, turns, type TurnFlowContext, type Turns } from './turn';
import type { Config } from './config';
import type { Logger } from './logger';

export interface AppDeps {
  adapter: TeamsAdapter;
  store: Store;
  config: Config;
  clock: Clock;
  log: Logger;
  notify: ProactiveSender;
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

const errorId = () => randomBytes(4).toString('hex');

export function createApplication(deps: AppDeps): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    botAppId: deps.config.BOT_ID,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  const turn = turns(deps);
  const { log } = deps;
  const { remember } = turn;
  app.turn('beforeTurn', async (ctx) => {
    try {
      await remember(ctx);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'could not store conversation reference');
    }
    return true;
  });

  onInstall(app, turn, log);
  onMessage(
    app,
    turn,
    log,
    deps.modules.flatMap((m) => m.commands ?? []),
  );
  onCardAction(
    app,
    turn,
    log,
    deps.modules.flatMap((m) => m.actions ?? []),
  );
  app.error(async (ctx, err) => {
    log.error({ err: err.message, stack: err.stack }, 'unhandled turn error');
  });

  return app;
}

/** Installed in a personal chat or a team: the welcome card. */
function onInstall(app: Application<TurnState>, { flowContext }: Turns, log: Logger): void {
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
}

/** A text command: matched, checked for role and place, answered with its cards. */
function onMessage(
  app: Application<TurnState>,
  { flowContext }: Turns,
  log: Logger,
  commands: Command[],
): void {
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
        reply =
          refusalFor(fc, match.command) ??
          (await fc.atomically((unit) => match.command.run(unit, match.args)));
      }
    } catch (err) {
      const id = errorId();
      log.error(
        { errorId: id, err: (err as Error).message, stack: (err as Error).stack },
        'command failed',
      );
      reply = errorCard(fc.t, id);
    }
    // None, one or several cards.
    for (const c of [reply ?? []].flat()) {
      await ctx.sendActivity({ attachments: [CardFactory.adaptiveCard(c)] });
    }
  });
}

/** An Action.Execute: routed by its verb, answered with the card that replaces the one clicked. */
function onCardAction(
  app: Application<TurnState>,
  { flowContext }: Turns,
  log: Logger,
  actions: ActionRoute[],
): void {
  async function answerAction(
    fc: TurnFlowContext,
    verb: string,
    data: unknown,
  ): Promise<AdaptiveCard> {
    const route = matchAction(actions, verb);
    try {
      if (!route) return refusalCard(fc.t.common.errors.expired);
      return refusalFor(fc, route) ?? (await fc.atomically((unit) => route.run(unit, data ?? {})));
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
    const card = await answerAction(fc, verb, data);
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
}
