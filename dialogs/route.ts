// A card action's route: the action's one definition (cards/actions.ts), who may click it and where,
// and the handler. The router checks role and scope; the button's data is parsed here with the
// action's schema, so a crafted or outdated payload is answered "no longer valid" before a handler runs.
import type { z } from 'zod';
import type { CardAction } from '../cards/actions';
import { refusalCard } from '../cards/common';
import type { AdaptiveCard } from '../cards/core';
import type { Role } from '../domain/types';
import type { ActionRoute, Command, FlowContext } from './context';

export interface RouteOptions {
  role?: Role;
  scope?: Command['scope'];
}

/** Everything the card sent: the button's data and the card's input values. */
export type CardPayload = Record<string, unknown>;

export type ActionHandler<S extends z.ZodTypeAny> = (
  ctx: FlowContext,
  data: z.output<S>,
  payload: CardPayload,
) => Promise<AdaptiveCard>;

export function route<S extends z.ZodTypeAny>(
  action: CardAction<S>,
  opts: RouteOptions,
  handler: ActionHandler<S>,
): ActionRoute {
  return {
    verb: action.verb,
    ...opts,
    async run(ctx, raw) {
      const parsed = action.schema.safeParse(raw);
      if (!parsed.success) return refusalCard(ctx.t.common.errors.expired);
      const payload = typeof raw === 'object' && raw !== null ? (raw as CardPayload) : {};
      return handler(ctx, parsed.data, payload);
    },
  };
}
