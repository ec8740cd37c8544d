import { randomUUID } from 'node:crypto';
import {
  DEFAULT_ACTIVITY_TYPES,
  mergeActivityTypes,
  type ActivityType,
} from '../domain/activities';
import type { ActivityPlan, FollowUp, PlanActivity, PlanChange } from '../domain/model';
import { notSent } from './core';
import { Figures } from './figures';
import { Repository } from './repository';
import type {
  ActivityTypeDbRow,
  FollowUpDbRow,
  PlanActivityDbRow,
  PlanDbRow,
  PlanHistoryDbRow,
} from './rows';
import { toActivity, toChange, toFollowUp, toPlan, toType } from './plans-rows';

export type PlanPatch = Partial<Pick<ActivityPlan, 'goal' | 'ownWords' | 'nextFollowUp'>>;
export type NewPlanActivity = Omit<PlanActivity, 'id'>;
export type ActivityPatch = Partial<Omit<PlanActivity, 'id' | 'participantId'>>;

const ACTIVITY_COLUMNS: Record<keyof ActivityPatch, string> = {
  typeId: 'type_id',
  customName: 'custom_name',
  kind: 'kind',
  departmentId: 'department_id',
  responsible: 'responsible',
  startDate: 'start_date',
  plannedEndDate: 'planned_end_date',
  endDate: 'end_date',
  status: 'status',
  cancelReason: 'cancel_reason',
};

/**
 * Activity plans (one per participant), their activities, history, follow-ups and the admin's
 * activity catalogue. Every change of a plan or its activities goes through `bump` first: the
 * plan's rev moves only from the rev the card was drawn at (compare-and-set), so a stale card
 * changes nothing. Call them inside one `store.transaction`.
 */
export class Plans extends Repository {
  async planFor(participantId: string): Promise<ActivityPlan | undefined> {
    const r = await this.db.get<PlanDbRow>('SELECT * FROM plans WHERE participant_id = ?', [
      participantId,
    ]);
    return r && toPlan(r);
  }
  async allPlans(): Promise<ActivityPlan[]> {
    return (await this.db.all<PlanDbRow>('SELECT * FROM plans ORDER BY participant_id')).map(
      toPlan,
    );
  }
  /** The plan, created empty (rev 1) the first time it is opened. */
  async ensurePlan(participantId: string, actorId: string): Promise<ActivityPlan> {
    await this.db.run(
      'INSERT INTO plans (participant_id, goal, own_words, next_follow_up, rev, updated_at, updated_by) VALUES (?, NULL, NULL, NULL, 1, ?, ?) ON CONFLICT (participant_id) DO NOTHING',
      [participantId, this.now(), actorId],
    );
    return (await this.planFor(participantId))!;
  }
  /** Moves the plan to rev+1 from `expectedRev`, applying the patch; undefined when the plan moved since. */
  async bump(
    participantId: string,
    expectedRev: number,
    actorId: string,
    patch: PlanPatch = {},
  ): Promise<ActivityPlan | undefined> {
    const sets: string[] = [];
    const values: (string | null)[] = [];
    if ('goal' in patch) {
      sets.push('goal = ?');
      values.push(patch.goal ?? null);
    }
    if ('ownWords' in patch) {
      sets.push('own_words = ?');
      values.push(patch.ownWords ?? null);
    }
    if ('nextFollowUp' in patch) {
      sets.push('next_follow_up = ?');
      values.push(patch.nextFollowUp ?? null);
    }
    const n = await this.db.run(
      `UPDATE plans SET ${[...sets, 'rev = rev + 1', 'updated_at = ?', 'updated_by = ?'].join(', ')} WHERE participant_id = ? AND rev = ?`,
      [...values, this.now(), actorId, participantId, expectedRev],
    );
    return n > 0 ? this.planFor(participantId) : undefined;
  }
  /**
   * What the follow-up reminder job may have to send: plans whose next follow-up is on or before the
   * date, of participants not exited, with no sent dispatch `${keyPrefix}${participant id}:${date}`
   * (dialogs/plan/reminder.ts followUpKey builds its keys so).
   */
  async followUpsToRemind(onOrBefore: string, keyPrefix: string): Promise<ActivityPlan[]> {
    return (
      await this.offLoop<PlanDbRow>(
        `SELECT pl.* FROM plans pl JOIN participants p ON p.id = pl.participant_id AND p.end_date IS NULL
         WHERE pl.next_follow_up IS NOT NULL AND pl.next_follow_up <= ?
           AND ${notSent(`? || pl.participant_id || ':' || pl.next_follow_up`)}
         ORDER BY pl.next_follow_up, pl.participant_id`,
        [onOrBefore, keyPrefix],
      )
    ).map(toPlan);
  }

  // ---------------------------------------------------------------- activities

  async activitiesFor(participantId: string): Promise<PlanActivity[]> {
    const rows = await this.db.all<PlanActivityDbRow>(
      'SELECT * FROM plan_activities WHERE participant_id = ? ORDER BY created_at, id',
      [participantId],
    );
    return rows.map(toActivity);
  }
  async allActivities(): Promise<PlanActivity[]> {
    return (
      await this.db.all<PlanActivityDbRow>(
        'SELECT * FROM plan_activities ORDER BY participant_id, created_at, id',
      )
    ).map(toActivity);
  }
  async activity(id: string): Promise<PlanActivity | undefined> {
    const r = await this.db.get<PlanActivityDbRow>('SELECT * FROM plan_activities WHERE id = ?', [
      id,
    ]);
    return r && toActivity(r);
  }
  /** Adds an activity; its figure facts are written in the same transaction. */
  async addActivity(a: NewPlanActivity): Promise<PlanActivity> {
    return this.db.transaction((tx) => new Plans(tx, this.clock).insertActivity(a));
  }
  private async insertActivity(a: NewPlanActivity): Promise<PlanActivity> {
    const id = randomUUID();
    const t = this.now();
    await this.db.run(
      `INSERT INTO plan_activities (id, participant_id, type_id, custom_name, kind, department_id, responsible, start_date,
         planned_end_date, end_date, status, cancel_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        a.participantId,
        a.typeId,
        a.customName,
        a.kind,
        a.departmentId,
        a.responsible,
        a.startDate,
        a.plannedEndDate,
        a.endDate,
        a.status,
        a.cancelReason,
        t,
        t,
      ],
    );
    await new Figures(this.db, this.clock).refreshActivity(id);
    return (await this.activity(id))!;
  }
  /** Changes an activity; its figure facts are written in the same transaction. */
  async updateActivity(id: string, patch: ActivityPatch): Promise<PlanActivity | undefined> {
    return this.db.transaction((tx) => new Plans(tx, this.clock).changeActivity(id, patch));
  }
  private async changeActivity(
    id: string,
    patch: ActivityPatch,
  ): Promise<PlanActivity | undefined> {
    const keys = (Object.keys(patch) as (keyof ActivityPatch)[]).filter(
      (k) => k in ACTIVITY_COLUMNS,
    );
    if (keys.length === 0) return this.activity(id);
    await this.db.run(
      `UPDATE plan_activities SET ${[...keys.map((k) => `${ACTIVITY_COLUMNS[k]} = ?`), 'updated_at = ?'].join(', ')} WHERE id = ?`,
      [...keys.map((k) => (patch[k] ?? null) as string | null), this.now(), id],
    );
    await new Figures(this.db, this.clock).refreshActivity(id);
    return this.activity(id);
  }

  // ---------------------------------------------------------------- history

  /** Writes a history line; `at` is the bot clock's now (defaults to the system clock). */
  async record(c: Omit<PlanChange, 'id' | 'at'> & { at?: string }): Promise<void> {
    // seq orders the lines of one plan even when two share a timestamp.
    await this.db.run(
      `INSERT INTO plan_history (id, participant_id, seq, at, actor_id, change, activity_id, detail)
       SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ? FROM plan_history WHERE participant_id = ?`,
      [
        randomUUID(),
        c.participantId,
        c.at ?? this.now(),
        c.actorId,
        c.change,
        c.activityId,
        JSON.stringify(c.detail),
        c.participantId,
      ],
    );
  }
  async history(participantId: string): Promise<PlanChange[]> {
    return (
      await this.db.all<PlanHistoryDbRow>(
        'SELECT * FROM plan_history WHERE participant_id = ? ORDER BY seq',
        [participantId],
      )
    ).map(toChange);
  }

  // ---------------------------------------------------------------- follow-ups

  async addFollowUp(f: Omit<FollowUp, 'id' | 'recordedAt'>): Promise<FollowUp> {
    const id = randomUUID();
    await this.db.run(
      'INSERT INTO plan_followups (id, participant_id, due_date, held_on, swedish_level, opinions, next_follow_up, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        id,
        f.participantId,
        f.dueDate,
        f.heldOn,
        f.swedishLevel,
        JSON.stringify(f.opinions),
        f.nextFollowUp,
        f.recordedBy,
        this.now(),
      ],
    );
    return toFollowUp(
      (await this.db.get<FollowUpDbRow>('SELECT * FROM plan_followups WHERE id = ?', [id]))!,
    );
  }
  async followUpsFor(participantId: string): Promise<FollowUp[]> {
    return (
      await this.db.all<FollowUpDbRow>(
        'SELECT * FROM plan_followups WHERE participant_id = ? ORDER BY held_on, recorded_at',
        [participantId],
      )
    ).map(toFollowUp);
  }

  // ---------------------------------------------------------------- catalogue

  /** The catalogue: the defaults of domain.md overlaid with the admin's rows (retired included). */
  async catalogue(): Promise<ActivityType[]> {
    const rows = (
      await this.db.all<ActivityTypeDbRow>('SELECT * FROM activity_types ORDER BY id')
    ).map(toType);
    return mergeActivityTypes(DEFAULT_ACTIVITY_TYPES, rows);
  }
  async saveType(t: ActivityType, actorId: string): Promise<void> {
    await this.db.run(
      `INSERT INTO activity_types (id, name_sv, name_en, kind, department_id, retired, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name_sv = excluded.name_sv, name_en = excluded.name_en, kind = excluded.kind,
         department_id = excluded.department_id, retired = excluded.retired, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [t.id, t.name.sv, t.name.en, t.kind, t.departmentId, t.retired ? 1 : 0, actorId, this.now()],
    );
  }
}
