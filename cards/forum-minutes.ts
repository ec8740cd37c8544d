// The case forum's closing and follow-through cards: the confirmation before closing, the minutes,
// the action owner's notices in personal chat, and bringing a case from personal chat.
import { actionLines, type ActionView } from './forum-case';
import { forumActions } from './forum-actions';
import type { Strings } from './locales';
import {
  card,
  choiceInput,
  errorBanner,
  facts,
  heading,
  notice,
  subheading,
  text,
  textInput,
  type AdaptiveCard,
} from './core';

/** Closing is confirmed first: what happens, and whether the meeting's date has come. */
export function closeConfirmCard(
  v: { meetingId: string; date: string; today: string },
  t: Strings,
): AdaptiveCard {
  const f = t.forum;
  return card(
    [
      heading(f.closeConfirmTitle(v.date)),
      v.date > v.today ? notice(f.closeBeforeDate(v.date, v.today), 'warning') : null,
      text(f.closeConfirmText),
    ],
    [
      forumActions.closeMeeting.button(
        f.closeConfirm,
        { meetingId: v.meetingId },
        { style: 'destructive' },
      ),
      forumActions.refreshAgenda.button(f.closeCancel, { meetingId: v.meetingId }),
    ],
  );
}

export interface MinutesView {
  date: string;
  /** When it was closed, Stockholm time (YYYY-MM-DD HH:MM); absent on minutes drawn before closing. */
  closedAt?: string | null;
  departments: string[];
  /** Who took part: brought a case, decided or closed (names of staff). */
  tookPart?: string[];
  nextMeeting?: string | null;
  cases: { code: string; withdrawn: boolean; actions: ActionView[] }[];
}

export function minutesCard(v: MinutesView, t: Strings): AdaptiveCard {
  const f = t.forum;
  return card([
    heading(f.minutesTitle(v.date), f.minutesDepartments(v.departments.join(', '))),
    facts([
      ...(v.closedAt ? [[f.closedAt, v.closedAt] as [string, string]] : []),
      ...(v.tookPart?.length ? [[f.tookPart, v.tookPart.join(', ')] as [string, string]] : []),
      ...(v.nextMeeting !== undefined
        ? [[f.nextMeeting, v.nextMeeting ?? f.noNextMeeting] as [string, string]]
        : []),
    ]),
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
  /** Why the owner hears of it now: just given (assigned), due soon, or due (the default). */
  kind?: 'assigned' | 'soon' | 'due';
  meetingDate?: string;
  result?: string;
  errors?: string[];
}

function reminderHead(v: ReminderView, t: Strings): [string, string] {
  const f = t.forum;
  if (v.kind === 'assigned') return [f.assignedTitle, f.assignedIntro(v.code, v.meetingDate ?? '')];
  if (v.kind === 'soon') return [f.soonTitle, f.soonIntro(v.code, v.due)];
  return [f.reminderTitle, f.reminderIntro(v.code, v.due)];
}

/** The action owner's card in personal chat: what, which case code, by when; and Mark as done. */
export function reminderCard(v: ReminderView, t: Strings): AdaptiveCard {
  const f = t.forum;
  const [title, intro] = reminderHead(v, t);
  return card(
    [
      heading(title),
      text(intro),
      errorBanner(v.errors),
      v.overdue ? notice(f.reminderOverdue, 'warning') : null,
      facts([
        [f.whatLabel, v.what],
        [f.deptLabel, v.dept],
        [f.dueLabel, v.due],
      ]),
      textInput('result', f.resultShared, v.result, { maxLength: 200 }),
    ],
    [forumActions.markDone.button(f.markDone, { actionId: v.actionId })],
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
        ? forumActions.addCase.button(f.addMine, { participantId: v.participantId })
        : null,
    ],
  );
}
