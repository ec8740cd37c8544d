import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consentReminderDaysLeft,
  consentStatus,
  daysUntilExpiry,
  expiresSoon,
  expiryWarningWindow,
  uncoveredDepartments,
} from '../../domain/consent';
import { addDaysIso } from '../../domain/dates';
import type { Consent } from '../../domain/types';

const consent = (over: Partial<Consent> = {}): Consent => ({
  id: 'c1',
  participantId: 'p1',
  givenOn: '2026-01-15',
  departments: ['vux', 'ifo'],
  validUntil: '2026-12-31',
  withdrawnOn: null,
  recordedBy: 'cw',
  recordedAt: '2026-01-15T10:00:00Z',
  ...over,
});

describe('consent expiry warning (domain/consent)', () => {
  it('counts the days left to the last valid day: 0 on it, null the day after', () => {
    const c = consent();
    expect(daysUntilExpiry(c, '2026-12-01')).toBe(30);
    expect(daysUntilExpiry(c, '2026-12-31')).toBe(0);
    expect(daysUntilExpiry(c, '2027-01-01')).toBeNull();
  });

  it('warns from warningDays before the valid-until, not a day earlier', () => {
    const c = consent();
    expect(expiresSoon(c, '2026-11-30', 30)).toBeNull(); // 31 days left
    expect(expiresSoon(c, '2026-12-01', 30)).toBe(30);
    expect(expiresSoon(c, '2026-12-31', 30)).toBe(0);
    expect(expiresSoon(c, '2026-12-24', 7)).toBe(7);
    expect(expiresSoon(c, '2026-12-23', 7)).toBeNull();
  });

  it('is a warning only: an expiring consent is still valid', () => {
    const c = consent();
    expect(expiresSoon(c, '2026-12-20', 30)).toBe(11);
    expect(consentStatus(c, '2026-12-20')).toBe('valid');
  });

  it('does not warn about a consent that is withdrawn, expired, missing or not yet valid', () => {
    expect(expiresSoon(consent({ withdrawnOn: '2026-12-10' }), '2026-12-20', 30)).toBeNull();
    expect(expiresSoon(consent(), '2027-01-05', 30)).toBeNull();
    expect(expiresSoon(null, '2026-12-20', 30)).toBeNull();
    expect(expiresSoon(consent({ givenOn: '2026-12-25' }), '2026-12-20', 30)).toBeNull();
  });

  it('property: warns exactly when valid and at most warningDays away, with the days left', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDaysIso('2024-01-01', n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: -900, max: 900 }),
        fc.integer({ min: 1, max: 365 }),
        (givenOn, length, offset, warningDays) => {
          const c = consent({ givenOn, validUntil: addDaysIso(givenOn, length) });
          const on = addDaysIso(givenOn, offset);
          const days = expiresSoon(c, on, warningDays);
          const valid = consentStatus(c, on) === 'valid';
          if (days === null) return !valid || length - offset > warningDays;
          return valid && days === length - offset && days >= 0 && days <= warningDays;
        },
      ),
    );
  });
});

describe('departments a consent does not cover', () => {
  it('names the departments involved that a renewal leaves out, in the order given', () => {
    expect(uncoveredDepartments(consent({ departments: ['vux'] }), ['vux', 'ame', 'ifo'])).toEqual([
      'ame',
      'ifo',
    ]);
    expect(
      uncoveredDepartments(consent({ departments: ['ifo', 'vux', 'af'] }), ['vux', 'ifo']),
    ).toEqual([]);
    expect(uncoveredDepartments(null, ['vux'])).toEqual(['vux']);
  });
});

describe('the consent expiry reminder', () => {
  it('reads the window expiresSoon answers for: valid-until from the day to warningDays on (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 80 }), fc.integer({ min: 1, max: 60 }), (off, w) => {
        const day = '2026-11-23';
        const c = consent({ givenOn: '2026-01-15', validUntil: addDaysIso(day, off) });
        const { from, to } = expiryWarningWindow(day, w);
        expect(expiresSoon(c, day, w) !== null).toBe(c.validUntil >= from && c.validUntil <= to);
      }),
      { numRuns: 500 },
    );
  });
  it('gives the days left for an active participant, none for an exited one', () => {
    const c = consent({ validUntil: '2026-12-01' });
    expect(consentReminderDaysLeft({ endDate: null }, c, '2026-11-23', 30)).toBe(8);
    expect(consentReminderDaysLeft({ endDate: '2026-11-01' }, c, '2026-11-23', 30)).toBeNull();
    expect(consentReminderDaysLeft({ endDate: null }, c, '2026-10-01', 30)).toBeNull();
  });
});
