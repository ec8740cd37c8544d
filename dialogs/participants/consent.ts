// "samtycke <kod>": the consent in force and its history; renew (a new row). Withdrawing is in
// consent-withdraw.ts. The status is never stored: it is computed from the latest row at read time.
import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/core';
import { consentCard, fieldErrorLines, type ConsentView } from '../../cards/participants';
import { consentStatus, expiresSoon, uncoveredDepartments } from '../../domain/consent';
import { today } from '../../domain/dates';
import { validateConsent } from '../../domain/registration';
import type { Participant } from '../../domain/types';
import type { Flow } from '../../store/core';
import type { FlowContext } from '../context';
import { cardInput, tokenOf } from '../shared';
import { departmentChoices, rulesOf } from './common';
import { myParticipants } from './list';
import { loadOwnedFlow, withOwnParticipant } from './own';

export const KIND = 'consent';

export type ConsentDraft = Record<string, never>;

const field = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => (v === undefined ? '' : String(v).trim()));

export const RenewPayload = z.object({
  consentGivenOn: field,
  consentDepartments: cardInput.list,
  consentValidUntil: field,
});

/** The consent card at its current state; every showing is a read, audited. */
export async function consentView(
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
      involved: p.departments,
      token: tokenOf(flow),
      today: on,
      ...extra,
    },
    ctx.t,
  );
}

/** `samtycke <kod>`, the button on the list, the participant card and the expiry reminder. */
export const open = withOwnParticipant('consent.open', async (ctx, p) => {
  const flow =
    (await ctx.store.flows.findOpen<ConsentDraft>(KIND, ctx.actor.id, p.id)) ??
    (await ctx.store.flows.create<ConsentDraft>({
      kind: KIND,
      ownerId: ctx.actor.id,
      participantId: p.id,
      openKey: p.id,
      step: 'edit',
      data: {},
    }));
  return consentView(ctx, p, flow);
});

/** `samtycke` alone answers with the list, where every row has the consent button. */
export const command = (ctx: FlowContext, args: string) =>
  args ? open.command(ctx, args) : myParticipants(ctx);

export async function renew(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const l = await loadOwnedFlow<ConsentDraft>(ctx, KIND, raw, 'consent.renew');
  if (!l.ok) return l.card;
  const { flow, p } = l.value;
  if (!l.value.current) return consentView(ctx, p, flow, { stale: true });
  const parsed = RenewPayload.safeParse(raw);
  if (!parsed.success)
    return consentView(ctx, p, flow, { errors: [ctx.t.common.errors.invalidInput] });
  const result = validateConsent(parsed.data, rulesOf(ctx));
  if (!result.ok)
    return consentView(ctx, p, flow, {
      values: parsed.data,
      errors: fieldErrorLines(result.errors, ctx.t, today(ctx.clock)),
    });

  const now = ctx.clock.now();
  const next = await ctx.store.transaction(async (s) => {
    const moved = await s.flows.advance<ConsentDraft>(flow.id, flow.rev, {});
    if (!moved) return undefined;
    await s.consents.add({ participantId: p.id, ...result.value, recordedBy: ctx.actor.id });
    await s.audit.write(
      {
        actorId: ctx.actor.id,
        action: 'consent.renew',
        participantId: p.id,
        detail: {
          code: p.code,
          validUntil: result.value.validUntil,
          departments: result.value.departments.join(';'),
        },
      },
      now,
    );
    return moved;
  });
  const shown = next ?? (await ctx.store.flows.get<ConsentDraft>(flow.id))!;
  return consentView(
    ctx,
    p,
    shown,
    next ? { message: ctx.t.participants.consent.renewed } : { stale: true },
  );
}
