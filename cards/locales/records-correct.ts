// Correction of the registration (GDPR art. 16): the card's fields and what can be wrong with a
// correction. Swedish first; English typed by it.
import type { CorrectableField, CorrectionProblem } from '../../domain/corrections';

export const sv = {
  open: 'Rätta registreringen',
  title: (code: string) => `Rätta registreringen av ${code}`,
  intro:
    'Rätta en uppgift som är fel (GDPR artikel 16). Varje ändring sparas med vem och när, och det gamla värdet finns kvar i registerutdraget.',
  fields: {
    name: 'Namn (frivilligt, syns bara för dig)',
    protectedIdentity: 'Skyddad identitet',
    gender: 'Kön',
    birthYear: 'Födelseår',
    startDate: 'Startdatum',
    departments: 'Förvaltningar som är med',
    languages: 'Deltagarens språk för skattningen',
    sfiTrack: 'SFI-spår',
    sfiCourse: 'SFI-kurs',
    supportAtStart: 'Försörjning vid start',
  } satisfies Record<CorrectableField, string>,
  protectedHelp: 'Med skyddad identitet sparas inget namn, inte heller i historiken.',
  noSupport: 'Inte angiven',
  noTrack: 'Inget spår',
  noCourse: 'Ingen kurs',
  save: 'Spara rättelsen',
  saved: (fields: string) => `Rättat: ${fields}. Sparat med vem och när.`,
  nothing: 'Inget ändrades.',
  usage: 'Skriv rätta och deltagarens kod, till exempel: rätta D-4F7K',
  problems: {
    name: 'Namn (frivilligt, syns bara för dig): högst 100 tecken.',
    gender: 'Kön: välj i listan.',
    birth_year: 'Födelseår: ett årtal med fyra siffror, minst 15 år sedan.',
    start_date: 'Startdatum: ett datum som ÅÅÅÅ-MM-DD, inte i framtiden.',
    start_after_exit: 'Startdatum: kan inte vara efter avslutsdatumet.',
    departments: 'Förvaltningar som är med: välj minst en.',
    unknown_department: 'Förvaltningar som är med: välj bland de förvaltningar som finns.',
    languages: 'Deltagarens språk för skattningen: välj i listan.',
    sfi_track: 'SFI-spår: välj 1, 2, 3 eller Inget spår.',
    sfi_course: 'SFI-kurs: välj A, B, C, D eller Ingen kurs.',
    course_without_track: 'SFI-kurs: välj först ett SFI-spår.',
    support: 'Försörjning vid start: välj i listan.',
  } satisfies Record<CorrectionProblem, string>,
};

export type CorrectStrings = typeof sv;

export const en: CorrectStrings = {
  open: 'Correct the registration',
  title: (code: string) => `Correct the registration of ${code}`,
  intro:
    'Correct a detail that is wrong (GDPR Article 16). Each change is kept with who and when, and the old value stays in the access request.',
  fields: {
    name: 'Name (optional, only you see it)',
    protectedIdentity: 'Protected identity',
    gender: 'Gender',
    birthYear: 'Birth year',
    startDate: 'Start date',
    departments: 'Departments involved',
    languages: "The participant's languages for rating",
    sfiTrack: 'SFI track',
    sfiCourse: 'SFI course',
    supportAtStart: 'Support at start',
  },
  protectedHelp: 'With protected identity no name is kept, not in the history either.',
  noSupport: 'Not given',
  noTrack: 'No track',
  noCourse: 'No course',
  save: 'Save the correction',
  saved: (fields: string) => `Corrected: ${fields}. Kept with who and when.`,
  nothing: 'Nothing changed.',
  usage: 'Type correct and the participant code, for example: correct D-4F7K',
  problems: {
    name: 'Name (optional, only you see it): at most 100 characters.',
    gender: 'Gender: choose from the list.',
    birth_year: 'Birth year: four digits, at least 15 years ago.',
    start_date: 'Start date: a date as YYYY-MM-DD, not in the future.',
    start_after_exit: 'Start date: cannot be after the exit date.',
    departments: 'Departments involved: choose at least one.',
    unknown_department: 'Departments involved: choose among the departments there are.',
    languages: "The participant's languages for rating: choose from the list.",
    sfi_track: 'SFI track: choose 1, 2, 3 or No track.',
    sfi_course: 'SFI course: choose A, B, C, D or No course.',
    course_without_track: 'SFI course: choose an SFI track first.',
    support: 'Support at start: choose from the list.',
  },
};
