// Strings of the journal texts (plain text to copy into the journal system). Swedish first.
export const sv = {
  title: 'Text till journalen',
  label: 'Markera texten och kopiera den till journalsystemet',
  intro: 'Utan kod: journalen har redan personen. Dina egna ord står som du skrev dem.',
  back: 'Tillbaka',
  plan: {
    heading: (date: string) => `Handlingsplan, ändrad ${date}.`,
    goal: (goal: string) => `Mål: ${goal}.`,
    ownWords: (words: string) => `Deltagarens egna ord om målet: "${words}"`,
    activities: 'Insatser:',
    none: 'Inga insatser i planen.',
    changes: (list: string) => `Ändrat i dag: ${list}.`,
    nextFollowUp: (date: string) => `Nästa uppföljning: ${date}.`,
  },
  activity: (name: string, dept: string, status: string, dates: string) =>
    `- ${name} (${dept}): ${status}, ${dates}.`,
  responsible: (who: string) => `  Ansvarig: ${who}.`,
  reason: (why: string) => `  Skäl: ${why}`,
  opinion: (what: string) => `  Deltagaren tycker: "${what}"`,
  followUp: {
    heading: (held: string, due: string) =>
      `Uppföljning av handlingsplanen ${held} (planerad ${due}).`,
    level: (level: string) => `Deltagarens svenska: ${level}.`,
  },
  exit: {
    heading: (date: string, outcome: string) => `Avslut ${date}. Resultat: ${outcome}.`,
    support: (s: string) => `Huvudsaklig försörjning vid avslut: ${s}.`,
    nextStep: (where: string) => `Nästa steg är ordnat hos ${where}.`,
    noNextStep: (why: string) => `Inget nästa steg är ordnat. Skäl: ${why}.`,
    itselfNext: 'Arbete eller studier är själva nästa steg.',
    ended: (date: string, list: string) => `Insatserna avslutades ${date}: ${list}.`,
  },
  rating: {
    heading: (date: string, n: number) =>
      `Skattning av stegförflyttning (BIP/SKAPA) ${date}, samtal ${n}.`,
    scale: 'Deltagarens egen skattning / handläggarens, 1 = stämmer inte alls, 5 = stämmer helt:',
    line: (area: string, self: string, staff: string) => `- ${area}: ${self} / ${staff}`,
    staffOnly: (area: string, staff: string) => `- ${area}: ${staff}`,
    previous: (self: string, staff: string) => ` (förra gången ${self} / ${staff})`,
    comment: (c: string) => `  Kommentar: "${c}"`,
    jobSearch: (text: string) => `Hur deltagaren söker jobb: "${text}"`,
    risen: (n: number, of: number) => `${n} av ${of} områden har stigit sedan första skattningen.`,
    noAnswer: 'vet ej',
  },
};

export type JournalStrings = typeof sv;

export const en: JournalStrings = {
  title: 'Text for the journal',
  label: 'Select the text and copy it into the journal system',
  intro:
    'No code: the journal already knows the person. Your own words are kept as you wrote them.',
  back: 'Back',
  plan: {
    heading: (date) => `Activity plan, changed ${date}.`,
    goal: (goal) => `Goal: ${goal}.`,
    ownWords: (words) => `The goal in the participant's own words: "${words}"`,
    activities: 'Activities:',
    none: 'No activities in the plan.',
    changes: (list) => `Changed today: ${list}.`,
    nextFollowUp: (date) => `Next follow-up: ${date}.`,
  },
  activity: (name, dept, status, dates) => `- ${name} (${dept}): ${status}, ${dates}.`,
  responsible: (who) => `  Responsible: ${who}.`,
  reason: (why) => `  Reason: ${why}`,
  opinion: (what) => `  The participant thinks: "${what}"`,
  followUp: {
    heading: (held, due) => `Follow-up of the activity plan ${held} (planned ${due}).`,
    level: (level) => `The participant's Swedish: ${level}.`,
  },
  exit: {
    heading: (date, outcome) => `Exit ${date}. Outcome: ${outcome}.`,
    support: (s) => `Main source of support at exit: ${s}.`,
    nextStep: (where) => `A next step is arranged with ${where}.`,
    noNextStep: (why) => `No next step is arranged. Reason: ${why}.`,
    itselfNext: 'Work or studies are themselves the next step.',
    ended: (date, list) => `The activities ended on ${date}: ${list}.`,
  },
  rating: {
    heading: (date, n) => `Progression rating (BIP/SKAPA) ${date}, session ${n}.`,
    scale: "The participant's own rating / the caseworker's, 1 = not at all, 5 = completely:",
    line: (area, self, staff) => `- ${area}: ${self} / ${staff}`,
    staffOnly: (area, staff) => `- ${area}: ${staff}`,
    previous: (self, staff) => ` (last time ${self} / ${staff})`,
    comment: (c) => `  Comment: "${c}"`,
    jobSearch: (text) => `How the participant looks for work: "${text}"`,
    risen: (n, of) => `${n} of ${of} areas have risen since the first rating.`,
    noAnswer: "don't know",
  },
};
