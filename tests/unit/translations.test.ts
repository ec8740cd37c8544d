import { describe, expect, it } from 'vitest';
import { participantUi } from '../../cards/locales/participant';
import {
  SAMSYN_STANDARD,
  instrumentForNewSession,
  offeredLanguages,
  parseInstrumentJson,
  participantText,
  selfRated,
  unreviewedLanguages,
  type Instrument,
} from '../../domain/instruments';
import { LANGUAGES, PARTICIPANT_LANGUAGES, sessionLanguageOf } from '../../domain/languages';

const SELF_IDS = selfRated(SAMSYN_STANDARD).map((i) => i.id);

/** Every string a participant card shows in a language (functions called with sample values). */
function uiStrings(lang: (typeof PARTICIPANT_LANGUAGES)[number]): [string, string][] {
  return Object.entries(participantUi[lang]).map(([k, v]) => [
    k,
    typeof v === 'function' ? (v as (...a: unknown[]) => string)(3, 11) : String(v),
  ]);
}

describe('the shipped participant languages', () => {
  it('ships at least Swedish, English, Arabic, Somali, Tigrinya, Dari, Persian, Ukrainian and Sorani', () => {
    expect(PARTICIPANT_LANGUAGES).toEqual(
      expect.arrayContaining(['sv', 'en', 'ar', 'so', 'ti', 'prs', 'fa', 'uk', 'ckb']),
    );
  });

  for (const lang of PARTICIPANT_LANGUAGES) {
    it(`${lang}: the standard set has every question, area and scale label, and every card word`, () => {
      const text = participantText(SAMSYN_STANDARD, lang);
      expect(text, `${lang} translation incomplete`).not.toBeNull();
      for (const id of SELF_IDS) {
        expect(text!.indicators[id]?.question.trim(), `${lang} ${id} question`).toBeTruthy();
        expect(text!.indicators[id]?.area.trim(), `${lang} ${id} area`).toBeTruthy();
      }
      for (const k of [1, 2, 3, 4, 5, 'dontKnow'] as const)
        expect(text!.scale[k].trim(), `${lang} scale ${k}`).toBeTruthy();
      for (const [k, v] of uiStrings(lang)) expect(v.trim(), `${lang} ui.${k}`).toBeTruthy();
      expect(LANGUAGES[lang].endonym.trim()).toBeTruthy();
    });
  }

  it('offers every shipped language for the standard set', () => {
    expect(offeredLanguages(SAMSYN_STANDARD)).toEqual([...PARTICIPANT_LANGUAGES]);
  });

  it('marks right-to-left exactly Arabic, Dari, Persian and Sorani', () => {
    expect(PARTICIPANT_LANGUAGES.filter((l) => LANGUAGES[l].rtl).sort()).toEqual(
      ['ar', 'ckb', 'fa', 'prs'].sort(),
    );
  });

  it('ships every translation unreviewed until an admin marks it', () => {
    const all = offeredLanguages(SAMSYN_STANDARD).filter((l) => l !== 'sv' && l !== 'en');
    expect(unreviewedLanguages(SAMSYN_STANDARD, [])).toEqual(all);
    expect(unreviewedLanguages(SAMSYN_STANDARD, ['ar'])).not.toContain('ar');
  });

  it('a translation that lacks one question is not offered', () => {
    const ar = SAMSYN_STANDARD.translations!.ar!;
    const { health: _gone, ...rest } = ar.indicators;
    const broken: Instrument = {
      ...SAMSYN_STANDARD,
      translations: { ar: { ...ar, indicators: rest } },
    };
    expect(participantText(broken, 'ar')).toBeNull();
    expect(offeredLanguages(broken)).not.toContain('ar');
  });
});

describe('translations in an uploaded set', () => {
  const base = {
    id: 'egen',
    version: 1,
    name: { sv: 'Egen', en: 'Own' },
    indicators: [
      { id: 'a', area: { sv: 'A', en: 'A' }, question: { sv: 'A?', en: 'A?' }, ratedBy: 'both' },
      { id: 'b', area: { sv: 'B', en: 'B' }, question: { sv: 'B?', en: 'B?' }, ratedBy: 'both' },
      {
        id: 'c',
        area: { sv: 'C', en: 'C' },
        question: { sv: 'C?', en: 'C?' },
        ratedBy: 'caseworker',
      },
    ],
  };
  const scale = { 1: 'x', 2: 'x', 3: 'x', 4: 'x', 5: 'x', dontKnow: 'x' };

  it('accepts a complete translation, unreviewed by default', () => {
    const r = parseInstrumentJson(
      JSON.stringify({
        ...base,
        translations: {
          ar: {
            scale,
            indicators: { a: { area: 'أ', question: 'أ؟' }, b: { area: 'ب', question: 'ب؟' } },
          },
        },
      }),
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.instrument.translations!.ar!.reviewed).toBe(false);
      expect(offeredLanguages(r.instrument)).toContain('ar');
    }
  });

  it('refuses a translation that lacks an area the participant rates, or names an unknown one', () => {
    const r = parseInstrumentJson(
      JSON.stringify({
        ...base,
        translations: {
          so: {
            scale,
            indicators: { a: { area: 'A', question: 'A?' }, c: { area: 'C', question: 'C?' } },
          },
        },
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual(
        expect.arrayContaining([
          { path: 'translations.so.indicators.b', problem: 'translation_incomplete' },
          { path: 'translations.so.indicators.c', problem: 'unknown_indicator' },
        ]),
      );
  });

  it('refuses a translation without a scale label', () => {
    const { dontKnow: _d, ...short } = scale;
    const r = parseInstrumentJson(
      JSON.stringify({
        ...base,
        translations: {
          uk: {
            scale: short,
            indicators: { a: { area: 'A', question: 'A?' }, b: { area: 'B', question: 'B?' } },
          },
        },
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContainEqual({
        path: 'translations.uk.scale.dontKnow',
        problem: 'missing',
      });
  });
});

describe('which set a new session uses', () => {
  const v2: Instrument = { ...SAMSYN_STANDARD, version: 2 };
  const other: Instrument = { ...SAMSYN_STANDARD, id: 'kommun', version: 1 };
  const latestOf = (id: string) => (id === SAMSYN_STANDARD.id ? v2 : undefined);

  it('a participant keeps the set of their previous session, in its newest version', () => {
    expect(instrumentForNewSession(SAMSYN_STANDARD.id, latestOf, other)).toBe(v2);
  });
  it("a first session uses the admin's set for new sessions", () => {
    expect(instrumentForNewSession(undefined, latestOf, other)).toBe(other);
  });
  it('a previous set that no longer exists falls back to the set for new sessions', () => {
    expect(instrumentForNewSession('gone', latestOf, other)).toBe(other);
  });
});

describe('the language a session starts in', () => {
  it('is the first recorded language that is shipped, else Swedish', () => {
    expect(sessionLanguageOf(['ar', 'sv'])).toBe('ar');
    expect(sessionLanguageOf(['xx', 'so'])).toBe('so');
    expect(sessionLanguageOf([])).toBe('sv');
  });
});
