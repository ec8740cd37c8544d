import { addDaysIso, daysBetween } from './dates';
import type { Consent, IsoDate, Participant } from './types';

export type ConsentStatus = 'valid' | 'expired' | 'withdrawn' | 'missing' | 'not_yet_valid';

/** The status of the participant's latest consent on a given date. */
export type ConsentDates = Pick<Consent, 'givenOn' | 'validUntil' | 'withdrawnOn'>;

export function consentStatus(
  consent: ConsentDates | null | undefined,
  on: IsoDate,
): ConsentStatus {
  if (!consent) return 'missing';
  if (consent.withdrawnOn && consent.withdrawnOn <= on) return 'withdrawn';
  if (on < consent.givenOn) return 'not_yet_valid';
  if (on > consent.validUntil) return 'expired';
  return 'valid';
}

export function isConsentValid(consent: ConsentDates | null | undefined, on: IsoDate): boolean {
  return consentStatus(consent, on) === 'valid';
}

/** Departments a consent does not cover, of those asked for; empty when it covers them all. */
export function uncoveredDepartments(
  consent: Consent | null | undefined,
  departments: string[],
): string[] {
  const covered = new Set(consent?.departments ?? []);
  return departments.filter((d) => !covered.has(d));
}

/**
 * May the participant's data be shared with these departments on this date?
 * OSL: sharing beyond the owning caseworker needs a valid consent covering every department.
 */
export function consentAllowsSharing(
  consent: Consent | null | undefined,
  departments: string[],
  on: IsoDate,
): { ok: true } | { ok: false; reason: ConsentStatus | 'not_covered'; missing: string[] } {
  const status = consentStatus(consent, on);
  if (status !== 'valid') return { ok: false, reason: status, missing: [] };
  const missing = uncoveredDepartments(consent, departments);
  if (missing.length > 0) return { ok: false, reason: 'not_covered', missing };
  return { ok: true };
}

/**
 * Days left of a consent that is valid on `on`: 0 on its last valid day (valid-until is inclusive),
 * null when it is not valid that day (expired, withdrawn, missing, not yet valid).
 */
export function daysUntilExpiry(consent: Consent | null | undefined, on: IsoDate): number | null {
  if (!consent || consentStatus(consent, on) !== 'valid') return null;
  return daysBetween(on, consent.validUntil);
}

/**
 * "Expires soon": the consent is valid on `on` and its valid-until is at most `warningDays` days
 * away; the days left, else null. A warning only: the consent stays valid and blocks nothing.
 * Also when the reminder is due: while this is not null (a bot down when the window opened still
 * reminds in time); an expired or withdrawn consent has nothing left to renew in time, so no reminder.
 */
export function expiresSoon(
  consent: Consent | null | undefined,
  on: IsoDate,
  warningDays: number,
): number | null {
  const days = daysUntilExpiry(consent, on);
  return days !== null && days <= warningDays ? days : null;
}

/**
 * The valid-until dates that put a consent in the warning window on `day` (both inclusive): the
 * consents `expiresSoon` answers for, when valid that day. `Consents.expiringToRemind` reads these.
 */
export function expiryWarningWindow(
  day: IsoDate,
  warningDays: number,
): { from: IsoDate; to: IsoDate } {
  return { from: day, to: addDaysIso(day, warningDays) };
}

/**
 * The owner is reminded that a participant's consent expires soon: the days left (expiresSoon), or
 * null when it does not, or when the participant has exited (an exited participant gets none).
 */
export function consentReminderDaysLeft(
  participant: Pick<Participant, 'endDate'>,
  consent: Consent,
  day: IsoDate,
  warningDays: number,
): number | null {
  return participant.endDate ? null : expiresSoon(consent, day, warningDays);
}
