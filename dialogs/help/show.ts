// "hjälp": what this user may do, here, by the roles they have.
import { helpCard } from '../../cards/help';
import type { AdaptiveCard } from '../../cards/core';
import type { FlowContext } from '../context';

export async function showHelp(ctx: FlowContext): Promise<AdaptiveCard> {
  return helpCard(ctx.t, ctx.actor.roles, ctx.conversation.kind);
}
