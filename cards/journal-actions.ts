// The card actions that open the journal text (text ready to copy into the journal system).
import { z } from 'zod';
import { cardAction } from './actions';

const ParticipantRef = z.object({ participantId: z.string().min(1).max(100) });

export const journalActions = {
  plan: cardAction('journal.plan', ParticipantRef),
  followup: cardAction('journal.followup', ParticipantRef),
  exit: cardAction('journal.exit', ParticipantRef),
  rating: cardAction(
    'journal.rating',
    ParticipantRef.extend({ sessionId: z.string().min(1).max(100).optional() }),
  ),
} as const;
