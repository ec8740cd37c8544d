// "mina deltagare": one page of the caseworker's participants, most pressing first, with a search
// box, paging, the exited on request, and the cases waiting to be accepted.
import type { Need } from '../../domain/caseload';
import type { ConsentStatus } from '../../domain/consent';
import type { Strings } from '../locales';
import {
  card,
  container,
  execute,
  facts,
  heading,
  notice,
  subheading,
  text,
  textInput,
  type Action,
  type AdaptiveCard,
  type Element,
} from '../core';
import { participantActions as A, type ListQueryInput } from './actions';
import { planActions } from '../plan-actions';
import { actionSet } from './common';

export interface ParticipantRowView {
  participantId: string;
  code: string;
  /** Only ever filled for the owner, and never for protected identity (domain/access displayName). */
  name: string | null;
  protectedIdentity: boolean;
  startDate: string;
  consentStatus: ConsentStatus;
  consentUntil: string | null;
  /** Days left of a valid consent inside the warning window (domain/consent expiresSoon), else null. */
  consentExpiresIn: number | null;
  /** Days since the last rating session, null when there is none. */
  daysSinceRating: number | null;
  /** Display name of the caseworker a handover is offered to, if one is waiting. */
  pendingTo: string | null;
  /** What needs doing, most pressing first (domain/caseload needsOf). */
  needs: Need[];
  nextFollowUp: string | null;
  /** For an exited participant: the exit date and the outcome, named in the user's language. */
  exit: { date: string; outcome: string } | null;
}

export interface IncomingView {
  participantId: string;
  code: string;
  fromName: string;
}

export interface CaseloadView {
  rows: ParticipantRowView[];
  incoming: IncomingView[];
  /** 0-based page shown, of `pages`; `matching` rows in all (after the search). */
  page: number;
  pages: number;
  matching: number;
  activeCount: number;
  exitedCount: number;
  query: string;
  exited: boolean;
}

export function myParticipantsCard(v: CaseloadView, t: Strings): AdaptiveCard {
  const l = t.participants.list;
  const count = v.exited ? l.exitedCount(v.exitedCount) : l.count(v.activeCount);
  return card(
    [
      heading(v.exited ? l.exitedTitle : l.title, count),
      incomingBox(v.incoming, t),
      searchBox(v, t),
      v.query ? text(l.searchResults(v.matching, v.query), { isSubtle: true }) : null,
      emptyText(v, t),
      v.rows.length && !v.exited && v.page === 0
        ? text(l.sorted, { isSubtle: true, size: 'Small' })
        : null,
      ...v.rows.map((r) => participantRow(r, t)),
      v.pages > 1 ? text(l.page(v.page + 1, v.pages), { horizontalAlignment: 'Center' }) : null,
      v.pages > 1 ? pager(v, t) : null,
    ],
    [
      v.exited
        ? A.list.button(l.showActive, {})
        : A.list.button(l.showExited(v.exitedCount), { exited: true }),
      A.list.button(t.common.refresh, same(v, v.page), { associatedInputs: 'none' }),
    ],
  );
}

const same = (v: CaseloadView, page: number): ListQueryInput => ({
  page,
  query: v.query,
  exited: v.exited,
});

function emptyText(v: CaseloadView, t: Strings): Element | null {
  const l = t.participants.list;
  if (v.rows.length) return null;
  if (v.query) return text(l.noResults(v.query));
  return text(v.exited ? l.noExited : l.empty);
}

function searchBox(v: CaseloadView, t: Strings): Element | null {
  const l = t.participants.list;
  if (v.activeCount + v.exitedCount === 0) return null;
  return container([
    textInput('query', l.searchLabel, v.query, { maxLength: 100, placeholder: l.searchHint }),
    actionSet(
      [
        A.list.button(l.searchButton, { exited: v.exited }),
        v.query
          ? A.list.button(l.clearSearch, { exited: v.exited }, { associatedInputs: 'none' })
          : null,
      ].filter((a): a is Action => a !== null),
    ),
  ]);
}

function pager(v: CaseloadView, t: Strings): Element {
  const l = t.participants.list;
  const none = { associatedInputs: 'none' };
  return actionSet(
    [
      v.page > 0 ? A.list.button(l.previous, same(v, v.page - 1), none) : null,
      v.page < v.pages - 1 ? A.list.button(l.next, same(v, v.page + 1), none) : null,
    ].filter((a): a is Action => a !== null),
  );
}

function incomingBox(incoming: IncomingView[], t: Strings): Element | null {
  const l = t.participants.list;
  const h = t.participants.handover;
  if (!incoming.length) return null;
  return container(
    [
      subheading(l.incomingTitle),
      ...incoming.map((i) =>
        container([
          text(l.incomingFrom(i.code, i.fromName)),
          actionSet([
            A.handoverAccept.button(h.accept, { participantId: i.participantId }),
            A.handoverDecline.button(h.decline, { participantId: i.participantId }),
          ]),
        ]),
      ),
    ],
    { style: 'accent' },
  );
}

function titleOf(r: ParticipantRowView, t: Strings): string {
  if (r.name) return `**${r.code}** · ${r.name}`;
  return r.protectedIdentity ? `**${r.code}** · ${t.participants.list.protected}` : `**${r.code}**`;
}

function consentFact(r: ParticipantRowView, t: Strings): string {
  const l = t.participants.list;
  const status = t.common.consentStatus[r.consentStatus];
  const consent =
    r.consentUntil && r.consentStatus !== 'missing'
      ? l.consentUntil(status, r.consentUntil)
      : status;
  return r.consentExpiresIn === null ? consent : `${consent} · ${l.expiresIn(r.consentExpiresIn)}`;
}

function participantRow(r: ParticipantRowView, t: Strings): Element {
  const l = t.participants.list;
  const rating = r.daysSinceRating === null ? l.never : l.daysSince(r.daysSinceRating);
  const pairs: [string, string][] = [[l.started, r.startDate]];
  if (r.exit) pairs.push([l.exitedOn, `${r.exit.date} · ${r.exit.outcome}`]);
  else pairs.push([l.consent, consentFact(r, t)], [l.lastRating, rating]);
  if (r.nextFollowUp && !r.exit) pairs.push([l.nextFollowUp, r.nextFollowUp]);
  return container(
    [
      text(titleOf(r, t), { size: 'Medium' }),
      facts(pairs),
      r.needs.length
        ? notice(`${l.todo}: ${r.needs.map((n) => l.needs[n]).join(' · ')}`, 'warning')
        : null,
      r.pendingTo ? text(l.pendingOut(r.pendingTo), { isSubtle: true }) : null,
      !r.exit && r.consentStatus !== 'valid'
        ? text(l.noSharing, { isSubtle: true, size: 'Small' })
        : null,
      ...rowButtons(r, t),
    ],
    { separator: true, spacing: 'Medium' },
  );
}

/** Two buttons a row, at most two rows of them: four do not fit a phone side by side. */
function rowButtons(r: ParticipantRowView, t: Strings): Element[] {
  const l = t.participants.list;
  const open = A.show.button(l.open, { code: r.code });
  if (r.exit) return [actionSet([open])];
  return [
    // rating.start and plan.open belong to the rating and plan areas (dialogs/rating, dialogs/plan).
    actionSet([open, execute(l.openRating, { verb: 'rating.start', code: r.code })]),
    actionSet([
      planActions.open.button(l.openPlan, { participantId: r.participantId }),
      A.consentOpen.button(l.openConsent, { code: r.code }),
    ]),
  ];
}
