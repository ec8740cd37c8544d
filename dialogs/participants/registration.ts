// "ny deltagare": one card, a draft behind it, and one transaction that creates the participant.
import { z } from 'zod';
import { messageCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { NO_CHOICE, registeredCard, registrationCard } from '../../cards/participants';
import { displayName } from '../../domain/access';
import { today } from '../../domain/dates';
import {
  EMPTY_REGISTRATION,
  draftValues,
  freshRegistration,
  validateRegistration,
  type FieldError,
  type RegistrationField,
  type RegistrationRaw,
} from '../../domain/registration';
import type { Flow } from '../../store/core';
import type { FlowContext } from '../context';
import { cardInput, isCurrent, loadFlow, tokenOf } from '../shared';
import { departmentChoices, rulesOf } from './common';

export const KIND = 'registration';

interface RegistrationDraft {
  values: RegistrationRaw;
  errors: FieldError[];
  /** Set when the participant has been created: the flow's result. */
  code?: string;
}

/** A card input as text: Teams sends strings, Input.Number may send a number; absent means empty. */
const field = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => (v === undefined ? '' : String(v).trim()));

/**
 * The "no SFI track / course" choice reads as empty. Registration cards drawn before there was one
 * NO_CHOICE sent 'none', and such a card may still be open in a chat: it reads as empty too.
 */
const OLD_NO_CHOICE = 'none';
const noChoice = field.transform((v) => (v === NO_CHOICE || v === OLD_NO_CHOICE ? '' : v));

/** The registration card's inputs. Lenient about shape (every value read as text), strict rules live in domain/registration. */
export const RegistrationPayload = z.object({
  name: field.pipe(z.string().max(200)),
  gender: field,
  birthYear: field,
  startDate: field,
  departments: cardInput.list,
  languages: cardInput.list,
  sfiTrack: noChoice,
  sfiCourse: noChoice,
  protectedIdentity: cardInput.bool,
  supportAtStart: field,
  consentGivenOn: field,
  consentDepartments: cardInput.list,
  consentValidUntil: field,
});

const FIELDS = Object.keys(EMPTY_REGISTRATION) as (keyof RegistrationRaw)[];

function zodErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => {
    const f = String(i.path[0] ?? '');
    const known = FIELDS.includes(f as keyof RegistrationRaw) && f !== 'protectedIdentity';
    return {
      field: (known ? f : 'name') as RegistrationField,
      problem: f === 'name' ? 'too_long' : 'invalid',
    };
  });
}

function formCard(ctx: FlowContext, flow: Flow<RegistrationDraft>, stale = false): AdaptiveCard {
  return registrationCard(
    {
      values: flow.data.values,
      errors: flow.data.errors,
      token: tokenOf(flow),
      departments: departmentChoices(ctx),
      today: today(ctx.clock),
      stale,
    },
    ctx.t,
  );
}

/** What a finished registration shows, also to a double click: the participant it made. */
async function doneCard(ctx: FlowContext, flow: Flow<RegistrationDraft>): Promise<AdaptiveCard> {
  const p = flow.data.code ? await ctx.store.participants.byCode(flow.data.code) : undefined;
  if (!p) return messageCard(ctx.t.common.errors.expired, { style: 'warning' });
  await ctx.audit('participant.view', p.id, { code: p.code });
  return registeredCard(
    {
      participantId: p.id,
      code: p.code,
      name: displayName(ctx.actor, p),
      protectedIdentity: p.protectedIdentity,
    },
    ctx.t,
  );
}

/** The current state of a flow, whatever its status. */
async function currentCard(
  ctx: FlowContext,
  flowId: string,
  stale: boolean,
): Promise<AdaptiveCard> {
  const flow = await ctx.store.flows.get<RegistrationDraft>(flowId);
  if (!flow) return messageCard(ctx.t.common.errors.expired, { style: 'warning' });
  if (flow.status === 'done') return doneCard(ctx, flow);
  if (flow.status === 'cancelled') return messageCard(ctx.t.participants.registration.cancelled);
  return formCard(ctx, flow, stale);
}

/** `ny deltagare`: the open draft if there is one (nothing typed is lost), else a fresh one. */
export async function start(ctx: FlowContext): Promise<AdaptiveCard> {
  const open = await ctx.store.flows.findOpen<RegistrationDraft>(KIND, ctx.actor.id);
  const flow =
    open ??
    (await ctx.store.flows.create<RegistrationDraft>({
      kind: KIND,
      ownerId: ctx.actor.id,
      openKey: 'new',
      step: 'form',
      data: { values: freshRegistration(today(ctx.clock)), errors: [] },
    }));
  return formCard(ctx, flow);
}

export async function save(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const loaded = await loadFlow<RegistrationDraft>(ctx, KIND, raw);
  if (!loaded.ok) return loaded.card;
  const { flow, token } = loaded.value;
  if (!isCurrent(flow, token)) return currentCard(ctx, flow.id, true);

  const parsed = RegistrationPayload.safeParse(raw);
  const values = parsed.success ? draftValues(parsed.data) : flow.data.values;
  const result = parsed.success
    ? validateRegistration(values, rulesOf(ctx))
    : { ok: false as const, errors: zodErrors(parsed.error) };

  if (!result.ok) {
    // Keep what was typed, so the card comes back filled in with the problems named.
    const next = await ctx.store.flows.advance<RegistrationDraft>(flow.id, flow.rev, {
      data: { values, errors: result.errors },
    });
    return next ? formCard(ctx, next) : currentCard(ctx, flow.id, true);
  }

  const reg = result.value;
  const now = ctx.clock.now();
  const created = await ctx.store.transaction(async (s) => {
    const code = await s.participants.freshCode();
    // The name is not kept in the finished draft: the participant row is the one place it lives.
    const done = await s.flows.advance<RegistrationDraft>(flow.id, flow.rev, {
      step: 'done',
      status: 'done',
      data: { values: { ...values, name: '' }, errors: [], code },
    });
    if (!done) return null;
    const p = await s.participants.create({
      code,
      name: reg.name,
      gender: reg.gender,
      birthYear: reg.birthYear,
      startDate: reg.startDate,
      departments: reg.departments,
      languages: reg.languages,
      sfiTrack: reg.sfiTrack,
      sfiCourse: reg.sfiCourse,
      protectedIdentity: reg.protectedIdentity,
      supportAtStart: reg.supportAtStart,
      ownerId: ctx.actor.id,
    });
    await s.consents.add({ participantId: p.id, ...reg.consent, recordedBy: ctx.actor.id });
    await s.audit.write(
      {
        actorId: ctx.actor.id,
        action: 'participant.create',
        participantId: p.id,
        detail: { code },
      },
      now,
    );
    await s.audit.write(
      {
        actorId: ctx.actor.id,
        action: 'consent.add',
        participantId: p.id,
        detail: {
          code,
          validUntil: reg.consent.validUntil,
          departments: reg.consent.departments.join(';'),
        },
      },
      now,
    );
    return p;
  });
  if (!created) return currentCard(ctx, flow.id, true);
  ctx.log.info({ participantId: created.id, code: created.code }, 'participant registered');
  return registeredCard(
    {
      participantId: created.id,
      code: created.code,
      name: displayName(ctx.actor, created),
      protectedIdentity: created.protectedIdentity,
    },
    ctx.t,
  );
}

export async function cancel(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const loaded = await loadFlow<RegistrationDraft>(ctx, KIND, raw);
  if (!loaded.ok) return loaded.card;
  const { flow, token } = loaded.value;
  if (!isCurrent(flow, token)) return currentCard(ctx, flow.id, true);
  const next = await ctx.store.flows.advance<RegistrationDraft>(flow.id, flow.rev, {
    status: 'cancelled',
    data: { values: EMPTY_REGISTRATION, errors: [] },
  });
  return next
    ? messageCard(ctx.t.participants.registration.cancelled)
    : currentCard(ctx, flow.id, true);
}
