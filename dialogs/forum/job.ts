import type { Job } from '../context';
import { notifyOwner } from './notices';

/** Every open action, whatever its due date (ISO dates compare as text). */
const ANY_DUE = '9999-12-31';

/**
 * Tells each open action's owner in personal chat: at once when given it (also when the first try
 * found no personal chat), a few days before the due date, and when it falls due — each once
 * (dispatch claims), also for what fell due while the bot was down. An owner the bot has no
 * personal chat with yet is not claimed, so the notice goes out once they have one. After the
 * consent is withdrawn only the participant's own caseworker is still told (domain mayRemind), and
 * an owner who is no longer a member of the forum's team is not told at all.
 */
export const forumReminderJob: Job = {
  name: 'forum.reminders',
  async run(deps, now) {
    for (const action of await deps.store.forums.openDueBy(ANY_DUE)) {
      if (action.ownerId === null) continue;
      await notifyOwner(deps, action, now);
    }
  },
};
