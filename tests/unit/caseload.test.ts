import { describe, expect, it } from 'vitest';
import {
  matchesSearch,
  needsOf,
  pageOf,
  sortByNeed,
  type CaseloadFacts,
} from '../../domain/caseload';
import { closestCommand, codeAlone, editDistance } from '../../domain/typing';

const rules = { today: '2026-11-23', ratingIntervalWeeks: 12 };
const facts = (over: Partial<CaseloadFacts> = {}): CaseloadFacts => ({
  code: 'D-AAAA',
  name: null,
  startDate: '2026-10-01',
  endDate: null,
  lastRating: '2026-11-01',
  nextFollowUp: null,
  consentStatus: 'valid',
  consentExpiresIn: null,
  ...over,
});

describe('what a participant needs done', () => {
  it('a rating is overdue after the interval since the last one, not on its last day', () => {
    expect(needsOf(facts({ lastRating: '2026-08-31' }), rules)).toEqual([]); // 84 days
    expect(needsOf(facts({ lastRating: '2026-08-30' }), rules)).toEqual(['rating_overdue']);
  });

  it('a participant never rated needs a first rating, overdue once the interval has passed since the start', () => {
    expect(needsOf(facts({ lastRating: null }), rules)).toEqual(['first_rating']);
    expect(needsOf(facts({ lastRating: null, startDate: '2026-01-15' }), rules)).toEqual([
      'rating_overdue',
    ]);
  });

  it('a follow-up is due on its day, a consent in its warning window is expiring, one not valid is said so', () => {
    expect(needsOf(facts({ nextFollowUp: '2026-11-23' }), rules)).toEqual(['follow_up_due']);
    expect(needsOf(facts({ nextFollowUp: '2026-11-24' }), rules)).toEqual([]);
    expect(needsOf(facts({ consentExpiresIn: 5 }), rules)).toEqual(['consent_expiring']);
    expect(needsOf(facts({ consentStatus: 'withdrawn' }), rules)).toEqual(['consent_invalid']);
  });

  it('an exited participant needs nothing', () => {
    expect(needsOf(facts({ endDate: '2026-11-01', lastRating: null }), rules)).toEqual([]);
  });
});

describe('the order of the caseload', () => {
  it('puts overdue ratings first (most overdue first), then follow-ups due, expiring consents, the rest, exited last', () => {
    const rows = [
      facts({ code: 'D-NONE' }),
      facts({ code: 'D-EXIT', endDate: '2026-11-01' }),
      facts({ code: 'D-EXP5', consentExpiresIn: 5 }),
      facts({ code: 'D-EXP2', consentExpiresIn: 2 }),
      facts({ code: 'D-FOLL', nextFollowUp: '2026-11-20' }),
      facts({ code: 'D-OVR1', lastRating: '2026-08-01' }),
      facts({ code: 'D-OVR2', lastRating: '2026-05-01' }),
      facts({ code: 'D-FRST', lastRating: null }),
      facts({ code: 'D-INVL', consentStatus: 'expired' }),
    ];
    expect(sortByNeed(rows, rules).map((r) => r.code)).toEqual([
      'D-OVR2',
      'D-OVR1',
      'D-FOLL',
      'D-EXP2',
      'D-EXP5',
      'D-INVL',
      'D-FRST',
      'D-NONE',
      'D-EXIT',
    ]);
  });
});

describe('searching the caseload', () => {
  it('finds by code with or without D-, and by any part of the own name, ignoring case and diacritics', () => {
    const f = facts({ code: 'D-X7XP', name: 'Åsa Öberg' });
    for (const q of ['D-X7XP', 'd-x7', 'x7xp', 'asa', 'öberg', 'ÅSA ö', '']) {
      expect(matchesSearch(f, q), q).toBe(true);
    }
    for (const q of ['D-X7XQ', 'karin', '7xp']) expect(matchesSearch(f, q), q).toBe(false);
  });

  it('never finds a participant by a name that is not kept (protected identity)', () => {
    expect(matchesSearch(facts({ name: null }), 'amina')).toBe(false);
  });
});

describe('pages', () => {
  it('cuts a list into pages and shows the last page for a page past the end', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(items, 0, 10)).toMatchObject({ items: items.slice(0, 10), pages: 3, total: 23 });
    expect(pageOf(items, 2, 10).items).toEqual([20, 21, 22]);
    expect(pageOf(items, 9, 10)).toMatchObject({ page: 2, items: [20, 21, 22] });
    expect(pageOf([], 0, 10)).toMatchObject({ page: 0, pages: 1, items: [] });
  });
});

describe('what was typed', () => {
  const names = ['mina deltagare', 'my participants', 'samtycke', 'plan', 'hjälp', 'ny deltagare'];
  it('counts edits, a swap of two letters as one', () => {
    expect(editDistance('deltagre', 'deltagare')).toBe(1);
    expect(editDistance('delatgare', 'deltagare')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the command a typo meant, keeping what followed it', () => {
    expect(closestCommand('mina deltagre', names)).toBe('mina deltagare');
    expect(closestCommand('samtyke d-x7xp', names)).toBe('samtycke d-x7xp');
    expect(closestCommand('hjälpp', names)).toBe('hjälp');
  });

  it('suggests nothing for text far from every command, nor for a command typed right', () => {
    expect(closestCommand('blabla', names)).toBeNull();
    expect(closestCommand('Karin Andersson', names)).toBeNull();
    expect(closestCommand('plan', names)).toBeNull();
  });

  it('recognises a participant code alone, in any case', () => {
    expect(codeAlone('d-x7xp')).toBe('D-X7XP');
    expect(codeAlone('D-X7XP hej')).toBeNull();
    expect(codeAlone('D-1234')).toBeNull();
  });
});
