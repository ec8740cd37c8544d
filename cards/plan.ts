// The activity plan card (handlingsplan), for the case owner. Pure: data and strings in, card out.
// The follow-up, catalogue and read-only summary cards are in their own files, re-exported here.
import type { ActivityType } from '../domain/activities';
import type { ActivityPlan, PlanActivity } from '../domain/model';
import type { Department, IsoDate, Locale } from '../domain/types';
import { journalActions } from './journal-actions';
import type { Strings } from './locales';
import {
  card,
  container,
  errorBanner,
  facts,
  heading,
  notice,
  showCard,
  subheading,
  text,
  type Action,
  type AdaptiveCard,
  type Element,
} from './core';
import { planActions } from './plan-actions';
import { activityName, addForm, departmentName, editForm, goalForm } from './plan-parts';

export { activityName, departmentName } from './plan-parts';
export { followUpCard, type FollowUpView } from './followup';
export { catalogueCard, type CatalogueView } from './catalogue';
export { planSummaryCard, planSummaryElements, type PlanSummaryView } from './plan-summary';

export interface PlanHistoryLine {
  at: string;
  who: string;
  change: string;
}

export interface PlanView {
  participantId: string;
  code: string;
  /** Shown to the owner only, never with protected identity (the caller decides: domain/access displayName). */
  name: string | null;
  plan: ActivityPlan;
  activities: PlanActivity[];
  catalogue: ActivityType[];
  departments: Department[];
  locale: Locale;
  today: IsoDate;
  parallelNow: number;
  nudge: boolean;
  history: PlanHistoryLine[];
  /** The participant's exit date: the plan is closed ("Avslutad <datum>"). */
  exitDate?: IsoDate | null;
  /** Offer the journal text of this change (after a save). */
  journal?: 'plan' | 'followup';
  errors?: string[];
  notice?: string;
  /** Values entered on a form that failed, to draw it again with the errors. */
  form?: { kind: 'add' | 'edit' | 'goal'; n?: number; values: Record<string, string> };
}

const planData = (v: PlanView) => ({ participantId: v.participantId, rev: v.plan.rev });
const open = (v: PlanView) => ({ participantId: v.participantId });

/** When an activity ran, in words: start, planned end, and the actual end (completed or cancelled). */
export function activityDates(a: PlanActivity, t: Strings): string {
  const parts = [a.startDate ? t.plan.startedOn(a.startDate) : t.plan.noStart];
  if (a.plannedEndDate && !a.endDate) parts.push(t.plan.plannedEndOn(a.plannedEndDate));
  if (a.endDate)
    parts.push(
      a.status === 'cancelled' ? t.plan.cancelledOn(a.endDate) : t.plan.endedOn(a.endDate),
    );
  return parts.join(' · ');
}

/**
 * One activity as stacked lines (readable at 360 px): name, department and status, dates, the
 * responsible person and a cancel reason; its edit form under a button of its own.
 */
function activityBlock(v: PlanView, a: PlanActivity, t: Strings): Element {
  const name = activityName(a, v.catalogue, v.locale, t);
  const status =
    a.status === 'cancelled' && a.cancelReason
      ? `${t.plan.status[a.status]}: ${a.cancelReason}`
      : t.plan.status[a.status];
  return container(
    [
      text(name, { weight: 'Bolder' }),
      text(`${departmentName(a.departmentId, v.departments, v.locale)} · ${status}`, {
        spacing: 'None',
      }),
      text(activityDates(a, t), { spacing: 'None', isSubtle: true }),
      a.responsible
        ? text(`${t.plan.col.responsible}: ${a.responsible}`, { spacing: 'None', isSubtle: true })
        : null,
      // The edit form is drawn on request (one round trip), so a long plan stays a small card.
      {
        type: 'ActionSet',
        actions: [
          planActions.editActivity.button(t.plan.editActivity(name), {
            ...planData(v),
            activityId: a.id,
          }),
        ],
      },
    ],
    { separator: true },
  );
}

function historyBlock(v: PlanView, t: Strings): Element {
  if (v.history.length === 0) return text(t.plan.noHistory, { isSubtle: true });
  return container(
    v.history
      .slice(-10)
      .map((h) =>
        text(t.plan.historyLine(h.at, h.who, h.change), { isSubtle: true, spacing: 'None' }),
      ),
  );
}

function planFacts(v: PlanView, t: Strings): Element {
  return facts([
    [t.plan.goal, v.plan.goal ? t.plan.goals[v.plan.goal] : t.plan.noGoal],
    ...(v.plan.ownWords ? [[t.plan.ownWords, v.plan.ownWords] as [string, string]] : []),
    [
      t.plan.nextFollowUp,
      v.exitDate ? t.plan.exited(v.exitDate) : (v.plan.nextFollowUp ?? t.plan.noFollowUp),
    ],
  ]);
}

/** The owner's plan: goal, activities, parallel count, BIP nudge, next follow-up, history, and the edit forms. */
export function planCard(v: PlanView, t: Strings): AdaptiveCard {
  // A form that failed is drawn open, with its errors and what was typed.
  if (v.form) return planFormCard(v, t);
  const isOpen = !v.exitDate;
  return card(
    [
      heading(t.plan.title(v.code), v.name ?? undefined),
      errorBanner(v.errors),
      v.notice ? notice(v.notice, 'good') : null,
      v.exitDate ? notice(`${t.plan.exited(v.exitDate)}. ${t.plan.exitedNote}`, 'emphasis') : null,
      planFacts(v, t),
      isOpen ? text(t.plan.parallelNow(v.parallelNow), { weight: 'Bolder' }) : null,
      v.nudge ? notice(t.plan.nudge, 'warning') : null,
      subheading(t.plan.activities),
      v.activities.length === 0 ? text(t.plan.noActivities, { isSubtle: true }) : null,
      ...v.activities.map((a) => activityBlock(v, a, t)),
      subheading(t.plan.history),
      historyBlock(v, t),
    ],
    [
      isOpen
        ? showCard(
            t.plan.addActivity,
            card(addForm(v, t), [planActions.addActivity.button(t.plan.save, planData(v))]),
          )
        : null,
      isOpen
        ? showCard(
            t.plan.editGoal,
            card(goalForm(v, t), [planActions.saveGoal.button(t.plan.save, planData(v))]),
          )
        : null,
      isOpen ? planActions.openFollowUp.button(t.plan.followUp.start, open(v)) : null,
      v.journal ? journalActions[v.journal].button(t.plan.journal, open(v)) : null,
    ],
  );
}

/** The failed form's fields, title and save button. */
function failedForm(v: PlanView, t: Strings): { body: Element[]; title: string; save: Action } {
  const f = v.form!;
  const a = f.n !== undefined ? v.activities[f.n] : undefined;
  if (f.kind === 'edit' && a)
    return {
      body: editForm(v, a, f.n!, t, f.values),
      title: t.plan.editActivity(activityName(a, v.catalogue, v.locale, t)),
      save: planActions.saveActivity.button(t.plan.save, {
        ...planData(v),
        activityId: a.id,
        n: f.n!,
      }),
    };
  if (f.kind === 'add')
    return {
      body: addForm(v, t, f.values),
      title: t.plan.addActivity,
      save: planActions.addActivity.button(t.plan.save, planData(v)),
    };
  return {
    body: goalForm(v, t, f.values),
    title: t.plan.editGoal,
    save: planActions.saveGoal.button(t.plan.save, planData(v)),
  };
}

function planFormCard(v: PlanView, t: Strings): AdaptiveCard {
  const f = failedForm(v, t);
  return card(
    [heading(t.plan.title(v.code), f.title), errorBanner(v.errors), ...f.body],
    [f.save, planActions.open.button(t.common.back, open(v))],
  );
}
