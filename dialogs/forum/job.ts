import { reminderCard } from '../../cards/forum';
import { strings } from '../../cards/locales';
import { isoDateAt } from '../../domain/dates';
import { dueForReminder, isOverdue, mayRemind, reminderKey } from '../../domain/forum';
import type { Job } from '../context';
import { deptName, serviceUrlOf } from './common';
import { isTeamMember } from './roster';

/**
 * Reminds each action's owner in personal chat when the action falls due: once per action and due
 * date (a dispatch claim), also for what fell due while the bot was down. An owner the bot has no
 * personal chat with yet is not claimed, so the reminder goes out once they have one. After the
 * consent is withdrawn only the participant's own caseworker is still reminded (domain mayRemind),
 * and an owner who is no longer a member of the forum's team is not reminded at all.
 */
export const forumReminderJob: Job = {
  name: 'forum.reminders',
  async run({ store, config, log, notify }, now) {
    const today = isoDateAt(now);
    for (const action of dueForReminder(await store.forums.openDueBy(today), today)) {
      const ownerId = action.ownerId!;
      if (!(await store.conversations.personal(ownerId))) continue;
      const p = await store.participants.get(action.participantId);
      const forum = await store.forums.get(action.forumId);
      if (
        !p ||
        !forum ||
        !mayRemind(ownerId, p, await store.consents.latest(p.id), forum.departments, today)
      )
        continue;
      // Someone who has left the forum's team is not told about its cases (asked again at the next tick).
      const url = await serviceUrlOf({ store }, forum);
      if (!url || !(await isTeamMember(config, url, forum.teamId, ownerId))) continue;
      const key = reminderKey(action);
      if (!(await store.dispatches.claim(key, now))) continue;
      try {
        const locale = (await store.users.get(ownerId))?.locale === 'en' ? 'en' : 'sv';
        const t = strings(locale);
        const card = reminderCard(
          {
            actionId: action.id,
            code: p.code,
            what: action.what,
            dept: deptName({ config }, action.departmentId, locale),
            due: action.due,
            overdue: isOverdue(action, today),
          },
          t,
        );
        await notify.toUser(ownerId, card, t.forum.reminderTitle);
        await store.dispatches.sent(key, now);
        await store.audit.write(
          {
            actorId: 'system',
            action: 'forum.action.remind',
            participantId: action.participantId,
            detail: { actionId: action.id, code: p.code },
          },
          now,
        );
        log.info({ actionId: action.id }, 'forum action reminder sent');
      } catch (err) {
        await store.dispatches.failed(key, (err as Error).message);
        log.warn(
          { actionId: action.id, err: (err as Error).message },
          'forum action reminder failed; retried next tick',
        );
      }
    }
  },
};
