// Each card action is defined once: its verb and the zod schema of the data its button carries. The
// card that draws the button and the route that answers it use the same definition, so a misspelt
// verb or a missing field fails to compile instead of failing in Teams.
import type { z } from 'zod';
import { execute, type Action, type Json } from './core';

/** One Action.Execute verb and the shape of the data its button carries. */
export interface CardAction<S extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly verb: string;
  /** The data the button carries (input values the card adds are parsed by the handler). */
  readonly schema: S;
  /** The Action.Execute button for this action. */
  button(title: string, data: z.input<S>, opts?: Json): Action;
  /** The button's `data`, with the verb, e.g. for a card's `refresh` action. */
  data(data: z.input<S>): Json & { verb: string };
}

const defined = new Map<string, CardAction>();

/** Defines a card action. A verb may be defined only once in the whole bot. */
export function cardAction<S extends z.ZodTypeAny>(verb: string, schema: S): CardAction<S> {
  if (defined.has(verb)) throw new Error(`card action ${verb} is defined twice`);
  const action: CardAction<S> = {
    verb,
    schema,
    button: (title, data, opts = {}) => execute(title, { ...(data as Json), verb }, opts),
    data: (data) => ({ ...(data as Json), verb }),
  };
  defined.set(verb, action);
  return action;
}

/** Every card action defined so far (the modules define theirs when they are imported). */
export function definedActions(): CardAction[] {
  return [...defined.values()];
}
