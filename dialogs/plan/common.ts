import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import { NO_CHOICE } from '../../cards/core';
import type { PlanView } from '../../cards/plan';
import { canEditCase, displayName } from '../../domain/access';
import { isoDateAt, today } from '../../domain/dates';
import { needsJobActivity, parallelCountOn } from '../../domain/plan';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import type { Loaded } from '../shared';

/** What every plan edit carries: which participant, and the plan's rev when the card was drawn. */
export const PlanRef = z.object({
  participantId: z.string().min(1).max(100),
  rev: z.coerce.number().int().min(1),
});

export const ParticipantRef = z.object({ participantId: z.string().min(1).max(100) });

/**
 * The participant an action refers to, if the actor owns the case ("en handläggare äger hela
 * ärendet"); writes the audit row of the read or the refusal.
 */
export async function ownById(
  ctx: FlowContext,
  participantId: string,
  action: string,
): Promise<Loaded<Participant>> {
  const p = await ctx.store.participants.get(participantId);
  if (!p) return { ok: false, card: refusalCard(ctx.t.common.errors.expired) };
  if (!canEditCase(ctx.actor, p)) {
    await ctx.audit(`${action}.refused`, p.id, { code: p.code, reason: 'not_owner' });
    return { ok: false, card: refusalCard(ctx.t.common.errors.notOwner(p.code)) };
  }
  await ctx.audit(action, p.id, { code: p.code });
  return { ok: true, value: p };
}

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
  return {
    participantId: p.id,
    code: p.code,
    name: displayName(ctx.actor, p),
    plan,
    activities,
    catalogue,
    departments: ctx.config.departments,
    locale: ctx.actor.locale,
    today: day,
    parallelNow: parallelCountOn(activities, day),
    nudge: needsJobActivity(activities),
    history: history.map((h) => ({
      at: isoDateAt(new Date(h.at)),
      who: names.get(h.actorId)!,
      change: ctx.t.plan.change[h.change] ?? h.change,
    })),
    ...extra,
  };
}

/** The string values a card sent, for drawing a failed form again with what was typed. */
export function stringValues(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** Card inputs: "" is empty. */
export const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : null));
export const optDate = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? s : null))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
  );
export const optEnum = <T extends [string, ...string[]]>(values: T) =>
  z
    .string()
    .trim()
    .optional()
    .transform((s) => (s && s !== NO_CHOICE ? s : null))
    .pipe(z.enum(values).nullable());
