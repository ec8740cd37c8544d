// Strings of the weekly digest, the manager's digest and the digest-channel settings. Swedish first.
import type { AttentionKind } from '../../domain/figures';
import type { OutcomeGroup } from '../../domain/model';

const pctSv = (n: number | null) =>
  n === null ? '–' : `${(Math.round(n * 1000) / 10).toLocaleString('sv-SE')} %`;
const pctEn = (n: number | null) =>
  n === null ? '–' : `${(Math.round(n * 1000) / 10).toLocaleString('en-GB')} %`;

export const sv = {
  locale: 'sv' as 'sv' | 'en',
  pct: pctSv,
  decimal: (n: number) =>
    (n > 0 ? '+' : '') +
    n.toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  weekTitle: (week: string) => `Veckosammanfattning ${week.replace('-W', ' vecka ')}`,
  periodTitle: 'Sammanfattning',
  period: (from: string, to: string) => `Period: ${from} – ${to}`,
  cumulativeSince: (from: string, to: string) => `Sedan start: ${from} – ${to}`,
  privacyNote: 'Inga namn och ingen fritext. Deltagare visas bara med kod.',
  headers: {
    figure: 'Mått',
    total: 'Totalt',
    women: 'Kvinnor',
    men: 'Män',
    other: 'Annat/ej uppgivet',
  },
  columns: { period: 'Perioden', cumulative: 'Sedan start' },
  sections: {
    participants: 'Deltagare',
    progression: 'Skattningar och stegförflyttning',
    averageChange: 'Genomsnittlig förändring per indikator (senaste − första skattning)',
    activities: 'Insatser',
    progressionAndActivities: 'Skattningar och insatser',
    exits: 'Avslut',
    exitsByOutcome: 'Avslut per utfall',
    forum: 'Åtgärder från ärendeforum',
    attention: 'Behöver uppmärksamhet',
  },
  rows: {
    active: 'Aktiva deltagare',
    new: 'Nya deltagare',
    exited: 'Avslutade',
    progressed: 'Stegförflyttning i minst tre indikatorer',
    progressedShare: 'Andel med stegförflyttning',
    ratingSessions: 'Skattningstillfällen',
    activitiesStarted: 'Insatser som startat',
    activitiesEnded: 'Insatser som avslutats',
    parallelShare: 'Andel med två eller fler parallella insatser',
    selfSupportShare: 'Andel avslut till arbete eller studier',
  },
  indicatorHeader: 'Indikator',
  changeHeader: 'Förändring',
  countHeader: 'Antal deltagare',
  noChange: 'Ännu inga deltagare med två skattningar.',
  groups: { work: 'Arbete', studies: 'Studier', other: 'Övrigt' } satisfies Record<
    OutcomeGroup,
    string
  >,
  groupHeader: 'Grupp',
  outcomeHeader: 'Utfall',
  noExits: 'Inga avslut under perioden.',
  outcomesInReport:
    'Avslut per utfall får inte plats på kortet den här gången: npm run report ger dem för varje period.',
  target: (actual: string, target: string) => `${actual} (mål: minst ${target})`,
  targetMet: 'Målet är nått.',
  targetNotMet: 'Under målet.',
  forumHeaders: { department: 'Förvaltning', due: 'Förfaller inom en vecka', overdue: 'Försenade' },
  noForumActions: 'Inga öppna åtgärder som förfaller eller är försenade.',
  attention: {
    noRecentRating: (weeks: number) => `Ingen skattning på över ${weeks} veckor`,
    followUpOverdue: 'Uppföljning försenad',
    stagnant: 'Ingen stegförflyttning under de två senaste intervallen',
    exitWithoutNextStep: 'Avslutad utan nästa steg',
  } satisfies Record<AttentionKind, string | ((weeks: number) => string)>,
  noneNeedAttention: 'Inga.',
  unknownOwner: 'handläggare utan namn i Samsyn',
  genderNote: 'Totalt räknar också annat kön och ej uppgivet.',
  lastSevenDays: 'De senaste sju dagarna, till och med i dag.',
  change: {
    title: 'Förändringsteorins mått',
    selfSupport6m: 'Försörjer sig genom arbete eller studier sex månader efter avslut',
    yes: 'Ja',
    no: 'Nej',
    unknown: 'Inte tillfrågad eller inget svar',
    yesShare: 'Andel ja, av dem som svarat',
    control: 'Mer makt över sin situation (egen skattning, senaste högre än första)',
    closer:
      'Närmare arbetsmarknaden (egen skattning av tro på jobb eller nästa steg, senaste högre än första)',
    rated: 'Har skattat sig minst två gånger',
    risen: 'Senaste högre än första',
    risenShare: 'Andel som höjt sig',
    support: 'Försörjning vid start → vid avslut, för avslutade',
    rest: 'Övriga kombinationer',
    arrow: (a: string, b: string) => `${a} → ${b}`,
    activities: 'Insatser som startat, per slag',
    perParticipant: (kind: string) => `${kind}, per aktiv deltagare`,
    ratio: (n: number | null) =>
      n === null
        ? '–'
        : n.toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    none: 'Inga under perioden.',
  },
  caution: {
    exits: (n: number) =>
      `Obs: andelen bygger på bara ${n} avslut och säger lite. Jämför med sedan start.`,
    answers: (n: number) => `Obs: andelen bygger på bara ${n} svar och säger lite.`,
    rated: (n: number) =>
      `Obs: andelen bygger på bara ${n} deltagare med två skattningar och säger lite.`,
  },
  andMore: (n: number) => `och ${n} till`,
  withheld: (n: number) => `${n} till utan giltigt samtycke (visas bara för handläggaren).`,
  summary: (week: string) => `Veckosammanfattning ${week}`,
  // digest channel and schedule
  weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  enabled: (weekday: string, time: string) =>
    `Den här kanalen får nu veckosammanfattningen, varje ${weekday} kl. ${time}.`,
  scheduleTitle: 'Veckosammanfattning i den här kanalen',
  scheduleNow: (weekday: string, time: string) =>
    `Publiceras varje ${weekday} kl. ${time} (svensk tid), för förra veckan och sedan start.`,
  weekdayLabel: 'Veckodag',
  timeLabel: 'Klockslag (TT:MM)',
  saveSchedule: 'Spara schema',
  scheduleSaved: (weekday: string, time: string) => `Sparat: varje ${weekday} kl. ${time}.`,
  notDigestChannel:
    'Den här kanalen är inte längre kanal för veckosammanfattningen. Skriv "veckosammanfattning här" igen.',
  stop: 'Stoppa veckosammanfattningen',
  stopConfirmTitle: 'Stoppa veckosammanfattningen i den här kanalen?',
  stopConfirmText: (weekday: string, time: string) =>
    `Då publiceras ingen sammanfattning här längre (i dag varje ${weekday} kl. ${time}). Schemat sparas, och en administratör kan starta den igen med "@Samsyn veckosammanfattning här". Inget annat ändras.`,
  stopConfirm: 'Ja, stoppa',
  stopCancel: 'Avbryt',
  stopped:
    'Veckosammanfattningen är stoppad i den här kanalen. Inget mer publiceras här förrän en administratör skriver "veckosammanfattning här" igen.',
  notActive:
    'Den här kanalen får ingen veckosammanfattning. En administratör kan starta den med "veckosammanfattning här".',
  errors: {
    weekday: 'Veckodag: välj en dag.',
    time: 'Klockslag: skriv som TT:MM, till exempel 08:00.',
    args: 'Skriv "sammanfattning" för de senaste sju dagarna, eller "sammanfattning ÅÅÅÅ-MM-DD ÅÅÅÅ-MM-DD" för en period (från-datum först).',
    order: 'Från-datumet måste vara före eller samma som till-datumet.',
  },
  report: {
    usage:
      'Användning: npm run report -- --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD [--format json|csv] [--lang sv|en]',
    badArgs: (problems: string) => `Felaktiga argument: ${problems}`,
    from: '--from: ange ett datum som ÅÅÅÅ-MM-DD',
    to: '--to: ange ett datum som ÅÅÅÅ-MM-DD',
    format: '--format: json eller csv',
    order: '--from måste vara före eller samma som --to',
    unknown: (arg: string) => `okänt argument ${arg}`,
  },
};

export type DigestStrings = typeof sv;

export const en: DigestStrings = {
  locale: 'en',
  pct: pctEn,
  decimal: (n: number) =>
    (n > 0 ? '+' : '') +
    n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  weekTitle: (week: string) => `Weekly digest ${week.replace('-W', ' week ')}`,
  periodTitle: 'Digest',
  period: (from: string, to: string) => `Period: ${from} – ${to}`,
  cumulativeSince: (from: string, to: string) => `Since start: ${from} – ${to}`,
  privacyNote: 'No names and no free text. Participants are shown by code only.',
  headers: {
    figure: 'Figure',
    total: 'Total',
    women: 'Women',
    men: 'Men',
    other: 'Other/not stated',
  },
  columns: { period: 'Period', cumulative: 'Since start' },
  sections: {
    participants: 'Participants',
    progression: 'Rating sessions and progression',
    averageChange: 'Average change per indicator (latest − first rating)',
    activities: 'Activities',
    progressionAndActivities: 'Rating sessions and activities',
    exits: 'Exits',
    exitsByOutcome: 'Exits by outcome',
    forum: 'Case-forum actions',
    attention: 'Needs attention',
  },
  rows: {
    active: 'Active participants',
    new: 'New participants',
    exited: 'Exited',
    progressed: 'Progressed in three or more indicators',
    progressedShare: 'Share progressed',
    ratingSessions: 'Rating sessions',
    activitiesStarted: 'Activities started',
    activitiesEnded: 'Activities ended',
    parallelShare: 'Share with two or more activities in parallel',
    selfSupportShare: 'Share of exits to work or studies',
  },
  indicatorHeader: 'Indicator',
  changeHeader: 'Change',
  countHeader: 'Participants',
  noChange: 'No participants with two ratings yet.',
  groups: { work: 'Work', studies: 'Studies', other: 'Other' },
  groupHeader: 'Group',
  outcomeHeader: 'Outcome',
  noExits: 'No exits in the period.',
  outcomesInReport:
    'Exits by outcome do not fit on the card this time: npm run report gives them for any period.',
  target: (actual: string, target: string) => `${actual} (target: at least ${target})`,
  targetMet: 'Target reached.',
  targetNotMet: 'Below target.',
  forumHeaders: { department: 'Department', due: 'Due within a week', overdue: 'Overdue' },
  noForumActions: 'No open actions due or overdue.',
  attention: {
    noRecentRating: (weeks: number) => `No rating for more than ${weeks} weeks`,
    followUpOverdue: 'Follow-up overdue',
    stagnant: 'No progression over the last two intervals',
    exitWithoutNextStep: 'Exited without a next step',
  },
  noneNeedAttention: 'None.',
  unknownOwner: 'caseworker without a name in Samsyn',
  genderNote: 'The total also counts other gender and not stated.',
  lastSevenDays: 'The last seven days, up to and including today.',
  change: {
    title: 'Change-theory figures',
    selfSupport6m: 'Supporting themselves through work or studies six months after exit',
    yes: 'Yes',
    no: 'No',
    unknown: 'Not asked or no answer',
    yesShare: 'Share yes, of those who answered',
    control: 'More power over their own situation (own rating, latest higher than first)',
    closer:
      'Closer to the labour market (own rating of belief in a job or of next steps, latest higher than first)',
    rated: 'Rated themselves at least twice',
    risen: 'Latest higher than first',
    risenShare: 'Share risen',
    support: 'Source of support at start → at exit, for those who exited',
    rest: 'Other combinations',
    arrow: (a: string, b: string) => `${a} → ${b}`,
    activities: 'Activities started, by kind',
    perParticipant: (kind: string) => `${kind}, per active participant`,
    ratio: (n: number | null) =>
      n === null
        ? '–'
        : n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    none: 'None in the period.',
  },
  caution: {
    exits: (n: number) =>
      `Note: the share rests on only ${n} exits and says little. Compare with since the start.`,
    answers: (n: number) => `Note: the share rests on only ${n} answers and says little.`,
    rated: (n: number) =>
      `Note: the share rests on only ${n} participants rated twice and says little.`,
  },
  andMore: (n: number) => `and ${n} more`,
  withheld: (n: number) => `${n} more without valid consent (shown to their caseworker only).`,
  summary: (week: string) => `Weekly digest ${week}`,
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  enabled: (weekday: string, time: string) =>
    `This channel now gets the weekly digest, every ${weekday} at ${time}.`,
  scheduleTitle: 'Weekly digest in this channel',
  scheduleNow: (weekday: string, time: string) =>
    `Posted every ${weekday} at ${time} (Swedish time), for last week and since the start.`,
  weekdayLabel: 'Weekday',
  timeLabel: 'Time (HH:MM)',
  saveSchedule: 'Save schedule',
  scheduleSaved: (weekday: string, time: string) => `Saved: every ${weekday} at ${time}.`,
  notDigestChannel:
    'This channel is no longer the digest channel. Type "weekly digest here" again.',
  stop: 'Stop the weekly digest',
  stopConfirmTitle: 'Stop the weekly digest in this channel?',
  stopConfirmText: (weekday: string, time: string) =>
    `No digest will be posted here any more (now every ${weekday} at ${time}). The schedule is kept, and an administrator can start it again with "@Samsyn weekly digest here". Nothing else changes.`,
  stopConfirm: 'Yes, stop',
  stopCancel: 'Cancel',
  stopped:
    'The weekly digest is stopped in this channel. Nothing more is posted here until an administrator types "weekly digest here" again.',
  notActive:
    'This channel does not get the weekly digest. An administrator can start it with "weekly digest here".',
  errors: {
    weekday: 'Weekday: choose a day.',
    time: 'Time: write it as HH:MM, for example 08:00.',
    args: 'Type "digest" for the last seven days, or "digest YYYY-MM-DD YYYY-MM-DD" for a period (from date first).',
    order: 'The from date must be on or before the to date.',
  },
  report: {
    usage:
      'Usage: npm run report -- --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv] [--lang sv|en]',
    badArgs: (problems: string) => `Invalid arguments: ${problems}`,
    from: '--from: give a date as YYYY-MM-DD',
    to: '--to: give a date as YYYY-MM-DD',
    format: '--format: json or csv',
    order: '--from must be on or before --to',
    unknown: (arg: string) => `unknown argument ${arg}`,
  },
};
