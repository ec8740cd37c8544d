// The plan's goal, the participant's own words and the next follow-up date (plan card form).
import { z } from 'zod';
import { planCard } from '../../cards/plan';
import { isValidIsoDate, today } from '../../domain/dates';
import { followUpProblem, goalChanges } from '../../domain/plan';
import type { PlanRef } from '../../cards/plan-actions';
import { optDate, optEnum, optText, stringValues } from './common';
import { fieldErrors, problemText } from './errors';
import { changePlan, savedCard, withOwnPlan } from './own';
import { planView } from './view';

const GoalInput = z.object({
  goal: optEnum(['work', 'studies', 'step']),
  ownWords: optText(500),
  nextFollowUp: optDate,
});

export const saveGoal = withOwnPlan<typeof PlanRef>('plan.goal', async (ctx, own) => {
  const { p, plan, raw } = own;
  const again = async (errors: string[]) =>
    planCard(
      await planView(ctx, p, { errors, form: { kind: 'goal', values: stringValues(raw) } }),
      ctx.t,
    );
  const input = GoalInput.safeParse(raw);
  if (!input.success) return again(fieldErrors(ctx, input.error));
  const f = input.data;
  const errors: string[] = [];
  if (f.nextFollowUp && !isValidIsoDate(f.nextFollowUp))
    errors.push(ctx.t.plan.errors.date(ctx.t.plan.nextFollowUp));
  const fp = followUpProblem(f.nextFollowUp, today(ctx.clock));
  if (fp) errors.push(problemText(ctx, fp));
  if (errors.length) return again(errors);
  const after = {
    goal: f.goal as 'work' | 'studies' | 'step' | null,
    ownWords: f.ownWords,
    nextFollowUp: f.nextFollowUp,
  };
  const ok = await changePlan(ctx, p, own.ref.rev, after, async (s) => {
    // Goal and follow-up date are told apart in the history: one line for each that changed.
    for (const change of goalChanges(plan, after))
      await s.plans.record({
        participantId: p.id,
        actorId: ctx.actor.id,
        change,
        activityId: null,
        detail: change === 'goal.change' ? { goal: f.goal } : { nextFollowUp: f.nextFollowUp },
        at: ctx.clock.now().toISOString(),
      });
  });
  return savedCard(ctx, p, ok);
});
