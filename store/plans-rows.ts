// How the rows of the plan and exit tables (store/rows.ts, migration 003) become the domain's
// types: one mapper per table, used by every query of store/plans.ts.
import type { ActivityType } from '../domain/activities';
import type { ActivityPlan, Exit, FollowUp, PlanActivity, PlanChange } from '../domain/model';
import type {
  ActivityTypeDbRow,
  ExitDbRow,
  FollowUpDbRow,
  PlanActivityDbRow,
  PlanDbRow,
  PlanHistoryDbRow,
} from './rows';

export const toPlan = (r: PlanDbRow): ActivityPlan => ({
  participantId: r.participant_id,
  goal: r.goal ?? null,
  ownWords: r.own_words ?? null,
  nextFollowUp: r.next_follow_up ?? null,
  rev: Number(r.rev),
  updatedAt: r.updated_at,
});

export const toActivity = (r: PlanActivityDbRow): PlanActivity => ({
  id: r.id,
  participantId: r.participant_id,
  typeId: r.type_id ?? null,
  customName: r.custom_name ?? null,
  kind: r.kind,
  departmentId: r.department_id,
  responsible: r.responsible ?? null,
  startDate: r.start_date ?? null,
  plannedEndDate: r.planned_end_date ?? null,
  endDate: r.end_date ?? null,
  status: r.status,
  cancelReason: r.cancel_reason ?? null,
});

export const toChange = (r: PlanHistoryDbRow): PlanChange => ({
  id: r.id,
  participantId: r.participant_id,
  at: r.at,
  actorId: r.actor_id,
  change: r.change,
  activityId: r.activity_id ?? null,
  detail: JSON.parse(r.detail),
});

export const toFollowUp = (r: FollowUpDbRow): FollowUp => ({
  id: r.id,
  participantId: r.participant_id,
  dueDate: r.due_date ?? null,
  heldOn: r.held_on,
  swedishLevel: r.swedish_level ?? null,
  opinions: JSON.parse(r.opinions),
  nextFollowUp: r.next_follow_up ?? null,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

export const toType = (r: ActivityTypeDbRow): ActivityType => ({
  id: r.id,
  name: { sv: r.name_sv, en: r.name_en },
  kind: r.kind,
  departmentId: r.department_id,
  retired: !!Number(r.retired),
});

export const toExit = (r: ExitDbRow): Exit => ({
  participantId: r.participant_id,
  date: r.exit_date,
  outcome: r.outcome,
  nextStep: !!Number(r.next_step),
  noNextStepReason: r.no_next_step_reason ?? null,
  supportAtExit: r.support_at_exit ?? null,
  selfSupportAfter6m:
    r.self_support_after_6m === null || r.self_support_after_6m === undefined
      ? null
      : !!Number(r.self_support_after_6m),
  nextStepWith: r.next_step_with ?? null,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
  selfSupportRecordedAt: r.self_support_recorded_at ?? null,
});
