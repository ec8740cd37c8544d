import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import { NO_CHOICE } from '../../cards/core';
import type { PlanRef } from '../../cards/plan-actions';
import { canEditCase } from '../../domain/access';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import { cardInput, type Loaded } from '../shared';

/** What every plan edit carries: which participant, and the plan's rev when the card was drawn. */
export { ParticipantRef, PlanRef } from '../../cards/plan-actions';
export type PlanRefInput = z.infer<typeof PlanRef>;

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
export const optDate = cardInput.optionalDate;
export const optEnum = <T extends [string, ...string[]]>(values: T) =>
  z
    .string()
    .trim()
    .optional()
    .transform((s) => (s && s !== NO_CHOICE ? s : null))
    .pipe(z.enum(values).nullable());
