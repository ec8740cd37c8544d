import { z } from 'zod';
import { refusalCard } from '../cards/common';
import type { AdaptiveCard } from '../cards/core';
import { normalizeCode } from '../domain/code';
import { canEditCase } from '../domain/access';
import { ISO_DATE } from '../domain/dates';
import type { Participant } from '../domain/types';
import type { Flow } from '../store/core';
import type { FlowContext } from './context';

/** The part of every card action that says which draft, which step, which revision. */
export const FlowToken = z.object({
  flowId: z.string().min(1),
  step: z.string().min(1),
  rev: z.coerce.number().int().min(1),
});
export type FlowTokenInput = z.infer<typeof FlowToken>;

export type Loaded<T> = { ok: true; value: T } | { ok: false; card: AdaptiveCard };

/**
 * Loads the draft a card action refers to. A missing draft, or one of another user, answers
 * "this card is no longer valid"; the caller checks the revision and step itself, because only it
 * knows how to redraw the current card.
 */
export async function loadFlow<D>(
  ctx: FlowContext,
  kind: string,
  raw: unknown,
): Promise<Loaded<{ flow: Flow<D>; token: FlowTokenInput }>> {
  const token = FlowToken.safeParse(raw);
  if (!token.success) return { ok: false, card: refusalCard(ctx.t.common.errors.expired) };
  const flow = await ctx.store.flows.get<D>(token.data.flowId);
  if (!flow || flow.kind !== kind || flow.ownerId !== ctx.actor.id)
    return { ok: false, card: refusalCard(ctx.t.common.errors.expired) };
  return { ok: true, value: { flow, token: token.data } };
}

/** True when the card was drawn at the flow's current revision and step. */
export function isCurrent(flow: Flow<unknown>, token: FlowTokenInput): boolean {
  return flow.status === 'open' && flow.rev === token.rev && flow.step === token.step;
}

export function tokenOf(flow: Flow<unknown>): { flowId: string; step: string; rev: number } {
  return { flowId: flow.id, step: flow.step, rev: flow.rev };
}

/**
 * Finds one of the caseworker's own participants by code, for actions that change the case.
 * Writes an audit row for the read. Refuses, with the reason, a code the actor may not act on.
 */
export async function ownParticipant(
  ctx: FlowContext,
  codeInput: string,
  action: string,
): Promise<Loaded<Participant>> {
  const code = normalizeCode(codeInput);
  const p = code ? await ctx.store.participants.byCode(code) : undefined;
  if (!p)
    return { ok: false, card: refusalCard(ctx.t.common.errors.unknownParticipant(code || '?')) };
  const refused = await refusedUnlessOwner(ctx, p, action);
  if (refused) return { ok: false, card: refused };
  await ctx.audit(action, p.id, { code: p.code });
  return { ok: true, value: p };
}

/**
 * The one ownership check for acting on a case: null when the actor owns it (and has the
 * caseworker role), else the refusal card, with an audit row saying who was refused what.
 */
export async function refusedUnlessOwner(
  ctx: FlowContext,
  p: Participant,
  action: string,
): Promise<AdaptiveCard | null> {
  if (canEditCase(ctx.actor, p)) return null;
  await ctx.audit(`${action}.refused`, p.id, { code: p.code, reason: 'not_owner' });
  return refusalCard(ctx.t.common.errors.notOwner(p.code));
}

/** Turns zod issues into lines for the card's error banner, each naming the field in the user's language. */
export function issueMessages(
  error: z.ZodError,
  describe: (field: string, issue: z.ZodIssue) => string,
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    const msg = describe(field, issue);
    if (!seen.has(msg)) {
      seen.add(msg);
      out.push(msg);
    }
  }
  return out;
}

/** A date as cards and buttons carry it, YYYY-MM-DD (the shape; the handler checks the calendar). */
const isoDateField = z.string().regex(ISO_DATE);

/** Card inputs arrive as strings ("" for an empty input); these read them strictly. */
export const cardInput = {
  optionalText: (max: number) =>
    z
      .string()
      .trim()
      .max(max)
      .optional()
      .transform((s) => (s ? s : null)),
  date: z.string().trim().regex(ISO_DATE),
  optionalDate: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s ? s : null))
    .pipe(isoDateField.nullable()),
  /** A multi-select ChoiceSet sends "a,b,c". */
  list: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      (Array.isArray(v) ? v : (v ?? '').split(',')).map((s) => s.trim()).filter(Boolean),
    ),
  // The text first: Teams sends a toggle's value as text, and a union tries its options in turn.
  bool: z
    .union([z.enum(['true', 'false']), z.boolean()])
    .optional()
    .transform((v) => v === true || v === 'true'),
  int: z
    .union([
      z.number(),
      z
        .string()
        .trim()
        .regex(/^-?\d+$/, 'not_integer'),
    ])
    .transform((v) => Number(v)),
};
