// Telling an action's owner, in personal chat: at once when given it, a few days before the due
// date, and on it (domain/forum.ts noticeDue). Each notice is sent once (sendOnce, noticeKey).
import { reminderCard } from '../../cards/forum';
import { strings } from '../../cards/locales';
import { isoDateAt } from '../../domain/dates';
import { isOverdue, mayRemind, noticeDue, noticeKey } from '../../domain/forum';
import type { ForumActionRow } from '../../store/forums';
import type { JobDeps } from '../context';
import { sendOnce } from '../jobs';
import { deptName, serviceUrlOf } from './common';
import { isTeamMember } from './roster';

/** Sends the owner the notice due today for this action, if any and not sent yet. */
export async function notifyOwner(deps: JobDeps, action: ForumActionRow, now: Date): Promise<void> {
  const { store, config, log, notify } = deps;
  const today = isoDateAt(now);
  const decidedOn = isoDateAt(new Date(action.createdAt));
  const kind = noticeDue({ ...action, decidedOn }, today);
  if (!kind || !action.ownerId) return;
  const ownerId = action.ownerId;
  // Sent already: nothing to read or ask Teams about (every open action is looked at every minute).
  const key = noticeKey(kind, action);
  if ((await store.dispatches.status(key))?.status === 'sent') return;
  if (!(await store.conversations.personal(ownerId))) return;
  const p = await store.participants.get(action.participantId);
  const forum = await store.forums.get(action.forumId);
  const meeting = await store.forums.meeting(action.meetingId);
  if (!p || !forum || !meeting) return;
  if (!mayRemind(ownerId, p, await store.consents.latest(p.id), forum.departments, today)) return;
  // Someone who has left the forum's team is not told about its cases (asked again at the next tick).
  const url = await serviceUrlOf({ store }, forum);
  if (!url || !(await isTeamMember(config, url, forum.teamId, ownerId))) return;
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
      kind,
      meetingDate: meeting.date,
    },
    t,
  );
  const title = {
    assigned: t.forum.assignedTitle,
    soon: t.forum.soonTitle,
    due: t.forum.reminderTitle,
  };
  await sendOnce(deps, 'forum.reminders', now, {
    key,
    send: () => notify.toUser(ownerId, card, title[kind]),
    after: async () => {
      await store.audit.write(
        {
          actorId: 'system',
          action: kind === 'assigned' ? 'forum.action.notify' : 'forum.action.remind',
          participantId: action.participantId,
          detail: { actionId: action.id, code: p.code, notice: kind },
        },
        now,
      );
      log.info({ actionId: action.id, notice: kind }, 'forum action notice sent');
    },
  });
}
