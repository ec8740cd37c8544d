// Case forum: closing a meeting, minutes, follow-through of actions and what the case card shows
// (issue #11). Spread into cards/locales/forum.ts. Swedish first; English typed by it.
export const sv = {
  closeConfirmTitle: (date: string) => `Avsluta ärendeforum ${date}?`,
  closeConfirmText:
    'När mötet avslutas skickas protokollet i kanalen (ärenden med kod, beslut, vem och när). Därefter kan inga ärenden läggas till och inga beslut sparas för mötet. Det går inte att ångra.',
  closeBeforeDate: (date: string, today: string) =>
    `Mötet är planerat till ${date}, och i dag är det ${today}. Avsluta ändå?`,
  closeConfirm: 'Ja, avsluta mötet',
  closeCancel: 'Avbryt',
  closedAt: 'Avslutat',
  tookPart: 'Deltog',
  nextMeeting: 'Nästa möte',
  noNextMeeting: 'inget planerat',
  decisionsFor: (code: string) => `Beslut för ${code}`,
  showMinutes: 'Visa protokollet',
  noMinutes: 'Inget avslutat möte har något protokoll ännu.',
  caseAlreadyPosted: (code: string) =>
    `Ärendekortet för ${code} finns redan i kanalen för det här mötet. Tryck Visa på det kortet.`,
  notAddableTitle: 'Kan inte tas upp',
  notAddable: (code: string, why: string) => `${code}: ${why}`,
  resultsTitle: 'Resultat av åtgärder från tidigare möten',
  resultLine: (what: string, result: string, by: string) => `${what} – klar: ${result} (${by})`,
  noResult: 'klar, inget resultat angivet',
  agendaResults: (n: number) => (n === 1 ? '1 åtgärd klar' : `${n} åtgärder klara`),
  signalsTitle: 'Signaler',
  signals: {
    uniformTop: 'Deltagaren har gett 5 på alla frågor: gå gärna igenom frågorna igen.',
    largeGap: 'Stor skillnad mellan deltagarens och handläggarens skattning på flera områden.',
    stagnant: 'Ingen stegförflyttning under de senaste tre skattningarna.',
  },
  followUpOverdue: (date: string) => `Uppföljningen ${date} är försenad.`,
  assignedTitle: 'Du har fått en åtgärd',
  assignedIntro: (code: string, date: string) =>
    `Ärendeforum ${date} gav dig en åtgärd för ${code}.`,
  soonTitle: 'Åtgärd snart',
  soonIntro: (code: string, due: string) =>
    `Påminnelse: åtgärden för ${code} ska vara klar senast ${due}.`,
  meetingPlace: (date: string, team: string, channel: string, depts: string) =>
    `${date} – ${team} › ${channel} (${depts})`,
  general: 'Allmänt',
  resultShared: 'Kort resultat (visas för forumet på ärendekortet och i protokollet)',
  dueRule: (date: string) => `Ange ett datum som ÅÅÅÅ-MM-DD, tidigast mötesdagen ${date}.`,
  meetingDateRule: (today: string) =>
    `Ange mötets datum som ÅÅÅÅ-MM-DD, i dag (${today}) eller senare.`,
};

export type ForumMeetingStrings = typeof sv;

export const en: ForumMeetingStrings = {
  closeConfirmTitle: (date: string) => `Close the case forum of ${date}?`,
  closeConfirmText:
    'Closing posts the minutes in the channel (cases by code, decisions, who and by when). After that no cases can be added and no decisions saved for this meeting. It cannot be undone.',
  closeBeforeDate: (date: string, today: string) =>
    `The meeting is planned for ${date}, and today is ${today}. Close it anyway?`,
  closeConfirm: 'Yes, close the meeting',
  closeCancel: 'Cancel',
  closedAt: 'Closed',
  tookPart: 'Took part',
  nextMeeting: 'Next meeting',
  noNextMeeting: 'none planned',
  decisionsFor: (code: string) => `Decisions for ${code}`,
  showMinutes: 'Show the minutes',
  noMinutes: 'No closed meeting has minutes yet.',
  caseAlreadyPosted: (code: string) =>
    `The case card for ${code} is already in the channel for this meeting. Press Show on that card.`,
  notAddableTitle: 'Cannot be brought',
  notAddable: (code: string, why: string) => `${code}: ${why}`,
  resultsTitle: 'Results of actions from earlier meetings',
  resultLine: (what: string, result: string, by: string) => `${what} – done: ${result} (${by})`,
  noResult: 'done, no result given',
  agendaResults: (n: number) => (n === 1 ? '1 action done' : `${n} actions done`),
  signalsTitle: 'Signals',
  signals: {
    uniformTop: 'The participant gave 5 on every question: consider going through them again.',
    largeGap: "Large gap between the participant's and the caseworker's ratings on several areas.",
    stagnant: 'No progression over the last three sessions.',
  },
  followUpOverdue: (date: string) => `The follow-up of ${date} is overdue.`,
  assignedTitle: 'You have been given an action',
  assignedIntro: (code: string, date: string) =>
    `The case forum of ${date} gave you an action for ${code}.`,
  soonTitle: 'Action due soon',
  soonIntro: (code: string, due: string) =>
    `Reminder: the action for ${code} is to be done by ${due}.`,
  meetingPlace: (date: string, team: string, channel: string, depts: string) =>
    `${date} – ${team} › ${channel} (${depts})`,
  general: 'General',
  resultShared: 'Short result (shown to the forum on the case card and in the minutes)',
  dueRule: (date: string) => `Enter a date as YYYY-MM-DD, the meeting day ${date} or later.`,
  meetingDateRule: (today: string) =>
    `Enter the meeting date as YYYY-MM-DD, today (${today}) or later.`,
};
