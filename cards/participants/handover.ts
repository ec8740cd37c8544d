// Handover (överlämna <kod>): the owner's pick card and the receiver's offer card.
import type { Strings } from '../locales';
import {
  card,
  choiceInput,
  errorBanner,
  execute,
  heading,
  notice,
  text,
  type AdaptiveCard,
  type FlowToken,
} from '../core';
import type { IncomingView } from './list';

export interface HandoverView {
  code: string;
  candidates: { id: string; name: string }[];
  token: FlowToken;
  /** Name of the caseworker an earlier offer is waiting for. */
  pendingTo: string | null;
  errors?: string[];
  stale?: boolean;
}

export function handoverCard(v: HandoverView, t: Strings): AdaptiveCard {
  const h = t.participants.handover;
  if (v.candidates.length === 0)
    return card([heading(h.title(v.code)), notice(h.noneAvailable, 'warning')]);
  return card(
    [
      heading(h.title(v.code), h.intro),
      v.stale ? notice(t.common.errors.stale, 'warning') : null,
      errorBanner(v.errors),
      v.pendingTo ? notice(h.pendingAlready(v.pendingTo), 'warning') : null,
      choiceInput(
        'toUser',
        h.to,
        v.candidates.map((c) => ({ title: c.name, value: c.id })),
        null,
        {
          required: true,
          placeholder: t.participants.registration.choose,
          errorMessage: h.unknownUser,
        },
      ),
    ],
    [
      execute(h.offer, { verb: 'handover.offer', ...v.token }),
      v.pendingTo
        ? execute(
            h.withdrawOffer,
            { verb: 'handover.withdraw', ...v.token },
            { associatedInputs: 'none' },
          )
        : null,
    ],
  );
}

/** What the receiving caseworker gets: code only, since the case is not theirs yet. */
export function handoverOfferCard(v: IncomingView, t: Strings): AdaptiveCard {
  const h = t.participants.handover;
  return card(
    [heading(h.incomingTitle(v.code)), text(h.incomingText(v.code, v.fromName))],
    [
      execute(h.accept, { verb: 'handover.accept', participantId: v.participantId }),
      execute(h.decline, { verb: 'handover.decline', participantId: v.participantId }),
    ],
  );
}
