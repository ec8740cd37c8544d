// Cards of the joint case forum (ärendeforum). Pure functions of data and strings. Participants
// appear by code only: no names, no free-text notes, no health scores or health activities —
// the views given here are already cut down to that by the dialog (domain/forum.ts decides).
import type { Score } from '../domain/model';
import type { Strings } from './locales';
import { planSummaryElements, type PlanSummaryView } from './plan';
import {
  card,
  choiceInput,
  container,
  dateInput,
  errorBanner,
  execute,
  facts,
  heading,
  notice,
  subheading,
  text,
  textInput,
  type AdaptiveCard,
  type Element,
  scoreBarChart,
  stackedRows,
} from './core';

export interface Named {
  id: string;
  name: string;
}

export interface ForumSetupView {
  departments: Named[];
  selected: string[];
  errors?: string[];
}

export function forumSetupCard(v: ForumSetupView, t: Strings): AdaptiveCard {
  const f = t.forum;
  return card(
    [
      heading(f.setupTitle),
      text(f.setupIntro),
      errorBanner(v.errors),
      choiceInput(
        'departments',
        f.departmentsLabel,
        v.departments.map((d) => ({ title: d.name, value: d.id })),
        v.selected,
        { multi: true, expanded: true, required: true, errorMessage: f.errors.noDepartments },
      ),
    ],
    [execute(f.setupAction, { verb: 'forum.setup' })],
  );
}

export interface ForumView {
  forumId: string;
  departments: string[];
  meeting: { id: string; date: string; caseCount: number } | null;
  suggestedDate: string;
  canStart: boolean;
  notice?: string;
  errors?: string[];
}

export function forumCard(v: ForumView, t: Strings): AdaptiveCard {
  const f = t.forum;
  return card(
    [
      heading(f.forumTitle),
      v.notice ? notice(v.notice, 'good') : null,
      errorBanner(v.errors),
      facts([
        [f.departmentsFact, v.departments.join(', ')],
        [f.nextMeetingFact, v.meeting ? v.meeting.date : f.noMeeting],
        ...(v.meeting ? [[f.casesFact, String(v.meeting.caseCount)] as [string, string]] : []),
      ]),
      v.canStart
        ? dateInput('date', f.meetingDateLabel, v.suggestedDate, {
            required: true,
            errorMessage: f.errors.dateInvalid,
            min: v.suggestedDate,
          })
        : null,
    ],
    [
      v.meeting
        ? execute(f.showAgenda, { verb: 'forum.agenda.show', meetingId: v.meeting.id })
        : null,
      v.canStart
        ? execute(f.startMeeting, { verb: 'forum.meeting.start', forumId: v.forumId })
        : null,
    ],
  );
}

export interface AgendaView {
  meetingId: string;
  date: string;
  closed: boolean;
  departments: string[];
  cases: { caseId: string; position: number; code: string; broughtBy: string | null }[];
  /** The viewer's own participants, by code, when the viewer may bring cases; null otherwise. */
  mine: { id: string; code: string }[] | null;
  canClose: boolean;
  notice?: string;
  errors?: string[];
}

/** The agenda, kept current for every viewer by Universal Actions refresh (each viewer gets their own render). */
export function agendaCard(v: AgendaView, t: Strings): AdaptiveCard {
  const f = t.forum;
  const open = !v.closed;
  return card(
    [
      heading(
        v.closed ? f.agendaClosedTitle(v.date) : f.agendaTitle(v.date),
        v.departments.join(', '),
      ),
      v.notice ? notice(v.notice, 'good') : null,
      errorBanner(v.errors),
      v.cases.length === 0
        ? text(f.agendaEmpty, { isSubtle: true })
        : container(
            v.cases.map((c, i) => text(f.agendaCase(i + 1, c.code, c.broughtBy ?? f.unknownStaff))),
          ),
      open && v.mine !== null
        ? v.mine.length
          ? choiceInput(
              'participantId',
              f.addMineLabel,
              v.mine.map((p) => ({ title: p.code, value: p.id })),
              null,
            )
          : text(f.noOwnParticipants, { isSubtle: true })
        : null,
      open && v.cases.length
        ? {
            type: 'ActionSet',
            actions: v.cases.map((c) =>
              execute(f.openCase(c.code), { verb: 'forum.case.open', caseId: c.caseId }),
            ),
          }
        : null,
    ],
    [
      open && v.mine?.length
        ? execute(f.addMine, { verb: 'forum.case.add', meetingId: v.meetingId })
        : null,
      open && v.canClose
        ? execute(f.closeMeeting, { verb: 'forum.meeting.close', meetingId: v.meetingId })
        : null,
      execute(t.common.refresh, { verb: 'forum.agenda.refresh', meetingId: v.meetingId }),
    ],
    {
      // userIds left out: Teams refreshes automatically for everyone in conversations of up to 60 members.
      refresh: {
        action: execute(t.common.refresh, { verb: 'forum.agenda.refresh', meetingId: v.meetingId }),
      },
    },
  );
}

/**
 * What is posted in the channel when a meeting starts: no cases, no names. Each member's client
 * refreshes it into that member's own agenda (membership checked per viewer).
 */
export function agendaShellCard(v: { meetingId: string; date: string }, t: Strings): AdaptiveCard {
  const f = t.forum;
  const show = execute(f.showAgenda, { verb: 'forum.agenda.refresh', meetingId: v.meetingId });
  return card(
    [heading(f.agendaTitle(v.date)), text(f.agendaShellIntro, { isSubtle: true })],
    [show],
    { refresh: { action: show } },
  );
}

/**
 * What is posted in the channel when a case is opened: the code and nothing else. Each member's
 * client refreshes it into that member's own case card (checked and audited per viewer).
 */
export function caseShellCard(v: { caseId: string; code: string }, t: Strings): AdaptiveCard {
  const f = t.forum;
  return card(
    [heading(f.caseShellTitle(v.code)), text(f.caseShellIntro, { isSubtle: true })],
    [execute(f.showCase, { verb: 'forum.case.refresh', caseId: v.caseId })],
    { refresh: { action: execute(f.showCase, { verb: 'forum.case.refresh', caseId: v.caseId }) } },
  );
}

export interface ActionView {
  what: string;
  dept: string;
  who: string | null;
  due: string;
  overdue: boolean;
}

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
  };
  /** The plan as the forum may see it: activities running now, health ones left out (the plan area's read-only summary). */
  plan: PlanSummaryView;
  earlier: ActionView[];
  decisions: ActionView[];
  departments: Named[];
  /** The team's members for the "who" picker; null when Teams could not give them right now. */
  members: Named[] | null;
  canDecide: boolean;
  input?: { what?: string; departmentId?: string; ownerId?: string; due?: string };
  notice?: string;
  errors?: string[];
}

function actionLines(list: ActionView[], empty: string, t: Strings): Element {
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

const scoreText = (s: Score, t: Strings) => (s === null ? t.forum.notAnswered : String(s));

/** The latest scores as a bar chart; clients without charts (and the browser test) draw the table. */
function scoresChart(v: CaseView['progression'], t: Strings): Element {
  const f = t.forum;
  // Stacked facts, not a three-column table: area names do not fit a narrow column at 360 px.
  const fallback = stackedRows(
    [f.indicatorHeader, f.selfHeader, f.staffHeader],
    v.scores.map((s) => [s.name, scoreText(s.self, t), scoreText(s.staff, t)]),
  );
  return scoreBarChart({
    title: f.latestScoresTitle(v.latestDate ?? ''),
    bars: v.scores.flatMap((s) =>
      s.counted === null ? [] : [{ label: s.name, score: s.counted }],
    ),
    scoreLegend: f.scoreLegend,
    restLegend: f.restLegend,
    fallback,
  });
}

export function caseCard(v: CaseView, t: Strings): AdaptiveCard {
  const f = t.forum;
  const p = v.progression;
  const refresh = execute(t.common.refresh, { verb: 'forum.case.refresh', caseId: v.caseId });
  return card(
    [
      heading(f.caseTitle(v.code), f.caseSubtitle(v.meetingDate)),
      v.notice ? notice(v.notice, 'good') : null,
      errorBanner(v.errors),
      facts([[f.departmentsFact, v.involved.join(', ')]]),
      subheading(f.progressionTitle),
      p.sessions === 0
        ? text(f.noSessions, { isSubtle: true })
        : facts([
            [f.sessionsFact, String(p.sessions)],
            [f.risenFact, p.risen.length ? p.risen.join(', ') : f.noneRisen],
          ]),
      p.sessions > 0 && p.scores.length
        ? text(f.latestScoresTitle(p.latestDate ?? ''), { isSubtle: true })
        : null,
      p.sessions > 0 && p.scores.length ? scoresChart(p, t) : null,
      p.healthLeftOut ? text(f.healthLeftOut, { isSubtle: true, size: 'Small' }) : null,
      ...planSummaryElements(v.plan, t),
      subheading(f.openActionsTitle),
      actionLines(v.earlier, f.noOpenActions, t),
      subheading(f.decisionsTitle),
      actionLines(v.decisions, f.noDecisions, t),
      ...(v.meetingOpen && v.canDecide
        ? [
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
              errorMessage: f.errors.action.due,
              min: v.meetingDate,
            }),
          ]
        : []),
    ],
    [
      v.meetingOpen && v.canDecide
        ? execute(f.addAction, { verb: 'forum.action.add', caseId: v.caseId, rev: v.rev })
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
        action: execute(t.common.refresh, { verb: 'forum.case.refresh', caseId: v.caseId }),
      },
    },
  );
}

export interface MinutesView {
  date: string;
  departments: string[];
  cases: { code: string; withdrawn: boolean; actions: ActionView[] }[];
}

export function minutesCard(v: MinutesView, t: Strings): AdaptiveCard {
  const f = t.forum;
  return card([
    heading(f.minutesTitle(v.date), f.minutesDepartments(v.departments.join(', '))),
    ...(v.cases.length === 0
      ? [text(f.minutesNoCases)]
      : v.cases.flatMap((c, i) => [
          subheading(`${i + 1}. ${c.code}`),
          c.withdrawn
            ? text(f.minutesCaseWithdrawn, { isSubtle: true })
            : actionLines(c.actions, f.minutesNoDecisions, t),
        ])),
  ]);
}

export interface ReminderView {
  actionId: string;
  code: string;
  what: string;
  dept: string;
  due: string;
  overdue: boolean;
  result?: string;
  errors?: string[];
}

export function reminderCard(v: ReminderView, t: Strings): AdaptiveCard {
  const f = t.forum;
  return card(
    [
      heading(f.reminderTitle),
      text(f.reminderIntro(v.code, v.due)),
      errorBanner(v.errors),
      v.overdue ? notice(f.reminderOverdue, 'warning') : null,
      facts([
        [f.whatLabel, v.what],
        [f.deptLabel, v.dept],
        [f.dueLabel, v.due],
      ]),
      textInput('result', f.resultLabel, v.result, { maxLength: 200 }),
    ],
    [execute(f.markDone, { verb: 'forum.action.done', actionId: v.actionId })],
  );
}

export function actionDoneCard(v: { code: string; already: boolean }, t: Strings): AdaptiveCard {
  return card([
    heading(t.forum.doneTitle),
    notice(v.already ? t.forum.alreadyDone : t.forum.doneText(v.code), 'good'),
  ]);
}

export interface PickView {
  code: string;
  participantId: string;
  meetings: { id: string; label: string }[];
  notice?: string;
  errors?: string[];
}

/** Personal chat: which forum meeting to bring one of the caseworker's participants to. */
export function pickMeetingCard(v: PickView, t: Strings): AdaptiveCard {
  const f = t.forum;
  return card(
    [
      heading(f.pickTitle(v.code)),
      v.notice ? notice(v.notice, 'good') : null,
      errorBanner(v.errors),
      v.meetings.length ? text(f.pickIntro, { isSubtle: true }) : text(f.noMeetings),
      v.meetings.length
        ? choiceInput(
            'meetingId',
            f.meetingLabel,
            v.meetings.map((m) => ({ title: m.label, value: m.id })),
            v.meetings[0]!.id,
            { required: true, expanded: true, errorMessage: f.meetingRequired },
          )
        : null,
    ],
    [
      v.meetings.length
        ? execute(f.addMine, { verb: 'forum.case.add', participantId: v.participantId })
        : null,
    ],
  );
}
