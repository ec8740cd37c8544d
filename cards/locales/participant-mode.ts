// The caseworker's words around participant mode (the participant's own words are in
// participant.ts): starting it, the handover, the compact card, who wrote the job-search answer,
// language names, "Min resa", and a second session on the same day. Swedish first; English typed by it.
import type { ParticipantLanguage } from '../../domain/languages';

export const sv = {
  offer: 'Låt deltagaren svara själv',
  offerHelp:
    'En fråga i taget på deltagarens språk med svenska under, en bild per område och stora knappar. Vänd skärmen till deltagaren. Du skattar efteråt på ett eget kort.',
  language: 'Deltagarens språk',
  start: 'Starta deltagarläge',
  unreviewed: (language: string) =>
    `Översättningen till ${language} är inte granskad av en översättare än. Läs gärna frågan högt på svenska också.`,
  languageMissing: (language: string) =>
    `Formuläret har ingen hel översättning till ${language}. Välj ett annat språk eller svenska.`,
  handoverTitle: (code: string) => `Deltagaren är klar – ${code}`,
  handoverContinue: 'Jag är handläggaren – fortsätt',
  staffTitle: (code: string) => `Din skattning – ${code}`,
  staffIntro:
    'Skatta varje område med ett tryck, oberoende av deltagarens svar (dem ser du i sammanfattningen). ? = vet ej.',
  staffDone: 'Vidare',
  staffMissing: 'Välj 1–5 eller ? här.',
  missingCount: (n: number) =>
    n === 1
      ? '1 svar saknas – se markeringen nedan.'
      : `${n} svar saknas – se markeringarna nedan.`,
  chosen: (v: string) => `Vald: ${v}`,
  dontKnowShort: '?',
  wordsLabel: 'Vems ord är svaret?',
  words: {
    participant: 'Deltagarens egna ord',
    caseworker: 'Jag skrev det på svenska',
  },
  wordsNote: {
    participant: 'Med deltagarens egna ord.',
    caseworker: 'Skrivet av handläggaren på svenska.',
  },
  languageNames: {
    sv: 'svenska',
    en: 'engelska',
    ar: 'arabiska',
    so: 'somaliska',
    ti: 'tigrinja',
    prs: 'dari',
    fa: 'persiska',
    uk: 'ukrainska',
    ckb: 'kurdiska (sorani)',
  } satisfies Record<ParticipantLanguage, string>,
  journeyButton: 'Visa Min resa för deltagaren',
  journeyNone: 'Deltagaren har inga egna svar att visa än.',
  sameDayTitle: 'Det finns redan en skattning i dag',
  sameDayText: (code: string, date: string) =>
    `${code} skattades redan i dag (${date}). Vill du rätta den skattningen eller lägga till en till?`,
  sameDayCorrect: 'Rätta dagens skattning',
  sameDayAdd: 'Lägg till en skattning till',
};

export type ModeStrings = typeof sv;

export const en: ModeStrings = {
  offer: 'Let the participant answer themselves',
  offerHelp:
    "One question at a time in the participant's language with Swedish beneath, a picture per area and large buttons. Turn the screen to the participant. You rate afterwards on a card of your own.",
  language: "The participant's language",
  start: 'Start participant mode',
  unreviewed: (language: string) =>
    `The ${language} translation has not been reviewed by a translator yet. Reading the question aloud in Swedish too may help.`,
  languageMissing: (language: string) =>
    `The form has no complete ${language} translation. Choose another language or Swedish.`,
  handoverTitle: (code: string) => `The participant is done – ${code}`,
  handoverContinue: "I'm the caseworker – continue",
  staffTitle: (code: string) => `Your rating – ${code}`,
  staffIntro:
    "Rate each area with one tap, independently of the participant's answers (you see them in the summary). ? = don't know.",
  staffDone: 'Next',
  staffMissing: 'Choose 1–5 or ? here.',
  missingCount: (n: number) =>
    n === 1
      ? '1 answer is missing – see the mark below.'
      : `${n} answers are missing – see the marks below.`,
  chosen: (v: string) => `Chosen: ${v}`,
  dontKnowShort: '?',
  wordsLabel: 'Whose words is the answer in?',
  words: {
    participant: "The participant's own words",
    caseworker: 'I wrote it in Swedish',
  },
  wordsNote: {
    participant: "In the participant's own words.",
    caseworker: 'Written by the caseworker in Swedish.',
  },
  languageNames: {
    sv: 'Swedish',
    en: 'English',
    ar: 'Arabic',
    so: 'Somali',
    ti: 'Tigrinya',
    prs: 'Dari',
    fa: 'Persian',
    uk: 'Ukrainian',
    ckb: 'Kurdish (Sorani)',
  },
  journeyButton: 'Show My journey to the participant',
  journeyNone: 'The participant has no own answers to show yet.',
  sameDayTitle: 'There is already a session today',
  sameDayText: (code: string, date: string) =>
    `${code} was already rated today (${date}). Do you want to correct that session or add another?`,
  sameDayCorrect: "Correct today's session",
  sameDayAdd: 'Add another session',
};
