// The follow-up reminder: on the plan's next follow-up date the owner gets the follow-up card.
import { localeOf, strings } from '../../cards/locales';
import { followUpCard } from '../../cards/plan';
import { isoDateAt } from '../../domain/dates';
import { followUpReminderDue } from '../../domain/plan';
import type { Job } from '../context';
import { sendOnce } from '../jobs';
import { followUpViewOf } from './view';

/** The dispatch key of a follow-up reminder: one per participant and due date. */
const FOLLOW_UP_KEY = 'followup:';
export const followUpKey = (participantId: string, due: string) =>
  `${FOLLOW_UP_KEY}${participantId}:${due}`;

/**
 * On the plan's next follow-up date (Stockholm), the owner gets the follow-up card in personal
 * chat. Claimed once per participant and due date: also sent when the bot was down at the due
 * time (the next tick finds it still due, and the card says it is late), never twice. Exited
 * participants get no reminder. A follow-up held ahead (`uppföljning <kod>`) moved the date on.
 */
export const followUpJob: Job = {
  name: 'plan.followup',
  async run(deps, now) {
    const day = isoDateAt(now);
    // Only what is due and not yet sent: a tick does not read every overdue plan of a region again.
    for (const plan of await deps.store.plans.followUpsToRemind(day, FOLLOW_UP_KEY)) {
      const p = await deps.store.participants.get(plan.participantId);
      if (!p || !followUpReminderDue(p, plan, day)) continue;
      const due = plan.nextFollowUp!;
      const locale = localeOf((await deps.store.users.get(p.ownerId))?.locale);
      const t = strings(locale);
      await sendOnce(deps, 'plan.followup', now, {
        key: followUpKey(p.id, due),
        send: async () =>
          deps.notify.toUser(
            p.ownerId,
            followUpCard(await followUpViewOf(deps.store, p, locale, day, due), t),
            t.plan.followUp.summary(p.code),
          ),
        after: () =>
          deps.store.audit.write(
            {
              actorId: 'system',
              action: 'plan.followup.remind',
              participantId: p.id,
              detail: { code: p.code, due },
            },
            now,
          ),
      });
    }
  },
};
