// A read-only plan by code, for the case forum. Pure.
import type { ActivityType } from '../domain/activities';
import type { ActivityPlan, PlanActivity } from '../domain/model';
import { isCurrent, sharedActivityName } from '../domain/plan';
import type { Department, IsoDate, Locale } from '../domain/types';
import type { Strings } from './locales';
import {
  card,
  facts,
  stackedRows,
  subheading,
  text,
  type AdaptiveCard,
  type Element,
} from './core';
import { activityName, departmentName } from './plan-parts';

export interface PlanSummaryView {
  code: string;
  goal: ActivityPlan['goal'];
  nextFollowUp: IsoDate | null;
  activities: PlanActivity[];
  catalogue: ActivityType[];
  departments: Department[];
  locale: Locale;
  parallelNow: number;
}

/**
 * A read-only plan by code only, for others with a consent-based view (the case forum): no name,
 * no free text (own words, free activity names, cancel reasons, responsible person) and no health
 * details (a health activity is left out). Only current activities are listed.
 */
export function planSummaryElements(v: PlanSummaryView, t: Strings): Element[] {
  const s = t.plan.summary;
  const label = (a: PlanActivity) => {
    const shared = sharedActivityName(a);
    if (shared?.as === 'kind') return s.ownActivity(t.plan.kind[shared.kind]);
    return activityName(a, v.catalogue, v.locale, t);
  };
  // Health activities are not shown to others at all (domain/forum.ts shareableActivity).
  const current = v.activities.filter((a) => isCurrent(a) && sharedActivityName(a) !== null);
  return [
    subheading(s.title(v.code)),
    facts([
      [t.plan.goal, v.goal ? t.plan.goals[v.goal] : t.plan.noGoal],
      [t.plan.nextFollowUp, v.nextFollowUp ?? t.plan.noFollowUp],
    ]),
    text(t.plan.parallelNow(v.parallelNow)),
    current.length === 0
      ? text(t.plan.noActivities, { isSubtle: true })
      : stackedRows(
          [t.plan.col.activity, t.plan.col.department, t.plan.col.status],
          current.map((a) => [
            label(a),
            departmentName(a.departmentId, v.departments, v.locale),
            t.plan.status[a.status],
          ]),
        ),
  ];
}

export function planSummaryCard(v: PlanSummaryView, t: Strings): AdaptiveCard {
  return card(planSummaryElements(v, t));
}
