// The "consent expires soon" reminder: once per consent row, in the owner's personal chat, when the
// consent enters the CONSENT_WARNING_DAYS window. Code only, as every proactive card.
import { localeOf, strings } from '../../cards/locales';
import { consentExpiringCard } from '../../cards/participants';
import { expiresSoon } from '../../domain/consent';
import { isoDateAt } from '../../domain/dates';
import type { Job } from '../context';
import { sendOnce } from '../jobs';

/** The dispatch key: one reminder per consent row (a renewal is a new row with its own reminder). */
export const expiryKey = (consentId: string) => `consent-expiring:${consentId}`;

/**
 * Every tick: each active participant's consent in force, if it is valid and within the window, is
 * sent once (sendOnce: claimed, so once also with two instances; a bot that was down when the window
 * opened sends it on the next tick; a failed or undeliverable send is taken again at the next tick).
 */
export const consentExpiryJob: Job = {
  name: 'consent.expiring',
  async run(deps, now) {
    const day = isoDateAt(now);
    const active = (await deps.store.participants.all()).filter((p) => !p.endDate);
    const consents = await deps.store.consents.latestFor(active.map((p) => p.id));
    for (const p of active) {
      const consent = consents.get(p.id);
      const daysLeft = expiresSoon(consent, day, deps.config.CONSENT_WARNING_DAYS);
      if (!consent || daysLeft === null) continue;
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
