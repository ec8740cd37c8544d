// Strings of the exit (avslut) and the six-month question. Swedish first; English typed by it.
import type { OutcomeGroup } from '../../domain/model';
import type { ExitProblem, NoNextStepReason } from '../../domain/outcomes';
import type { ExitDateProblem } from '../../domain/plan';

export const sv = {
  title: (code: string) => `Avslut ${code}`,
  intro:
    'Registrera att deltagaren lämnar insatserna: datum, resultat och om nästa steg är ordnat.',
  date: 'Datum för avslut',
  outcome: 'Resultat vid avslut',
  groups: { work: 'Arbete', studies: 'Studier', other: 'Övrigt' } satisfies Record<
    OutcomeGroup,
    string
  >,
  supportAtExit: 'Huvudsaklig försörjning vid avslut',
  nextStep:
    'Är nästa steg ordnat med en annan förvaltning eller myndighet? (Behövs inte vid arbete eller studier: de är själva nästa steg.)',
  nextStepYes: 'Ja, nästa steg är ordnat',
  nextStepNo: 'Nej, inget nästa steg',
  nextStepWith: 'Nästa steg hos',
  otherAuthority: 'Annan myndighet eller aktör',
  reason: 'Skäl till att inget nästa steg finns',
  reasons: {
    declined: 'Deltagaren ville inte',
    no_contact: 'Kontakten har upphört',
    moved: 'Flyttat',
    waiting: 'Väntar på plats eller beslut',
    not_eligible: 'Ingen förvaltning eller myndighet kunde ta emot',
    health: 'Kan inte delta just nu',
    other: 'Annat',
    // Every reason named; read by the stored reason, which is a string.
  } satisfies Record<NoNextStepReason, string> as Record<string, string>,
  save: 'Registrera avslut',
  correct: 'Rätta avslutet',
  saveCorrection: 'Spara rättelsen',
  corrected: 'Avslutet är rättat.',
  correctedLine: (date: string, who: string) => `Rättat ${date} av ${who}`,
  recordedLine: (date: string, who: string) => `Registrerat ${date} av ${who}`,
  endedByExit: 'Deltagaren avslutades',
  openPlan: 'Öppna planen',
  journal: 'Text till journalen',
  fields: { nextStep: 'Nästa steg ordnat' },
  errors: {
    outcome_required: 'Välj resultat vid avslut.',
    next_step_required:
      'Svara om nästa steg är ordnat (det behövs när resultatet inte är arbete eller studier).',
    reason_required: 'Inget nästa steg: ange ett skäl.',
    with_required: 'Ange var nästa steg är ordnat.',
    unknown_with: 'Nästa steg hos: välj en av förvaltningarna i listan eller annan myndighet.',
    exit_in_future: 'Datum för avslut kan inte ligga i framtiden.',
    exit_before_start: 'Datum för avslut kan inte vara före starten.',
    beforeStart: (start: string) => `Datum för avslut kan inte vara före starten (${start}).`,
    date: 'Datum för avslut: ange ett datum som ÅÅÅÅ-MM-DD.',
    invalid: (field: string) => `${field}: ogiltigt värde, välj ett av alternativen på kortet.`,
    unknownField: 'Ett fält på kortet',
  } satisfies Record<ExitProblem | ExitDateProblem, string> & Record<string, unknown>,
  doneTitle: (code: string) => `${code} är avslutad`,
  alreadyExited: (code: string, date: string) =>
    `${code} avslutades redan ${date}. Inget har ändrats.`,
  flagged:
    'Inget nästa steg är ordnat. Avslutet flaggas i veckosammanställningen så att det kan följas upp ("mellan stolarna").',
  changed:
    'Ärendet har ändrats sedan kortet visades. Här är det aktuella läget – inget sparades. Gör om avslutet om det fortfarande behövs.',
  sixMonths: {
    title: (code: string) => `Sex månader efter avslut: ${code}`,
    text: (date: string, outcome: string) =>
      `Deltagaren avslutades ${date} (${outcome}). Finansiärerna frågar: försörjer sig personen nu genom arbete eller studier?`,
    yes: 'Ja, arbete eller studier',
    no: 'Nej',
    recorded: (answer: string) => `Registrerat: ${answer}.`,
    summary: (code: string) => `Sexmånadersuppföljning av ${code}`,
  },
  facts: {
    nextStep: 'Nästa steg',
    reason: 'Skäl',
    support: 'Försörjning vid avslut',
    selfSupport: 'Egen försörjning efter sex månader',
  },
};

export type ExitStrings = typeof sv;

export const en: ExitStrings = {
  title: (code) => `Exit ${code}`,
  intro: 'Record that the participant leaves: date, outcome and whether a next step is arranged.',
  date: 'Exit date',
  outcome: 'Outcome at exit',
  groups: { work: 'Work', studies: 'Studies', other: 'Other' },
  supportAtExit: 'Main source of support at exit',
  nextStep:
    'Is a next step arranged with another department or authority? (Not needed for work or studies: they are the next step.)',
  nextStepYes: 'Yes, a next step is arranged',
  nextStepNo: 'No, no next step',
  nextStepWith: 'Next step with',
  otherAuthority: 'Other authority or organisation',
  reason: 'Reason there is no next step',
  reasons: {
    declined: 'The participant did not want one',
    no_contact: 'Contact was lost',
    moved: 'Moved',
    waiting: 'Waiting for a place or decision',
    not_eligible: 'No department or authority could take them on',
    health: 'Cannot take part for now',
    other: 'Other',
  },
  save: 'Record exit',
  correct: 'Correct the exit',
  saveCorrection: 'Save the correction',
  corrected: 'The exit is corrected.',
  correctedLine: (date, who) => `Corrected ${date} by ${who}`,
  recordedLine: (date, who) => `Recorded ${date} by ${who}`,
  endedByExit: 'The participant exited',
  openPlan: 'Open the plan',
  journal: 'Text for the journal',
  fields: { nextStep: 'Next step arranged' },
  errors: {
    outcome_required: 'Choose the outcome at exit.',
    next_step_required:
      'Answer whether a next step is arranged (needed when the outcome is not work or studies).',
    reason_required: 'No next step: give a reason.',
    with_required: 'Say where the next step is arranged.',
    unknown_with: 'Next step with: choose one of the departments in the list or another authority.',
    exit_in_future: 'The exit date cannot be in the future.',
    exit_before_start: 'The exit date cannot be before the start.',
    beforeStart: (start) => `The exit date cannot be before the start (${start}).`,
    date: 'Exit date: enter a date as YYYY-MM-DD.',
    invalid: (field) => `${field}: invalid value, choose one of the options on the card.`,
    unknownField: 'A field of the card',
  },
  doneTitle: (code) => `${code} has exited`,
  alreadyExited: (code, date) => `${code} already exited on ${date}. Nothing was changed.`,
  flagged:
    'No next step is arranged. The exit is flagged in the weekly digest so it can be followed up ("between the chairs").',
  changed:
    'The case has changed since the card was shown. Here is the current state – nothing was saved. Record the exit again if still needed.',
  sixMonths: {
    title: (code) => `Six months after exit: ${code}`,
    text: (date, outcome) =>
      `The participant exited on ${date} (${outcome}). Funders ask: does the person now support themselves through work or studies?`,
    yes: 'Yes, work or studies',
    no: 'No',
    recorded: (answer) => `Recorded: ${answer}.`,
    summary: (code) => `Six-month follow-up of ${code}`,
  },
  facts: {
    nextStep: 'Next step',
    reason: 'Reason',
    support: 'Support at exit',
    selfSupport: 'Self-support after six months',
  },
};
