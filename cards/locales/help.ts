export const sv = {
  welcomeTitle: 'Välkommen till Samsyn',
  welcomePersonal:
    'Samsyn hjälper handläggare i VUX, AME, IFO och flyktingmottagningen att följa deltagares stegförflyttning med BIP/SKAPA – samma mått för alla förvaltningar. Skriv **hjälp** för att se vad du kan göra.',
  welcomeTeam:
    'Samsyn är installerat i teamet. I en kanal kan ni hålla ärendeforum och få veckosammanfattningen. Deltagare visas här bara med kod, aldrig med namn. I en kanal hör Samsyn bara meddelanden där den är @nämnd: skriv **@Samsyn hjälp** för att se kommandona.',
  helpTitle: 'Det här kan Samsyn',
  helpIntro:
    'Tryck på en knapp eller skriv ett kommando i chatten. Deltagare visas med kod (t.ex. D-4F7K); namn syns bara för handläggaren som äger ärendet.',
  helpIntroChannel:
    'Här i kanalen visas deltagare bara med kod. Det mesta om dina deltagare gör du i din personliga chatt med Samsyn.',
  whatRolesGive:
    'Handläggare registrerar och följer sina deltagare (ny deltagare, mina deltagare, skattning, plan). Medlemmar i ärendeforum tar upp ärenden i en kanal. Chefer får sammanfattningen, administratörer delar ut roller.',
  buttons: {
    myParticipants: 'Mina deltagare',
    newParticipant: 'Ny deltagare',
    resume: 'Fortsätt skattning',
    digest: 'Sammanfattning',
    roles: 'Roller',
    instruments: 'Skattningsformulär',
    catalogue: 'Insatskatalog',
    forum: 'Ärendeforum',
    digestHere: 'Veckosammanfattning här',
  } as Partial<Record<string, string>>,
  notUnderstood: (text: string) => `Jag förstod inte "${text}".`,
  notUnderstoodHere: 'Jag förstod inte det som skrevs.',
  didYouMean: (cmd: string) => `Menade du **${cmd}**?`,
  typeHelp: 'Skriv hjälp för att se vad jag kan.',
  sections: {
    caseworker: 'Handläggare',
    forum: 'Ärendeforum',
    manager: 'Chefer',
    admin: 'Administratörer',
  },
  yourRoles: (roles: string) => `Dina roller: ${roles}`,
  noRoles: 'Du har ännu ingen roll. Be en administratör om behörighet.',
  commands: {
    show: { cmd: 'visa <kod>', what: 'Allt om en deltagare på ett kort (eller skriv bara koden).' },
    search: { cmd: 'sök <kod eller namn>', what: 'Sök bland dina deltagare.' },
    newParticipant: {
      cmd: 'ny deltagare',
      what: 'Registrera en deltagare: kön, födelseår, förvaltningar, SFI, skyddad identitet och samtycke.',
    },
    myParticipants: {
      cmd: 'mina deltagare',
      what: 'Dina aktiva deltagare med samtycke och dagar sedan senaste skattning.',
    },
    rate: { cmd: 'skattning [kod]', what: 'Starta en skattning (BIP/SKAPA) med en deltagare.' },
    resume: { cmd: 'fortsätt', what: 'Fortsätt en påbörjad skattning.' },
    progression: {
      cmd: 'progression <kod>',
      what: 'Visa stegförflyttningen över alla skattningar.',
    },
    plan: { cmd: 'plan <kod>', what: 'Öppna deltagarens aktivitetsplan.' },
    exit: { cmd: 'avslut <kod>', what: 'Registrera avslut med utfall och nästa steg.' },
    consent: { cmd: 'samtycke <kod>', what: 'Förnya eller återkalla samtycket.' },
    handover: { cmd: 'överlämna <kod>', what: 'Lämna över ärendet till en annan handläggare.' },
    forum: {
      cmd: 'ärendeforum',
      what: 'I en kanal: gör kanalen till ett ärendeforum, eller visa forumet och dagordningen. I din personliga chatt: ärendeforum <kod> sätter upp din deltagare på ett mötes dagordning.',
    },
    digestHere: {
      cmd: 'veckosammanfattning här',
      what: 'Gör kanalen till den kanal där veckosammanfattningen publiceras.',
    },
    digestOff: { cmd: 'veckosammanfattning av', what: 'Stoppa veckosammanfattningen i kanalen.' },
    digest: { cmd: 'sammanfattning', what: 'Få sammanfattningen nu, i din personliga chatt.' },
    roles: { cmd: 'roller', what: 'Ge eller ta bort roller för användare.' },
    instruments: {
      cmd: 'skattningsformulär',
      what: 'Visa eller lägg till indikatoruppsättningar.',
    },
    catalogue: { cmd: 'insatskatalog', what: 'Lägg till, byt namn på eller avveckla insatstyper.' },
    help: { cmd: 'hjälp', what: 'Visa den här hjälpen.' },
  },
};

export type HelpStrings = typeof sv;

export const en: HelpStrings = {
  welcomeTitle: 'Welcome to Samsyn',
  welcomePersonal:
    "Samsyn helps caseworkers in adult education, the labour-market unit, social services and refugee reception follow participants' progression with BIP/SKAPA – one measure for every department. Type **help** to see what you can do.",
  welcomeTeam:
    'Samsyn is installed in the team. In a channel you can hold case forums and receive the weekly digest. Participants are shown here by code only, never by name. In a channel Samsyn hears only messages that @mention it: type **@Samsyn help** to see the commands.',
  helpTitle: 'What Samsyn can do',
  helpIntro:
    'Press a button or type a command in the chat. Participants are shown by code (e.g. D-4F7K); names are seen only by the caseworker who owns the case.',
  helpIntroChannel:
    'Here in the channel participants are shown by code only. Most work with your participants is done in your personal chat with Samsyn.',
  whatRolesGive:
    'Caseworkers register and follow their participants (new participant, my participants, rate, plan). Case forum members take up cases in a channel. Managers get the digest, administrators grant roles.',
  buttons: {
    myParticipants: 'My participants',
    newParticipant: 'New participant',
    resume: 'Continue rating',
    digest: 'Digest',
    roles: 'Roles',
    instruments: 'Instruments',
    catalogue: 'Activity catalogue',
    forum: 'Case forum',
    digestHere: 'Weekly digest here',
  },
  notUnderstood: (text: string) => `I did not understand "${text}".`,
  notUnderstoodHere: 'I did not understand what was written.',
  didYouMean: (cmd: string) => `Did you mean **${cmd}**?`,
  typeHelp: 'Type help to see what I can do.',
  sections: {
    caseworker: 'Caseworkers',
    forum: 'Case forum',
    manager: 'Managers',
    admin: 'Administrators',
  },
  yourRoles: (roles: string) => `Your roles: ${roles}`,
  noRoles: 'You have no role yet. Ask an administrator for access.',
  commands: {
    show: {
      cmd: 'show <code>',
      what: 'Everything about a participant on one card (or type just the code).',
    },
    search: { cmd: 'search <code or name>', what: 'Search among your participants.' },
    newParticipant: {
      cmd: 'new participant',
      what: 'Register a participant: gender, birth year, departments, SFI, protected identity and consent.',
    },
    myParticipants: {
      cmd: 'my participants',
      what: 'Your active participants with consent and days since the last rating.',
    },
    rate: { cmd: 'rate [code]', what: 'Start a rating session (BIP/SKAPA) with a participant.' },
    resume: { cmd: 'continue', what: 'Continue a rating session you started.' },
    progression: {
      cmd: 'progression <code>',
      what: 'Show the progression over all rating sessions.',
    },
    plan: { cmd: 'plan <code>', what: "Open the participant's activity plan." },
    exit: { cmd: 'exit <code>', what: 'Record the exit with outcome and next step.' },
    consent: { cmd: 'consent <code>', what: 'Renew or withdraw the consent.' },
    handover: { cmd: 'handover <code>', what: 'Hand the case over to another caseworker.' },
    forum: {
      cmd: 'case forum',
      what: "In a channel: make the channel a case forum, or show the forum and its agenda. In your personal chat: case forum <code> puts your participant on a meeting's agenda.",
    },
    digestHere: {
      cmd: 'weekly digest here',
      what: 'Make this channel the one the weekly digest is posted to.',
    },
    digestOff: { cmd: 'weekly digest off', what: 'Stop the weekly digest in this channel.' },
    digest: { cmd: 'digest', what: 'Get the digest now, in your personal chat.' },
    roles: { cmd: 'roles', what: 'Grant or remove roles for users.' },
    instruments: { cmd: 'instruments', what: 'Show or add indicator sets.' },
    catalogue: { cmd: 'activity catalogue', what: 'Add, rename or retire activity types.' },
    help: { cmd: 'help', what: 'Show this help.' },
  },
};
