import { TZDate } from '@date-fns/tz';
import { formatISO, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateAt, isValidIsoDate, TIME_ZONE } from '../../domain/dates';

const direct = (ms: number) => formatISO(new TZDate(ms, TIME_ZONE), { representation: 'date' });

describe('isoDateAt (the Stockholm date, remembered per quarter hour)', () => {
  it('is the time-zone database’s date for any instants, in any order', () => {
    const instant = fc.integer({
      min: Date.UTC(1990, 0, 1),
      max: Date.UTC(2060, 0, 1),
    });
    // Instants near each other (the same or the next quarter hour) as well as far apart.
    const near = fc.tuple(instant, fc.integer({ min: -3_600_000, max: 3_600_000 }));
    fc.assert(
      fc.property(fc.array(near, { minLength: 1, maxLength: 20 }), (pairs) => {
        for (const [a, d] of pairs)
          for (const ms of [a, a + d]) expect(isoDateAt(new Date(ms))).toBe(direct(ms));
      }),
      { numRuns: 300 },
    );
  });

  it('turns at Stockholm’s midnight, also on the days the clocks change', () => {
    // 2026-03-29 (to summer time: midnight is 23:00 UTC the day before) and 2026-10-25 (back).
    expect(isoDateAt(new Date('2026-03-28T22:59:59.999Z'))).toBe('2026-03-28');
    expect(isoDateAt(new Date('2026-03-28T23:00:00.000Z'))).toBe('2026-03-29');
    expect(isoDateAt(new Date('2026-03-29T21:59:59.999Z'))).toBe('2026-03-29');
    expect(isoDateAt(new Date('2026-03-29T22:00:00.000Z'))).toBe('2026-03-30');
    expect(isoDateAt(new Date('2026-10-24T21:59:59.999Z'))).toBe('2026-10-24');
    expect(isoDateAt(new Date('2026-10-24T22:00:00.000Z'))).toBe('2026-10-25');
    expect(isoDateAt(new Date('2026-10-25T22:59:59.999Z'))).toBe('2026-10-25');
    expect(isoDateAt(new Date('2026-10-25T23:00:00.000Z'))).toBe('2026-10-26');
  });
});

describe('isValidIsoDate (YYYY-MM-DD of a day that exists)', () => {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  it('agrees with reading the date and writing it back, for years from 100 on', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const read = parseISO(s);
          const reference =
            !Number.isNaN(read.getTime()) && formatISO(read, { representation: 'date' }) === s;
          expect(isValidIsoDate(s)).toBe(reference);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('knows leap days, and refuses other shapes and years before 100 (never a date here)', () => {
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2100-02-29')).toBe(false);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2026-1-05')).toBe(false);
    expect(isValidIsoDate('2026-01-05T00:00')).toBe(false);
    expect(isValidIsoDate('0050-01-01')).toBe(false);
  });
});
