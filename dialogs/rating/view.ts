// Drawing a draft where it is now: a page of the session together, or a participant-mode card
// (the participant's question, the handover, the caseworker's compact card).
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { handoverCard, selfCard, type Bilingual } from '../../cards/participant';
import { ratingStepCard, type RatingStepView } from '../../cards/rating';
import { staffCard } from '../../cards/staff';
import type { Config } from '../../bot/config';
import {
  offeredLanguages,
  participantText,
  selfRated,
  unreviewedLanguages,
  type Instrument,
} from '../../domain/instruments';
import { LANGUAGES, type ParticipantLanguage } from '../../domain/languages';
import type { FlowContext } from '../context';
import { tokenOf } from '../shared';
import {
  firstStep,
  mergeScores,
  pagesOf,
  parseStep,
  shapeOf,
  type DraftScore,
  type Step,
} from './draft';
import type { RatingFlow } from './open';

export interface DraftExtra {
  errors?: string[];
  fieldErrors?: Record<string, string>;
  notice?: string;
  overlay?: Record<string, DraftScore>;
  jobSearch?: string | null;
  /** On the caseworker's compact card: indicators still without a rating, marked. */
  missing?: string[];
}

/** Where the cards' pictures are fetched from: the bot's own address (bot/images.ts). */
function imageBase(config: Config): string {
  return config.PUBLIC_URL || `http://localhost:${config.PORT}`;
}

function stepOfView(step: Step): RatingStepView['step'] {
  if (step.kind === 'page') return step.page;
  return step.kind === 'jobsearch' ? 'jobsearch' : 'summary';
}

async function offerOf(ctx: FlowContext, flow: RatingFlow, instrument: Instrument) {
  if (flow.data.correction) return {};
  const names = ctx.t.rating.mode.languageNames;
  const reviewed = await ctx.store.instruments.reviewedLanguages(instrument.id, instrument.version);
  const unreviewed = unreviewedLanguages(instrument, reviewed).map((l) => names[l]);
  return {
    offerLanguages: offeredLanguages(instrument).map((l) => ({
      title: l === ctx.actor.locale ? names[l] : `${LANGUAGES[l].endonym} – ${names[l]}`,
      value: l,
    })),
    offerDefault: flow.data.lang ?? 'sv',
    offerNote: unreviewed.length ? ctx.t.rating.mode.unreviewed(unreviewed.join(', ')) : undefined,
  };
}

async function togetherView(
  ctx: FlowContext,
  flow: RatingFlow,
  step: Step,
  instrument: Instrument,
  extra: DraftExtra,
): Promise<RatingStepView> {
  const pages = pagesOf(instrument);
  const d = flow.data;
  const first = step.kind === 'page' && step.page === 0;
  return {
    lang: ctx.actor.locale,
    code: d.code,
    date: d.date,
    instrument,
    correcting: d.correction !== null,
    step: stepOfView(step),
    pageCount: pages.length,
    indicators: step.kind === 'page' ? (pages[step.page] ?? []) : [],
    scores: extra.overlay ? mergeScores(d.scores, extra.overlay) : d.scores,
    jobSearch: extra.jobSearch !== undefined ? extra.jobSearch : d.jobSearch,
    jobSearchWords: d.jobSearchWords,
    participantLanguage:
      d.mode === 'participant' && d.lang ? ctx.t.rating.mode.languageNames[d.lang] : undefined,
    ...(first ? await offerOf(ctx, flow, instrument) : {}),
    token: tokenOf(flow),
    errors: extra.errors,
    fieldErrors: extra.fieldErrors,
    notice: extra.notice,
  };
}

/** The participant's texts in `lang` (Swedish when none, or not complete), Swedish beneath. */
export function bilingualOf(
  ctx: FlowContext,
  instrument: Instrument,
  lang: ParticipantLanguage | undefined,
): Bilingual {
  const sv = participantText(instrument, 'sv')!;
  return {
    text: (lang && participantText(instrument, lang)) || sv,
    sv,
    imageBase: imageBase(ctx.config),
  };
}

function participantCard(
  ctx: FlowContext,
  flow: RatingFlow,
  step: Step,
  instrument: Instrument,
  extra: DraftExtra,
): AdaptiveCard {
  const d = flow.data;
  const token = tokenOf(flow);
  if (step.kind === 'self') {
    const own = selfRated(instrument);
    const indicator = own[Math.min(step.index, own.length - 1)]!;
    return selfCard({
      ...bilingualOf(ctx, instrument, d.lang),
      indicator,
      index: step.index,
      total: own.length,
      chosen: d.scores[indicator.id]?.self,
      token,
      notice: extra.notice,
    });
  }
  if (step.kind === 'handover')
    return handoverCard(
      { ...bilingualOf(ctx, instrument, d.lang), code: d.code, token, notice: extra.notice },
      ctx.t,
    );
  const lang = ctx.actor.locale;
  const pages = pagesOf(instrument);
  const page = step.kind === 'staff' ? step.page : 0;
  const indicators = pages[page] ?? [];
  return staffCard(
    {
      lang,
      code: d.code,
      date: d.date,
      indicators,
      offset: instrument.indicators.findIndex((i) => i.id === indicators[0]?.id),
      part: page + 1,
      parts: pages.length,
      scores: Object.fromEntries(instrument.indicators.map((i) => [i.id, d.scores[i.id]?.staff])),
      token,
      missing: extra.missing,
      notice: extra.notice,
    },
    ctx.t,
  );
}

/** The card of a draft at its current step. */
export async function draftCard(
  ctx: FlowContext,
  flow: RatingFlow,
  extra: DraftExtra = {},
): Promise<AdaptiveCard> {
  const instrument = await ctx.store.instruments.get(
    flow.data.instrumentId,
    flow.data.instrumentVersion,
  );
  if (!instrument)
    return refusalCard(
      ctx.t.rating.errors.instrumentMissing(flow.data.instrumentId, flow.data.instrumentVersion),
    );
  const step = parseStep(flow.step) ?? firstStep(shapeOf(flow.data, instrument));
  if (step.kind === 'self' || step.kind === 'handover' || step.kind === 'staff')
    return participantCard(ctx, flow, step, instrument, extra);
  return ratingStepCard(await togetherView(ctx, flow, step, instrument, extra), ctx.t);
}
