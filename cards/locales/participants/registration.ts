// Registration (ny deltagare): the card, its fields and the problems a field can have. Swedish first; English typed by it.
import type { FieldProblem } from '../../../domain/registration';
import type { SupportSource } from '../../../domain/types';

export const sv = {
  registration: {
    title: 'Ny deltagare',
    intro:
      'Deltagaren får en kod (t.ex. D-4F7K) som är hur alla andra ser personen. Namnet är frivilligt och syns bara för dig.',
    sectionPerson: 'Personen',
    sectionSfi: 'SFI (om det gäller)',
    sectionConsent: 'Samtycke',
    consentHelp: 'Samtycket anger vilka förvaltningar uppgifter får delas med (OSL) och hur länge.',
    protectedHelp: 'Med skyddad identitet sparas inget namn, och deltagaren visas bara med kod.',
    save: 'Registrera',
    savedTitle: (code: string) => `Registrerad: ${code}`,
    savedText: (code: string) =>
      `Deltagaren har fått koden **${code}**. Använd koden i kanaler och i ärendeforum.`,
    savedProtected: 'Skyddad identitet: inget namn har sparats.',
    cancelled: 'Registreringen avbröts. Inget sparades.',
    noTrack: 'Inget spår',
    noCourse: 'Ingen kurs',
    choose: 'Välj',
    consentDepartmentsHelp:
      'Välj inget om samtycket gäller just de förvaltningar som är med (ovan): de blir då samtyckets förvaltningar.',
    startRating: 'Starta skattning',
    openPlan: 'Öppna plan',
    openCard: 'Öppna deltagarkortet',
  },
  fields: {
    name: 'Namn (frivilligt)',
    gender: 'Kön',
    birthYear: 'Födelseår',
    startDate: 'Startdatum',
    departments: 'Förvaltningar som är med',
    languages: 'Deltagarens språk för skattningen',
    sfiTrack: 'SFI-spår',
    sfiCourse: 'SFI-kurs',
    protectedIdentity: 'Skyddad identitet',
    supportAtStart: 'Huvudsaklig försörjning vid start',
    consentGivenOn: 'Samtycke givet',
    consentDepartments: 'Samtycket gäller förvaltningarna',
    consentValidUntil: 'Samtycket gäller till och med',
  },
  problems: {
    required: (f: string) => `${f}: måste fyllas i.`,
    invalid: (f: string) => `${f}: välj ett av alternativen.`,
    invalid_date: (f: string) => `${f}: ange ett riktigt datum (ÅÅÅÅ-MM-DD).`,
    birth_year_range: (f: string, min: number, max: number) =>
      `${f}: ange ett år mellan ${min} och ${max}.`,
    in_future: (f: string) => `${f}: kan inte vara ett datum i framtiden.`,
    not_after_given: (f: string) => `${f}: måste vara efter datumet då samtycket gavs.`,
    unknown_department: (f: string) => `${f}: välj bland de förvaltningar som finns.`,
    course_without_track: (f: string) => `${f}: välj först ett SFI-spår.`,
    too_long: (f: string) => `${f}: för långt.`,
    choose_one: (f: string) => `${f}: välj ett av alternativen.`,
    choose_many: (f: string) => `${f}: välj minst en förvaltning.`,
  } satisfies Record<FieldProblem | 'choose_one' | 'choose_many', unknown>,
  /** What each input checks before anything is sent (the client shows it under the input). */
  inputRules: {
    notAfterToday: (f: string, today: string) => `${f}: ange ett datum, senast i dag (${today}).`,
    date: (f: string) => `${f}: ange ett datum (ÅÅÅÅ-MM-DD).`,
    afterGiven: (f: string) => `${f}: ange ett datum efter dagen då samtycket gavs.`,
  },
  support: {
    lon: 'Lön',
    studiemedel: 'Studiemedel',
    ekonomiskt_bistand: 'Ekonomiskt bistånd',
    etablering: 'Etableringsersättning',
    a_kassa: 'A-kassa',
    fk: 'Sjuk- eller aktivitetsersättning (FK)',
    ingen: 'Ingen',
    okand: 'Okänd',
  } satisfies Record<SupportSource, string>,
};

export type RegistrationStrings = typeof sv;

export const en: RegistrationStrings = {
  registration: {
    title: 'New participant',
    intro:
      'The participant gets a code (e.g. D-4F7K), which is how everyone else sees them. The name is optional and only you see it.',
    sectionPerson: 'The person',
    sectionSfi: 'SFI (where it applies)',
    sectionConsent: 'Consent',
    consentHelp:
      'The consent says which departments information may be shared with (OSL) and for how long.',
    protectedHelp:
      'With protected identity no name is kept, and the participant is shown by code only.',
    save: 'Register',
    savedTitle: (code: string) => `Registered: ${code}`,
    savedText: (code: string) =>
      `The participant has the code **${code}**. Use the code in channels and case forums.`,
    savedProtected: 'Protected identity: no name was kept.',
    cancelled: 'Registration cancelled. Nothing was saved.',
    noTrack: 'No track',
    noCourse: 'No course',
    choose: 'Choose',
    consentDepartmentsHelp:
      'Choose none if the consent covers exactly the departments involved (above): they then become the consent departments.',
    startRating: 'Start a rating session',
    openPlan: 'Open the plan',
    openCard: 'Open the participant card',
  },
  fields: {
    name: 'Name (optional)',
    gender: 'Gender',
    birthYear: 'Birth year',
    startDate: 'Start date',
    departments: 'Departments involved',
    languages: "The participant's language(s) for rating",
    sfiTrack: 'SFI track',
    sfiCourse: 'SFI course',
    protectedIdentity: 'Protected identity',
    supportAtStart: 'Main source of support at start',
    consentGivenOn: 'Consent given on',
    consentDepartments: 'Consent covers the departments',
    consentValidUntil: 'Consent valid until',
  },
  problems: {
    required: (f: string) => `${f}: required.`,
    invalid: (f: string) => `${f}: choose one of the options.`,
    invalid_date: (f: string) => `${f}: enter a real date (YYYY-MM-DD).`,
    birth_year_range: (f: string, min: number, max: number) =>
      `${f}: enter a year between ${min} and ${max}.`,
    in_future: (f: string) => `${f}: cannot be a date in the future.`,
    not_after_given: (f: string) => `${f}: must be after the date the consent was given.`,
    unknown_department: (f: string) => `${f}: choose among the departments that exist.`,
    course_without_track: (f: string) => `${f}: choose an SFI track first.`,
    too_long: (f: string) => `${f}: too long.`,
    choose_one: (f: string) => `${f}: choose one of the options.`,
    choose_many: (f: string) => `${f}: choose at least one department.`,
  },
  inputRules: {
    notAfterToday: (f: string, today: string) =>
      `${f}: enter a date, today (${today}) at the latest.`,
    date: (f: string) => `${f}: enter a date (YYYY-MM-DD).`,
    afterGiven: (f: string) => `${f}: enter a date after the day the consent was given.`,
  },
  support: {
    lon: 'Wages',
    studiemedel: 'Student finance',
    ekonomiskt_bistand: 'Financial assistance',
    etablering: 'Establishment allowance',
    a_kassa: 'Unemployment insurance',
    fk: 'Sickness or activity compensation (FK)',
    ingen: 'None',
    okand: 'Unknown',
  },
};
