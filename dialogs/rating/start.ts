// Starting and resuming a session: `skattning [kod]`, the picker, an unfinished draft offered
// before a new one, a second session on the same day confirmed first, `fortsätt`, discarding.
import { messageCard, refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { draftsCard, pickerCard, type DraftEntry } from '../../cards/rating';
import { sameDayCard } from '../../cards/rating-start';
import { today } from '../../domain/dates';
import { instrumentForNewSession, type Instrument } from '../../domain/instruments';
import { sessionOnDay } from '../../domain/journey';
import { sessionLanguageOf } from '../../domain/languages';
import { beforeExit, mayRate, mayStartSession, offeredForRating } from '../../domain/progression';
import type { Participant } from '../../domain/types';
import type { FlowContext, Reply } from '../context';
import { FLOW_KIND, parseStep, type RatingDraft, type Step } from './draft';
import { checkMayRate, ownFlow, participantByCode, type RatingFlow } from './open';
import { beginDraft } from './begin';
import { draftCard } from './view';

function stepLabel(ctx: FlowContext, step: Step | null): string {
  const n = ctx.t.rating.drafts.stepNames;
  if (step?.kind === 'jobsearch') return n.jobsearch;
  if (step?.kind === 'summary') return n.summary;
  if (step?.kind === 'self') return n.page(step.index + 1);
  return n.page((step?.kind === 'page' ? step.page : 0) + 1);
}

function draftEntries(ctx: FlowContext, flows: RatingFlow[]): DraftEntry[] {
  return flows.map((f) => ({
    flowId: f.id,
    code: f.data.code,
    startedOn: f.data.date,
    where: stepLabel(ctx, parseStep(f.step)),
  }));
}

/** The participants who may be rated today: one batched read of the caseload (none per participant). */
export async function pickerFor(ctx: FlowContext, errors?: string[]): Promise<AdaptiveCard> {
  const on = today(ctx.clock);
  const entries = (await ctx.store.participants.caseload(ctx.actor.id))
    .filter((e) => offeredForRating(ctx.actor, e.participant, e.consent, on))
    .map(({ participant: p, lastRating }) => ({
      code: p.code,
      name: p.protectedIdentity ? null : p.name,
      lastRated: lastRating,
    }));
  await ctx.audit('rating.picker', null, { participants: entries.length });
  return pickerCard(entries, ctx.t, errors);
}

/** The set a new session uses (domain rule), from the participant's previous session. */
async function setForNewSession(ctx: FlowContext, previousId: string | undefined) {
  const all = (await ctx.store.instruments.list()).map((s) => s.instrument);
  const latestOf = (id: string): Instrument | undefined =>
    all.filter((i) => i.id === id).sort((a, b) => b.version - a.version)[0];
  return instrumentForNewSession(
    previousId,
    latestOf,
    await ctx.store.instruments.forNewSessions(),
  );
}

async function newDraft(ctx: FlowContext, p: Participant): Promise<AdaptiveCard> {
  const previous = (await ctx.store.ratings.sessionsFor(p.id)).pop();
  const instrument = await setForNewSession(ctx, previous?.instrumentId);
  // Two "Skattning" at the same moment: the database keeps one new draft per participant, and the
  // second request gets that draft.
  return beginDraft(
    ctx,
    p,
    `new:${p.id}`,
    instrument,
    {
      date: today(ctx.clock),
      scores: {},
      jobSearch: null,
      correction: null,
      lang: sessionLanguageOf(p.languages ?? []),
    },
    { action: 'rating.start', detail: { instrument: instrument.id, version: instrument.version } },
  );
}

export interface StartOptions {
  /** Start over: discard the participant's unfinished draft. */
  force: boolean;
  /** The caseworker confirmed a second session on a day that has one. */
  sameDay?: boolean;
}

/** `skattning [kod]`, and the picker's Start: an open draft is offered before a new one is begun. */
export async function start(
  ctx: FlowContext,
  codeInput: string,
  opts: StartOptions,
): Promise<Reply> {
  const open = await ctx.store.flows.listOpen<RatingDraft>(FLOW_KIND, ctx.actor.id);
  if (!codeInput) {
    const picker = await pickerFor(ctx);
    return open.length ? [draftsCard(draftEntries(ctx, open), ctx.t, null), picker] : picker;
  }
  const found = await participantByCode(ctx, codeInput);
  if (!found.ok) return found.card;
  const p = found.value;
  // A named participant with an unfinished draft: offer it (drafts for others stay as they are),
  // also after the exit; a new session only before it.
  const same = open.filter((f) => f.participantId === p.id);
  const offer = !opts.force && same.length > 0;
  const refused = await checkMayRate(ctx, p, 'rating.start', offer ? mayRate : mayStartSession);
  if (refused) return refused;
  // No "start over" once exited: that would begin a new session.
  if (offer) return draftsCard(draftEntries(ctx, same), ctx.t, beforeExit(p) ? p.code : null);
  const held = sessionOnDay(await ctx.store.ratings.sessionsFor(p.id), today(ctx.clock));
  if (held && !opts.sameDay)
    return sameDayCard({ code: p.code, date: held.date, sessionId: held.id }, ctx.t);
  for (const f of same) await ctx.store.flows.advance(f.id, f.rev, { status: 'cancelled' });
  return newDraft(ctx, p);
}

export async function resume(
  ctx: FlowContext,
  flow: RatingFlow | null | undefined,
): Promise<AdaptiveCard> {
  if (!flow || flow.status !== 'open') return messageCard(ctx.t.rating.drafts.none);
  const p = await ctx.store.participants.get(flow.data.participantId);
  if (!p) return refusalCard(ctx.t.common.errors.expired);
  const refused = await checkMayRate(ctx, p, 'rating.resume');
  if (refused) return refused;
  await ctx.audit('rating.resume', p.id, { code: p.code });
  return draftCard(ctx, flow);
}

export async function resumeLatest(ctx: FlowContext): Promise<AdaptiveCard> {
  return resume(ctx, (await ctx.store.flows.listOpen<RatingDraft>(FLOW_KIND, ctx.actor.id))[0]);
}

export async function resumeAction(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  return resume(ctx, await ownFlow(ctx, (raw as { flowId?: unknown } | null)?.flowId));
}

export async function discard(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const flow = await ownFlow(ctx, (raw as { flowId?: unknown } | null)?.flowId);
  if (!flow || flow.status !== 'open') return messageCard(ctx.t.rating.drafts.none);
  if (!(await ctx.store.flows.advance(flow.id, flow.rev, { status: 'cancelled' }))) {
    // Another click moved the draft first: show it as it is now, discard nothing.
    const cur = await ownFlow(ctx, flow.id);
    return cur?.status === 'open'
      ? draftCard(ctx, cur, { notice: ctx.t.rating.stale })
      : messageCard(ctx.t.rating.drafts.none);
  }
  await ctx.audit('rating.discard', flow.data.participantId, { code: flow.data.code });
  return messageCard(ctx.t.rating.drafts.discarded(flow.data.code));
}
