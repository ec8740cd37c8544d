// What the plan and follow-up cards show, read from the store for the case owner.
import { activityName, type FollowUpView, type PlanView } from '../../cards/plan';
import { displayName } from '../../domain/access';
import { isoDateAt, today } from '../../domain/dates';
import type { Locale, Participant } from '../../domain/types';
import {
  historyKind,
  isCurrent,
  needsJobActivity,
  parallelCountOn,
  suggestedFollowUp,
} from '../../domain/plan';
import type { FlowContext } from '../context';

/** The owner's plan view, created empty the first time. */
export async function planView(
  ctx: FlowContext,
  p: Participant,
  extra: Partial<PlanView> = {},
): Promise<PlanView> {
  const plan = await ctx.store.plans.ensurePlan(p.id, ctx.actor.id);
  const activities = await ctx.store.plans.activitiesFor(p.id);
  const catalogue = await ctx.store.plans.catalogue();
  const history = await ctx.store.plans.history(p.id);
  const names = new Map<string, string>();
  for (const h of history) {
    if (!names.has(h.actorId))
      names.set(h.actorId, (await ctx.store.users.get(h.actorId))?.name ?? ctx.t.plan.someone);
  }
  const day = today(ctx.clock);
  const locale = ctx.actor.locale;
  const nameOf = (id: string | null) => {
    const a = id ? activities.find((x) => x.id === id) : undefined;
    return a ? activityName(a, catalogue, locale, ctx.t) : null;
  };
  return {
    participantId: p.id,
    code: p.code,
    name: displayName(ctx.actor, p),
    plan,
    activities,
    catalogue,
    departments: ctx.config.departments,
    locale,
    today: day,
    parallelNow: parallelCountOn(activities, day),
    nudge: !p.endDate && needsJobActivity(activities),
    exitDate: p.endDate,
    history: history.map((h) => ({
      at: isoDateAt(new Date(h.at)),
      who: names.get(h.actorId)!,
      change: ctx.t.plan.changeLine(ctx.t.plan.change[historyKind(h)], nameOf(h.activityId)),
    })),
    ...extra,
  };
}

/** The follow-up card's view: the current activities, due on `dueDate`, held `day`. */
export async function followUpViewOf(
  store: FlowContext['store'],
  p: Participant,
  locale: Locale,
  day: string,
  dueDate: string,
): Promise<FollowUpView> {
  const plan = (await store.plans.planFor(p.id))!;
  const activities = (await store.plans.activitiesFor(p.id)).filter(isCurrent);
  return {
    participantId: p.id,
    code: p.code,
    plan,
    activities,
    catalogue: await store.plans.catalogue(),
    locale,
    today: day,
    dueDate,
    suggestedNext: suggestedFollowUp(day),
  };
}
