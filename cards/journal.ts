// Journal texts: after a rating session, a follow-up, a plan change and an exit, a short plain text
// to copy into the municipality's journal system (Treserva, Lifecare, Combine, Viva). Samsyn is a
// working tool, not a second journal (domain.md "Records and rights"). No code (the journal knows
// the person), the caseworker's own words kept as written, in the caseworker's language. Pure.
import type { ActivityType } from '../domain/activities';
import type { ActivityPlan, Exit, FollowUp, PlanActivity, RatingSession } from '../domain/model';
import { fallsBetweenChairs, needsNextStep } from '../domain/outcomes';
import { isCurrent } from '../domain/plan';
import type { Department, IsoDate, Locale } from '../domain/types';
import { outcomeName } from './exit';
import type { Strings } from './locales';
import { card, heading, text, textInput, type Action, type AdaptiveCard } from './core';
import { activityDates } from './plan';
import { activityName, departmentName } from './plan-parts';

interface Names {
  catalogue: ActivityType[];
  departments: Department[];
  locale: Locale;
}

/** One activity as a journal line: name, department, status and dates; who, why, and what was said. */
function activityLines(a: PlanActivity, n: Names, t: Strings, opinion?: string): string[] {
  const j = t.journal;
  const lines = [
    j.activity(
      activityName(a, n.catalogue, n.locale, t),
      departmentName(a.departmentId, n.departments, n.locale),
      t.plan.status[a.status].toLowerCase(),
      activityDates(a, t),
    ),
  ];
  if (a.responsible) lines.push(j.responsible(a.responsible));
  if (a.status === 'cancelled' && a.cancelReason) lines.push(j.reason(a.cancelReason));
  if (opinion) lines.push(j.opinion(opinion));
  return lines;
}

export interface PlanJournalView extends Names {
  plan: ActivityPlan;
  activities: PlanActivity[];
  today: IsoDate;
  /** Today's history lines, worded (e.g. "lade till en insats: Praktik"). */
  changesToday: string[];
}

/** The plan as it stands after a change: goal, own words, current activities (and those ended today). */
export function planJournal(v: PlanJournalView, t: Strings): string {
  const j = t.journal.plan;
  const shown = v.activities.filter((a) => isCurrent(a) || a.endDate === v.today);
  const lines = [j.heading(v.today)];
  if (v.plan.goal) lines.push(j.goal(t.plan.goals[v.plan.goal]));
  if (v.plan.ownWords) lines.push(j.ownWords(v.plan.ownWords));
  lines.push(shown.length ? j.activities : j.none);
  for (const a of shown) lines.push(...activityLines(a, v, t));
  if (v.changesToday.length) lines.push(j.changes(v.changesToday.join('; ')));
  if (v.plan.nextFollowUp) lines.push(j.nextFollowUp(v.plan.nextFollowUp));
  return lines.join('\n');
}

export interface FollowUpJournalView extends Names {
  followUp: FollowUp;
  activities: PlanActivity[];
}

/** A follow-up: each activity gone through (kept or ended that day), what the participant said. */
export function followUpJournal(v: FollowUpJournalView, t: Strings): string {
  const j = t.journal;
  const f = v.followUp;
  const shown = v.activities.filter(
    (a) => f.opinions[a.id] !== undefined || isCurrent(a) || a.endDate === f.heldOn,
  );
  const lines = [j.followUp.heading(f.heldOn, f.dueDate ?? f.heldOn)];
  if (shown.length) lines.push(j.plan.activities);
  for (const a of shown) lines.push(...activityLines(a, v, t, f.opinions[a.id]));
  if (f.swedishLevel)
    lines.push(j.followUp.level(t.plan.followUp.levels[f.swedishLevel] ?? f.swedishLevel));
  if (f.nextFollowUp) lines.push(j.plan.nextFollowUp(f.nextFollowUp));
  return lines.join('\n');
}

export interface ExitJournalView extends Names {
  exit: Exit;
  /** Names of the activities the exit ended. */
  ended: string[];
}

export function exitJournal(v: ExitJournalView, t: Strings): string {
  const j = t.journal.exit;
  const x = v.exit;
  const lines = [j.heading(x.date, outcomeName(x.outcome, v.locale))];
  if (x.supportAtExit)
    lines.push(
      j.support(
        t.participants.support[x.supportAtExit as keyof typeof t.participants.support] ??
          x.supportAtExit,
      ),
    );
  if (x.nextStep) {
    const where =
      x.nextStepWith === 'other'
        ? t.exit.otherAuthority
        : departmentName(x.nextStepWith ?? '', v.departments, v.locale);
    lines.push(j.nextStep(where));
  } else if (!needsNextStep(x.outcome)) lines.push(j.itselfNext);
  else if (fallsBetweenChairs(x) && x.noNextStepReason)
    lines.push(j.noNextStep(t.exit.reasons[x.noNextStepReason] ?? x.noNextStepReason));
  if (v.ended.length) lines.push(j.ended(x.date, v.ended.join(', ')));
  return lines.join('\n');
}

export interface RatingJournalView {
  session: RatingSession;
  previous: RatingSession | null;
  /** Area names by indicator id, in the caseworker's language, in the instrument's order. */
  areas: { id: string; name: string; caseworkerOnly: boolean }[];
  sessionNumber: number;
  risen: number;
  comparable: number;
}

export function ratingJournal(v: RatingJournalView, t: Strings): string {
  const r = t.journal.rating;
  const sc = (s: number | null | undefined) =>
    s === null || s === undefined ? r.noAnswer : `${s}`;
  const lines = [r.heading(v.session.date, v.sessionNumber), r.scale];
  for (const area of v.areas) {
    const s = v.session.scores.find((x) => x.indicatorId === area.id);
    if (!s) continue;
    const p = v.previous?.scores.find((x) => x.indicatorId === area.id);
    const now = area.caseworkerOnly
      ? r.staffOnly(area.name, sc(s.staff))
      : r.line(area.name, sc(s.self), sc(s.staff));
    const before = p && !area.caseworkerOnly ? r.previous(sc(p.self), sc(p.staff)) : '';
    lines.push(now + before);
    if (s.comment) lines.push(r.comment(s.comment));
  }
  if (v.session.jobSearchDescription) lines.push(r.jobSearch(v.session.jobSearchDescription));
  if (v.sessionNumber > 1) lines.push(r.risen(v.risen, v.comparable));
  return lines.join('\n');
}

/** The text in a multi-line box, easy to select and copy on a phone and a desktop. */
export function journalCard(
  code: string,
  body: string,
  back: Action | null,
  t: Strings,
): AdaptiveCard {
  const j = t.journal;
  return card(
    [
      heading(j.title, code),
      text(j.intro, { isSubtle: true }),
      textInput('journal', j.label, body, { multiline: true, maxLength: 5000 }),
    ],
    [back],
  );
}
