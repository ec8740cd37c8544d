// The case card of the case forum, as one viewer may see it: code only, no names, no free-text
// notes, no health scores or health activities (the dialog cuts the view down through domain/forum.ts).
import type { Score } from '../domain/model';
import { forumActions } from './forum-actions';
import type { Strings } from './locales';
import { planSummaryElements, type PlanSummaryView } from './plan';
import {
  card,
  choiceInput,
  container,
  dateInput,
  errorBanner,
  facts,
  heading,
  notice,
  subheading,
  scoreBarChart,
  stackedRows,
  text,
  textInput,
  type AdaptiveCard,
  type Element,
} from './core';

export interface Named {
  id: string;
  name: string;
}

export interface ActionView {
  what: string;
  dept: string;
  who: string | null;
  due: string;
  overdue: boolean;
  /** A done action's result, as its owner wrote it; null when none was given. */
  result?: string | null;
  done?: boolean;
}

import type { ForumSignal } from '../domain/forum';

export interface CaseView {
  caseId: string;
  rev: number;
  code: string;
  meetingDate: string;
  meetingOpen: boolean;
  involved: string[];
  progression: {
    sessions: number;
    risen: string[];
    latestDate: string | null;
    scores: { name: string; self: Score; staff: Score; counted: Score }[];
    healthLeftOut: boolean;
    /** The progression card's signals, on what the forum may see. */
    signals?: ForumSignal[];
  };
  /** The plan as the forum may see it: activities running now, health ones left out (the plan area's read-only summary). */
  plan: PlanSummaryView;
  /** The plan's follow-up date when it has passed. */
  followUpOverdue?: string | null;
  earlier: ActionView[];
  /** Actions from earlier meetings of this forum that are done, with their results. */
  results?: ActionView[];
  decisions: ActionView[];
  departments: Named[];
  /** The team's members for the "who" picker; null when Teams could not give them right now. */
  members: Named[] | null;
  canDecide: boolean;
  input?: { what?: string; departmentId?: string; ownerId?: string; due?: string };
  notice?: string;
  errors?: string[];
}

export function actionLines(list: ActionView[], empty: string, t: Strings): Element {
  const f = t.forum;
  if (!list.length) return text(empty, { isSubtle: true });
  return container(
    list.map((a) =>
      text(
        `${a.overdue ? `**${f.overdue}** ` : ''}${f.actionLine(a.what, a.dept, a.who ?? f.nobody, a.due)}`,
        a.overdue ? { color: 'Attention' } : {},
      ),
    ),
  );
}

function resultLines(list: ActionView[], t: Strings): Element[] {
  const f = t.forum;
  if (!list.length) return [];
  return [
    subheading(f.resultsTitle),
    container(
      list.map((a) => text(f.resultLine(a.what, a.result || f.noResult, a.who ?? f.nobody))),
    ),
  ];
}

const scoreText = (s: Score, t: Strings) => (s === null ? t.forum.notAnswered : String(s));

/** The counted latest scores as bars on a fixed 0–5 length; clients without charts drop it (the rows above have them). */
function scoresChart(p: CaseView['progression'], t: Strings): Element {
  const f = t.forum;
  return scoreBarChart({
    title: f.latestScoresTitle(p.latestDate ?? ''),
    bars: p.scores.flatMap((s) =>
      s.counted === null ? [] : [{ label: s.name, score: s.counted }],
    ),
    scoreLegend: f.scoreLegend,
    restLegend: f.restLegend,
    fallback: { type: 'Container', items: [] },
  });
}

/** The latest scores: the participant's and the caseworker's side by side, and the signals. */
function progressionElements(p: CaseView['progression'], t: Strings): (Element | null)[] {
  const f = t.forum;
  if (p.sessions === 0) return [text(f.noSessions, { isSubtle: true })];
  return [
    facts([
      [f.sessionsFact, String(p.sessions)],
      [f.risenFact, p.risen.length ? p.risen.join(', ') : f.noneRisen],
    ]),
    p.scores.length ? text(f.latestScoresTitle(p.latestDate ?? ''), { isSubtle: true }) : null,
    p.scores.length
      ? // Stacked rows, not a three-column table: area names do not fit a narrow column at 360 px.
        stackedRows(
          [f.indicatorHeader, f.selfHeader, f.staffHeader],
          p.scores.map((s) => [s.name, scoreText(s.self, t), scoreText(s.staff, t)]),
        )
      : null,
    p.scores.some((s) => s.counted !== null) ? scoresChart(p, t) : null,
    p.healthLeftOut ? text(f.healthLeftOut, { isSubtle: true, size: 'Small' }) : null,
    p.signals?.length
      ? container([
          text(f.signalsTitle, { weight: 'Bolder', size: 'Small' }),
          ...p.signals.map((s) => text(f.signals[s], { color: 'Warning', size: 'Small' })),
        ])
      : null,
  ];
}

function decideInputs(v: CaseView, t: Strings): Element[] {
  const f = t.forum;
  if (!v.meetingOpen || !v.canDecide) return [];
  return [
    subheading(f.decideTitle),
    textInput('what', f.whatLabel, v.input?.what, {
      maxLength: 300,
      required: true,
      errorMessage: f.errors.action.what,
    }),
    choiceInput(
      'departmentId',
      f.deptLabel,
      v.departments.map((d) => ({ title: d.name, value: d.id })),
      v.input?.departmentId ?? null,
      { required: true, errorMessage: f.errors.action.department },
    ),
    v.members
      ? choiceInput(
          'ownerId',
          f.ownerLabel,
          v.members.map((m) => ({ title: m.name, value: m.id })),
          v.input?.ownerId ?? null,
          { required: true, errorMessage: f.errors.action.owner },
        )
      : text(f.membersUnavailable, { color: 'Attention' }),
    dateInput('due', f.dueLabel, v.input?.due, {
      required: true,
      errorMessage: f.dueRule(v.meetingDate),
      min: v.meetingDate,
    }),
  ];
}

export function caseCard(v: CaseView, t: Strings): AdaptiveCard {
  const f = t.forum;
  const refresh = forumActions.refreshCase.button(t.common.refresh, { caseId: v.caseId });
  return card(
    [
      heading(f.caseTitle(v.code), f.caseSubtitle(v.meetingDate)),
      v.notice ? notice(v.notice, 'good') : null,
      errorBanner(v.errors),
      facts([[f.departmentsFact, v.involved.join(', ')]]),
      subheading(f.progressionTitle),
      ...progressionElements(v.progression, t),
      ...planSummaryElements(v.plan, t),
      v.followUpOverdue ? notice(f.followUpOverdue(v.followUpOverdue), 'warning') : null,
      ...resultLines(v.results ?? [], t),
      subheading(f.openActionsTitle),
      actionLines(v.earlier, f.noOpenActions, t),
      subheading(f.decisionsTitle),
      actionLines(v.decisions, f.noDecisions, t),
      ...decideInputs(v, t),
    ],
    [
      v.meetingOpen && v.canDecide
        ? forumActions.addAction.button(f.addAction, { caseId: v.caseId, rev: v.rev })
        : null,
      refresh,
    ],
    { refresh: { action: refresh } },
  );
}

export function caseWithdrawnCard(v: { caseId: string; code: string }, t: Strings): AdaptiveCard {
  return card(
    [heading(t.forum.caseTitle(v.code)), notice(t.forum.consentWithdrawn(v.code), 'warning')],
    [],
    {
      refresh: {
        action: forumActions.refreshCase.button(t.common.refresh, { caseId: v.caseId }),
      },
    },
  );
}
