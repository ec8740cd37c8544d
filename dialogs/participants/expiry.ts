// The "consent expires soon" reminder: once per consent row, in the owner's personal chat, when the
// consent enters the CONSENT_WARNING_DAYS window. Code only, as every proactive card.
import { localeOf, strings } from '../../cards/locales';
import { consentExpiringCard } from '../../cards/participants';
import { consentReminderDaysLeft, expiryWarningWindow } from '../../domain/consent';
import { isoDateAt } from '../../domain/dates';
import type { Job } from '../context';
import { sendOnce } from '../jobs';

/** The dispatch key: one reminder per consent row (a renewal is a new row with its own reminder). */
const EXPIRY_KEY = 'consent-expiring:';
export const expiryKey = (consentId: string) => `${EXPIRY_KEY}${consentId}`;

/**
 * Every tick: each active participant's consent in force, if it is valid and within the window, is
 * sent once (sendOnce: claimed, so once also with two instances; a bot that was down when the window
 * opened sends it on the next tick; a failed or undeliverable send is taken again at the next tick).
 */
export const consentExpiryJob: Job = {
  name: 'consent.expiring',
  async run(deps, now) {
    const day = isoDateAt(now);
    const warning = deps.config.CONSENT_WARNING_DAYS;
    // Only consents in force whose valid-until falls in the window and whose reminder was not sent:
    // a tick does not read every participant and consent of a region again.
    const window = expiryWarningWindow(day, warning);
    const due = await deps.store.consents.expiringToRemind(window.from, window.to, EXPIRY_KEY);
    for (const consent of due) {
      const p = await deps.store.participants.get(consent.participantId);
      if (!p) continue;
      const daysLeft = consentReminderDaysLeft(p, consent, day, warning);
      if (daysLeft === null) continue;
      await sendOnce(deps, 'consent.expiring', now, {
        key: expiryKey(consent.id),
        send: async () => {
          const t = strings(localeOf((await deps.store.users.get(p.ownerId))?.locale));
          const card = consentExpiringCard(
            { code: p.code, validUntil: consent.validUntil, daysLeft },
            t,
          );
          return deps.notify.toUser(
            p.ownerId,
            card,
            t.participants.consent.expiringSummary(p.code),
          );
        },
        after: () =>
          deps.store.audit.write(
            {
              actorId: 'system',
              action: 'consent.expiring.remind',
              participantId: p.id,
              detail: { code: p.code, validUntil: consent.validUntil },
            },
            now,
          ),
      });
    }
  },
};
