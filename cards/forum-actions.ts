// The case forum's card actions, each defined once (cards/actions.ts): the cards draw their buttons
// from these and dialogs/forum routes them.
import { z } from 'zod';
import { cardAction } from './actions';

const id = z.string().trim().min(1).max(100);
const meeting = z.object({ meetingId: id });
const forumCase = z.object({ caseId: id });

export const forumActions = {
  setup: cardAction('forum.setup', z.object({})),
  startMeeting: cardAction('forum.meeting.start', z.object({ forumId: id })),
  /** Asks first: what closing does, and that the meeting's date has not come yet. */
  askClose: cardAction('forum.meeting.close.ask', meeting),
  closeMeeting: cardAction('forum.meeting.close', meeting),
  showAgenda: cardAction('forum.agenda.show', meeting),
  refreshAgenda: cardAction('forum.agenda.refresh', meeting),
  /** From the agenda (meetingId; the participant is the card's input) or personal chat (the reverse). */
  addCase: cardAction(
    'forum.case.add',
    z.object({ meetingId: id.optional(), participantId: id.optional() }),
  ),
  openCase: cardAction('forum.case.open', forumCase),
  refreshCase: cardAction('forum.case.refresh', forumCase),
  addAction: cardAction(
    'forum.action.add',
    z.object({ caseId: id, rev: z.coerce.number().int().min(1) }),
  ),
  markDone: cardAction('forum.action.done', z.object({ actionId: id })),
  showMinutes: cardAction('forum.minutes.show', meeting),
};
