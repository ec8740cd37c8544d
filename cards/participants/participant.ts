// The participant card (visa <kod>): one place for one participant — consent, ownership, sessions
// and progression, plan and activities with their actual end dates, follow-ups with what was said,
// the exit and the six-month answer, case forum decisions and their results, and the history.
// Stacked facts, no wide tables: it is read on a phone. The owner's view only (names, free text).
import type { Need } from '../../domain/caseload';
import type { ConsentStatus } from '../../domain/consent';
import type { ActivityStatus } from '../../domain/model';
import type { SupportSource } from '../../domain/types';
import type { Strings } from '../locales';
import {
  card,
  container,
  execute,
  facts,
  heading,
  notice,
  showCard,
  subheading,
  text,
} from '../core';
import type { Action, AdaptiveCard, Element } from '../core';
import { journalActions } from '../journal-actions';
import { recordsActions } from '../records';
import { participantActions as A } from './actions';
import { exitActions, planActions } from '../plan-actions';
import { actionSet } from './common';

export type HistoryKind = keyof Strings['participants']['card']['events'];

export interface ParticipantCardView {
  participantId: string;
  code: string;
  name: string | null;
  protectedIdentity: boolean;
  startDate: string;
  /** Names in the user's language. */
  departments: string[];
  sfi: { track: string; course: string | null } | null;
  /** The participant's languages for rating, by their own names (first = the usual one). */
  languages: string[];
  supportAtStart: SupportSource | null;
  pendingTo: string | null;
  needs: Need[];
  consent: {
    status: ConsentStatus;
    givenOn: string;
    validUntil: string;
    departments: string[];
    withdrawnOn: string | null;
    expiresIn: number | null;
  } | null;
  sessions: {
    count: number;
    first: string;
    latest: string;
    risen: number;
    progressed: boolean;
  } | null;
  plan: { goal: string | null; ownWords: string | null; nextFollowUp: string | null } | null;
  activities: {
    name: string;
    department: string;
    status: ActivityStatus;
    startDate: string | null;
    plannedEndDate: string | null;
    endDate: string | null;
    cancelReason: string | null;
  }[];
  followUps: {
    heldOn: string;
    dueDate: string | null;
    swedishLevel: string | null;
    said: { activity: string; text: string }[];
  }[];
  forum: {
    due: string;
    what: string;
    department: string;
    doneOn: string | null;
    result: string | null;
  }[];
  exit: {
    date: string;
    outcome: string;
    nextStepWith: string | null;
    noNextStepReason: string | null;
    sixMonthDate: string;
    selfSupport: boolean | null;
  } | null;
  /** How many older activities, follow-ups and forum decisions were left out (the latest are shown). */
  older: { activities: number; followUps: number; forum: number };
  /** Newest first, at most a screenful; `olderEvents` more were left out. */
  history: { date: string; kind: HistoryKind; detail?: string }[];
  olderEvents: number;
}

type C = Strings['participants']['card'];

const section = (title: string, items: (Element | null)[]): Element =>
  container([subheading(title), ...items], { separator: true, spacing: 'Medium' });

const olderLine = (n: number, c: C): Element | null =>
  n ? text(c.olderLeftOut(n), { isSubtle: true, size: 'Small' }) : null;

function personSection(v: ParticipantCardView, t: Strings): Element {
  const c = t.participants.card;
  return section(c.person, [
    facts([
      [c.start, v.startDate],
      [c.departments, v.departments.join(', ')],
      [c.sfi, v.sfi ? c.sfiValue(v.sfi.track, v.sfi.course) : c.noSfi],
      [c.languages, v.languages.join(', ') || c.notSet],
      [c.supportAtStart, v.supportAtStart ? t.participants.support[v.supportAtStart] : c.notSet],
      [c.owner, v.pendingTo ? `${c.ownerYou} · ${c.pendingTo(v.pendingTo)}` : c.ownerYou],
    ]),
  ]);
}

function consentSection(v: ParticipantCardView, t: Strings): Element {
  const c = t.participants.card;
  const k = v.consent;
  if (!k) return section(c.consent, [notice(c.consentNone, 'warning')]);
  const pairs: [string, string][] = [
    [c.consentStatus, t.common.consentStatus[k.status]],
    [c.consentGiven, k.givenOn],
    [c.consentUntil, k.validUntil],
    [c.consentDepartments, k.departments.join(', ')],
  ];
  if (k.withdrawnOn) pairs.push([c.consentWithdrawn, k.withdrawnOn]);
  return section(c.consent, [
    facts(pairs),
    k.expiresIn !== null ? notice(t.participants.list.expiresIn(k.expiresIn), 'warning') : null,
  ]);
}

function sessionsSection(v: ParticipantCardView, c: C): Element {
  const s = v.sessions;
  if (!s) return section(c.sessions, [text(c.noSessions)]);
  return section(c.sessions, [
    facts([
      [c.sessionCount, String(s.count)],
      [c.first, s.first],
      [c.latest, s.latest],
      [c.risen, String(s.risen)],
    ]),
    text(s.progressed ? c.progressed : c.notProgressed, { isSubtle: !s.progressed }),
  ]);
}

function planSection(v: ParticipantCardView, t: Strings): Element {
  const c = t.participants.card;
  if (!v.plan && !v.activities.length) return section(c.plan, [text(c.noPlan)]);
  const pairs: [string, string][] = [
    [c.goal, v.plan?.goal ?? c.notSet],
    [c.nextFollowUp, v.plan?.nextFollowUp ?? c.notSet],
  ];
  if (v.plan?.ownWords) pairs.splice(1, 0, [c.ownWords, v.plan.ownWords]);
  return section(c.plan, [
    facts(pairs),
    text(`**${c.activities}**`, { spacing: 'Small' }),
    v.activities.length ? null : text(c.noActivities, { isSubtle: true }),
    ...v.activities.map((a) =>
      container([
        text(`${a.name} · ${a.department} · **${t.plan.status[a.status]}**`),
        text(
          [
            c.activityDates(a.startDate ?? c.notSet, a.plannedEndDate ?? c.notSet),
            a.endDate ? c.endedOn(a.endDate) : null,
            a.cancelReason ? c.cancelReason(a.cancelReason) : null,
          ]
            .filter(Boolean)
            .join('\n\n'),
          { isSubtle: true, spacing: 'None', size: 'Small' },
        ),
      ]),
    ),
    olderLine(v.older.activities, c),
  ]);
}

function followUpsSection(v: ParticipantCardView, c: C): Element {
  if (!v.followUps.length) return section(c.followUps, [text(c.noFollowUps, { isSubtle: true })]);
  return section(c.followUps, [
    ...v.followUps.map((f) =>
      container([
        text(`**${c.heldOn(f.heldOn, f.dueDate)}**`),
        f.swedishLevel ? text(`${c.swedish}: ${f.swedishLevel}`, { spacing: 'None' }) : null,
        f.said.length
          ? text(f.said.map((s) => c.said(s.activity, s.text)).join('\n\n'), { spacing: 'None' })
          : text(c.nothingSaid, { isSubtle: true, spacing: 'None' }),
      ]),
    ),
    olderLine(v.older.followUps, c),
  ]);
}

function forumSection(v: ParticipantCardView, c: C): Element {
  if (!v.forum.length) return section(c.forum, [text(c.noForum, { isSubtle: true })]);
  return section(c.forum, [
    ...v.forum.map((f) =>
      container([
        text(c.forumLine(f.due, f.what, f.department)),
        text(
          [
            f.doneOn ? c.forumDone(f.doneOn) : c.forumOpen,
            f.result ? c.forumResult(f.result) : null,
          ]
            .filter(Boolean)
            .join(' · '),
          { isSubtle: true, spacing: 'None' },
        ),
      ]),
    ),
    olderLine(v.older.forum, c),
  ]);
}

function exitSection(v: ParticipantCardView, c: C): Element | null {
  const e = v.exit;
  if (!e) return null;
  let sixMonths = c.sixMonthsNotYet;
  if (e.selfSupport !== null) sixMonths = e.selfSupport ? c.sixMonthsYes : c.sixMonthsNo;
  return section(c.exit, [
    facts([
      [c.exitDate, e.date],
      [c.outcome, e.outcome],
      [
        c.nextStep,
        e.nextStepWith
          ? c.nextStepWith(e.nextStepWith)
          : c.noNextStep(e.noNextStepReason ?? c.notSet),
      ],
      [c.sixMonths(e.sixMonthDate), sixMonths],
    ]),
  ]);
}

function historySection(v: ParticipantCardView, c: C): Element {
  return section(c.history, [
    ...v.history.map((h) =>
      text(`${h.date} · ${c.events[h.kind]}${h.detail ? `: ${h.detail}` : ''}`, {
        spacing: 'None',
        size: 'Small',
      }),
    ),
    v.olderEvents ? text(c.historyMore(v.olderEvents), { isSubtle: true, size: 'Small' }) : null,
  ]);
}

/**
 * What a caseworker does next from here: rate (not after the exit), the plan, a follow-up (also
 * before its reminder), the exit (or its correction), the journal texts there is something for,
 * consent and handover.
 */
function nextSteps(v: ParticipantCardView, t: Strings): Element[] {
  const c = t.participants.card;
  const l = t.participants.list;
  const ref = { participantId: v.participantId };
  const journal = [
    v.sessions ? journalActions.rating.button(c.journal.rating, ref) : null,
    v.plan ? journalActions.plan.button(c.journal.plan, ref) : null,
    v.followUps.length ? journalActions.followup.button(c.journal.followUp, ref) : null,
    v.exit ? journalActions.exit.button(c.journal.exit, ref) : null,
  ].filter((a): a is Action => a !== null);
  return [
    actionSet([
      v.exit ? null : execute(l.openRating, { verb: 'rating.start', code: v.code }),
      planActions.open.button(l.openPlan, ref),
      v.plan && !v.exit ? planActions.openFollowUp.button(c.holdFollowUp, ref) : null,
    ]),
    actionSet([
      exitActions.open.button(v.exit ? c.correctExit : c.exitStart, { code: v.code }),
      journal.length ? showCard(c.journal.title, card([text(c.journal.intro)], journal)) : null,
    ]),
    actionSet([
      A.consentOpen.button(l.openConsent, { code: v.code }),
      A.handoverOpen.button(l.openHandover, { code: v.code }),
      recordsActions.openCorrection.button(t.records.correct.open, { code: v.code }),
    ]),
  ];
}

export function participantCard(v: ParticipantCardView, t: Strings): AdaptiveCard {
  const c = t.participants.card;
  const l = t.participants.list;
  const who = v.name ?? (v.protectedIdentity ? l.protected : null);
  return card(
    [
      heading(who ? `${c.title(v.code)} · ${who}` : c.title(v.code), c.intro),
      v.needs.length
        ? notice(`${l.todo}: ${v.needs.map((n) => l.needs[n]).join(' · ')}`, 'warning')
        : null,
      ...nextSteps(v, t),
      personSection(v, t),
      consentSection(v, t),
      sessionsSection(v, c),
      planSection(v, t),
      followUpsSection(v, c),
      forumSection(v, c),
      exitSection(v, c),
      historySection(v, c),
    ],
    [A.list.button(c.back, {})],
  );
}
