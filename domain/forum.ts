// Rules of the joint case forum (ärendeforum). Pure: no I/O, no Teams.
import { consentAllowsSharing, type ConsentStatus } from './consent';
import { addDaysIso, isValidIsoDate } from './dates';
import type { ActivityKind, IndicatorScore, RatingSession } from './model';
import { hasRole, isOwner } from './access';
import { summarize, type IsCaseworkerOnly } from './progression';
import type { Actor, Consent, IsoDate, Participant } from './types';

// ------------------------------------------------------------------ consent

export type AdmissionRefusal =
  | { ok: false; reason: Exclude<ConsentStatus, 'valid'>; missing: string[] }
  | { ok: false; reason: 'not_covered'; missing: string[] }
  | { ok: false; reason: 'exited'; missing: string[] };

/**
 * May this participant's case be brought to a forum meeting? OSL: only with a consent that is
 * valid on the meeting date and covers every department taking part in the forum. A participant
 * who has left (exit date before the meeting) is no longer a case.
 */
export function caseAdmission(
  p: Pick<Participant, 'endDate'>,
  consent: Consent | null | undefined,
  forumDepartments: string[],
  meetingDate: IsoDate,
): { ok: true } | AdmissionRefusal {
  if (p.endDate && p.endDate < meetingDate) return { ok: false, reason: 'exited', missing: [] };
  const verdict = consentAllowsSharing(consent, forumDepartments, meetingDate);
  if (!verdict.ok)
    return { ok: false, reason: verdict.reason, missing: verdict.missing } as AdmissionRefusal;
  return { ok: true };
}

/**
 * The agenda as it stands: cases whose consent no longer allows sharing on the meeting date
 * (withdrawn, expired, narrowed) drop out at once, without anyone editing the agenda.
 */
export function visibleAgenda<C extends { participantId: string }>(
  cases: C[],
  consents: Map<string, Consent>,
  forumDepartments: string[],
  meetingDate: IsoDate,
): C[] {
  return cases.filter(
    (c) => consentAllowsSharing(consents.get(c.participantId), forumDepartments, meetingDate).ok,
  );
}

// ------------------------------------------------------------------ who may do what

export type ForumAct =
  'setup' | 'view' | 'startMeeting' | 'closeMeeting' | 'addCase' | 'viewCase' | 'decide';

/**
 * Team membership is required for everything (checked against the Teams roster). On top of it:
 * the forum role (`forum_member`) runs the forum — set up, start and close meetings, see and
 * decide on every case; a caseworker may see the forum and bring, see and decide on their own
 * cases. An administrator may set a channel up. Bringing a case is always the owner's act.
 */
export function forumAllows(
  actor: Actor,
  act: ForumAct,
  ctx: { teamMember: boolean; participant?: Participant },
): boolean {
  if (!ctx.teamMember) return false;
  const member = hasRole(actor, 'forum_member');
  const ownsCase =
    !!ctx.participant && hasRole(actor, 'caseworker') && isOwner(actor, ctx.participant);
  switch (act) {
    case 'setup':
      return member || hasRole(actor, 'admin');
    case 'startMeeting':
    case 'closeMeeting':
      return member;
    case 'view':
      return member || hasRole(actor, 'caseworker');
    case 'addCase':
      return ownsCase;
    case 'viewCase':
    case 'decide':
      return member || ownsCase;
  }
}

/** Where a card action came from: the kind of conversation and, in a channel, its team and channel. */
export interface ForumPlace {
  kind: 'personal' | 'channel' | 'groupChat';
  teamId: string | null;
  channelId: string | null;
}

/**
 * The forum's cards belong in the forum's own channel: what an action answers or posts there
 * (agenda, case card, minutes) is seen by the forum's team, and nowhere else. A card acted on in
 * another team's channel or a group chat (forwarded, crafted) is refused. Bringing a case is the
 * one act a caseworker may also do from personal chat.
 */
export function inForumPlace(
  act: ForumAct,
  where: ForumPlace,
  forum: { teamId: string; channelId: string },
): boolean {
  if (where.kind === 'personal') return act === 'addCase';
  return (
    where.kind === 'channel' && where.teamId === forum.teamId && where.channelId === forum.channelId
  );
}

// ------------------------------------------------------------------ what a case card may show

/**
 * Health is sensitive personal data (GDPR art. 9): it stays in the caseworker's own view. The
 * forum never sees a health indicator's scores nor a health activity.
 */
export const HEALTH_INDICATORS: readonly string[] = ['health'];

export function shareableIndicator(indicatorId: string): boolean {
  return !HEALTH_INDICATORS.includes(indicatorId);
}

/** Scores without comments and without health indicators. */
export function shareableScores(scores: IndicatorScore[]): Omit<IndicatorScore, 'comment'>[] {
  return scores
    .filter((s) => shareableIndicator(s.indicatorId))
    .map(({ indicatorId, self, staff }) => ({ indicatorId, self, staff }));
}

/**
 * The one rule on health activities (domain/plan.ts sharedActivityName uses it too): the forum does
 * not see a health activity at all — not by name, not as "another activity", not in the count of
 * parallel activities.
 */
export function shareableActivity(a: { kind: ActivityKind }): boolean {
  return a.kind !== 'health';
}

// ------------------------------------------------------------------ actions

export interface ActionLike {
  status: 'open' | 'done';
  due: IsoDate;
}

export function isOverdue(a: ActionLike, today: IsoDate): boolean {
  return a.status === 'open' && a.due < today;
}

/** Actions still open from meetings before this one, soonest due first. */
export function openFromEarlier<A extends ActionLike & { meetingId: string }>(
  actions: A[],
  meetingId: string,
): A[] {
  return actions
    .filter((a) => a.status === 'open' && a.meetingId !== meetingId)
    .sort((a, b) => a.due.localeCompare(b.due));
}

/** Open actions with an owner that have fallen due by `today` (also those that fell due while the bot was down). */
export function dueForReminder<A extends ActionLike & { ownerId: string | null }>(
  actions: A[],
  today: IsoDate,
): A[] {
  return actions.filter((a) => a.status === 'open' && a.ownerId !== null && a.due <= today);
}

/**
 * A reminder names the participant's code and the action: to the participant's own caseworker it
 * may always go; to anyone else only while the consent still covers the forum's departments. The
 * same holds when the owner acts on the action (marks it done).
 */
export function mayRemind(
  ownerId: string,
  p: Pick<Participant, 'ownerId'>,
  consent: Consent | null | undefined,
  forumDepartments: string[],
  today: IsoDate,
): boolean {
  return ownerId === p.ownerId || consentAllowsSharing(consent, forumDepartments, today).ok;
}

/** The key that makes a reminder go out once per action and due date. */
export function reminderKey(a: { id: string; due: IsoDate }): string {
  return `forum.action.due:${a.id}:${a.due}`;
}

export type ActionProblem = 'what' | 'department' | 'owner' | 'due' | 'dueBeforeMeeting';

/** Checks a decided action against the forum: a department of the forum, a team member, a real date not before the meeting. */
export function checkAction(
  input: { what: string; departmentId: string; ownerId: string; due: string },
  forum: { departments: string[]; members: string[]; meetingDate: IsoDate },
): ActionProblem[] {
  const problems: ActionProblem[] = [];
  if (!input.what.trim()) problems.push('what');
  if (!forum.departments.includes(input.departmentId)) problems.push('department');
  if (!forum.members.includes(input.ownerId)) problems.push('owner');
  if (!isValidIsoDate(input.due)) problems.push('due');
  else if (input.due < forum.meetingDate) problems.push('dueBeforeMeeting');
  return problems;
}

// ------------------------------------------------------------------ meetings

export type MeetingDateProblem = 'invalid' | 'past';

/** A meeting's date: a real date (YYYY-MM-DD), today or later. */
export function meetingDateProblems(date: string, today: IsoDate): MeetingDateProblem[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValidIsoDate(date)) return ['invalid'];
  return date < today ? ['past'] : [];
}

/** Closing before the meeting's date is allowed, but the one who closes is told first. */
export function closesEarly(meeting: { date: IsoDate }, today: IsoDate): boolean {
  return meeting.date > today;
}

/** The key that posts a case's card in the channel once per meeting (a second Open posts nothing). */
export function casePostedKey(item: { id: string; participantId: string }): string {
  return `forum.case.posted:${item.participantId}:${item.id}`;
}

// ------------------------------------------------------------------ telling the action's owner

/** How many days before the due date the owner is reminded. */
export const REMIND_DAYS_BEFORE = 3;

export type OwnerNotice = 'assigned' | 'soon' | 'due';

/** The key that sends each notice once: at once when given, a few days before, on the due date. */
export function noticeKey(kind: OwnerNotice, a: { id: string; due: IsoDate }): string {
  if (kind === 'due') return reminderKey(a);
  return kind === 'assigned'
    ? `forum.action.assigned:${a.id}`
    : `forum.action.soon:${a.id}:${a.due}`;
}

/**
 * The notice an open action's owner is due today, if any: told at once when given it; reminded
 * REMIND_DAYS_BEFORE days before the due date (when it was given before that window); on or after
 * the due date. Only the latest that applies is sent (each once, by noticeKey): an owner is not told
 * "you have been given" and "it is due" on the same day.
 */
export function noticeDue(
  a: ActionLike & { ownerId: string | null; decidedOn: IsoDate },
  today: IsoDate,
): OwnerNotice | null {
  if (a.status !== 'open' || a.ownerId === null) return null;
  if (a.due <= today) return 'due';
  const soonFrom = addDaysIso(a.due, -REMIND_DAYS_BEFORE);
  return today >= soonFrom && a.decidedOn < soonFrom ? 'soon' : 'assigned';
}

// ------------------------------------------------------------------ what the case card signals

export type ForumSignal = 'uniformTop' | 'largeGap' | 'stagnant';

/**
 * The progression card's signals, for the forum: on the sessions as the forum may see them (health
 * scores taken out before), so a signal never rests on what the forum is not shown.
 */
export function forumSignals(
  sessions: readonly RatingSession[],
  isCaseworkerOnly: IsCaseworkerOnly,
): ForumSignal[] {
  const s = summarize(sessions, isCaseworkerOnly).signals;
  const out: ForumSignal[] = [];
  if (s.uniformTop) out.push('uniformTop');
  if (s.gap) out.push('largeGap');
  if (s.stagnant) out.push('stagnant');
  return out;
}
