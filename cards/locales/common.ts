// Strings every card shares. Swedish first; English must have the same shape (checked by the compiler).
import type { ConsentStatus } from '../../domain/consent';
import type { Gender, Role } from '../../domain/types';

export const sv = {
  appName: 'Samsyn',
  back: 'Tillbaka',
  next: 'Nästa',
  save: 'Spara',
  cancel: 'Avbryt',
  close: 'Stäng',
  open: 'Öppna',
  yes: 'Ja',
  no: 'Nej',
  none: '–',
  refresh: 'Uppdatera',
  errors: {
    somethingWrong: (errorId: string) =>
      `Något gick fel (fel-id ${errorId}). Inget av det du sparat har gått förlorat. Försök igen.`,
    expired: 'Det här kortet gäller inte längre. Börja om med ett nytt kommando.',
    stale:
      'Kortet var inaktuellt eller skickades två gånger. Här är det aktuella läget – inget har ändrats.',
    notAllowed: 'Du har inte behörighet för det här.',
    needsRole: (role: string) =>
      `Det här kräver rollen ${role}. Be en administratör om behörighet.`,
    invalidInput: 'Något av det du fyllt i behöver rättas:',
    notText: 'Jag kan bara läsa textmeddelanden. Skriv hjälp för att se vad jag kan.',
    unknownParticipant: (code: string) => `Hittar ingen deltagare med koden ${code} som du får se.`,
    notOwner: (code: string) =>
      `Du är inte handläggare för ${code}. Bara den som äger ärendet kan göra det här.`,
    personalOnly: 'Det här görs i din personliga chatt med Samsyn, inte i en kanal.',
    personalOnlyNotGroupChat:
      'Det här görs i din personliga chatt med Samsyn, inte i en gruppchatt.',
    channelOnly: 'Det här görs i en kanal i ett team.',
    consentInvalid: (code: string) => `${code} saknar giltigt samtycke. Förnya samtycket först.`,
    required: (field: string) => `${field}: måste fyllas i.`,
    date: (field: string) => `${field}: ange ett datum som ÅÅÅÅ-MM-DD.`,
  },
  roles: {
    caseworker: 'handläggare',
    forum_member: 'ärendeforumsmedlem',
    manager: 'chef',
    admin: 'administratör',
    granskare: 'granskare (loggkontroll)',
  } satisfies Record<Role, string>,
  gender: {
    kvinna: 'Kvinna',
    man: 'Man',
    annan: 'Annan',
    vill_ej_uppge: 'Vill ej uppge',
  } satisfies Record<Gender, string>,
  consentStatus: {
    valid: 'Giltigt',
    expired: 'Utgånget',
    withdrawn: 'Återkallat',
    missing: 'Saknas',
    not_yet_valid: 'Gäller ännu inte',
  } satisfies Record<ConsentStatus, string>,
};

export type CommonStrings = typeof sv;

export const en: CommonStrings = {
  appName: 'Samsyn',
  back: 'Back',
  next: 'Next',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  open: 'Open',
  yes: 'Yes',
  no: 'No',
  none: '–',
  refresh: 'Refresh',
  errors: {
    somethingWrong: (errorId: string) =>
      `Something went wrong (error id ${errorId}). Nothing you saved was lost. Please try again.`,
    expired: 'This card is no longer valid. Start again with a new command.',
    stale:
      'The card was out of date or sent twice. Here is the current state – nothing was changed.',
    notAllowed: 'You are not allowed to do this.',
    needsRole: (role: string) => `This needs the ${role} role. Ask an administrator for access.`,
    invalidInput: 'Some of what you entered needs correcting:',
    notText: 'I can only read text messages. Type help to see what I can do.',
    unknownParticipant: (code: string) => `No participant with the code ${code} that you may see.`,
    notOwner: (code: string) =>
      `You are not the caseworker of ${code}. Only the case owner can do this.`,
    personalOnly: 'This is done in your personal chat with Samsyn, not in a channel.',
    personalOnlyNotGroupChat:
      'This is done in your personal chat with Samsyn, not in a group chat.',
    channelOnly: 'This is done in a channel of a team.',
    consentInvalid: (code: string) => `${code} has no valid consent. Renew the consent first.`,
    required: (field: string) => `${field}: required.`,
    date: (field: string) => `${field}: enter a date as YYYY-MM-DD.`,
  },
  roles: {
    caseworker: 'caseworker',
    forum_member: 'case-forum member',
    manager: 'manager',
    admin: 'administrator',
    granskare: 'log reviewer',
  },
  gender: {
    kvinna: 'Woman',
    man: 'Man',
    annan: 'Other',
    vill_ej_uppge: 'Prefers not to say',
  },
  consentStatus: {
    valid: 'Valid',
    expired: 'Expired',
    withdrawn: 'Withdrawn',
    missing: 'Missing',
    not_yet_valid: 'Not yet valid',
  },
};
