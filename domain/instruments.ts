// Indicator sets (instruments) of the BIP/SKAPA method, as data. The default set ships with the
// app; an admin can add a municipality's own set. Sessions record instrument id + version, so a
// session rated on an old set stays readable after a new one is added.
import { z } from 'zod';
import type { Score } from './model';

export interface LocalText {
  sv: string;
  en: string;
}

export interface Indicator {
  id: string;
  area: LocalText;
  /** Plain-language question, short sentences and everyday words (limited Swedish). */
  question: LocalText;
  /** 'both': the participant rates themselves and the caseworker rates; 'caseworker': staff only. */
  ratedBy: 'both' | 'caseworker';
}

export interface Instrument {
  id: string;
  version: number;
  name: LocalText;
  indicators: Indicator[];
}

export const SAMSYN_STANDARD: Instrument = {
  id: 'samsyn-standard',
  version: 1,
  name: { sv: 'Samsyn standard (BIP/SKAPA)', en: 'Samsyn standard (BIP/SKAPA)' },
  indicators: [
    {
      id: 'job_belief',
      ratedBy: 'both',
      area: { sv: 'Tro på att få jobb', en: 'Belief in getting a job' },
      question: { sv: 'Tror du att du kan få ett jobb?', en: 'Do you think you can get a job?' },
    },
    {
      id: 'job_search',
      ratedBy: 'both',
      area: { sv: 'Jobbsökande', en: 'Looking for work' },
      question: { sv: 'Söker du jobb just nu?', en: 'Are you looking for a job now?' },
    },
    {
      id: 'next_steps',
      ratedBy: 'both',
      area: { sv: 'Vet vad jag ska göra för att öka mina chanser', en: 'Knows the next steps' },
      question: {
        sv: 'Vet du vad du ska göra för att få jobb lättare?',
        en: 'Do you know what to do to improve your chances of getting a job?',
      },
    },
    {
      id: 'health',
      ratedBy: 'both',
      area: { sv: 'Hantera min hälsa', en: 'Coping with health' },
      question: {
        sv: 'Klarar du din hälsa? Kan du ta hand om dig?',
        en: 'Can you cope with your health? Can you take care of yourself?',
      },
    },
    {
      id: 'daily_life',
      ratedBy: 'both',
      area: { sv: 'Klara vardagen', en: 'Coping with everyday life' },
      question: {
        sv: 'Klarar du din vardag? Till exempel hem, pengar och tider.',
        en: 'Can you manage your everyday life? For example home, money and times.',
      },
    },
    {
      id: 'cooperation',
      ratedBy: 'both',
      area: { sv: 'Samarbeta med andra', en: 'Working with others' },
      question: {
        sv: 'Kan du arbeta tillsammans med andra?',
        en: 'Can you work together with other people?',
      },
    },
    {
      id: 'network',
      ratedBy: 'both',
      area: { sv: 'Socialt nätverk', en: 'Social network' },
      question: {
        sv: 'Har du människor som kan hjälpa dig?',
        en: 'Do you have people who can help you?',
      },
    },
    {
      id: 'swedish',
      ratedBy: 'both',
      area: { sv: 'Svenska språket', en: 'Swedish language' },
      question: {
        sv: 'Kan du prata och förstå svenska?',
        en: 'Can you speak and understand Swedish?',
      },
    },
    {
      id: 'skills',
      ratedBy: 'both',
      area: { sv: 'Kunskaper och erfarenheter för arbete', en: 'Skills and experience for work' },
      question: {
        sv: 'Kan du saker som behövs på ett jobb?',
        en: 'Do you know things that you need at a job?',
      },
    },
    {
      id: 'society',
      ratedBy: 'both',
      area: {
        sv: 'Förstå samhället och arbetsmarknaden',
        en: 'Understanding society and the labour market',
      },
      question: {
        sv: 'Förstår du hur det fungerar i Sverige och på jobb?',
        en: 'Do you understand how things work in Sweden and at work?',
      },
    },
    {
      id: 'control',
      ratedBy: 'both',
      area: { sv: 'Makt över min situation', en: 'In control of my situation' },
      question: {
        sv: 'Känner du att du kan bestämma över ditt liv?',
        en: 'Do you feel that you can decide about your life?',
      },
    },
    {
      id: 'caseworker_belief',
      ratedBy: 'caseworker',
      area: {
        sv: 'Handläggarens tro på att deltagaren får arbete',
        en: "Caseworker's belief in the participant's chance of work",
      },
      question: {
        sv: 'Tror du som handläggare att deltagaren får ett arbete?',
        en: 'Do you, as caseworker, believe the participant will get work?',
      },
    },
  ],
};

/** The sets that ship with the app. */
export const BUILT_IN_INSTRUMENTS: readonly Instrument[] = [SAMSYN_STANDARD];

const localText = z
  .object({
    sv: z.string().trim().min(1).max(300),
    en: z.string().trim().min(1).max(300),
  })
  .strict();

const idPattern = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** An instrument as an admin uploads it (JSON). */
export const InstrumentSchema = z
  .object({
    id: z.string().regex(idPattern),
    version: z.number().int().min(1).max(10_000),
    name: localText,
    indicators: z
      .array(
        z
          .object({
            id: z.string().regex(idPattern),
            area: localText,
            question: localText,
            ratedBy: z.enum(['both', 'caseworker']),
          })
          .strict(),
      )
      .min(1)
      .max(40),
  })
  .strict()
  .superRefine((inst, ctx) => {
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
  });

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
  | 'invalid';

/** What is wrong with an uploaded set, where (`indicators.1.ratedBy`; "" for the whole): the card words it. */
export interface InstrumentError {
  path: string;
  problem: InstrumentProblem;
  detail?: string;
}

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
      return {
        path,
        problem:
          issue.type === 'string' ? 'missing' : issue.type === 'array' ? 'too_few' : 'out_of_range',
      };
    case 'too_big':
      return {
        path,
        problem:
          issue.type === 'string'
            ? 'too_long'
            : issue.type === 'array'
              ? 'too_many'
              : 'out_of_range',
      };
    case 'custom':
      return {
        path,
        problem: issue.params?.problem === 'duplicate_id' ? 'duplicate_id' : 'invalid',
      };
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

/** Ids of the indicators only the caseworker rates (no self-rating). */
export function caseworkerOnlyOf(instrument: Instrument): Set<string> {
  return new Set(instrument.indicators.filter((i) => i.ratedBy === 'caseworker').map((i) => i.id));
}

/** A predicate over indicator ids for the progression functions. */
export function isCaseworkerOnlyIn(instrument: Instrument): (indicatorId: string) => boolean {
  const s = caseworkerOnlyOf(instrument);
  return (id) => s.has(id);
}

export type Rater = 'self' | 'staff';

/** Who rates an indicator: the participant (self) and the caseworker (staff), or the caseworker only. */
export function ratersOf(indicator: Indicator): Rater[] {
  return indicator.ratedBy === 'both' ? ['self', 'staff'] : ['staff'];
}

/**
 * An indicator is answered when every rater it asks for has given a score or "vet ej" (null:
 * an honest answer, not a gap); undefined means not yet chosen. A session is saved only when every
 * indicator is answered.
 */
export function isAnswered(
  indicator: Indicator,
  score: { self?: Score; staff?: Score } | undefined,
): boolean {
  return ratersOf(indicator).every((r) => score?.[r] !== undefined);
}

export function findIndicator(instrument: Instrument, id: string): Indicator | undefined {
  return instrument.indicators.find((i) => i.id === id);
}
