// The follow-up card (uppföljning): the current activities, what the participant thinks of each,
// continue or end, a new activity, the Swedish level and the next date. Pure.
import type { ActivityType } from '../domain/activities';
import { daysBetween } from '../domain/dates';
import type { ActivityPlan, PlanActivity } from '../domain/model';
import { SWEDISH_LEVELS } from '../domain/plan';
import type { IsoDate, Locale } from '../domain/types';
import type { Strings } from './locales';
import {
  card,
  choiceInput,
  container,
  dateInput,
  errorBanner,
  heading,
  notice,
  subheading,
  text,
  textInput,
  type AdaptiveCard,
  NO_CHOICE,
} from './core';
import { planActions } from './plan-actions';
import { activityName, typeChoices } from './plan-parts';

export interface FollowUpView {
  participantId: string;
  code: string;
  plan: ActivityPlan;
  /** The current activities (planned, ongoing, paused) to go through. */
  activities: PlanActivity[];
  catalogue: ActivityType[];
  locale: Locale;
  today: IsoDate;
  dueDate: IsoDate;
  suggestedNext: IsoDate;
  errors?: string[];
  notice?: string;
  values?: Record<string, string>;
}

/** The follow-up card the owner gets on the follow-up date: activities, opinions, add/end, Swedish level, next date. */
export function followUpCard(v: FollowUpView, t: Strings): AdaptiveCard {
  const f = t.plan.followUp;
  const val = (k: string) => v.values?.[k];
  return card(
    [
      heading(f.title(v.code)),
      errorBanner(v.errors),
      v.notice ? notice(v.notice, 'warning') : null,
      v.dueDate < v.today
        ? notice(f.late(v.dueDate, daysBetween(v.dueDate, v.today)), 'warning')
        : null,
      v.dueDate > v.today ? notice(f.early(v.dueDate), 'accent') : null,
      text(f.intro(v.dueDate)),
      v.activities.length === 0 ? text(f.noActivities, { isSubtle: true }) : null,
      ...v.activities.map((a, n) =>
        container(
          [
            subheading(`${activityName(a, v.catalogue, v.locale, t)} – ${t.plan.status[a.status]}`),
            textInput(
              `opinion_${n}`,
              f.opinion(activityName(a, v.catalogue, v.locale, t)),
              val(`opinion_${n}`),
              { multiline: true, maxLength: 500 },
            ),
            choiceInput(
              `decision_${n}`,
              f.decision,
              [
                { title: f.keep, value: 'keep' },
                { title: f.complete, value: 'completed' },
                { title: f.cancel, value: 'cancelled' },
              ],
              val(`decision_${n}`) ?? 'keep',
            ),
            textInput(`reason_${n}`, f.cancelReason, val(`reason_${n}`), { maxLength: 200 }),
          ],
          { separator: true },
        ),
      ),
      subheading(f.addNew),
      choiceInput(
        'newType',
        t.plan.type,
        [{ title: f.noNew, value: NO_CHOICE }, ...typeChoices(v.catalogue, v.locale, t)],
        val('newType') ?? NO_CHOICE,
      ),
      dateInput('newStart', f.newStart, val('newStart') ?? v.today),
      choiceInput(
        'level',
        f.swedishLevel,
        [
          { title: f.noLevel, value: NO_CHOICE },
          ...SWEDISH_LEVELS.map((l) => ({ title: f.levels[l]!, value: l })),
        ],
        val('level') ?? NO_CHOICE,
      ),
      dateInput('nextFollowUp', t.plan.nextFollowUp, val('nextFollowUp') ?? v.suggestedNext, {
        min: v.today,
      }),
    ],
    [
      planActions.saveFollowUp.button(f.save, {
        participantId: v.participantId,
        rev: v.plan.rev,
        dueDate: v.dueDate,
      }),
      planActions.open.button(t.plan.open, { participantId: v.participantId }),
    ],
  );
}
