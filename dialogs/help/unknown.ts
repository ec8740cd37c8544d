// Text that matches no command: a participant code alone opens the participant card (as "visa
// <kod>"), a typo gets "Menade du …?" with a button, anything else a pointer to the help. In a
// channel or group chat what was typed is never repeated: it can be a participant's name.
import { notUnderstoodCard } from '../../cards/help';
import type { AdaptiveCard } from '../../cards/core';
import { closestCommand, codeAlone } from '../../domain/typing';
import type { Command, FlowContext } from '../context';

/** The command a participant code typed alone stands for: the participant card. */
export function codeAsCommand(text: string): string | null {
  const code = codeAlone(text);
  return code ? `visa ${code}` : null;
}

/** May this actor use the command here? (The same rule the router applies before running it.) */
function usableHere(ctx: FlowContext, c: Command): boolean {
  if (c.role && !ctx.actor.roles.includes(c.role)) return false;
  if (c.scope === 'personal') return ctx.conversation.kind === 'personal';
  if (c.scope === 'channel') return ctx.conversation.kind === 'channel';
  return true;
}

export function notUnderstood(ctx: FlowContext, text: string, commands: Command[]): AdaptiveCard {
  const personal = ctx.conversation.kind === 'personal';
  const names = commands.filter((c) => usableHere(ctx, c)).flatMap((c) => c.names);
  const meant = closestCommand(text, names);
  // Outside personal chat only the command's own words are offered, never what followed them.
  const suggestion = meant && !personal ? meantName(meant, names) : meant;
  return notUnderstoodCard(ctx.t, {
    typed: personal ? text.slice(0, 60) : null,
    suggestion,
  });
}

/** The command name a suggestion starts with (the longest that fits). */
function meantName(meant: string, names: string[]): string | null {
  const fits = names.filter((n) => meant === n || meant.startsWith(`${n} `));
  return fits.sort((a, b) => b.length - a.length)[0] ?? null;
}
