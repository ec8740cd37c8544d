// Reading a rating card's inputs (zod): a page of the session together, one tap of participant
// mode, the job-search answer. Card inputs arrive as strings; numbers are read too.
import { z } from 'zod';
import { ratersOf, type Indicator } from '../../domain/instruments';
import type { Score } from '../../domain/model';
import type { DraftScore } from './draft';

export const COMMENT_MAX = 500;
export const JOB_SEARCH_MAX = 2000;

export const DONT_KNOW = 'vet_ej';
export const SCORE_VALUES = ['1', '2', '3', '4', '5', DONT_KNOW] as const;

/** A score input: "1"–"5" or "vet_ej" (numbers accepted too); empty is "not chosen" (undefined). */
function scoreText(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return v;
  return v.trim() === '' ? undefined : v.trim();
}

const ScoreChoice = z.preprocess(scoreText, z.enum(SCORE_VALUES).optional());

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
  if (s === undefined) return undefined;
  return s === null ? DONT_KNOW : String(s);
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
  jobSearchWords: z.enum(['participant', 'caseworker']).optional(),
});

/** One tap in participant mode, or on the caseworker's compact card: a score for one indicator. */
export const TapInput = z.object({
  value: ScoreChoice.pipe(z.enum(SCORE_VALUES)),
  indicatorId: z.string().min(1).max(64).optional(),
});
