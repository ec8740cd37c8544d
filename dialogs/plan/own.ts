// The opening every plan edit shares (parse the reference, own the case, the plan at the card's
// rev), and the one way a change is written (compare-and-set on the plan's rev, in a transaction).
import type { z } from 'zod';
import type { AdaptiveCard } from '../../cards/core';
import { planCard } from '../../cards/plan';
import type { ActivityPlan } from '../../domain/model';
import type { Participant } from '../../domain/types';
import { won } from '../../store/stale';
import type { FlowContext } from '../context';
import type { ActionHandler } from '../route';
import { ownById, type PlanRefInput } from './common';
import { planView } from './view';

/** The plan moved since the card was drawn: say so and show the current plan; nothing is written. */
export async function changedCard(ctx: FlowContext, p: Participant): Promise<AdaptiveCard> {
  return planCard(await planView(ctx, p, { errors: [ctx.t.plan.changed] }), ctx.t);
}

export interface OwnPlan<R> {
  p: Participant;
  plan: ActivityPlan;
  ref: R;
  raw: unknown;
}

/**
 * A plan action (its button's data already parsed by the route): the actor owns the case (audited
 * as `action`), and the plan is still at the rev the card was drawn at (else the current plan with
 * "the plan has changed"; nothing is written).
 */
export function withOwnPlan<S extends z.ZodType<PlanRefInput, z.ZodTypeDef, unknown>>(
  action: string,
  handler: (ctx: FlowContext, own: OwnPlan<z.output<S>>) => Promise<AdaptiveCard>,
): ActionHandler<S> {
  return async (ctx, data, payload) => {
    const owned = await ownById(ctx, data.participantId, action);
    if (!owned.ok) return owned.card;
    const p = owned.value;
    const plan = await ctx.store.plans.planFor(p.id);
    if (!plan || plan.rev !== data.rev) return changedCard(ctx, p);
    return handler(ctx, { p, plan, ref: data, raw: payload });
  };
}

type PlanPatch = Parameters<FlowContext['store']['plans']['bump']>[3];

/** Runs a plan change in one transaction, from the plan's rev the card was drawn at; false if it moved. */
export async function changePlan(
  ctx: FlowContext,
  p: Participant,
  rev: number,
  patch: PlanPatch,
  write: (s: FlowContext['store']) => Promise<void>,
): Promise<boolean> {
  const done = await ctx.store.attempt(async (s) => {
    won(await s.plans.bump(p.id, rev, ctx.actor.id, patch));
    await write(s);
    return true;
  });
  return done === true;
}

/** The plan after a change: saved, or changed by someone else meanwhile. */
export async function savedCard(
  ctx: FlowContext,
  p: Participant,
  ok: boolean,
  notice = ctx.t.plan.saved,
  journal: 'plan' | 'followup' = 'plan',
): Promise<AdaptiveCard> {
  if (!ok) return changedCard(ctx, p);
  return planCard(await planView(ctx, p, { notice, journal }), ctx.t);
}
