// The card actions of the caseworker's own work with participants, each defined once: the cards
// draw their buttons from here and dialogs/participants routes them.
import { z } from 'zod';
import { cardAction } from '../actions';

const Code = z.string().trim().min(1).max(20);
/** Which draft, which step, which revision (the handler checks them against the stored draft). */
const Token = z.object({
  flowId: z.string().min(1),
  step: z.string().min(1),
  rev: z.coerce.number().int().min(1),
});
const ParticipantRef = z.object({ participantId: z.string().trim().min(1).max(100) });

/** A page of "mina deltagare": which page, the search, active or exited participants. */
export const ListQuery = z.object({
  page: z.coerce.number().int().min(0).max(10_000).optional().default(0),
  query: z.string().trim().max(100).optional().default(''),
  exited: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .optional()
    .transform((v) => v === true || v === 'true'),
});
export type ListQueryInput = z.input<typeof ListQuery>;

export const participantActions = {
  list: cardAction('participants.list', ListQuery),
  show: cardAction('participant.show', z.object({ code: Code })),
  registrationSave: cardAction('registration.save', Token),
  registrationCancel: cardAction('registration.cancel', Token),
  consentOpen: cardAction('consent.open', z.object({ code: Code })),
  consentRenew: cardAction('consent.renew', Token),
  consentWithdrawAsk: cardAction('consent.withdraw.ask', Token),
  consentWithdraw: cardAction('consent.withdraw', Token),
  handoverOpen: cardAction('handover.open', z.object({ code: Code })),
  handoverOffer: cardAction('handover.offer', Token),
  handoverWithdraw: cardAction('handover.withdraw', Token),
  handoverAccept: cardAction('handover.accept', ParticipantRef),
  handoverDecline: cardAction('handover.decline', ParticipantRef),
} as const;
