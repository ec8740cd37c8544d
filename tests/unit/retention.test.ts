import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../domain/dates';
import {
  cullFrom,
  entryDate,
  isDueForCulling,
  lastEntry,
  retentionDecision,
  retentionKey,
} from '../../domain/retention';

describe('retention (gallring): is a participant due for culling on a date', () => {
  it('an active participant (no exit date) is never culled, however old the entries', () => {
    const facts = { endDate: null, entries: ['2001-01-01', '2002-05-05T10:00:00.000Z'] };
    expect(isDueForCulling(facts, '2060-01-01', 5)).toBe(false);
    expect(retentionDecision(facts, '2060-01-01', 5)).toMatchObject({
      due: false,
      reason: 'active',
    });
  });

  it('an ended case with nothing after the exit date is culled from the day after the fifth anniversary of the exit', () => {
    const facts = { endDate: '2020-03-10', entries: ['2019-06-01', '2020-01-01T08:00:00.000Z'] };
    expect(isDueForCulling(facts, '2025-03-09', 5)).toBe(false);
    expect(isDueForCulling(facts, '2025-03-10', 5)).toBe(false); // exactly five years: not older than five years
    expect(isDueForCulling(facts, '2025-03-11', 5)).toBe(true);
    expect(retentionDecision(facts, '2025-03-11', 5)).toEqual({
      due: true,
      lastEntry: '2020-03-10',
      cullFrom: '2025-03-11',
    });
  });

  it('the last entry counts, not the exit date: a later rating session, consent change or follow-up keeps the case', () => {
    const exitOnly = { endDate: '2020-03-10', entries: [] };
    expect(isDueForCulling(exitOnly, '2025-06-01', 5)).toBe(true);
    for (const later of ['2021-02-01', '2021-02-01T12:00:00.000Z']) {
      const facts = { endDate: '2020-03-10', entries: ['2019-01-01', later, null, undefined] };
      expect(isDueForCulling(facts, '2025-06-01', 5)).toBe(false);
      expect(isDueForCulling(facts, '2026-02-01', 5)).toBe(false);
      expect(isDueForCulling(facts, '2026-02-02', 5)).toBe(true);
    }
  });

  it('follows RETENTION_YEARS', () => {
    const facts = { endDate: '2020-03-10', entries: [] };
    expect(isDueForCulling(facts, '2022-03-11', 2)).toBe(true);
    expect(isDueForCulling(facts, '2022-03-11', 3)).toBe(false);
    expect(cullFrom('2020-03-10', 10)).toBe('2030-03-11');
  });

  it('an instant is read as a Stockholm calendar date (late on 31 December UTC is already 1 January)', () => {
    expect(entryDate('2020-12-31T23:30:00.000Z')).toBe('2021-01-01');
    expect(entryDate('2020-06-30T21:59:00.000Z')).toBe('2020-06-30');
    const facts = { endDate: '2020-06-01', entries: ['2020-12-31T23:30:00.000Z'] };
    expect(lastEntry(facts)).toBe('2021-01-01');
    expect(isDueForCulling(facts, '2026-01-01', 5)).toBe(false);
    expect(isDueForCulling(facts, '2026-01-02', 5)).toBe(true);
  });

  it("a leap day's anniversary is 28 February", () => {
    expect(cullFrom('2020-02-29', 5)).toBe('2025-03-01');
    expect(cullFrom('2020-02-29', 4)).toBe('2024-03-01');
  });

  it('keeps the case when a date cannot be read (doubt keeps, never deletes)', () => {
    expect(
      retentionDecision({ endDate: '2010-01-01', entries: ['not a date'] }, '2060-01-01', 5),
    ).toMatchObject({ due: false, reason: 'unreadable_date' });
    expect(isDueForCulling({ endDate: '2010-02-30', entries: [] }, '2060-01-01', 5)).toBe(false);
  });

  it('the daily claim key names the day', () => {
    expect(retentionKey('2031-12-01')).toBe('retention:2031-12-01');
  });

  const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDaysIso('2000-01-01', n));

  it('property: never due while active; an extra entry never makes a case due earlier; due stays due as days pass', () => {
    fc.assert(
      fc.property(
        day,
        fc.array(day, { maxLength: 6 }),
        day,
        day,
        fc.integer({ min: 1, max: 50 }),
        (end, entries, extra, on, years) => {
          expect(isDueForCulling({ endDate: null, entries }, on, years)).toBe(false);
          const base = { endDate: end, entries };
          const more = { endDate: end, entries: [...entries, extra] };
          if (isDueForCulling(more, on, years)) expect(isDueForCulling(base, on, years)).toBe(true);
          if (isDueForCulling(base, on, years))
            expect(isDueForCulling(base, addDaysIso(on, 1), years)).toBe(true);
        },
      ),
    );
  });

  it('property: due exactly when every date (exit and entries) is more than RETENTION_YEARS years before the day', () => {
    fc.assert(
      fc.property(
        day,
        fc.array(day, { maxLength: 6 }),
        day,
        fc.integer({ min: 1, max: 50 }),
        (end, entries, on, years) => {
          const due = isDueForCulling({ endDate: end, entries }, on, years);
          const allOld = [end, ...entries].every((d) => on >= cullFrom(d, years));
          expect(due).toBe(allOld);
          if (due) expect([end, ...entries].every((d) => d < on)).toBe(true);
        },
      ),
    );
  });
});
