import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateAt, TIME_ZONE } from '../../domain/dates';

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
