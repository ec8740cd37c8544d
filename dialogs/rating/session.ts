// Saving a session: the draft is finished and the session row written in one transaction; a double
// click or an old card saves nothing twice (the draft moves by compare-and-set, and a session's
// primary key is (id, revision)). Scores are stored the same whichever language or mode.
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import type { Instrument } from '../../domain/instruments';
import type { FlowContext } from '../context';
import {
  answeredIn,
  firstIncompleteStep,
  isComplete,
  pagesOf,
  sessionScores,
  stepName,
  type RatingDraft,
} from './draft';
import { checkMayRate, withCurrentDraft, type RatingFlow } from './open';
import { readPage } from './page';
import { progressionFor } from './progression';
import { countLine, fieldErrorsOf, staffMissing } from './steps';
import { draftCard } from './view';
import { won } from '../../store/stale';

/** Save with something unanswered: back to the first card with a gap, the gaps marked. */
async function backToGap(
  ctx: FlowContext,
  flow: RatingFlow,
  instrument: Instrument,
): Promise<AdaptiveCard> {
  const d = flow.data;
  const step = firstIncompleteStep(d, instrument) ?? { kind: 'page', page: 0 };
  const moved = await ctx.store.flows.advance<RatingDraft>(flow.id, flow.rev, {
    step: stepName(step),
  });
  if (!moved) return draftCard(ctx, flow, { notice: ctx.t.rating.stale });
  if (step.kind === 'staff') {
    return draftCard(ctx, moved, { missing: staffMissing(moved, instrument, step.page) });
  }
  if (step.kind !== 'page') return draftCard(ctx, moved);
  const problems = readPage(pagesOf(instrument)[step.page] ?? [], {}, true).problems.filter(
    (p) => d.scores[p.indicatorId]?.[p.field as 'self' | 'staff'] === undefined,
  );
  return draftCard(ctx, moved, {
    errors: countLine(ctx, problems),
    fieldErrors: fieldErrorsOf(ctx, instrument, problems),
  });
}

/**
 * Writes the session and finishes the draft in one transaction: null when the draft was already
 * saved (a double click), undefined when the session was corrected meanwhile (a lost race).
 */
async function write(ctx: FlowContext, flow: RatingFlow, instrument: Instrument) {
  const d = flow.data;
  return ctx.store.attempt(async (s) => {
    const done = await s.flows.advance<RatingDraft>(flow.id, flow.rev, {
      step: 'done',
      status: 'done',
    });
    if (!done) return null;
    const session = await s.ratings.save(
      {
        id: d.correction ? d.correction.sessionId : flow.id,
        revision: d.correction ? d.correction.revision + 1 : 1,
        participantId: d.participantId,
        date: d.date,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        scores: sessionScores(d, instrument),
        jobSearchDescription: d.jobSearch,
        jobSearchWords: d.jobSearch ? (d.jobSearchWords ?? null) : null,
        language: answeredIn(d),
        ratedBy: ctx.actor.id,
      },
      ctx.clock.now(),
    );
    return won(session);
  });
}

export const save = withCurrentDraft(async (ctx, flow, step, instrument) => {
  if (step.kind !== 'summary')
    return draftCard(ctx, flow, { errors: [ctx.t.rating.errors.outOfOrder] });
  const d = flow.data;
  if (!isComplete(d, instrument)) return backToGap(ctx, flow, instrument);
  const p = await ctx.store.participants.get(d.participantId);
  if (!p) return refusalCard(ctx.t.common.errors.expired);
  const refused = await checkMayRate(ctx, p, 'rating.save');
  if (refused) return refused;
  const saved = await write(ctx, flow, instrument);
  if (saved === undefined) return refusalCard(ctx.t.rating.errors.correctedMeanwhile);
  if (!saved) return progressionFor(ctx, p, { notice: ctx.t.rating.alreadySaved });
  await ctx.audit(d.correction ? 'rating.correct' : 'rating.save', p.id, {
    code: p.code,
    session: saved.id,
    revision: saved.revision,
    instrument: instrument.id,
    version: instrument.version,
    mode: d.mode ?? 'together',
  });
  ctx.log.info(
    { session: saved.id, revision: saved.revision, participant: p.code },
    'rating saved',
  );
  return progressionFor(ctx, p, { savedNotice: ctx.t.rating.progression.savedNotice(d.date) });
});
