// "Rätta": a new draft prefilled from a saved session; saving it writes the next revision, with
// who and when. Earlier revisions stay.
import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import type { FlowContext } from '../context';
import { draftScoresOf, FLOW_KIND, type RatingDraft } from './draft';
import { checkMayRate, instrumentOf } from './open';
import { beginDraft } from './begin';
import { draftCard } from './view';

const CorrectInput = z.object({ sessionId: z.string().min(1).max(100) });

export async function correct(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const input = CorrectInput.safeParse(raw);
  if (!input.success) return refusalCard(ctx.t.rating.errors.noSuchSession);
  const session = await ctx.store.ratings.get(input.data.sessionId);
  const p = session && (await ctx.store.participants.get(session.participantId));
  if (!session || !p) return refusalCard(ctx.t.rating.errors.noSuchSession);
  const refused = await checkMayRate(ctx, p, 'rating.correct');
  if (refused) return refused;
  // A second click on "Rätta" (or one from an older progression card) continues the open correction.
  const open = (await ctx.store.flows.listOpen<RatingDraft>(FLOW_KIND, ctx.actor.id)).find(
    (f) => f.data.correction?.sessionId === session.id,
  );
  if (open) return draftCard(ctx, open);
  const instrument = await instrumentOf(ctx, session.instrumentId, session.instrumentVersion);
  if (!instrument)
    return refusalCard(
      ctx.t.rating.errors.instrumentMissing(session.instrumentId, session.instrumentVersion),
    );
  return beginDraft(
    ctx,
    p,
    `correct:${session.id}`,
    instrument,
    {
      date: session.date,
      scores: draftScoresOf(session.scores),
      jobSearch: session.jobSearchDescription,
      jobSearchWords: session.jobSearchWords ?? null,
      correction: {
        sessionId: session.id,
        revision: session.revision,
        language: session.language ?? null,
      },
    },
    {
      action: 'rating.correct.start',
      detail: { session: session.id, revision: session.revision },
    },
  );
}
