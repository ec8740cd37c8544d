// What the participant cards share: department choices, the consent inputs, error lines.
import {
  birthYearRange,
  type FieldError,
  type RegistrationField,
  type RegistrationRaw,
} from '../../domain/registration';
import { SFI_COURSES, SFI_TRACKS } from '../../domain/types';
import type { Strings } from '../locales';
import {
  choiceInput,
  dateInput,
  NO_CHOICE,
  text,
  type Action,
  type Choice,
  type Element,
} from '../core';

/** A department as the user reads it (name already in the user's language). */
export interface DepartmentChoice {
  id: string;
  name: string;
}

/** Fields chosen from a list: "required" on them reads "choose one" / "choose at least one". */
const CHOOSE_ONE: ReadonlySet<RegistrationField> = new Set(['gender', 'supportAtStart']);
const CHOOSE_MANY: ReadonlySet<RegistrationField> = new Set(['departments', 'consentDepartments']);

/** One line per field that needs correcting, naming the field and the rule it failed. */
export function fieldErrorLines(errors: FieldError[], t: Strings, today: string): string[] {
  const p = t.participants;
  const { min, max } = birthYearRange(today);
  return errors.map((e) => {
    const field = p.fields[e.field];
    if (e.problem === 'birth_year_range') return p.problems.birth_year_range(field, min, max);
    if (e.problem === 'required' && CHOOSE_ONE.has(e.field)) return p.problems.choose_one(field);
    if (e.problem === 'required' && CHOOSE_MANY.has(e.field)) return p.problems.choose_many(field);
    return p.problems[e.problem](field);
  });
}

/** The "no SFI track / course" choice: the one "none" value of every card (cards/core.ts). */
export { NO_CHOICE } from '../core';

export const depChoices = (deps: DepartmentChoice[]): Choice[] =>
  deps.map((d) => ({ title: d.name, value: d.id }));

export type ConsentValues = Pick<
  RegistrationRaw,
  'consentGivenOn' | 'consentDepartments' | 'consentValidUntil'
>;

/**
 * The three consent inputs, the same on the registration card and the consent card. Each input's
 * own message (shown by the client before anything is sent) names every rule the input checks.
 * On the registration card the departments may be left empty: they are then the departments involved.
 */
export function consentInputs(
  x: ConsentValues,
  deps: DepartmentChoice[],
  today: string,
  t: Strings,
  opts: { departmentsDefaultToInvolved?: boolean } = {},
): Element[] {
  const f = t.participants.fields;
  const r = t.participants.inputRules;
  const optional = !!opts.departmentsDefaultToInvolved;
  return [
    dateInput('consentGivenOn', f.consentGivenOn, x.consentGivenOn, {
      required: true,
      max: today,
      errorMessage: r.notAfterToday(f.consentGivenOn, today),
    }),
    choiceInput(
      'consentDepartments',
      f.consentDepartments,
      depChoices(deps),
      x.consentDepartments,
      {
        multi: true,
        required: !optional,
        errorMessage: t.participants.problems.choose_many(f.consentDepartments),
      },
    ),
    optional
      ? text(t.participants.registration.consentDepartmentsHelp, {
          isSubtle: true,
          size: 'Small',
          spacing: 'None',
        })
      : null,
    dateInput('consentValidUntil', f.consentValidUntil, x.consentValidUntil, {
      required: true,
      errorMessage: r.afterGiven(f.consentValidUntil),
    }),
  ].filter((e): e is Element => e !== null);
}

export function actionSet(actions: (Action | null)[]): Element {
  return { type: 'ActionSet', actions: actions.filter((a): a is Action => a !== null) };
}

/**
 * SFI track and course, each with "none" as a choice of its own: the registration card and the
 * correction of a registration (cards/records-correction.ts) draw them alike.
 */
export function sfiChoiceInputs(
  x: { sfiTrack: string; sfiCourse: string },
  labels: { sfiTrack: string; sfiCourse: string },
  none: { noTrack: string; noCourse: string },
): Element[] {
  return [
    choiceInput(
      'sfiTrack',
      labels.sfiTrack,
      [
        { title: none.noTrack, value: NO_CHOICE },
        ...SFI_TRACKS.map((n) => ({ title: String(n), value: String(n) })),
      ],
      x.sfiTrack || NO_CHOICE,
    ),
    choiceInput(
      'sfiCourse',
      labels.sfiCourse,
      [
        { title: none.noCourse, value: NO_CHOICE },
        ...SFI_COURSES.map((c) => ({ title: c, value: c })),
      ],
      x.sfiCourse || NO_CHOICE,
    ),
  ];
}
