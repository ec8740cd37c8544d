// "samtycke <kod>": the consent in force and its history; renew (a new row) or withdraw (today).
// The status is never stored: it is computed from the latest row at read time, everywhere.
import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { consentCard, fieldErrorLines, type ConsentView } from '../../cards/participants';
import { canEditCase } from '../../domain/access';
import { consentStatus, expiresSoon, uncoveredDepartments } from '../../domain/consent';
import { today } from '../../domain/dates';
import { validateConsent } from '../../domain/registration';
import type { Participant } from '../../domain/types';
import type { Flow } from '../../store/core';
import type { FlowContext } from '../context';
import { cardInput, isCurrent, loadFlow, ownParticipant, tokenOf } from '../shared';
import { departmentChoices, rulesOf } from './common';

export const KIND = 'consent';

type ConsentDraft = Record<string, never>;

const field = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => (v === undefined ? '' : String(v).trim()));

export const RenewPayload = z.object({
  consentGivenOn: field,
  consentDepartments: cardInput.list,
  consentValidUntil: field,
});

export const OpenPayload = z.object({ code: z.string().trim().min(1).max(20) });

async function view(
  ctx: FlowContext,
  p: Participant,
  flow: Flow<ConsentDraft>,
  extra: Partial<ConsentView> = {},
): Promise<AdaptiveCard> {
  await ctx.audit('consent.view', p.id, { code: p.code });
  const history = await ctx.store.consents.history(p.id);
  const current = await ctx.store.consents.latest(p.id);
  const on = today(ctx.clock);
  const status = consentStatus(current, on);
  return consentCard(
    {
      code: p.code,
      current: current ?? null,
      status,
      history,
      expiresIn: expiresSoon(current, on, ctx.config.CONSENT_WARNING_DAYS),
      // A notice, not a refusal: the caseworker may have reasons to leave a department out.
      uncovered: status === 'valid' ? uncoveredDepartments(current, p.departments) : [],
      departments: departmentChoices(ctx),
      token: tokenOf(flow),
      today: on,
      ...extra,
    },
    ctx.t,
  );
}

/** `samtycke <kod>` and the button on "mina deltagare". */
export async function open(ctx: FlowContext, codeInput: string): Promise<AdaptiveCard> {
  const loaded = await ownParticipant(ctx, codeInput, 'consent.open');
  if (!loaded.ok) return loaded.card;
  const p = loaded.value;
  const flow =
    (await ctx.store.flows.findOpen<ConsentDraft>(KIND, ctx.actor.id, p.id)) ??
    (await ctx.store.flows.create<ConsentDraft>({
      kind: KIND,
      ownerId: ctx.actor.id,
      participantId: p.id,
      step: 'edit',
      data: {},
    }));
  return view(ctx, p, flow);
}

export async function openAction(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const parsed = OpenPayload.safeParse(raw);
  if (!parsed.success) return refusalCard(ctx.t.common.errors.expired);
  return open(ctx, parsed.data.code);
}

/** Loads the flow and its participant, and checks the actor still owns the case (it may have been handed over). */
async function loadOwned(
  ctx: FlowContext,
  raw: unknown,
  action: string,
): Promise<
  | { ok: false; card: AdaptiveCard }
  | { ok: true; flow: Flow<ConsentDraft>; p: Participant; current: boolean }
> {
  const loaded = await loadFlow<ConsentDraft>(ctx, KIND, raw);
  if (!loaded.ok) return loaded;
  const { flow, token } = loaded.value;
  const p = flow.participantId ? await ctx.store.participants.get(flow.participantId) : undefined;
  if (!p) return { ok: false, card: refusalCard(ctx.t.common.errors.expired) };
  if (!canEditCase(ctx.actor, p)) {
    await ctx.audit(`${action}.refused`, p.id, { code: p.code, reason: 'not_owner' });
    return { ok: false, card: refusalCard(ctx.t.common.errors.notOwner(p.code)) };
  }
  return { ok: true, flow, p, current: isCurrent(flow, token) };
}

export async function renew(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const l = await loadOwned(ctx, raw, 'consent.renew');
  if (!l.ok) return l.card;
  if (!l.current) return view(ctx, l.p, l.flow, { stale: true });
  const parsed = RenewPayload.safeParse(raw);
  if (!parsed.success)
    return view(ctx, l.p, l.flow, { errors: [ctx.t.common.errors.invalidInput] });
  const result = validateConsent(parsed.data, rulesOf(ctx));
  if (!result.ok)
    return view(ctx, l.p, l.flow, {
      values: parsed.data,
      errors: fieldErrorLines(result.errors, ctx.t, today(ctx.clock)),
    });

  const now = ctx.clock.now();
  const next = await ctx.store.transaction(async (s) => {
    const moved = await s.flows.advance<ConsentDraft>(l.flow.id, l.flow.rev, {});
    if (!moved) return undefined;
    await s.consents.add({ participantId: l.p.id, ...result.value, recordedBy: ctx.actor.id });
    await s.audit.write(
      {
        actorId: ctx.actor.id,
        action: 'consent.renew',
        participantId: l.p.id,
        detail: {
          code: l.p.code,
          validUntil: result.value.validUntil,
          departments: result.value.departments.join(';'),
        },
      },
      now,
    );
    return moved;
  });
  const flow = next ?? (await ctx.store.flows.get<ConsentDraft>(l.flow.id))!;
  return view(
    ctx,
    l.p,
    flow,
    next ? { message: ctx.t.participants.consent.renewed } : { stale: true },
  );
}

export async function withdraw(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const l = await loadOwned(ctx, raw, 'consent.withdraw');
  if (!l.ok) return l.card;
  if (!l.current) return view(ctx, l.p, l.flow, { stale: true });
  const on = today(ctx.clock);
  const now = ctx.clock.now();
  const outcome = await ctx.store.transaction(async (s) => {
    const moved = await s.flows.advance<ConsentDraft>(l.flow.id, l.flow.rev, {});
    if (!moved) return { flow: undefined, done: false };
    const latest = await s.consents.latest(l.p.id);
    const done = !!latest && (await s.consents.withdraw(latest.id, on));
    if (done) {
      await s.audit.write(
        {
          actorId: ctx.actor.id,
          action: 'consent.withdraw',
          participantId: l.p.id,
          detail: { code: l.p.code, on },
        },
        now,
      );
    }
    return { flow: moved, done };
  });
  if (!outcome.flow)
    return view(ctx, l.p, (await ctx.store.flows.get<ConsentDraft>(l.flow.id))!, { stale: true });
  const c = ctx.t.participants.consent;
  return view(ctx, l.p, outcome.flow, { message: outcome.done ? c.withdrawn : c.alreadyWithdrawn });
}
