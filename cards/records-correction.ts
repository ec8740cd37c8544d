// Correction of the registration on request (GDPR art. 16): every field of the registration on one
// card, as it is now; each change is kept with who and when. Pure: data and strings in, card out.
import type { CorrectionInput } from '../domain/corrections';
import { LANGUAGES, PARTICIPANT_LANGUAGES } from '../domain/languages';
import { NAME_MAX } from '../domain/registration';
import { GENDERS, SUPPORT_SOURCES } from '../domain/types';
import {
  card,
  choiceInput,
  dateInput,
  errorBanner,
  heading,
  NO_CHOICE,
  notice,
  text,
  textInput,
  toggle,
  type AdaptiveCard,
  type Element,
} from './core';
import type { Strings } from './locales';
import { sfiChoiceInputs } from './participants/common';
import { recordsActions } from './records';

export interface CorrectionView {
  participantId: string;
  code: string;
  rev: number;
  values: CorrectionInput;
  /** The departments to choose from, named in the user's language. */
  departments: { id: string; name: string }[];
  errors?: string[];
  message?: string;
}

function caseInputs(v: CorrectionView, t: Strings): Element[] {
  const r = t.records.correct;
  const x = v.values;
  return [
    choiceInput(
      'departments',
      r.fields.departments,
      v.departments.map((d) => ({ title: d.name, value: d.id })),
      x.departments,
      { multi: true, required: true, errorMessage: r.problems.departments },
    ),
    choiceInput(
      'languages',
      r.fields.languages,
      PARTICIPANT_LANGUAGES.map((l) => ({ title: LANGUAGES[l].endonym, value: l })),
      x.languages,
      { multi: true },
    ),
    ...sfiChoiceInputs(x, r.fields, r),
    choiceInput(
      'supportAtStart',
      r.fields.supportAtStart,
      [
        { title: r.noSupport, value: NO_CHOICE },
        ...SUPPORT_SOURCES.map((s) => ({ title: t.participants.support[s], value: s })),
      ],
      x.supportAtStart || NO_CHOICE,
    ),
  ];
}

/** Every registration field as it is now (or as typed, when something needs correcting). */
export function correctionCard(v: CorrectionView, t: Strings): AdaptiveCard {
  const r = t.records.correct;
  const x = v.values;
  return card(
    [
      heading(r.title(v.code), r.intro),
      v.message ? notice(v.message, 'good') : null,
      errorBanner(v.errors),
      textInput('name', r.fields.name, x.protectedIdentity ? '' : x.name, {
        maxLength: NAME_MAX,
      }),
      toggle('protectedIdentity', r.fields.protectedIdentity, x.protectedIdentity),
      text(r.protectedHelp, { isSubtle: true, size: 'Small', spacing: 'None' }),
      choiceInput(
        'gender',
        r.fields.gender,
        GENDERS.map((g) => ({ title: t.common.gender[g], value: g })),
        x.gender,
        { required: true, errorMessage: r.problems.gender },
      ),
      textInput('birthYear', r.fields.birthYear, x.birthYear, {
        maxLength: 4,
        required: true,
        errorMessage: r.problems.birth_year,
      }),
      dateInput('startDate', r.fields.startDate, x.startDate, {
        required: true,
        errorMessage: r.problems.start_date,
      }),
      ...caseInputs(v, t),
    ],
    [recordsActions.correct.button(r.save, { participantId: v.participantId, rev: v.rev })],
  );
}
