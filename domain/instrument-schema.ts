// An indicator set as an admin uploads it (JSON), checked with zod: the texts, who rates what, and
// each participant-mode translation complete (every indicator the participant rates, the scale).
// Errors are values (path + problem code); the admin card words them.
import { z } from 'zod';
import type { Instrument } from './instruments';

const localText = z
  .object({
    sv: z.string().trim().min(1).max(300),
    en: z.string().trim().min(1).max(300),
  })
  .strict();

const idPattern = /^[a-z0-9][a-z0-9_-]{0,63}$/;

const label = z.string().trim().min(1).max(120);

export const ScaleSchema = z
  .object({ 1: label, 2: label, 3: label, 4: label, 5: label, dontKnow: label })
  .strict();

/** One language of the participant's cards: the scale and each indicator's area and question. */
export const TranslationSchema = z
  .object({
    reviewed: z.boolean().default(false),
    scale: ScaleSchema,
    indicators: z.record(
      z.string().regex(idPattern),
      z
        .object({
          area: z.string().trim().min(1).max(300),
          question: z.string().trim().min(1).max(300),
        })
        .strict(),
    ),
  })
  .strict();

const IndicatorSchema = z
  .object({
    id: z.string().regex(idPattern),
    area: localText,
    question: localText,
    ratedBy: z.enum(['both', 'caseworker']),
  })
  .strict();

type Checked = {
  indicators: { id: string; ratedBy: 'both' | 'caseworker' }[];
  translations?: Record<string, { indicators: Record<string, unknown> }>;
};

/** Indicator ids unique; every translation names every indicator the participant rates, and no other. */
function checkIds(inst: Checked, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  inst.indicators.forEach((ind, i) => {
    if (seen.has(ind.id))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['indicators', i, 'id'],
        params: { problem: 'duplicate_id' },
      });
    seen.add(ind.id);
  });
  const rated = inst.indicators.filter((i) => i.ratedBy === 'both').map((i) => i.id);
  for (const [lang, tr] of Object.entries(inst.translations ?? {})) {
    for (const id of rated.filter((id) => !(id in tr.indicators)))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['translations', lang, 'indicators', id],
        params: { problem: 'translation_incomplete' },
      });
    for (const id of Object.keys(tr.indicators).filter((id) => !rated.includes(id)))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['translations', lang, 'indicators', id],
        params: { problem: 'unknown_indicator' },
      });
  }
}

export const InstrumentSchema = z
  .object({
    id: z.string().regex(idPattern),
    version: z.number().int().min(1).max(10_000),
    name: localText,
    scale: z.object({ sv: ScaleSchema, en: ScaleSchema }).strict().optional(),
    translations: z.record(z.string().regex(/^[a-z]{2,3}$/), TranslationSchema).optional(),
    indicators: z.array(IndicatorSchema).min(1).max(40),
  })
  .strict()
  .superRefine(checkIds);

export type InstrumentProblem =
  | 'not_json'
  | 'missing'
  | 'wrong_type'
  | 'bad_id'
  | 'duplicate_id'
  | 'unknown_field'
  | 'too_long'
  | 'too_few'
  | 'too_many'
  | 'out_of_range'
  | 'translation_incomplete'
  | 'unknown_indicator'
  | 'invalid';

/** What is wrong with an uploaded set, where (`indicators.1.ratedBy`; "" for the whole): the card words it. */
export interface InstrumentError {
  path: string;
  problem: InstrumentProblem;
  detail?: string;
}

const SIZE_PROBLEM: Record<'small' | 'big', Record<string, InstrumentProblem>> = {
  small: { string: 'missing', array: 'too_few' },
  big: { string: 'too_long', array: 'too_many' },
};

const CUSTOM_PROBLEMS: readonly InstrumentProblem[] = [
  'duplicate_id',
  'translation_incomplete',
  'unknown_indicator',
];

function problemOf(issue: z.ZodIssue): InstrumentError {
  const path = issue.path.join('.');
  switch (issue.code) {
    case 'invalid_type':
      return { path, problem: issue.received === 'undefined' ? 'missing' : 'wrong_type' };
    case 'invalid_string':
      return { path, problem: 'bad_id' };
    case 'unrecognized_keys':
      return { path, problem: 'unknown_field', detail: issue.keys.join(', ') };
    case 'too_small':
      return { path, problem: SIZE_PROBLEM.small[issue.type] ?? 'out_of_range' };
    case 'too_big':
      return { path, problem: SIZE_PROBLEM.big[issue.type] ?? 'out_of_range' };
    case 'custom': {
      const p = issue.params?.problem as InstrumentProblem | undefined;
      return { path, problem: p && CUSTOM_PROBLEMS.includes(p) ? p : 'invalid' };
    }
    default:
      return { path, problem: 'invalid' };
  }
}

/** Parses pasted JSON into an instrument; the errors name the path and the problem (at most eight). */
export function parseInstrumentJson(
  text: string,
): { ok: true; instrument: Instrument } | { ok: false; errors: InstrumentError[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: '', problem: 'not_json' }] };
  }
  const r = InstrumentSchema.safeParse(raw);
  if (!r.success) return { ok: false, errors: r.error.issues.slice(0, 8).map(problemOf) };
  return { ok: true, instrument: r.data };
}
