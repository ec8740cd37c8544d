// Rating sessions (skattning, BIP/SKAPA), progression and indicator sets. Swedish first; English typed by it.
import * as instruments from './instruments';
import * as mode from './participant-mode';
export const sv = {
  scale: {
    1: '1 – stämmer inte alls',
    2: '2 – stämmer lite',
    3: '3 – stämmer delvis',
    4: '4 – stämmer ganska bra',
    5: '5 – stämmer helt',
    dontKnow: 'Vet ej / inte besvarat',
  },
  scaleShort: { dontKnow: 'vet ej' },
  title: (code: string) => `Skattning med ${code}`,
  correctionTitle: (code: string, date: string) => `Rättelse av skattningen ${date} – ${code}`,
  pageOf: (page: number, pages: number) => `Del ${page} av ${pages}`,
  intro:
    'Läs frågan tillsammans. Deltagaren skattar sig själv och du skattar som handläggare, 1–5. "Vet ej" är ett ärligt svar och räknas inte som en siffra.',
  selfLabel: 'Deltagarens egen skattning',
  staffLabel: 'Din skattning (handläggare)',
  staffOnly: 'Bara handläggaren skattar den här.',
  commentLabel: 'Kort kommentar (frivilligt, syns bara för dig)',
  choose: 'Välj',
  jobSearchTitle: 'Beskriv hur du söker jobb',
  jobSearchHelp:
    'Fråga deltagaren och skriv svaret med deltagarens ord. Frivilligt. Syns bara för dig.',
  jobSearchLabel: 'Hur söker du jobb?',
  summaryTitle: (code: string) => `Sammanfattning – ${code}`,
  summaryIntro:
    'Kontrollera innan du sparar. En sparad skattning ändras aldrig i tysthet: en rättelse blir en ny version.',
  date: 'Datum',
  instrument: 'Formulär',
  indicator: 'Område',
  self: 'Deltagare',
  staff: 'Handläggare',
  comment: 'Kommentar',
  jobSearchAnswer: 'Hur deltagaren söker jobb',
  noAnswer: '–',
  toSummary: 'Till sammanfattningen',
  saveSession: 'Spara skattningen',
  saveCorrection: 'Spara rättelsen',
  cancelSession: 'Avbryt skattningen',
  cancelled: 'Skattningen avbröts. Inget sparades.',
  errors: {
    scoreMissing: (area: string, who: string) => `${area} – ${who}: välj 1–5 eller "vet ej".`,
    scoreInvalid: (area: string, who: string) => `${area} – ${who}: ska vara 1–5 eller "vet ej".`,
    commentTooLong: (area: string) => `${area} – kommentaren är för lång (högst 500 tecken).`,
    jobSearchTooLong: 'Svaret är för långt (högst 2000 tecken).',
    outOfOrder:
      'Det steget hör inte till det här läget av skattningen. Här är där du är nu – inget har ändrats.',
    notCaseworker: 'Du behöver rollen handläggare för att skatta.',
    notOwner: (code: string) =>
      `Du är inte handläggare för ${code}. Bara den som äger ärendet kan skatta.`,
    consent: (code: string, status: string) =>
      `${code} saknar giltigt samtycke i dag (${status}). Förnya samtycket först – inget sparades.`,
    exited: (code: string, on: string) =>
      `${code} avslutades ${on}. En ny skattning kan inte påbörjas efter avslutet – tidigare skattningar finns kvar i progressionen.`,
    noSuchSession: 'Hittar ingen sådan skattning.',
    correctedMeanwhile:
      'Skattningen har rättats av någon annan under tiden. Inget sparades – öppna progressionen och försök igen.',
    instrumentMissing: (id: string, version: number) =>
      `Formuläret ${id} version ${version} finns inte längre.`,
    codeInvalid: 'Välj en deltagare.',
  },
  alreadySaved:
    'Skattningen är redan sparad (dubbelklick eller gammalt kort). Här är resultatet – inget sparades två gånger.',
  stale:
    'Kortet var inaktuellt eller skickades två gånger. Här är det aktuella läget – inget har ändrats.',
  picker: {
    title: 'Ny skattning',
    intro: 'Välj en av dina deltagare. Bara deltagare med giltigt samtycke visas.',
    participant: 'Deltagare',
    start: 'Starta',
    none: 'Du har ingen deltagare med giltigt samtycke att skatta.',
    lastRated: (date: string) => `senast skattad ${date}`,
    neverRated: 'aldrig skattad',
  },
  drafts: {
    title: 'Du har en påbörjad skattning',
    intro: 'Vill du fortsätta där du slutade?',
    item: (code: string, date: string, page: string) => `${code} – påbörjad ${date} (${page})`,
    resume: (code: string) => `Fortsätt med ${code}`,
    discard: (code: string) => `Släng utkastet för ${code}`,
    startNew: (code: string) => `Börja om med ${code}`,
    discarded: (code: string) => `Utkastet för ${code} är slängt. Inget sparades.`,
    none: 'Du har ingen påbörjad skattning. Skriv **skattning** för att börja en ny.',
    stepNames: {
      page: (n: number) => `del ${n}`,
      jobsearch: 'jobbsökfrågan',
      summary: 'sammanfattningen',
    },
  },
  progression: {
    title: (code: string) => `Progression – ${code}`,
    savedNotice: (date: string) => `Skattningen ${date} är sparad.`,
    sessions: (n: number) => (n === 1 ? '1 skattning' : `${n} skattningar`),
    none: (code: string) =>
      `${code} har inga skattningar än. Skriv **skattning ${code}** för att börja.`,
    risen: (n: number, total: number) =>
      `${n} av ${total} områden har stigit sedan första skattningen.`,
    progressed: (min: number) => `Stegförflyttning: minst ${min} områden har stigit.`,
    progressedDoubt: (min: number) =>
      `Minst ${min} områden har stigit, men signalerna nedan gör resultatet osäkert. Prata igenom dem innan du räknar det som en stegförflyttning.`,
    drops: (areas: string) =>
      `Stora fall sedan förra skattningen (två steg eller mer): ${areas}. Fråga vad som har hänt.`,
    firstSession: 'Det här är första skattningen – jämförelsen börjar vid nästa.',
    tableTitle: 'Område för område',
    now: 'Nu',
    first: 'Första',
    previous: 'Förra',
    change: 'Förändring',
    chartTitle: 'Skattningar över tid',
    chartX: 'Datum',
    chartY: 'Skattning 1–5',
    chartGroupTitle: (part: number, parts: number) =>
      `Skattningar över tid, del ${part} av ${parts}`,
    chartScale: '1 = stämmer inte alls, 5 = stämmer helt',
    historyTitle: 'Alla skattningar',
    earlierSessions: (n: number) =>
      `… och ${n} tidigare (registerutdraget för deltagaren har alla; de räknas i tabellen ovan)`,
    historyRow: (date: string, revision: number, savedAt: string) =>
      revision > 1 ? `${date} (rättad, version ${revision}, ${savedAt})` : `${date}`,
    signalsTitle: 'Att tänka på',
    uniformTop:
      'Deltagaren skattade sig 5 på alla områden. Det kan vara svårt att säga något annat än "bra" – prata igenom frågorna igen, med enkla ord och exempel.',
    gap: (areas: string) =>
      `Deltagarens och din skattning skiljer två steg eller mer på: ${areas}. Prata om skillnaden.`,
    stagnant:
      'Inget område har stigit under de tre senaste skattningarna. Se över insatserna – kombinera gärna en jobbinriktad insats med en annan.',
    noSignals: 'Inga signaler just nu.',
    jobSearch: 'Hur deltagaren söker jobb (senaste)',
    correct: 'Rätta en skattning',
    correctWhich: 'Vilken skattning?',
    correctStart: 'Rätta',
    backToProgression: 'Tillbaka till progressionen',
    instrumentLine: (name: string, version: number) => `${name}, version ${version}`,
  },
  instruments: instruments.sv,
  mode: mode.sv,
};

export type RatingStrings = typeof sv;

export const en: RatingStrings = {
  scale: {
    1: '1 – not at all',
    2: '2 – a little',
    3: '3 – partly',
    4: '4 – quite well',
    5: '5 – completely',
    dontKnow: "Don't know / not answered",
  },
  scaleShort: { dontKnow: "don't know" },
  title: (code: string) => `Rating session with ${code}`,
  correctionTitle: (code: string, date: string) => `Correcting the rating of ${date} – ${code}`,
  pageOf: (page: number, pages: number) => `Part ${page} of ${pages}`,
  intro:
    'Read the question together. The participant rates themselves and you rate as caseworker, 1–5. "Don\'t know" is an honest answer and is not counted as a score.',
  selfLabel: "The participant's own rating",
  staffLabel: 'Your rating (caseworker)',
  staffOnly: 'Only the caseworker rates this one.',
  commentLabel: 'Short comment (optional, only you see it)',
  choose: 'Choose',
  jobSearchTitle: 'Describe how you look for work',
  jobSearchHelp:
    "Ask the participant and write the answer in the participant's words. Optional. Only you see it.",
  jobSearchLabel: 'How do you look for work?',
  summaryTitle: (code: string) => `Summary – ${code}`,
  summaryIntro:
    'Check before saving. A saved rating is never silently changed: a correction becomes a new version.',
  date: 'Date',
  instrument: 'Form',
  indicator: 'Area',
  self: 'Participant',
  staff: 'Caseworker',
  comment: 'Comment',
  jobSearchAnswer: 'How the participant looks for work',
  noAnswer: '–',
  toSummary: 'To the summary',
  saveSession: 'Save the rating',
  saveCorrection: 'Save the correction',
  cancelSession: 'Cancel the rating',
  cancelled: 'The rating session was cancelled. Nothing was saved.',
  errors: {
    scoreMissing: (area: string, who: string) => `${area} – ${who}: choose 1–5 or "don't know".`,
    scoreInvalid: (area: string, who: string) => `${area} – ${who}: must be 1–5 or "don't know".`,
    commentTooLong: (area: string) => `${area} – the comment is too long (at most 500 characters).`,
    jobSearchTooLong: 'The answer is too long (at most 2000 characters).',
    outOfOrder:
      'That step does not belong to where the session is now. Here is where you are – nothing was changed.',
    notCaseworker: 'You need the caseworker role to rate.',
    notOwner: (code: string) =>
      `You are not the caseworker of ${code}. Only the case owner can rate.`,
    consent: (code: string, status: string) =>
      `${code} has no valid consent today (${status}). Renew the consent first – nothing was saved.`,
    exited: (code: string, on: string) =>
      `${code} exited on ${on}. A new rating session cannot be started after the exit – earlier sessions stay in the progression.`,
    noSuchSession: 'No such rating session.',
    correctedMeanwhile:
      'The session was corrected by someone else meanwhile. Nothing was saved – open the progression and try again.',
    instrumentMissing: (id: string, version: number) =>
      `The form ${id} version ${version} no longer exists.`,
    codeInvalid: 'Choose a participant.',
  },
  alreadySaved:
    'The rating is already saved (double click or an old card). Here is the result – nothing was saved twice.',
  stale: 'The card was out of date or sent twice. Here is the current state – nothing was changed.',
  picker: {
    title: 'New rating session',
    intro: 'Choose one of your participants. Only participants with valid consent are shown.',
    participant: 'Participant',
    start: 'Start',
    none: 'You have no participant with valid consent to rate.',
    lastRated: (date: string) => `last rated ${date}`,
    neverRated: 'never rated',
  },
  drafts: {
    title: 'You have an unfinished rating session',
    intro: 'Do you want to continue where you stopped?',
    item: (code: string, date: string, page: string) => `${code} – started ${date} (${page})`,
    resume: (code: string) => `Continue with ${code}`,
    discard: (code: string) => `Discard the draft for ${code}`,
    startNew: (code: string) => `Start over with ${code}`,
    discarded: (code: string) => `The draft for ${code} was discarded. Nothing was saved.`,
    none: 'You have no unfinished rating session. Type **rate** to start a new one.',
    stepNames: {
      page: (n: number) => `part ${n}`,
      jobsearch: 'the job-search question',
      summary: 'the summary',
    },
  },
  progression: {
    title: (code: string) => `Progression – ${code}`,
    savedNotice: (date: string) => `The rating of ${date} is saved.`,
    sessions: (n: number) => (n === 1 ? '1 rating session' : `${n} rating sessions`),
    none: (code: string) => `${code} has no rating sessions yet. Type **rate ${code}** to start.`,
    risen: (n: number, total: number) =>
      `${n} of ${total} areas have risen since the first session.`,
    progressed: (min: number) => `Progression: at least ${min} areas have risen.`,
    progressedDoubt: (min: number) =>
      `At least ${min} areas have risen, but the signals below make the result uncertain. Talk them through before you count it as progression.`,
    drops: (areas: string) =>
      `Large drops since the previous session (two steps or more): ${areas}. Ask what has happened.`,
    firstSession: 'This is the first session – the comparison starts with the next one.',
    tableTitle: 'Area by area',
    now: 'Now',
    first: 'First',
    previous: 'Previous',
    change: 'Change',
    chartTitle: 'Ratings over time',
    chartX: 'Date',
    chartY: 'Rating 1–5',
    chartGroupTitle: (part: number, parts: number) => `Ratings over time, part ${part} of ${parts}`,
    chartScale: '1 = not at all, 5 = completely',
    historyTitle: 'All rating sessions',
    earlierSessions: (n: number) =>
      `… and ${n} earlier (the participant's register extract has them all; they count in the table above)`,
    historyRow: (date: string, revision: number, savedAt: string) =>
      revision > 1 ? `${date} (corrected, version ${revision}, ${savedAt})` : `${date}`,
    signalsTitle: 'Worth noticing',
    uniformTop:
      'The participant rated 5 on every area. It can be hard to say anything but "good" – go through the questions again, with plain words and examples.',
    gap: (areas: string) =>
      `The participant's rating and yours differ by two steps or more on: ${areas}. Talk about the difference.`,
    stagnant:
      'No area has risen over the last three sessions. Review the activities – combining a job-oriented activity with another tends to help.',
    noSignals: 'No signals right now.',
    jobSearch: 'How the participant looks for work (latest)',
    correct: 'Correct a rating session',
    correctWhich: 'Which session?',
    correctStart: 'Correct',
    backToProgression: 'Back to the progression',
    instrumentLine: (name: string, version: number) => `${name}, version ${version}`,
  },
  instruments: instruments.en,
  mode: mode.en,
};
