// Participant mode: the caseworker turns the screen to the participant, who answers one indicator a
// card with one tap, in their language; then the caseworker rates on a compact card of their own.
// Every tap is saved as it is given (the draft moves by compare-and-set): a double tap or an old
// card changes nothing, a restart loses nothing.
import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import { offeredLanguages, selfRated } from '../../domain/instruments';
import { isParticipantLanguage, type ParticipantLanguage } from '../../domain/languages';
import type { FlowContext } from '../context';
import { mergeScores, nextStep, pagesOf, shapeOf, stepName, type RatingDraft } from './draft';
import { checkMayRate, withCurrentDraft, type RatingFlow } from './open';
import { readPage, TapInput, toScore } from './page';
import { advanceTo } from './steps';
import { draftCard } from './view';

const LangInput = z.object({ lang: z.string().refine(isParticipantLanguage) });

/** A participant without a recorded language gets the one their first session was held in. */
async function recordLanguage(ctx: FlowContext, flow: RatingFlow, lang: ParticipantLanguage) {
  const p = await ctx.store.participants.get(flow.data.participantId);
  if (!p || (p.languages ?? []).length > 0) return;
  if (await ctx.store.participants.update(p.id, p.rev, { languages: [lang] }))
    await ctx.audit('participant.languages', p.id, { code: p.code, languages: lang });
}

/** "Starta deltagarläge" on the first page: what was filled in is kept; the participant's cards begin. */
export const startParticipantMode = withCurrentDraft(async (ctx, flow, step, instrument, input) => {
  const lang = LangInput.safeParse(input);
  if (step.kind !== 'page' || step.page !== 0 || flow.data.correction)
    return draftCard(ctx, flow, { errors: [ctx.t.rating.errors.outOfOrder] });
  if (!lang.success || !offeredLanguages(instrument).includes(lang.data.lang))
    return draftCard(ctx, flow, {
      errors: [
        ctx.t.rating.mode.languageMissing(String((input as { lang?: unknown }).lang ?? '?')),
      ],
    });
  const p = await ctx.store.participants.get(flow.data.participantId);
  const refused = p ? await checkMayRate(ctx, p, 'rating.participant') : null;
  if (!p || refused) return refused ?? refusalCard(ctx.t.common.errors.expired);
  const chosen = lang.data.lang;
  const kept = readPage(pagesOf(instrument)[0] ?? [], input, false).values;
  const data: RatingDraft = {
    ...flow.data,
    mode: 'participant',
    lang: chosen,
    scores: mergeScores(flow.data.scores, kept),
  };
  const own = selfRated(instrument);
  const gap = own.findIndex((i) => data.scores[i.id]?.self === undefined);
  await ctx.audit('rating.participant', p.id, { code: p.code, language: chosen });
  await recordLanguage(ctx, flow, chosen);
  return advanceTo(ctx, flow, { kind: 'self', index: Math.max(0, gap) }, data);
});

/** One tap on a participant card: their own score for this card's indicator, then the next card. */
export const answer = withCurrentDraft(async (ctx, flow, step, instrument, input) => {
  const tap = TapInput.safeParse(input);
  if (step.kind !== 'self' || !tap.success)
    return draftCard(ctx, flow, { notice: ctx.t.rating.stale });
  const indicator = selfRated(instrument)[step.index];
  if (!indicator) return draftCard(ctx, flow, { notice: ctx.t.rating.stale });
  const scores = mergeScores(flow.data.scores, {
    [indicator.id]: { self: toScore(tap.data.value) },
  });
  return advanceTo(ctx, flow, nextStep(step, shapeOf(flow.data, instrument)), {
    ...flow.data,
    scores,
  });
});

/**
 * One tap on the caseworker's compact card. Taps on different indicators do not conflict, so a tap
 * drawn at an earlier revision of the same card is applied to the draft as it is now (retried on a
 * lost compare-and-set); a tap from another step changes nothing.
 */
export const staffTap = withCurrentDraft(
  async (ctx, flow, step, instrument, input) => {
    const tap = TapInput.safeParse(input);
    const ind = tap.success
      ? instrument.indicators.find((i) => i.id === tap.data.indicatorId)
      : undefined;
    if (step.kind !== 'staff' || !tap.success || !ind)
      return draftCard(ctx, flow, { notice: ctx.t.rating.stale });
    let cur: RatingFlow | undefined = flow;
    for (let attempt = 0; cur && attempt < 3; attempt++) {
      const scores = mergeScores(cur.data.scores, { [ind.id]: { staff: toScore(tap.data.value) } });
      const moved = await ctx.store.flows.advance<RatingDraft>(cur.id, cur.rev, {
        step: stepName(step),
        data: { ...cur.data, scores },
      });
      if (moved) return draftCard(ctx, moved);
      cur = await ctx.store.flows.get<RatingDraft>(flow.id);
      if (!cur || cur.status !== 'open' || cur.step !== stepName(step)) break;
    }
    return cur
      ? draftCard(ctx, cur, { notice: ctx.t.rating.stale })
      : refusalCard(ctx.t.common.errors.expired);
  },
  { sameStep: true },
);
