// The languages a participant can answer a rating session in. Swedish is the method's own language;
// the others are translations shipped with the indicator set (domain/translations/*) and the
// participant-mode words of the cards (cards/locales/participant/*). A language is offered for a
// session only when the set's translation is complete (domain/instruments offeredLanguages).
// Adding a language is data: one entry here, its card words, and its translation in the set.

export const PARTICIPANT_LANGUAGES = [
  'sv',
  'en',
  'ar',
  'so',
  'ti',
  'prs',
  'fa',
  'uk',
  'ckb',
] as const;
export type ParticipantLanguage = (typeof PARTICIPANT_LANGUAGES)[number];

export interface LanguageInfo {
  code: ParticipantLanguage;
  /** The language's own name, as a speaker writes it. */
  endonym: string;
  /** Written right to left (Adaptive Cards 1.5 `rtl`). */
  rtl: boolean;
}

export const LANGUAGES: Record<ParticipantLanguage, LanguageInfo> = {
  sv: { code: 'sv', endonym: 'Svenska', rtl: false },
  en: { code: 'en', endonym: 'English', rtl: false },
  ar: { code: 'ar', endonym: 'العربية', rtl: true },
  so: { code: 'so', endonym: 'Soomaali', rtl: false },
  ti: { code: 'ti', endonym: 'ትግርኛ', rtl: false },
  prs: { code: 'prs', endonym: 'دری', rtl: true },
  fa: { code: 'fa', endonym: 'فارسی', rtl: true },
  uk: { code: 'uk', endonym: 'Українська', rtl: false },
  ckb: { code: 'ckb', endonym: 'کوردی (سۆرانی)', rtl: true },
};

export function isParticipantLanguage(v: unknown): v is ParticipantLanguage {
  return typeof v === 'string' && (PARTICIPANT_LANGUAGES as readonly string[]).includes(v);
}

/** The language a session is held in: the first recorded language of the participant, else Swedish. */
export function sessionLanguageOf(languages: readonly string[]): ParticipantLanguage {
  return languages.find(isParticipantLanguage) ?? 'sv';
}

/** Recorded languages as the store keeps them: known codes only, each once, in the order given. */
export function normalizeLanguages(raw: readonly string[]): ParticipantLanguage[] {
  return [...new Set(raw.map((s) => s.trim()).filter(isParticipantLanguage))];
}
