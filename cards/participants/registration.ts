// The registration card ("ny deltagare") and what a finished registration shows.
import { birthYearRange, type FieldError, type RegistrationRaw } from '../../domain/registration';
import { GENDERS, SUPPORT_SOURCES } from '../../domain/types';
import type { Strings } from '../locales';
import {
  card,
  choiceInput,
  dateInput,
  errorBanner,
  execute,
  heading,
  notice,
  numberInput,
  subheading,
  text,
  textInput,
  toggle,
  type AdaptiveCard,
  type Element,
  type FlowToken,
} from '../core';
import { participantActions as A } from './actions';
import { planActions } from '../plan-actions';
import {
  actionSet,
  consentInputs,
  depChoices,
  fieldErrorLines,
  sfiChoiceInputs,
  type DepartmentChoice,
} from './common';
import { LANGUAGES, PARTICIPANT_LANGUAGES } from '../../domain/languages';

export interface RegistrationView {
  values: RegistrationRaw;
  errors: FieldError[];
  token: FlowToken;
  departments: DepartmentChoice[];
  today: string;
  /** The card clicked was out of date: this is the current one. */
  stale?: boolean;
}

/** SFI track and course, each with "none" as a choice of its own. */
function sfiInputs(x: RegistrationRaw, t: Strings): Element[] {
  const p = t.participants;
  return [subheading(p.registration.sectionSfi), ...sfiChoiceInputs(x, p.fields, p.registration)];
}

export function registrationCard(v: RegistrationView, t: Strings): AdaptiveCard {
  const p = t.participants;
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
        {
          required: true,
          placeholder: p.registration.choose,
          errorMessage: p.problems.choose_one(f.gender),
        },
      ),
      // No min/max: a client that enforces them by clamping (the Agents Playground's SpinButton) would
      // silently turn a mistyped 1850 into 1900; domain/registration checks the range and says so here.
      numberInput('birthYear', f.birthYear, birthYear, {
        required: true,
        errorMessage: p.problems.birth_year_range(f.birthYear, min, max),
      }),
      dateInput('startDate', f.startDate, x.startDate, {
        required: true,
        errorMessage: p.inputRules.date(f.startDate),
      }),
      choiceInput('departments', f.departments, depChoices(v.departments), x.departments, {
        multi: true,
        required: true,
        errorMessage: p.problems.choose_many(f.departments),
      }),
      // The participant's own rating cards are in the first language chosen (participant mode).
      choiceInput(
        'languages',
        f.languages,
        PARTICIPANT_LANGUAGES.map((l) => ({ title: LANGUAGES[l].endonym, value: l })),
        x.languages,
        { multi: true },
      ),
      choiceInput(
        'supportAtStart',
        f.supportAtStart,
        SUPPORT_SOURCES.map((s) => ({ title: p.support[s], value: s })),
        x.supportAtStart || null,
        {
          required: true,
          placeholder: p.registration.choose,
          errorMessage: p.problems.choose_one(f.supportAtStart),
        },
      ),
      ...sfiInputs(x, t),
      subheading(p.registration.sectionConsent),
      text(p.registration.consentHelp, { isSubtle: true, size: 'Small', spacing: 'None' }),
      ...consentInputs(x, v.departments, v.today, t, { departmentsDefaultToInvolved: true }),
    ],
    [
      A.registrationSave.button(p.registration.save, v.token),
      A.registrationCancel.button(t.common.cancel, v.token, { associatedInputs: 'none' }),
    ],
  );
}

export interface RegisteredView {
  participantId: string;
  code: string;
  name: string | null;
  protectedIdentity: boolean;
}

/** The participant made: its code, and what usually comes next (a first rating, the plan). */
export function registeredCard(v: RegisteredView, t: Strings): AdaptiveCard {
  const p = t.participants;
  return card(
    [
      heading(p.registration.savedTitle(v.code), v.name ?? undefined),
      notice(p.registration.savedText(v.code), 'good'),
      v.protectedIdentity ? text(p.registration.savedProtected, { isSubtle: true }) : null,
      actionSet([
        // rating.start and plan.open belong to the rating and plan areas (dialogs/rating, dialogs/plan).
        execute(p.registration.startRating, { verb: 'rating.start', code: v.code }),
        planActions.open.button(p.registration.openPlan, { participantId: v.participantId }),
      ]),
    ],
    [A.show.button(p.registration.openCard, { code: v.code }), A.list.button(p.list.title, {})],
  );
}
