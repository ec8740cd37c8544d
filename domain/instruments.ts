// Indicator sets (instruments) of the BIP/SKAPA method, as data. The default set ships with the
// app (domain/standard-set.ts); an admin can add a municipality's own set (domain/instrument-schema.ts).
// Sessions record instrument id + version, so a session rated on an old set stays readable after a
// new one is added. Translations for the participant's own cards are data of the set too.
import { TranslationSchema } from './instrument-schema';
import { PARTICIPANT_LANGUAGES, type ParticipantLanguage } from './languages';
import type { Score } from './model';
import { SAMSYN_STANDARD } from './standard-set';

export { SAMSYN_STANDARD } from './standard-set';
export {
  InstrumentSchema,
  parseInstrumentJson,
  type InstrumentError,
  type InstrumentProblem,
} from './instrument-schema';

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

/** The labels of the 1–5 scale and of "vet ej", as the participant reads them. */
export interface ScaleText {
  1: string;
  2: string;
  3: string;
  4: string;
  5: string;
  dontKnow: string;
}

/** One language of the participant's cards for a set: scale, and area + question per indicator. */
export interface Translation {
  /** False until an administrator has had a translator read it (the admin card lists it). */
  reviewed: boolean;
  scale: ScaleText;
  indicators: Record<string, { area: string; question: string }>;
}

export interface Instrument {
  id: string;
  version: number;
  name: LocalText;
  indicators: Indicator[];
  /** The participant's scale labels in Swedish and English (a set without them uses the standard's). */
  scale?: { sv: ScaleText; en: ScaleText };
  /** Participant-mode translations by language code (ar, so, ti, prs, fa, uk, ckb, …). */
  translations?: Record<string, Translation>;
}

/** The sets that ship with the app. */
export const BUILT_IN_INSTRUMENTS: readonly Instrument[] = [SAMSYN_STANDARD];

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

/** The indicators the participant rates themselves, in the set's order. */
export function selfRated(instrument: Instrument): Indicator[] {
  return instrument.indicators.filter((i) => i.ratedBy === 'both');
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

// ------------------------------------------------------------------ the participant's language

/** What the participant reads in one language: the scale, and area + question per self-rated indicator. */
export interface ParticipantText {
  lang: ParticipantLanguage;
  reviewed: boolean;
  scale: ScaleText;
  indicators: Record<string, { area: string; question: string }>;
}

function baseText(instrument: Instrument, lang: 'sv' | 'en'): ParticipantText {
  const scale = instrument.scale?.[lang] ?? SAMSYN_STANDARD.scale![lang];
  const indicators = Object.fromEntries(
    selfRated(instrument).map((i) => [i.id, { area: i.area[lang], question: i.question[lang] }]),
  );
  // Swedish and English are the set's own texts, not translations.
  return { lang, reviewed: true, scale, indicators };
}

/**
 * The participant's texts of a set in a language, or null when the set has no complete translation
 * for it (checked with the same zod schema as an upload, and for every self-rated indicator).
 */
export function participantText(
  instrument: Instrument,
  lang: ParticipantLanguage,
): ParticipantText | null {
  if (lang === 'sv' || lang === 'en') return baseText(instrument, lang);
  const parsed = TranslationSchema.safeParse(instrument.translations?.[lang]);
  if (!parsed.success) return null;
  const t = parsed.data;
  if (!selfRated(instrument).every((i) => t.indicators[i.id])) return null;
  return { lang, reviewed: t.reviewed, scale: t.scale, indicators: t.indicators };
}

/** The languages a session with this set can be held in (Swedish always). */
export function offeredLanguages(instrument: Instrument): ParticipantLanguage[] {
  return PARTICIPANT_LANGUAGES.filter((l) => participantText(instrument, l) !== null);
}

/** Translations of the set not yet marked reviewed (by the set itself or by an admin since). */
export function unreviewedLanguages(
  instrument: Instrument,
  reviewedSince: readonly string[],
): ParticipantLanguage[] {
  return offeredLanguages(instrument).filter(
    (l) => !participantText(instrument, l)!.reviewed && !reviewedSince.includes(l),
  );
}

// ------------------------------------------------------------------ which set a new session uses

/**
 * A participant keeps the set of their previous session, in its newest version, so their sessions
 * stay comparable; a first session (or one whose set is gone) uses the set chosen for new sessions.
 */
export function instrumentForNewSession(
  previousInstrumentId: string | undefined,
  latestOf: (id: string) => Instrument | undefined,
  forNewSessions: Instrument,
): Instrument {
  const kept = previousInstrumentId === undefined ? undefined : latestOf(previousInstrumentId);
  return kept ?? forNewSessions;
}
