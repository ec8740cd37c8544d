// Registration, "mina deltagare", consent and handover. Swedish first; English typed by it.
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
  },
  fields: {
    name: 'Namn (frivilligt)',
    gender: 'Kön',
    birthYear: 'Födelseår',
    startDate: 'Startdatum',
    departments: 'Förvaltningar som är med',
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
  },
  list: {
    title: 'Mina deltagare',
    empty: 'Du har inga aktiva deltagare. Skriv **ny deltagare** för att registrera en.',
    count: (n: number) => (n === 1 ? '1 aktiv deltagare' : `${n} aktiva deltagare`),
    started: 'Start',
    consent: 'Samtycke',
    consentUntil: (status: string, until: string) => `${status} (t.o.m. ${until})`,
    expiresIn: (days: number) =>
      days === 0 ? 'Går ut i dag' : days === 1 ? 'Går ut om 1 dag' : `Går ut om ${days} dagar`,
    lastRating: 'Senaste skattning',
    daysSince: (days: number) =>
      days === 0 ? 'i dag' : days === 1 ? 'för 1 dag sedan' : `för ${days} dagar sedan`,
    never: 'Ingen ännu',
    protected: 'Skyddad identitet',
    pendingOut: (to: string) => `Överlämning erbjuden till ${to}, väntar på svar.`,
    openConsent: 'Samtycke',
    openHandover: 'Överlämna',
    openRating: 'Skattning',
    openPlan: 'Plan',
    moreCommands: (code: string) => `Mer: progression ${code} · avslut ${code}`,
    noSharing: 'Utan giltigt samtycke delas inget om deltagaren med andra förvaltningar.',
    incomingTitle: 'Ärenden som väntar på att du tar emot dem',
    incomingFrom: (code: string, from: string) => `${code} från ${from}`,
  },
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
    withdraw: 'Återkalla samtycket',
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
  handover: {
    title: (code: string) => `Överlämna ${code}`,
    intro:
      'Välj den handläggare som ska ta över ärendet. Hen får ett kort och måste ta emot ärendet innan det flyttas.',
    to: 'Ny handläggare',
    offer: 'Erbjud överlämning',
    noneAvailable:
      'Det finns ingen annan handläggare att lämna över till. Be en administratör ge rollen handläggare.',
    offered: (code: string, to: string) =>
      `Överlämningen av ${code} är erbjuden till ${to}. Du äger ärendet tills hen tar emot det.`,
    notReachable: (to: string) =>
      `${to} har ännu ingen chatt med Samsyn och fick inget kort, men ser överlämningen under "mina deltagare".`,
    pendingAlready: (to: string) =>
      `Överlämning väntar redan på svar från ${to}. Ett nytt erbjudande ersätter det.`,
    unknownUser: 'Välj en av handläggarna i listan.',
    withdrawOffer: 'Återta erbjudandet',
    offerWithdrawn: (code: string, to: string) =>
      `Erbjudandet till ${to} om ${code} är återtaget. Du äger fortfarande ärendet.`,
    toReceiverWithdrawn: (code: string, by: string) =>
      `${by} har återtagit överlämningen av ${code}.`,
    incomingTitle: (code: string) => `Överlämning av ${code}`,
    incomingText: (code: string, from: string) =>
      `${from} vill lämna över ärendet ${code} till dig. Tar du emot det blir du ärendets handläggare.`,
    accept: 'Ta emot',
    decline: 'Avböj',
    accepted: (code: string) =>
      `Du är nu handläggare för ${code}. Det syns under "mina deltagare".`,
    declined: (code: string) => `Du avböjde överlämningen av ${code}.`,
    toOwnerAccepted: (code: string, by: string) =>
      `${by} tog emot ${code}. Ärendet är inte längre ditt.`,
    toOwnerDeclined: (code: string, by: string) =>
      `${by} avböjde överlämningen av ${code}. Du äger fortfarande ärendet.`,
    noLongerOffered: (code: string) =>
      `Överlämningen av ${code} gäller inte längre (den är redan besvarad eller återtagen).`,
  },
  someone: 'en kollega',
};

export type ParticipantsStrings = typeof sv;

export const en: ParticipantsStrings = {
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
  },
  fields: {
    name: 'Name (optional)',
    gender: 'Gender',
    birthYear: 'Birth year',
    startDate: 'Start date',
    departments: 'Departments involved',
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
  list: {
    title: 'My participants',
    empty: 'You have no active participants. Type **new participant** to register one.',
    count: (n: number) => (n === 1 ? '1 active participant' : `${n} active participants`),
    started: 'Start',
    consent: 'Consent',
    consentUntil: (status: string, until: string) => `${status} (until ${until})`,
    expiresIn: (days: number) =>
      days === 0 ? 'Expires today' : days === 1 ? 'Expires in 1 day' : `Expires in ${days} days`,
    lastRating: 'Last rating',
    daysSince: (days: number) =>
      days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`,
    never: 'None yet',
    protected: 'Protected identity',
    pendingOut: (to: string) => `Handover offered to ${to}, waiting for an answer.`,
    openConsent: 'Consent',
    openHandover: 'Hand over',
    openRating: 'Rate',
    openPlan: 'Plan',
    moreCommands: (code: string) => `More: progression ${code} · exit ${code}`,
    noSharing:
      'Without a valid consent nothing about the participant is shared with other departments.',
    incomingTitle: 'Cases waiting for you to accept them',
    incomingFrom: (code: string, from: string) => `${code} from ${from}`,
  },
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
    withdraw: 'Withdraw the consent',
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
  handover: {
    title: (code: string) => `Hand over ${code}`,
    intro:
      'Choose the caseworker who will take over the case. They get a card and must accept the case before it moves.',
    to: 'New caseworker',
    offer: 'Offer handover',
    noneAvailable:
      'There is no other caseworker to hand over to. Ask an administrator to grant the caseworker role.',
    offered: (code: string, to: string) =>
      `The handover of ${code} is offered to ${to}. You own the case until they accept it.`,
    notReachable: (to: string) =>
      `${to} has no chat with Samsyn yet and got no card, but will see the handover under "my participants".`,
    pendingAlready: (to: string) =>
      `A handover is already waiting for ${to}. A new offer replaces it.`,
    unknownUser: 'Choose one of the caseworkers in the list.',
    withdrawOffer: 'Withdraw the offer',
    offerWithdrawn: (code: string, to: string) =>
      `The offer of ${code} to ${to} is withdrawn. You still own the case.`,
    toReceiverWithdrawn: (code: string, by: string) =>
      `${by} has withdrawn the handover of ${code}.`,
    incomingTitle: (code: string) => `Handover of ${code}`,
    incomingText: (code: string, from: string) =>
      `${from} wants to hand the case ${code} over to you. If you accept, you become its caseworker.`,
    accept: 'Accept',
    decline: 'Decline',
    accepted: (code: string) =>
      `You are now the caseworker of ${code}. It shows under "my participants".`,
    declined: (code: string) => `You declined the handover of ${code}.`,
    toOwnerAccepted: (code: string, by: string) =>
      `${by} accepted ${code}. The case is no longer yours.`,
    toOwnerDeclined: (code: string, by: string) =>
      `${by} declined the handover of ${code}. You still own the case.`,
    noLongerOffered: (code: string) =>
      `The handover of ${code} is no longer open (already answered or withdrawn).`,
  },
  someone: 'a colleague',
};
