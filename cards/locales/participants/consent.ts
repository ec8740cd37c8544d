// The consent card and the reminder when a consent expires soon. Swedish first; English typed by it.
export const sv = {
  consent: {
    title: (code: string) => `Samtycke för ${code}`,
    current: 'Gällande samtycke',
    status: 'Status',
    givenOn: 'Givet',
    departments: 'Förvaltningar',
    validUntil: 'Gäller t.o.m.',
    withdrawnOn: 'Återkallat',
    history: 'Historik',
    historyRow: (given: string, until: string, deps: string, withdrawn: string | null) =>
      `${given} – ${until}: ${deps}${withdrawn ? ` (återkallat ${withdrawn})` : ''}`,
    none: 'Inget samtycke registrerat.',
    renewTitle: 'Förnya samtycket',
    renew: 'Spara nytt samtycke',
    withdrawAsk: 'Återkalla samtycket …',
    confirmTitle: (code: string) => `Återkalla samtycket för ${code}?`,
    confirmIntro: (today: string) =>
      `Inget är ändrat än. Så här blir det om du återkallar samtycket i dag (${today}):`,
    confirmWhat: (code: string, today: string, deps: string) => [
      `Samtycket gäller inte längre från och med ${today}.`,
      `Inga nya skattningar kan göras med ${code}, och ${code} kan inte tas upp i ärendeforum.`,
      `Inget om ${code} delas längre med ${deps}.`,
      'Det som redan är registrerat finns kvar. Ett nytt samtycke kan registreras om deltagaren ger det igen.',
    ],
    confirmYes: 'Ja, återkalla samtycket',
    confirmNo: 'Nej, behåll samtycket',
    withdrawHelp:
      'Återkallat samtycke gäller från i dag. Uppgifter delas då inte längre med andra förvaltningar.',
    renewed: 'Det nya samtycket är sparat.',
    withdrawn: 'Samtycket är återkallat från i dag.',
    alreadyWithdrawn: 'Samtycket är redan återkallat.',
    expiringHelp:
      'Samtycket gäller fortfarande. När det har gått ut stoppas skattningar och ärendeforum för deltagaren, så förnya det i tid nedan.',
    notCovered: (deps: string) =>
      `Samtycket omfattar inte alla förvaltningar som är med: ${deps}. Inget om deltagaren delas med dem, och ett ärendeforum där de är med kan inte ta upp deltagaren.`,
    expiringTitle: (code: string) => `Samtycket för ${code} går snart ut`,
    expiringText: (code: string, until: string, left: string) =>
      `${left} (gäller t.o.m. ${until}). Utan giltigt samtycke kan ${code} inte skattas eller tas upp i ärendeforum.`,
    expiringOpen: 'Förnya samtycket',
    expiringSummary: (code: string) => `Samtycket för ${code} går snart ut`,
  },
};

export type ConsentStrings = typeof sv;

export const en: ConsentStrings = {
  consent: {
    title: (code: string) => `Consent for ${code}`,
    current: 'Consent in force',
    status: 'Status',
    givenOn: 'Given on',
    departments: 'Departments',
    validUntil: 'Valid until',
    withdrawnOn: 'Withdrawn on',
    history: 'History',
    historyRow: (given: string, until: string, deps: string, withdrawn: string | null) =>
      `${given} – ${until}: ${deps}${withdrawn ? ` (withdrawn ${withdrawn})` : ''}`,
    none: 'No consent recorded.',
    renewTitle: 'Renew the consent',
    renew: 'Save new consent',
    withdrawAsk: 'Withdraw the consent …',
    confirmTitle: (code: string) => `Withdraw the consent for ${code}?`,
    confirmIntro: (today: string) =>
      `Nothing has changed yet. This is what happens if you withdraw the consent today (${today}):`,
    confirmWhat: (code: string, today: string, deps: string) => [
      `The consent no longer applies from ${today}.`,
      `No new rating sessions can be held with ${code}, and ${code} cannot be taken up in a case forum.`,
      `Nothing about ${code} is shared any more with ${deps}.`,
      'What is already recorded stays. A new consent can be recorded if the participant gives it again.',
    ],
    confirmYes: 'Yes, withdraw the consent',
    confirmNo: 'No, keep the consent',
    withdrawHelp:
      'A withdrawal applies from today. Information is then no longer shared with other departments.',
    renewed: 'The new consent is saved.',
    withdrawn: 'The consent is withdrawn from today.',
    alreadyWithdrawn: 'The consent is already withdrawn.',
    expiringHelp:
      'The consent is still valid. Once it has expired, rating sessions and case forums stop for the participant, so renew it in time below.',
    notCovered: (deps: string) =>
      `The consent does not cover every department involved: ${deps}. Nothing about the participant is shared with them, and a case forum they take part in cannot take up the participant.`,
    expiringTitle: (code: string) => `The consent for ${code} expires soon`,
    expiringText: (code: string, until: string, left: string) =>
      `${left} (valid until ${until}). Without a valid consent ${code} cannot be rated or taken up in a case forum.`,
    expiringOpen: 'Renew the consent',
    expiringSummary: (code: string) => `The consent for ${code} expires soon`,
  },
};
