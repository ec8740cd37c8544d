// Cards of the caseworker's own work with participants: registration, "mina deltagare",
// consent and handover. Pure functions of data and strings.
import type { ConsentStatus } from '../domain/consent';
import { birthYearRange, type FieldError, type RegistrationRaw } from '../domain/registration';
import { GENDERS, SFI_COURSES, SFI_TRACKS, SUPPORT_SOURCES, type Consent } from '../domain/types';
import type { Strings } from './locales';
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
  numberInput,
  subheading,
  text,
  textInput,
  toggle,
  type Action,
  type AdaptiveCard,
  type Choice,
  type Element,
  type FlowToken,
} from './core';

/** A department as the user reads it (name already in the user's language). */
export interface DepartmentChoice {
  id: string;
  name: string;
}

export interface RegistrationView {
  values: RegistrationRaw;
  errors: FieldError[];
  token: FlowToken;
  departments: DepartmentChoice[];
  today: string;
  /** The card clicked was out of date: this is the current one. */
  stale?: boolean;
}

/** One line per field that needs correcting, naming the field in the user's language. */
export function fieldErrorLines(errors: FieldError[], t: Strings, today: string): string[] {
  const p = t.participants;
  const { min, max } = birthYearRange(today);
  return errors.map((e) => {
    const field = p.fields[e.field];
    return e.problem === 'birth_year_range'
      ? p.problems.birth_year_range(field, min, max)
      : p.problems[e.problem](field);
  });
}

/** The value of the "no SFI track / course" choice (a choice's value may not be empty). */
export const NO_CHOICE = 'none';

const depChoices = (deps: DepartmentChoice[]): Choice[] =>
  deps.map((d) => ({ title: d.name, value: d.id }));

type ConsentValues = Pick<
  RegistrationRaw,
  'consentGivenOn' | 'consentDepartments' | 'consentValidUntil'
>;

/** The three consent inputs, the same on the registration card and the consent card. */
function consentInputs(
  x: ConsentValues,
  deps: DepartmentChoice[],
  today: string,
  t: Strings,
): Element[] {
  const f = t.participants.fields;
  const req = t.common.errors.required;
  return [
    dateInput('consentGivenOn', f.consentGivenOn, x.consentGivenOn, {
      required: true,
      max: today,
      errorMessage: req(f.consentGivenOn),
    }),
    choiceInput(
      'consentDepartments',
      f.consentDepartments,
      depChoices(deps),
      x.consentDepartments,
      { multi: true, required: true, errorMessage: req(f.consentDepartments) },
    ),
    dateInput('consentValidUntil', f.consentValidUntil, x.consentValidUntil, {
      required: true,
      errorMessage: req(f.consentValidUntil),
    }),
  ];
}

export function registrationCard(v: RegistrationView, t: Strings): AdaptiveCard {
  const p = t.participants;
  const req = t.common.errors.required;
  const f = p.fields;
  const x = v.values;
  const errors = fieldErrorLines(v.errors, t, v.today);
  const { min, max } = birthYearRange(v.today);
  const birthYear = /^\d{1,4}$/.test(x.birthYear.trim()) ? Number(x.birthYear) : null;
  return card(
    [
      heading(p.registration.title, p.registration.intro),
      v.stale ? notice(t.common.errors.stale, 'warning') : null,
      errors.length ? errorBanner([t.common.errors.invalidInput, ...errors]) : null,
      subheading(p.registration.sectionPerson),
      textInput('name', f.name, x.name, { maxLength: 100 }),
      toggle('protectedIdentity', f.protectedIdentity, x.protectedIdentity),
      text(p.registration.protectedHelp, { isSubtle: true, size: 'Small', spacing: 'None' }),
      choiceInput(
        'gender',
        f.gender,
        GENDERS.map((g) => ({ title: t.common.gender[g], value: g })),
        x.gender || null,
        { required: true, placeholder: p.registration.choose, errorMessage: req(f.gender) },
      ),
      // No min/max: a client that enforces them by clamping (the Agents Playground's SpinButton) would
      // silently turn a mistyped 1850 into 1900; domain/registration checks the range and says so here.
      numberInput('birthYear', f.birthYear, birthYear, {
        required: true,
        errorMessage: p.problems.birth_year_range(f.birthYear, min, max),
      }),
      dateInput('startDate', f.startDate, x.startDate, {
        required: true,
        errorMessage: req(f.startDate),
      }),
      choiceInput('departments', f.departments, depChoices(v.departments), x.departments, {
        multi: true,
        required: true,
        errorMessage: req(f.departments),
      }),
      choiceInput(
        'supportAtStart',
        f.supportAtStart,
        SUPPORT_SOURCES.map((s) => ({ title: p.support[s], value: s })),
        x.supportAtStart || null,
        { required: true, placeholder: p.registration.choose, errorMessage: req(f.supportAtStart) },
      ),
      subheading(p.registration.sectionSfi),
      choiceInput(
        'sfiTrack',
        f.sfiTrack,
        [
          { title: p.registration.noTrack, value: NO_CHOICE },
          ...SFI_TRACKS.map((n) => ({ title: String(n), value: String(n) })),
        ],
        x.sfiTrack || NO_CHOICE,
      ),
      choiceInput(
        'sfiCourse',
        f.sfiCourse,
        [
          { title: p.registration.noCourse, value: NO_CHOICE },
          ...SFI_COURSES.map((c) => ({ title: c, value: c })),
        ],
        x.sfiCourse || NO_CHOICE,
      ),
      subheading(p.registration.sectionConsent),
      text(p.registration.consentHelp, { isSubtle: true, size: 'Small', spacing: 'None' }),
      ...consentInputs(x, v.departments, v.today, t),
    ],
    [
      execute(p.registration.save, { verb: 'registration.save', ...v.token }),
      execute(
        t.common.cancel,
        { verb: 'registration.cancel', ...v.token },
        { associatedInputs: 'none' },
      ),
    ],
  );
}

export interface RegisteredView {
  code: string;
  name: string | null;
  protectedIdentity: boolean;
}

export function registeredCard(v: RegisteredView, t: Strings): AdaptiveCard {
  const p = t.participants;
  return card(
    [
      heading(p.registration.savedTitle(v.code), v.name ?? undefined),
      notice(p.registration.savedText(v.code), 'good'),
      v.protectedIdentity ? text(p.registration.savedProtected, { isSubtle: true }) : null,
    ],
    [execute(p.list.title, { verb: 'participants.list' })],
  );
}

// ------------------------------------------------------------------ mina deltagare

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
}

export interface IncomingView {
  participantId: string;
  code: string;
  fromName: string;
}

export function myParticipantsCard(
  rows: ParticipantRowView[],
  incoming: IncomingView[],
  t: Strings,
): AdaptiveCard {
  const l = t.participants.list;
  return card(
    [
      heading(l.title, rows.length ? l.count(rows.length) : undefined),
      incoming.length
        ? container(
            [
              subheading(l.incomingTitle),
              ...incoming.map((i) =>
                container([
                  text(l.incomingFrom(i.code, i.fromName)),
                  actionSet([
                    execute(t.participants.handover.accept, {
                      verb: 'handover.accept',
                      participantId: i.participantId,
                    }),
                    execute(t.participants.handover.decline, {
                      verb: 'handover.decline',
                      participantId: i.participantId,
                    }),
                  ]),
                ]),
              ),
            ],
            { style: 'accent' },
          )
        : null,
      rows.length === 0 ? text(l.empty) : null,
      ...rows.map((r) => participantRow(r, t)),
    ],
    [execute(t.common.refresh, { verb: 'participants.list' })],
  );
}

function participantRow(r: ParticipantRowView, t: Strings): Element {
  const l = t.participants.list;
  const status = t.common.consentStatus[r.consentStatus];
  const consent =
    r.consentUntil && r.consentStatus !== 'missing'
      ? l.consentUntil(status, r.consentUntil)
      : status;
  const title = r.name
    ? `**${r.code}** · ${r.name}`
    : r.protectedIdentity
      ? `**${r.code}** · ${l.protected}`
      : `**${r.code}**`;
  return container(
    [
      text(title, { size: 'Medium' }),
      facts([
        [l.started, r.startDate],
        [
          l.consent,
          r.consentExpiresIn === null ? consent : `${consent} · ${l.expiresIn(r.consentExpiresIn)}`,
        ],
        [l.lastRating, r.daysSinceRating === null ? l.never : l.daysSince(r.daysSinceRating)],
      ]),
      r.pendingTo ? text(l.pendingOut(r.pendingTo), { isSubtle: true }) : null,
      r.consentStatus !== 'valid' ? notice(l.noSharing, 'warning') : null,
      actionSet([
        // rating.start and plan.open belong to the rating and plan areas (dialogs/rating, dialogs/plan).
        execute(l.openRating, { verb: 'rating.start', code: r.code }),
        execute(l.openPlan, { verb: 'plan.open', participantId: r.participantId }),
      ]),
      // Two buttons a row: four do not fit a phone.
      actionSet([
        execute(l.openConsent, { verb: 'consent.open', code: r.code }),
        execute(l.openHandover, { verb: 'handover.open', code: r.code }),
      ]),
      text(l.moreCommands(r.code), { isSubtle: true, size: 'Small' }),
    ],
    { separator: true, spacing: 'Medium' },
  );
}

function actionSet(actions: Action[]): Element {
  return { type: 'ActionSet', actions };
}

// ------------------------------------------------------------------ consent

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
  const f = t.participants.fields;
  const depName = (id: string) => v.departments.find((d) => d.id === id)?.name ?? id;
  const cur = v.current;
  const values = v.values ?? {
    consentGivenOn: v.today,
    consentDepartments: cur?.departments ?? [],
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
    actionSet([execute(c.renew, { verb: 'consent.renew', ...v.token })]),
    cur && !cur.withdrawnOn
      ? container(
          [
            text(c.withdrawHelp, { isSubtle: true }),
            actionSet([
              execute(
                c.withdraw,
                { verb: 'consent.withdraw', ...v.token },
                { associatedInputs: 'none', style: 'destructive' },
              ),
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
    [execute(c.expiringOpen, { verb: 'consent.open', code: v.code })],
  );
}

// ------------------------------------------------------------------ handover

export interface HandoverView {
  code: string;
  candidates: { id: string; name: string }[];
  token: FlowToken;
  /** Name of the caseworker an earlier offer is waiting for. */
  pendingTo: string | null;
  errors?: string[];
  stale?: boolean;
}

export function handoverCard(v: HandoverView, t: Strings): AdaptiveCard {
  const h = t.participants.handover;
  if (v.candidates.length === 0)
    return card([heading(h.title(v.code)), notice(h.noneAvailable, 'warning')]);
  return card(
    [
      heading(h.title(v.code), h.intro),
      v.stale ? notice(t.common.errors.stale, 'warning') : null,
      errorBanner(v.errors),
      v.pendingTo ? notice(h.pendingAlready(v.pendingTo), 'warning') : null,
      choiceInput(
        'toUser',
        h.to,
        v.candidates.map((c) => ({ title: c.name, value: c.id })),
        null,
        {
          required: true,
          placeholder: t.participants.registration.choose,
          errorMessage: h.unknownUser,
        },
      ),
    ],
    [
      execute(h.offer, { verb: 'handover.offer', ...v.token }),
      v.pendingTo
        ? execute(
            h.withdrawOffer,
            { verb: 'handover.withdraw', ...v.token },
            { associatedInputs: 'none' },
          )
        : null,
    ],
  );
}

/** What the receiving caseworker gets: code only, since the case is not theirs yet. */
export function handoverOfferCard(v: IncomingView, t: Strings): AdaptiveCard {
  const h = t.participants.handover;
  return card(
    [heading(h.incomingTitle(v.code)), text(h.incomingText(v.code, v.fromName))],
    [
      execute(h.accept, { verb: 'handover.accept', participantId: v.participantId }),
      execute(h.decline, { verb: 'handover.decline', participantId: v.participantId }),
    ],
  );
}
