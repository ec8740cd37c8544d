// Records and rights: log review (loggkontroll), access requests (registerutdrag), erasure, small
// groups in channels. Swedish first; English typed by it.
import type { ErasureProblem, ErasureReason } from '../../domain/records';
import * as correctText from './records-correct';
import * as exportText from './records-export';

export const sv = {
  smallGroups: {
    few: (min: number) => `färre än ${min}`,
    hidden: 'dold',
    note: (min: number) =>
      `Grupper med färre än ${min} personer visas som "färre än ${min}", och "dold" står där ett värde annars skulle avslöja en sådan grupp.`,
  },
  via: {
    personal: 'personlig chatt',
    channel: 'kanal',
    groupChat: 'gruppchatt',
    system: 'Samsyn (schema)',
    cli: 'kommandorad',
  },
  log: {
    title: 'Loggkontroll',
    intro: (n: number) =>
      `Vem som läst eller ändrat vad, och när. De senaste ${n} raderna för urvalet. Din läsning loggas också.`,
    code: 'Deltagarkod',
    user: 'Medarbetare',
    anyone: 'Alla',
    from: 'Från och med',
    to: 'Till och med',
    show: 'Visa',
    none: 'Inga loggrader för urvalet.',
    cli: 'Hela loggen som CSV: npm run audit -- --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD [--code D-…] [--user <id>]',
    headers: {
      at: 'När',
      who: 'Vem',
      action: 'Vad',
      code: 'Deltagare',
      via: 'Var',
    },
    errors: {
      date: 'Datum: skriv som ÅÅÅÅ-MM-DD.',
      order: 'Från-datumet måste vara före eller samma som till-datumet.',
      code: 'Deltagarkod: skriv koden som D-4F7K.',
      user: 'Medarbetare: välj i listan.',
    },
    notAllowed: 'Loggkontroll kräver rollen granskare eller administratör.',
  },
  sample: {
    title: (month: string) => `Stickprov av läsningar ${month}`,
    intro: (n: number, checked: number) =>
      `${n} slumpvis valda läsningar från förra månaden. Kontrollera att varje läsning hade ett skäl i arbetet. ${checked} av ${n} kontrollerade.`,
    check: 'Markera som kontrollerad',
    checkedBy: (who: string, at: string) => `Kontrollerad av ${who}, ${at}.`,
    checked: 'Markerad som kontrollerad.',
    empty: 'Inga läsningar förra månaden att kontrollera.',
    summary: (month: string) => `Stickprov för loggkontroll ${month}`,
    unknown: 'Den här raden finns inte i stickprovet längre.',
  },
  export: {
    title: (code: string) => `Registerutdrag ${code}`,
    part: (n: number, of: number, kind: string) => `Del ${n} av ${of}: ${kind}`,
    text: 'läsbar text',
    json: 'JSON',
    intro:
      'Allt Samsyn har sparat om deltagaren (GDPR artikel 15). Texten kan kopieras till svaret; JSON-delen är samma uppgifter maskinläsbart.',
    summary: (code: string) => `Registerutdrag ${code}`,
    sent: (code: string, parts: number) =>
      `Registerutdraget för ${code} har skickats till din personliga chatt i ${parts} delar.`,
    notAllowed: (code: string) =>
      `Bara handläggaren som äger ${code} eller en administratör kan ta fram ett registerutdrag.`,
    usage: 'Skriv registerutdrag och deltagarens kod, till exempel: registerutdrag D-4F7K',
  },
  erase: {
    title: (code: string) => `Radera ${code} på begäran`,
    intro:
      'Raderar allt om deltagaren nu, på samma sätt som gallringen (GDPR artikel 17). Det går inte att ångra. Loggen behåller vem som raderade, när och varför, med koden.',
    reason: 'Skäl',
    reasons: {
      no_longer_needed: 'Uppgifterna behövs inte längre',
      consent_withdrawn: 'Samtycket är återkallat och inget annat stöd finns',
      objection: 'Deltagaren har invänt och invändningen gäller',
      unlawful: 'Uppgifterna har behandlats felaktigt',
      legal_obligation: 'Radering krävs enligt lag',
      registered_by_mistake: 'Registrerad av misstag',
    } satisfies Record<ErasureReason, string>,
    confirm: (code: string) => `Skriv koden ${code} igen för att bekräfta`,
    button: 'Radera nu',
    problems: {
      reason_required: 'Skäl: välj ett skäl i listan.',
      code_mismatch: 'Koden stämmer inte. Skriv deltagarens kod igen.',
    } satisfies Record<ErasureProblem, string>,
    doneTitle: 'Raderad',
    done: (code: string, rows: number) =>
      `${code} är raderad (${rows} rader). Loggen behåller vem, när och varför.`,
    usage: 'Skriv radera och deltagarens kod, till exempel: radera D-4F7K',
    gone: (code: string) => `${code} finns inte (redan raderad eller gallrad).`,
  },
  correct: correctText.sv,
  exportText: exportText.sv,
};

export type RecordsStrings = typeof sv;

export const en: RecordsStrings = {
  smallGroups: {
    few: (min: number) => `fewer than ${min}`,
    hidden: 'hidden',
    note: (min: number) =>
      `Groups of fewer than ${min} people are shown as "fewer than ${min}", and "hidden" stands where a value would otherwise give such a group away.`,
  },
  via: {
    personal: 'personal chat',
    channel: 'channel',
    groupChat: 'group chat',
    system: 'Samsyn (scheduled)',
    cli: 'command line',
  },
  log: {
    title: 'Log review',
    intro: (n: number) =>
      `Who read or changed what, and when. The latest ${n} entries for the selection. Your reading is logged too.`,
    code: 'Participant code',
    user: 'Staff member',
    anyone: 'Everyone',
    from: 'From',
    to: 'To',
    show: 'Show',
    none: 'No log entries for the selection.',
    cli: 'The whole log as CSV: npm run audit -- --from YYYY-MM-DD --to YYYY-MM-DD [--code D-…] [--user <id>]',
    headers: {
      at: 'When',
      who: 'Who',
      action: 'What',
      code: 'Participant',
      via: 'Where',
    },
    errors: {
      date: 'Date: write it as YYYY-MM-DD.',
      order: 'The from date must be on or before the to date.',
      code: 'Participant code: write the code as D-4F7K.',
      user: 'Staff member: choose from the list.',
    },
    notAllowed: 'Log review needs the log reviewer or administrator role.',
  },
  sample: {
    title: (month: string) => `Sample of reads ${month}`,
    intro: (n: number, checked: number) =>
      `${n} randomly chosen reads from last month. Check that each read had a reason in the work. ${checked} of ${n} checked.`,
    check: 'Mark as checked',
    checkedBy: (who: string, at: string) => `Checked by ${who}, ${at}.`,
    checked: 'Marked as checked.',
    empty: 'No reads last month to check.',
    summary: (month: string) => `Log review sample ${month}`,
    unknown: 'This entry is no longer in the sample.',
  },
  export: {
    title: (code: string) => `Access request ${code}`,
    part: (n: number, of: number, kind: string) => `Part ${n} of ${of}: ${kind}`,
    text: 'readable text',
    json: 'JSON',
    intro:
      'Everything Samsyn has stored about the participant (GDPR Article 15). The text can be copied into the answer; the JSON part holds the same data machine-readably.',
    summary: (code: string) => `Access request ${code}`,
    sent: (code: string, parts: number) =>
      `The access request for ${code} has been sent to your personal chat in ${parts} parts.`,
    notAllowed: (code: string) =>
      `Only the caseworker who owns ${code} or an administrator can produce an access request.`,
    usage: 'Type access request and the participant code, for example: access request D-4F7K',
  },
  erase: {
    title: (code: string) => `Erase ${code} on request`,
    intro:
      'Erases everything about the participant now, the same way as retention (GDPR Article 17). It cannot be undone. The log keeps who erased, when and why, by code.',
    reason: 'Reason',
    reasons: {
      no_longer_needed: 'The data is no longer needed',
      consent_withdrawn: 'Consent is withdrawn and there is no other ground',
      objection: 'The participant objected and the objection holds',
      unlawful: 'The data was processed unlawfully',
      legal_obligation: 'Erasure is required by law',
      registered_by_mistake: 'Registered by mistake',
    },
    confirm: (code: string) => `Type the code ${code} again to confirm`,
    button: 'Erase now',
    problems: {
      reason_required: 'Reason: choose a reason from the list.',
      code_mismatch: 'The code does not match. Type the participant code again.',
    },
    doneTitle: 'Erased',
    done: (code: string, rows: number) =>
      `${code} is erased (${rows} rows). The log keeps who, when and why.`,
    usage: 'Type erase and the participant code, for example: erase D-4F7K',
    gone: (code: string) => `${code} does not exist (already erased or culled).`,
  },
  correct: correctText.en,
  exportText: exportText.en,
};
