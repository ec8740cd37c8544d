// Correction of the registration (GDPR art. 16): the card's fields and what can be wrong with a
// correction. Swedish first; English typed by it.
import type { CorrectableField, CorrectionProblem } from '../../domain/corrections';
import * as registration from './participants/registration';
import type { RegistrationStrings } from './participants/registration';

/** The labels the correction card shares word for word with the registration card. */
const sameAsRegistration = ({ fields: f }: RegistrationStrings) => ({
  protectedIdentity: f.protectedIdentity,
  gender: f.gender,
  birthYear: f.birthYear,
  startDate: f.startDate,
  departments: f.departments,
  sfiTrack: f.sfiTrack,
  sfiCourse: f.sfiCourse,
});

const svFields = {
  name: 'Namn (frivilligt, syns bara för dig)',
  ...sameAsRegistration(registration.sv),
  languages: 'Deltagarens språk för skattningen',
  supportAtStart: 'Försörjning vid start',
} satisfies Record<CorrectableField, string>;

const enFields: typeof svFields = {
  name: 'Name (optional, only you see it)',
  ...sameAsRegistration(registration.en),
  languages: "The participant's languages for rating",
  supportAtStart: 'Support at start',
};

export const sv = {
  open: 'Rätta registreringen',
  title: (code: string) => `Rätta registreringen av ${code}`,
  intro:
    'Rätta en uppgift som är fel (GDPR artikel 16). Varje ändring sparas med vem och när, och det gamla värdet finns kvar i registerutdraget.',
  fields: svFields,
  protectedHelp: 'Med skyddad identitet sparas inget namn, inte heller i historiken.',
  noSupport: 'Inte angiven',
  noTrack: registration.sv.registration.noTrack,
  noCourse: registration.sv.registration.noCourse,
  save: 'Spara rättelsen',
  saved: (fields: string) => `Rättat: ${fields}. Sparat med vem och när.`,
  nothing: 'Inget ändrades.',
  usage: 'Skriv rätta och deltagarens kod, till exempel: rätta D-4F7K',
  problems: {
    name: `${svFields.name}: högst 100 tecken.`,
    gender: `${svFields.gender}: välj i listan.`,
    birth_year: `${svFields.birthYear}: ett årtal med fyra siffror, minst 15 år sedan.`,
    start_date: `${svFields.startDate}: ett datum som ÅÅÅÅ-MM-DD, inte i framtiden.`,
    start_after_exit: `${svFields.startDate}: kan inte vara efter avslutsdatumet.`,
    departments: `${svFields.departments}: välj minst en.`,
    unknown_department: registration.sv.problems.unknown_department(svFields.departments),
    languages: `${svFields.languages}: välj i listan.`,
    sfi_track: `${svFields.sfiTrack}: välj 1, 2, 3 eller ${registration.sv.registration.noTrack}.`,
    sfi_course: `${svFields.sfiCourse}: välj A, B, C, D eller ${registration.sv.registration.noCourse}.`,
    course_without_track: registration.sv.problems.course_without_track(svFields.sfiCourse),
    support: `${svFields.supportAtStart}: välj i listan.`,
  } satisfies Record<CorrectionProblem, string>,
};

export type CorrectStrings = typeof sv;

export const en: CorrectStrings = {
  open: 'Correct the registration',
  title: (code: string) => `Correct the registration of ${code}`,
  intro:
    'Correct a detail that is wrong (GDPR Article 16). Each change is kept with who and when, and the old value stays in the access request.',
  fields: enFields,
  protectedHelp: 'With protected identity no name is kept, not in the history either.',
  noSupport: 'Not given',
  noTrack: registration.en.registration.noTrack,
  noCourse: registration.en.registration.noCourse,
  save: 'Save the correction',
  saved: (fields: string) => `Corrected: ${fields}. Kept with who and when.`,
  nothing: 'Nothing changed.',
  usage: 'Type correct and the participant code, for example: correct D-4F7K',
  problems: {
    name: `${enFields.name}: at most 100 characters.`,
    gender: `${enFields.gender}: choose from the list.`,
    birth_year: `${enFields.birthYear}: four digits, at least 15 years ago.`,
    start_date: `${enFields.startDate}: a date as YYYY-MM-DD, not in the future.`,
    start_after_exit: `${enFields.startDate}: cannot be after the exit date.`,
    departments: `${enFields.departments}: choose at least one.`,
    unknown_department: `${enFields.departments}: choose among the departments there are.`,
    languages: `${enFields.languages}: choose from the list.`,
    sfi_track: `${enFields.sfiTrack}: choose 1, 2, 3 or ${registration.en.registration.noTrack}.`,
    sfi_course: `${enFields.sfiCourse}: choose A, B, C, D or ${registration.en.registration.noCourse}.`,
    course_without_track: registration.en.problems.course_without_track(enFields.sfiCourse),
    support: `${enFields.supportAtStart}: choose from the list.`,
  },
};
