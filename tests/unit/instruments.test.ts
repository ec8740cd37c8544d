import { describe, expect, it } from 'vitest';
import {
  SAMSYN_STANDARD,
  InstrumentSchema,
  caseworkerOnlyOf,
  isAnswered,
  parseInstrumentJson,
  ratersOf,
} from '../../domain/instruments';

describe('instruments', () => {
  it('ships the twelve indicators of the default set, caseworker belief rated by the caseworker only', () => {
    expect(SAMSYN_STANDARD.indicators).toHaveLength(12);
    expect([...caseworkerOnlyOf(SAMSYN_STANDARD)]).toEqual(['caseworker_belief']);
    expect(InstrumentSchema.safeParse(SAMSYN_STANDARD).success).toBe(true);
  });

  it('accepts a valid uploaded set', () => {
    const r = parseInstrumentJson(
      JSON.stringify({
        id: 'kommun-x',
        version: 1,
        name: { sv: 'X', en: 'X' },
        indicators: [
          {
            id: 'a',
            area: { sv: 'A', en: 'A' },
            question: { sv: 'Q?', en: 'Q?' },
            ratedBy: 'both',
          },
        ],
      }),
    );
    expect(r.ok).toBe(true);
  });

  it('refuses broken JSON, missing translations, duplicate ids and unknown fields with a path', () => {
    expect(parseInstrumentJson('{')).toEqual({
      ok: false,
      errors: [{ path: '', problem: 'not_json' }],
    });
    const bad = parseInstrumentJson(
      JSON.stringify({
        id: 'x',
        version: 1,
        name: { sv: 'X' },
        extra: 1,
        indicators: [
          { id: 'a', area: { sv: 'A', en: 'A' }, question: { sv: 'Q', en: 'Q' }, ratedBy: 'both' },
          { id: 'a', area: { sv: 'A', en: 'A' }, question: { sv: 'Q', en: 'Q' }, ratedBy: 'self' },
        ],
      }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors).toEqual(
        expect.arrayContaining([
          { path: 'name.en', problem: 'missing' },
          { path: 'indicators.1.ratedBy', problem: 'invalid' },
          { path: '', problem: 'unknown_field', detail: 'extra' },
        ]),
      );
    }
    const ind = {
      id: 'a',
      area: { sv: 'A', en: 'A' },
      question: { sv: 'Q', en: 'Q' },
      ratedBy: 'both',
    };
    expect(
      parseInstrumentJson(
        JSON.stringify({ id: 'x', version: 1, name: { sv: 'X', en: 'X' }, indicators: [ind, ind] }),
      ),
    ).toEqual({ ok: false, errors: [{ path: 'indicators.1.id', problem: 'duplicate_id' }] });
  });

  it('asks the participant and the caseworker, or the caseworker only on a caseworker-only indicator', () => {
    const [both, cwOnly] = [
      SAMSYN_STANDARD.indicators[0]!,
      SAMSYN_STANDARD.indicators.find((i) => i.ratedBy === 'caseworker')!,
    ];
    expect(ratersOf(both)).toEqual(['self', 'staff']);
    expect(ratersOf(cwOnly)).toEqual(['staff']);
  });

  it('counts an indicator as answered when every rater gave a score or vet ej, and not before', () => {
    const [both, cwOnly] = [
      SAMSYN_STANDARD.indicators[0]!,
      SAMSYN_STANDARD.indicators.find((i) => i.ratedBy === 'caseworker')!,
    ];
    expect(isAnswered(both, { self: null, staff: 3 })).toBe(true);
    expect(isAnswered(both, { staff: 3 })).toBe(false);
    expect(isAnswered(both, undefined)).toBe(false);
    expect(isAnswered(cwOnly, { staff: null })).toBe(true);
    expect(isAnswered(cwOnly, { self: 4 })).toBe(false);
  });
});
