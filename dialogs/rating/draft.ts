// The rating draft (store.flows kind 'rating') and the pure rules of moving through it: which
// indicators a page holds, what a step leads to, in the session together (four indicators a card,
// both ratings) and in participant mode (the participant answers one indicator a card in their
// language, then the caseworker rates on a compact card of their own). Card flow, not the method:
// who rates an indicator and when it counts as answered are domain/instruments.
import {
  isAnswered,
  ratersOf,
  selfRated,
  type Indicator,
  type Instrument,
} from '../../domain/instruments';
import type { ParticipantLanguage } from '../../domain/languages';
import type { IndicatorScore, JobSearchWords, Score } from '../../domain/model';
import type { IsoDate } from '../../domain/types';

export const FLOW_KIND = 'rating';
/** At most four indicators per card, so a step reads on a phone. */
export const PAGE_SIZE = 4;

export interface DraftScore {
  self?: Score;
  staff?: Score;
  comment?: string | null;
}

export interface RatingDraft {
  participantId: string;
  code: string;
  instrumentId: string;
  instrumentVersion: number;
  /** The session date: the day the session was started. */
  date: IsoDate;
  scores: Record<string, DraftScore>;
  jobSearch: string | null;
  /** Set when this draft corrects a saved session: the new revision will be `revision + 1`. */
  correction: {
    sessionId: string;
    revision: number;
    /** The language the participant answered the corrected session in (kept by the correction). */
    language?: ParticipantLanguage | null;
  } | null;
  /** 'participant': the participant answers on their own cards (absent: together, as before). */
  mode?: 'together' | 'participant';
  /** The participant's language in participant mode. */
  lang?: ParticipantLanguage;
  jobSearchWords?: JobSearchWords | null;
}

export type Step =
  | { kind: 'page'; page: number }
  | { kind: 'self'; index: number }
  | { kind: 'handover' }
  | { kind: 'staff'; page: number }
  | { kind: 'jobsearch' }
  | { kind: 'summary' }
  | { kind: 'done' };

export function pagesOf(instrument: Instrument): Indicator[][] {
  const out: Indicator[][] = [];
  for (let i = 0; i < instrument.indicators.length; i += PAGE_SIZE)
    out.push(instrument.indicators.slice(i, i + PAGE_SIZE));
  return out;
}

export function stepName(step: Step): string {
  if (step.kind === 'page') return `page-${step.page}`;
  if (step.kind === 'self') return `self-${step.index}`;
  if (step.kind === 'staff') return `staff-${step.page}`;
  return step.kind;
}

const NAMED = ['handover', 'jobsearch', 'summary', 'done'] as const;

export function parseStep(name: string): Step | null {
  const m = /^(page|self|staff)-(\d{1,3})$/.exec(name);
  if (m?.[1] === 'page') return { kind: 'page', page: Number(m[2]) };
  if (m?.[1] === 'self') return { kind: 'self', index: Number(m[2]) };
  if (m?.[1] === 'staff') return { kind: 'staff', page: Number(m[2]) };
  const named = NAMED.find((n) => n === name);
  return named ? { kind: named } : null;
}

/** What the steps are made of for a draft: pages (together) or self-rated indicators (participant mode). */
export interface Shape {
  participantMode: boolean;
  pageCount: number;
  selfCount: number;
}

export function shapeOf(draft: RatingDraft, instrument: Instrument): Shape {
  return {
    participantMode: draft.mode === 'participant',
    pageCount: pagesOf(instrument).length,
    selfCount: selfRated(instrument).length,
  };
}

export function firstStep(shape: Shape): Step {
  return shape.participantMode && shape.selfCount > 0
    ? { kind: 'self', index: 0 }
    : { kind: 'page', page: 0 };
}

export function nextStep(step: Step, shape: Shape): Step {
  switch (step.kind) {
    case 'page':
      return step.page + 1 < shape.pageCount
        ? { kind: 'page', page: step.page + 1 }
        : { kind: 'jobsearch' };
    case 'self':
      return step.index + 1 < shape.selfCount
        ? { kind: 'self', index: step.index + 1 }
        : { kind: 'handover' };
    case 'handover':
      return { kind: 'staff', page: 0 };
    case 'staff':
      return step.page + 1 < shape.pageCount
        ? { kind: 'staff', page: step.page + 1 }
        : { kind: 'jobsearch' };
    case 'jobsearch':
      return { kind: 'summary' };
    default:
      return step;
  }
}

export function previousStep(step: Step, shape: Shape): Step {
  switch (step.kind) {
    case 'page':
      return { kind: 'page', page: Math.max(0, step.page - 1) };
    case 'self':
      return { kind: 'self', index: Math.max(0, step.index - 1) };
    case 'handover':
      return { kind: 'self', index: Math.max(0, shape.selfCount - 1) };
    case 'staff':
      return step.page > 0 ? { kind: 'staff', page: step.page - 1 } : { kind: 'handover' };
    case 'jobsearch':
      return shape.participantMode
        ? { kind: 'staff', page: shape.pageCount - 1 }
        : { kind: 'page', page: shape.pageCount - 1 };
    case 'summary':
      return { kind: 'jobsearch' };
    default:
      return step;
  }
}

/** The first step of the flow has no Back. */
export function isFirst(step: Step): boolean {
  return (step.kind === 'page' && step.page === 0) || (step.kind === 'self' && step.index === 0);
}

/** Draft scores merged with new values (a field not given keeps its old value). */
export function mergeScores(
  old: Record<string, DraftScore>,
  add: Record<string, DraftScore>,
): Record<string, DraftScore> {
  const out: Record<string, DraftScore> = { ...old };
  for (const [id, v] of Object.entries(add)) out[id] = { ...(old[id] ?? {}), ...v };
  return out;
}

/** Every rated indicator answered (a score or vet ej): the draft can be saved. */
export function isComplete(draft: RatingDraft, instrument: Instrument): boolean {
  return instrument.indicators.every((ind) => isAnswered(ind, draft.scores[ind.id]));
}

/** Where a Save with something unanswered is sent back to: the first step with a gap. */
export function firstIncompleteStep(draft: RatingDraft, instrument: Instrument): Step | null {
  if (draft.mode === 'participant') {
    const own = selfRated(instrument).findIndex((i) => draft.scores[i.id]?.self === undefined);
    if (own >= 0) return { kind: 'self', index: own };
  }
  const pages = pagesOf(instrument);
  const p = pages.findIndex((page) => page.some((ind) => !isAnswered(ind, draft.scores[ind.id])));
  if (p < 0) return null;
  return draft.mode === 'participant' ? { kind: 'staff', page: p } : { kind: 'page', page: p };
}

/** The scores as saved: a caseworker-only indicator never has a self score. */
export function sessionScores(draft: RatingDraft, instrument: Instrument): IndicatorScore[] {
  return instrument.indicators.map((ind) => {
    const s = draft.scores[ind.id] ?? {};
    return {
      indicatorId: ind.id,
      self: ratersOf(ind).includes('self') ? (s.self ?? null) : null,
      staff: s.staff ?? null,
      comment: s.comment ?? null,
    };
  });
}

/** A draft prefilled from a saved session, for a correction. */
export function draftScoresOf(scores: IndicatorScore[]): Record<string, DraftScore> {
  return Object.fromEntries(
    scores.map((s) => [
      s.indicatorId,
      { self: s.self, staff: s.staff, comment: s.comment ?? null },
    ]),
  );
}

/**
 * The language the participant answered in, stored with the session: the participant's cards' own
 * language in participant mode, the corrected session's for a correction, none for a session held
 * together (the draft's `lang` is then only the language participant mode would offer first).
 */
export function answeredIn(draft: RatingDraft): ParticipantLanguage | null {
  if (draft.correction) return draft.correction.language ?? null;
  return draft.mode === 'participant' ? (draft.lang ?? null) : null;
}
