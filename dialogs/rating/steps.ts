// Moving through a session: Next and Back on every card, the job-search answer, and cancelling.
// Participant-mode taps are in participant.ts; saving in session.ts.
import { messageCard, refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import type { Instrument } from '../../domain/instruments';
import type { FlowContext } from '../context';
import {
  isFirst,
  mergeScores,
  nextStep,
  pagesOf,
  previousStep,
  shapeOf,
  stepName,
  type RatingDraft,
  type Step,
} from './draft';
import { withCurrentDraft, type RatingFlow } from './open';
import { inputIds, JobSearchInput, readPage, type PageProblem } from './page';
import { draftCard } from './view';

/** Moves the draft on from the revision the card showed; a lost race shows the current card. */
export async function advanceTo(
  ctx: FlowContext,
  flow: RatingFlow,
  step: Step,
  data: RatingDraft,
): Promise<AdaptiveCard> {
  const moved = await ctx.store.flows.advance<RatingDraft>(flow.id, flow.rev, {
    step: stepName(step),
    data,
  });
  if (!moved) {
    const cur = await ctx.store.flows.get<RatingDraft>(flow.id);
    return cur
      ? draftCard(ctx, cur, { notice: ctx.t.rating.stale })
      : refusalCard(ctx.t.common.errors.expired);
  }
  return draftCard(ctx, moved);
}

/** Each problem worded, and placed under the input it is about. */
export function fieldErrorsOf(
  ctx: FlowContext,
  instrument: Instrument,
  problems: PageProblem[],
): Record<string, string> {
  const e = ctx.t.rating.errors;
  const out: Record<string, string> = {};
  for (const p of problems) {
    const ind = instrument.indicators.find((i) => i.id === p.indicatorId);
    const area = ind ? ind.area[ctx.actor.locale] : p.indicatorId;
    if (p.kind === 'tooLong') {
      out[inputIds.comment(p.indicatorId)] = e.commentTooLong(area);
      continue;
    }
    const who = p.field === 'self' ? ctx.t.rating.selfLabel : ctx.t.rating.staffLabel;
    const id = p.field === 'self' ? inputIds.self(p.indicatorId) : inputIds.staff(p.indicatorId);
    out[id] = p.kind === 'missing' ? e.scoreMissing(area, who) : e.scoreInvalid(area, who);
  }
  return out;
}

/** The one line at the top when fields are marked: how many, not which (they are marked). */
export function countLine(ctx: FlowContext, problems: PageProblem[]): string[] {
  return problems.length ? [ctx.t.rating.mode.missingCount(problems.length)] : [];
}

/** The indicators of a compact card without the caseworker's rating yet. */
export const staffMissing = (flow: RatingFlow, instrument: Instrument, page: number) =>
  (pagesOf(instrument)[page] ?? [])
    .filter((i) => flow.data.scores[i.id]?.staff === undefined)
    .map((i) => i.id);

export const next = withCurrentDraft(async (ctx, flow, step, instrument, input) => {
  const shape = shapeOf(flow.data, instrument);
  if (step.kind === 'page') {
    const { values, problems } = readPage(pagesOf(instrument)[step.page] ?? [], input, true);
    if (problems.length)
      return draftCard(ctx, flow, {
        errors: countLine(ctx, problems),
        fieldErrors: fieldErrorsOf(ctx, instrument, problems),
        overlay: values,
      });
    const scores = mergeScores(flow.data.scores, values);
    return advanceTo(ctx, flow, nextStep(step, shape), { ...flow.data, scores });
  }
  if (step.kind === 'handover') return advanceTo(ctx, flow, nextStep(step, shape), flow.data);
  if (step.kind === 'staff') {
    const missing = staffMissing(flow, instrument, step.page);
    if (missing.length) return draftCard(ctx, flow, { missing });
    return advanceTo(ctx, flow, nextStep(step, shape), flow.data);
  }
  if (step.kind === 'jobsearch') {
    const js = JobSearchInput.safeParse(input);
    if (!js.success)
      return draftCard(ctx, flow, { errors: [ctx.t.rating.errors.jobSearchTooLong] });
    const { jobSearch } = js.data;
    const jobSearchWords = jobSearch ? (js.data.jobSearchWords ?? 'participant') : null;
    return advanceTo(ctx, flow, { kind: 'summary' }, { ...flow.data, jobSearch, jobSearchWords });
  }
  return draftCard(ctx, flow, { errors: [ctx.t.rating.errors.outOfOrder] });
});

export const back = withCurrentDraft(async (ctx, flow, step, instrument, input) => {
  if (isFirst(step)) return draftCard(ctx, flow, { errors: [ctx.t.rating.errors.outOfOrder] });
  let data = flow.data;
  // What was filled in on this card is kept when valid, so Back loses nothing.
  if (step.kind === 'page') {
    const kept = readPage(pagesOf(instrument)[step.page] ?? [], input, false).values;
    data = { ...data, scores: mergeScores(data.scores, kept) };
  }
  if (step.kind === 'jobsearch') {
    const js = JobSearchInput.safeParse(input);
    if (js.success) data = { ...data, jobSearch: js.data.jobSearch };
  }
  return advanceTo(ctx, flow, previousStep(step, shapeOf(data, instrument)), data);
});

export const cancel = withCurrentDraft(async (ctx, flow) => {
  const moved = await ctx.store.flows.advance(flow.id, flow.rev, { status: 'cancelled' });
  if (!moved) return refusalCard(ctx.t.common.errors.stale);
  await ctx.audit('rating.cancel', flow.data.participantId, { code: flow.data.code });
  return messageCard(ctx.t.rating.cancelled);
});
