// Cards of the joint case forum (ärendeforum). Pure functions of data and strings. Participants
// appear by code only: no names, no free-text notes, no health scores or health activities —
// the views given here are already cut down to that by the dialog (domain/forum.ts decides).
import type { Strings } from './locales';
import { forumActions } from './forum-actions';
import {
  card,
  choiceInput,
  container,
  dateInput,
  errorBanner,
  facts,
  heading,
  notice,
  text,
  type AdaptiveCard,
  type Element,
} from './core';

export * from './forum-case';
export * from './forum-minutes';

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
    [forumActions.setup.button(f.setupAction, {})],
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
            errorMessage: f.meetingDateRule(v.suggestedDate),
            min: v.suggestedDate,
          })
        : null,
    ],
    [
      v.meeting ? forumActions.showAgenda.button(f.showAgenda, { meetingId: v.meeting.id }) : null,
      v.canStart ? forumActions.startMeeting.button(f.startMeeting, { forumId: v.forumId }) : null,
    ],
  );
}

export interface AgendaView {
  meetingId: string;
  date: string;
  closed: boolean;
  departments: string[];
  cases: {
    caseId: string;
    position: number;
    code: string;
    broughtBy: string | null;
    /** Actions from earlier meetings done since (their results are on the case card). */
    resultsDone?: number;
  }[];
  /** The viewer's own participants, by code, when the viewer may bring cases; null otherwise. */
  mine: { id: string; code: string }[] | null;
  /** The viewer's own participants who cannot be brought, with the reason in the viewer's language. */
  notAddable?: { code: string; why: string }[];
  canClose: boolean;
  notice?: string;
  errors?: string[];
}

function agendaLines(v: AgendaView, t: Strings): Element {
  const f = t.forum;
  if (v.cases.length === 0) return text(f.agendaEmpty, { isSubtle: true });
  return container(
    v.cases.map((c, i) => {
      const line = f.agendaCase(i + 1, c.code, c.broughtBy ?? f.unknownStaff);
      return text(c.resultsDone ? `${line} · ${f.agendaResults(c.resultsDone)}` : line);
    }),
  );
}

function ownPicker(v: AgendaView, t: Strings): (Element | null)[] {
  const f = t.forum;
  if (v.closed || v.mine === null) return [];
  const blocked = v.notAddable ?? [];
  return [
    v.mine.length
      ? choiceInput(
          'participantId',
          f.addMineLabel,
          v.mine.map((p) => ({ title: p.code, value: p.id })),
          null,
        )
      : text(f.noOwnParticipants, { isSubtle: true }),
    blocked.length
      ? container([
          text(f.notAddableTitle, { weight: 'Bolder', size: 'Small' }),
          ...blocked.map((b) =>
            text(f.notAddable(b.code, b.why), { isSubtle: true, size: 'Small' }),
          ),
        ])
      : null,
  ];
}

/** The agenda, kept current for every viewer by Universal Actions refresh (each viewer gets their own render). */
export function agendaCard(v: AgendaView, t: Strings): AdaptiveCard {
  const f = t.forum;
  const open = !v.closed;
  const refresh = forumActions.refreshAgenda.button(t.common.refresh, { meetingId: v.meetingId });
  return card(
    [
      heading(
        v.closed ? f.agendaClosedTitle(v.date) : f.agendaTitle(v.date),
        v.departments.join(', '),
      ),
      v.notice ? notice(v.notice, 'good') : null,
      errorBanner(v.errors),
      agendaLines(v, t),
      ...ownPicker(v, t),
      open && v.cases.length
        ? {
            type: 'ActionSet',
            actions: v.cases.map((c) =>
              forumActions.openCase.button(f.openCase(c.code), { caseId: c.caseId }),
            ),
          }
        : null,
    ],
    [
      open && v.mine?.length
        ? forumActions.addCase.button(f.addMine, { meetingId: v.meetingId })
        : null,
      open && v.canClose
        ? forumActions.askClose.button(f.closeMeeting, { meetingId: v.meetingId })
        : null,
      v.closed ? forumActions.showMinutes.button(f.showMinutes, { meetingId: v.meetingId }) : null,
      refresh,
    ],
    // userIds left out: Teams refreshes automatically for everyone in conversations of up to 60 members.
    { refresh: { action: refresh } },
  );
}

/**
 * What is posted in the channel when a meeting starts: no cases, no names. Each member's client
 * refreshes it into that member's own agenda (membership checked per viewer).
 */
export function agendaShellCard(v: { meetingId: string; date: string }, t: Strings): AdaptiveCard {
  const f = t.forum;
  const show = forumActions.refreshAgenda.button(f.showAgenda, { meetingId: v.meetingId });
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
    [forumActions.refreshCase.button(f.showCase, { caseId: v.caseId })],
    { refresh: { action: forumActions.refreshCase.button(f.showCase, { caseId: v.caseId }) } },
  );
}
