// The common opening of every rating handler: which participant, may the actor rate them, which
// draft the card refers to (the caseworker's own, at the revision the card showed), and the card
// that shows a draft where it is now.
import { z } from 'zod';
import { messageCard, refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { normalizeCode } from '../../domain/code';
import { today } from '../../domain/dates';
import type { Instrument } from '../../domain/instruments';
import { mayRate, maySeeProgression, type RatingRefusal } from '../../domain/progression';
import type { Participant } from '../../domain/types';
import type { Flow } from '../../store/core';
import type { FlowContext } from '../context';
import { FlowToken, isCurrent, type Loaded } from '../shared';
import { FLOW_KIND, parseStep, type RatingDraft, type Step } from './draft';
import { draftCard } from './view';
import { progressionFor } from './progression';

export type RatingFlow = Flow<RatingDraft>;

export async function instrumentOf(
  ctx: FlowContext,
  id: string,
  version: number,
): Promise<Instrument | undefined> {
  return ctx.store.instruments.get(id, version);
}

function refusalText(ctx: FlowContext, p: Participant, reason: RatingRefusal): string {
  const e = ctx.t.rating.errors;
  if (reason === 'not_caseworker') return e.notCaseworker;
  if (reason === 'not_owner') return e.notOwner(p.code);
  if (reason === 'exited') return e.exited(p.code, p.endDate ?? '');
  return e.consent(p.code, ctx.t.common.consentStatus[reason].toLowerCase());
}

/**
 * May the actor rate this participant today (by `rule`: mayRate, or mayStartSession for a new
 * session)? Writes the audit row when refused.
 */
export async function checkMayRate(
  ctx: FlowContext,
  p: Participant,
  action: string,
  rule: typeof mayRate = mayRate,
): Promise<AdaptiveCard | null> {
  const consent = await ctx.store.consents.latest(p.id);
  const may = rule(ctx.actor, p, consent, today(ctx.clock));
  if (!may.ok) {
    await ctx.audit(`${action}.refused`, p.id, { code: p.code, reason: may.reason });
    return refusalCard(refusalText(ctx, p, may.reason));
  }
  return null;
}

export async function participantByCode(
  ctx: FlowContext,
  input: string,
): Promise<Loaded<Participant>> {
  const code = normalizeCode(input);
  const p = code ? await ctx.store.participants.byCode(code) : undefined;
  return p
    ? { ok: true, value: p }
    : { ok: false, card: refusalCard(ctx.t.common.errors.unknownParticipant(code || '?')) };
}

/** The actor's own rating draft, by id from a card; null for anything else. */
export async function ownFlow(ctx: FlowContext, flowId: unknown): Promise<RatingFlow | null> {
  const id = z.string().min(1).max(100).safeParse(flowId);
  if (!id.success) return null;
  const flow = await ctx.store.flows.get<RatingDraft>(id.data);
  return flow && flow.kind === FLOW_KIND && flow.ownerId === ctx.actor.id ? flow : null;
}

const StepAction = FlowToken.passthrough();

export type DraftStep = (
  ctx: FlowContext,
  flow: RatingFlow,
  step: Step,
  instrument: Instrument,
  input: Record<string, unknown>,
) => Promise<AdaptiveCard>;

/** A saved or cancelled draft answers a late click with what became of it. */
async function closedDraft(ctx: FlowContext, flow: RatingFlow): Promise<AdaptiveCard> {
  if (flow.status === 'cancelled') return messageCard(ctx.t.rating.cancelled);
  const p = await ctx.store.participants.get(flow.data.participantId);
  return p && maySeeProgression(ctx.actor, p)
    ? progressionFor(ctx, p, { notice: ctx.t.rating.alreadySaved })
    : messageCard(ctx.t.rating.alreadySaved);
}

/**
 * The opening of every step: parse the token, load the actor's own draft, answer a late click on
 * a saved or cancelled draft, and show a stale or doubled submit the current card (nothing
 * changes). With `sameStep`, a click drawn at an earlier revision of the same step is taken too:
 * the caseworker's compact card, where each tap sets one indicator and taps do not conflict.
 */
export function withCurrentDraft(fn: DraftStep, opts: { sameStep?: boolean } = {}) {
  return async (ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> => {
    const parsed = StepAction.safeParse(raw);
    if (!parsed.success) return refusalCard(ctx.t.common.errors.expired);
    const flow = await ownFlow(ctx, parsed.data.flowId);
    if (!flow) return refusalCard(ctx.t.common.errors.expired);
    if (flow.status !== 'open') return closedDraft(ctx, flow);
    const sameStep = opts.sameStep && flow.step === parsed.data.step;
    if (!sameStep && !isCurrent(flow, parsed.data))
      return draftCard(ctx, flow, { notice: ctx.t.rating.stale });
    const step = parseStep(flow.step);
    const instrument = await instrumentOf(ctx, flow.data.instrumentId, flow.data.instrumentVersion);
    if (!step || !instrument) return refusalCard(ctx.t.common.errors.expired);
    return fn(ctx, flow, step, instrument, parsed.data as Record<string, unknown>);
  };
}
