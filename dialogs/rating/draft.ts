// The rating draft (store.flows kind 'rating') and the pure rules of moving through it:
// which indicators a page holds, how a page's inputs are read (zod), what a step leads to.
// This is card flow, not the method: who rates an indicator and when it counts as answered are
// domain/instruments (ratersOf, isAnswered); progression is domain/progression.
import { z } from 'zod';
import { isAnswered, ratersOf, type Instrument, type Indicator } from '../../domain/instruments';
import type { IndicatorScore, Score } from '../../domain/model';
import type { IsoDate } from '../../domain/types';

export const FLOW_KIND = 'rating';
/** At most four indicators per card, so a step reads on a phone. */
export const PAGE_SIZE = 4;
export const COMMENT_MAX = 500;
export const JOB_SEARCH_MAX = 2000;

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
  correction: { sessionId: string; revision: number } | null;
}

export type Step =
  { kind: 'page'; page: number } | { kind: 'jobsearch' } | { kind: 'summary' } | { kind: 'done' };

export function pagesOf(instrument: Instrument): Indicator[][] {
  const out: Indicator[][] = [];
  for (let i = 0; i < instrument.indicators.length; i += PAGE_SIZE)
    out.push(instrument.indicators.slice(i, i + PAGE_SIZE));
  return out;
}

export function stepName(step: Step): string {
  return step.kind === 'page' ? `page-${step.page}` : step.kind;
}

export function parseStep(name: string): Step | null {
  const m = /^page-(\d{1,3})$/.exec(name);
  if (m) return { kind: 'page', page: Number(m[1]) };
  if (name === 'jobsearch' || name === 'summary' || name === 'done') return { kind: name };
  return null;
}

export function nextStep(step: Step, pageCount: number): Step {
  if (step.kind === 'page')
    return step.page + 1 < pageCount
      ? { kind: 'page', page: step.page + 1 }
      : { kind: 'jobsearch' };
  if (step.kind === 'jobsearch') return { kind: 'summary' };
  return step;
}

export function previousStep(step: Step, pageCount: number): Step {
  if (step.kind === 'page') return { kind: 'page', page: Math.max(0, step.page - 1) };
  if (step.kind === 'jobsearch') return { kind: 'page', page: pageCount - 1 };
  if (step.kind === 'summary') return { kind: 'jobsearch' };
  return step;
}

// ------------------------------------------------------------------ reading a page's inputs

export const DONT_KNOW = 'vet_ej';
const SCORE_VALUES = ['1', '2', '3', '4', '5', DONT_KNOW] as const;

/** A score input: "1"–"5" or "vet_ej" (numbers accepted too); empty is "not chosen" (undefined). */
const ScoreChoice = z.preprocess(
  (v) =>
    typeof v === 'number'
      ? String(v)
      : typeof v === 'string'
        ? v.trim() === ''
          ? undefined
          : v.trim()
        : v,
  z.enum(SCORE_VALUES).optional(),
);

const Comment = z
  .preprocess((v) => (v === undefined || v === null ? '' : v), z.string().trim().max(COMMENT_MAX))
  .transform((s) => (s ? s : null));

export const inputIds = {
  self: (id: string) => `self_${id}`,
  staff: (id: string) => `staff_${id}`,
  comment: (id: string) => `comment_${id}`,
};

export function toScore(v: (typeof SCORE_VALUES)[number]): Score {
  return v === DONT_KNOW ? null : (Number(v) as Score);
}

export function choiceOf(s: Score | undefined): string | undefined {
  return s === undefined ? undefined : s === null ? DONT_KNOW : String(s);
}

export type PageProblem = {
  indicatorId: string;
  field: 'self' | 'staff' | 'comment';
  kind: 'missing' | 'invalid' | 'tooLong';
};

/**
 * Reads one page's inputs. Returns the valid values (to keep) and the problems; with
 * `requireAll`, an unchosen score is a problem too (Next), otherwise it is left as it was (Back).
 */
export function readPage(
  indicators: Indicator[],
  raw: Record<string, unknown>,
  requireAll: boolean,
): { values: Record<string, DraftScore>; problems: PageProblem[] } {
  const values: Record<string, DraftScore> = {};
  const problems: PageProblem[] = [];
  for (const ind of indicators) {
    const v: DraftScore = {};
    for (const f of ratersOf(ind)) {
      const r = ScoreChoice.safeParse(raw[inputIds[f](ind.id)]);
      if (!r.success) problems.push({ indicatorId: ind.id, field: f, kind: 'invalid' });
      else if (r.data === undefined) {
        if (requireAll) problems.push({ indicatorId: ind.id, field: f, kind: 'missing' });
      } else v[f] = toScore(r.data);
    }
    const c = Comment.safeParse(raw[inputIds.comment(ind.id)]);
    if (!c.success) problems.push({ indicatorId: ind.id, field: 'comment', kind: 'tooLong' });
    else v.comment = c.data;
    values[ind.id] = v;
  }
  return { values, problems };
}

export const JobSearchInput = z.object({
  jobSearch: z
    .preprocess(
      (v) => (v === undefined || v === null ? '' : v),
      z.string().trim().max(JOB_SEARCH_MAX),
    )
    .transform((s) => (s ? s : null)),
});

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

/** The first page with an unanswered score, if any (to send a summary click back to it). */
export function firstIncompletePage(draft: RatingDraft, instrument: Instrument): number | null {
  const pages = pagesOf(instrument);
  for (let p = 0; p < pages.length; p++) {
    if (pages[p]!.some((ind) => !isAnswered(ind, draft.scores[ind.id]))) return p;
  }
  return null;
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
