// The consent card (samtycke <kod>) and the reminder when a consent expires soon.
import type { ConsentStatus } from '../../domain/consent';
import type { Consent } from '../../domain/types';
import type { Strings } from '../locales';
import {
  card,
  container,
  errorBanner,
  facts,
  heading,
  notice,
  subheading,
  text,
  type AdaptiveCard,
  type FlowToken,
} from '../core';
import { participantActions as A } from './actions';
import { actionSet, consentInputs, type DepartmentChoice } from './common';

export interface ConsentView {
  code: string;
  current: Consent | null;
  status: ConsentStatus;
  /** Days left of a valid consent inside the warning window (domain/consent expiresSoon), else null. */
  expiresIn: number | null;
  /** Departments the participant is involved with that the consent in force does not cover (ids). */
  uncovered: string[];
  history: Consent[];
  departments: DepartmentChoice[];
  /** The departments the participant is involved with (ids): what a renewal starts from when there is no consent. */
  involved?: string[];
  token: FlowToken;
  today: string;
  /** Values typed into the renewal form, kept when they need correcting. */
  values?: { consentGivenOn: string; consentDepartments: string[]; consentValidUntil: string };
  errors?: string[];
  message?: string;
  stale?: boolean;
}

export function consentCard(v: ConsentView, t: Strings): AdaptiveCard {
  const c = t.participants.consent;
  const depName = (id: string) => v.departments.find((d) => d.id === id)?.name ?? id;
  const cur = v.current;
  const values = v.values ?? {
    consentGivenOn: v.today,
    consentDepartments: cur?.departments ?? v.involved ?? [],
    consentValidUntil: '',
  };
  return card([
    heading(c.title(v.code)),
    v.stale ? notice(t.common.errors.stale, 'warning') : null,
    v.message ? notice(v.message, 'good') : null,
    errorBanner(
      v.errors && v.errors.length ? [t.common.errors.invalidInput, ...v.errors] : undefined,
    ),
    subheading(c.current),
    v.expiresIn !== null
      ? notice(`${t.participants.list.expiresIn(v.expiresIn)}. ${c.expiringHelp}`, 'warning')
      : null,
    v.uncovered.length
      ? notice(c.notCovered(v.uncovered.map(depName).join(', ')), 'warning')
      : null,
    cur
      ? facts([
          [c.status, t.common.consentStatus[v.status]],
          [c.givenOn, cur.givenOn],
          [c.departments, cur.departments.map(depName).join(', ')],
          [c.validUntil, cur.validUntil],
          ...(cur.withdrawnOn ? [[c.withdrawnOn, cur.withdrawnOn] as [string, string]] : []),
        ])
      : text(c.none),
    v.history.length > 1 ? subheading(c.history) : null,
    ...(v.history.length > 1
      ? v.history.map((h) =>
          text(
            c.historyRow(
              h.givenOn,
              h.validUntil,
              h.departments.map(depName).join(', '),
              h.withdrawnOn,
            ),
            { isSubtle: true, spacing: 'None' },
          ),
        )
      : []),
    subheading(c.renewTitle),
    ...consentInputs(values, v.departments, v.today, t),
    actionSet([A.consentRenew.button(c.renew, v.token)]),
    cur && !cur.withdrawnOn
      ? container(
          [
            text(c.withdrawHelp, { isSubtle: true }),
            actionSet([
              A.consentWithdrawAsk.button(c.withdrawAsk, v.token, {
                associatedInputs: 'none',
                style: 'destructive',
              }),
            ]),
          ],
          { separator: true },
        )
      : null,
  ]);
}

export interface ConsentExpiringView {
  code: string;
  validUntil: string;
  daysLeft: number;
}

/**
 * The reminder in the owner's personal chat when a consent enters the warning window. Code only, as
 * every proactive card: a notification preview can be seen by others. The button opens the consent card.
 */
export function consentExpiringCard(v: ConsentExpiringView, t: Strings): AdaptiveCard {
  const c = t.participants.consent;
  return card(
    [
      heading(c.expiringTitle(v.code)),
      notice(
        c.expiringText(v.code, v.validUntil, t.participants.list.expiresIn(v.daysLeft)),
        'warning',
      ),
    ],
    [A.consentOpen.button(c.expiringOpen, { code: v.code })],
  );
}

export interface WithdrawConfirmView {
  code: string;
  today: string;
  /** The departments the consent covers, named in the user's language. */
  departments: string[];
  token: FlowToken;
}

/**
 * "Återkalla samtycket?" — asked before anything changes, saying what a withdrawal stops. "Ja"
 * carries the consent card's token: a withdrawal from an out-of-date card changes nothing.
 */
export function withdrawConfirmCard(v: WithdrawConfirmView, t: Strings): AdaptiveCard {
  const c = t.participants.consent;
  return card(
    [
      heading(c.confirmTitle(v.code)),
      notice(c.confirmIntro(v.today), 'warning'),
      ...c
        .confirmWhat(v.code, v.today, v.departments.join(', '))
        .map((line) => text(`• ${line}`, { spacing: 'Small' })),
    ],
    [
      A.consentWithdraw.button(c.confirmYes, v.token, {
        associatedInputs: 'none',
        style: 'destructive',
      }),
      A.consentOpen.button(c.confirmNo, { code: v.code }, { associatedInputs: 'none' }),
    ],
  );
}
