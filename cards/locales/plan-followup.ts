// Strings of the follow-up card (uppföljning). Swedish first; English typed by it.
import type { SwedishLevel } from '../../domain/plan';

export const sv = {
  title: (code: string) => `Uppföljning ${code}`,
  intro: (date: string) =>
    `Dags för uppföljning av handlingsplanen (planerad ${date}). Gå igenom insatserna med deltagaren.`,
  opinion: (name: string) => `Vad tycker deltagaren om ${name}?`,
  opinionLabel: 'Vad deltagaren tycker om insatsen',
  late: (date: string, days: number) =>
    `Uppföljningen skulle ha hållits ${date} och är ${days} ${days === 1 ? 'dag' : 'dagar'} sen.`,
  early: (date: string) => `Uppföljningen är planerad till ${date}: du håller den i förväg.`,
  exited: (code: string, date: string) =>
    `${code} avslutades ${date}: ingen uppföljning behövs längre.`,
  start: 'Håll uppföljning nu',
  decision: 'Fortsätta eller avsluta?',
  keep: 'Fortsätter',
  complete: 'Avsluta (genomförd)',
  cancel: 'Avbryt',
  cancelReason: 'Skäl om avbruten',
  swedishLevel: 'Deltagarens svenska nu',
  levels: {
    sfi_a: 'SFI kurs A',
    sfi_b: 'SFI kurs B',
    sfi_c: 'SFI kurs C',
    sfi_d: 'SFI kurs D',
    A1: 'GERS A1',
    A2: 'GERS A2',
    B1: 'GERS B1',
    B2: 'GERS B2',
    C1: 'GERS C1',
    C2: 'GERS C2',
    // Every level named; read by the stored level, which is a string.
  } satisfies Record<SwedishLevel, string> as Record<string, string>,
  noLevel: 'Ingen bedömning nu',
  addNew: 'Ny insats (valfritt)',
  noNew: 'Ingen ny insats',
  newStart: 'Startdatum för ny insats',
  save: 'Spara uppföljningen',
  saved: 'Uppföljningen är sparad.',
  noActivities: 'Deltagaren har inga pågående eller planerade insatser.',
  summary: (code: string) => `Dags för uppföljning av ${code}`,
};

export const en: typeof sv = {
  title: (code) => `Follow-up ${code}`,
  intro: (date) =>
    `Time to follow up the activity plan (planned ${date}). Go through the activities with the participant.`,
  opinion: (name) => `What does the participant think of ${name}?`,
  opinionLabel: 'What the participant thinks of the activity',
  late: (date, days) =>
    `The follow-up was due on ${date} and is ${days} ${days === 1 ? 'day' : 'days'} late.`,
  early: (date) => `The follow-up is planned for ${date}: you are holding it ahead of time.`,
  exited: (code, date) => `${code} exited on ${date}: no follow-up is needed any more.`,
  start: 'Hold a follow-up now',
  decision: 'Continue or end?',
  keep: 'Continues',
  complete: 'End (completed)',
  cancel: 'Cancel',
  cancelReason: 'Reason if cancelled',
  swedishLevel: "The participant's Swedish now",
  levels: {
    sfi_a: 'SFI course A',
    sfi_b: 'SFI course B',
    sfi_c: 'SFI course C',
    sfi_d: 'SFI course D',
    A1: 'CEFR A1',
    A2: 'CEFR A2',
    B1: 'CEFR B1',
    B2: 'CEFR B2',
    C1: 'CEFR C1',
    C2: 'CEFR C2',
  },
  noLevel: 'Not assessed now',
  addNew: 'New activity (optional)',
  noNew: 'No new activity',
  newStart: 'Start date of the new activity',
  save: 'Save the follow-up',
  saved: 'The follow-up is saved.',
  noActivities: 'The participant has no ongoing or planned activities.',
  summary: (code) => `Time to follow up ${code}`,
};
