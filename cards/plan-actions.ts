// The card actions of the activity plan, the follow-up and the catalogue: each verb and the data its
// button carries, defined once for the card that draws the button and the route that answers it.
import { z } from 'zod';
import { ISO_DATE } from '../domain/dates';
import { cardAction } from './actions';

const Id = z.string().min(1).max(100);
const Rev = z.coerce.number().int().min(1);
const IsoDay = z.string().regex(ISO_DATE);

/** Which participant, and the plan's rev when the card was drawn. */
export const PlanRef = z.object({ participantId: Id, rev: Rev });
export const ParticipantRef = z.object({ participantId: Id });

export const planActions = {
  open: cardAction('plan.open', ParticipantRef),
  addActivity: cardAction('plan.activity.add', PlanRef),
  editActivity: cardAction('plan.activity.edit', PlanRef.extend({ activityId: Id })),
  saveActivity: cardAction(
    'plan.activity.save',
    PlanRef.extend({ activityId: Id, n: z.coerce.number().int().min(0).max(200) }),
  ),
  saveGoal: cardAction('plan.goal.save', PlanRef),
  openFollowUp: cardAction('plan.followup.open', ParticipantRef),
  saveFollowUp: cardAction('plan.followup.save', PlanRef.extend({ dueDate: IsoDay })),
  catalogueAdd: cardAction('plan.catalogue.add', z.object({})),
  catalogueSave: cardAction('plan.catalogue.save', z.object({ typeId: z.string().min(1).max(40) })),
} as const;

export const exitActions = {
  /** The exit form, or the recorded exit with its correction form (from the participant card). */
  open: cardAction('exit.open', z.object({ code: z.string().trim().min(1).max(20) })),
  save: cardAction('exit.save', PlanRef),
  correct: cardAction('exit.correct', PlanRef),
  selfSupport: cardAction(
    'exit.selfsupport',
    z.object({ participantId: Id, value: z.enum(['yes', 'no']) }),
  ),
} as const;
