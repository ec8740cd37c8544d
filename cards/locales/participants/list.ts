// "mina deltagare": the caseload list. Swedish first; English typed by it.
import type { Need } from '../../../domain/caseload';

/** The words for none, one, or many days. */
const plural = (n: number, zero: string, one: string, many: string) => {
  if (n === 0) return zero;
  return n === 1 ? one : many;
};

export const sv = {
  list: {
    title: 'Mina deltagare',
    empty: 'Du har inga aktiva deltagare. Skriv **ny deltagare** för att registrera en.',
    count: (n: number) => (n === 1 ? '1 aktiv deltagare' : `${n} aktiva deltagare`),
    started: 'Start',
    consent: 'Samtycke',
    consentUntil: (status: string, until: string) => `${status} (t.o.m. ${until})`,
    expiresIn: (days: number) =>
      plural(days, 'Går ut i dag', 'Går ut om 1 dag', `Går ut om ${days} dagar`),
    lastRating: 'Senaste skattning',
    daysSince: (days: number) =>
      plural(days, 'i dag', 'för 1 dag sedan', `för ${days} dagar sedan`),
    never: 'Ingen ännu',
    protected: 'Skyddad identitet',
    pendingOut: (to: string) => `Överlämning erbjuden till ${to}, väntar på svar.`,
    openConsent: 'Samtycke',
    openHandover: 'Överlämna',
    openRating: 'Skattning',
    openPlan: 'Plan',
    open: 'Öppna',
    nextFollowUp: 'Nästa uppföljning',
    exitedOn: 'Avslutad',
    todo: 'Att göra',
    needs: {
      rating_overdue: 'skattning försenad',
      follow_up_due: 'uppföljning att hålla',
      consent_expiring: 'samtycket går snart ut',
      consent_invalid: 'samtycket gäller inte',
      first_rating: 'första skattningen',
    } satisfies Record<Need, string>,
    sorted: 'Det som behöver göras först står överst.',
    searchLabel: 'Sök på kod eller namn',
    searchHint: 't.ex. D-4F7K eller Amina',
    searchButton: 'Sök',
    clearSearch: 'Visa alla',
    searchResults: (n: number, q: string) =>
      n === 1 ? `1 träff på "${q}"` : `${n} träffar på "${q}"`,
    noResults: (q: string) =>
      `Ingen av dina deltagare har en kod eller ett namn som börjar med "${q}".`,
    page: (n: number, of: number) => `Sida ${n} av ${of}`,
    previous: 'Föregående',
    next: 'Nästa',
    showExited: (n: number) => `Visa avslutade (${n})`,
    showActive: 'Visa aktiva',
    exitedTitle: 'Mina avslutade deltagare',
    exitedCount: (n: number) => (n === 1 ? '1 avslutad deltagare' : `${n} avslutade deltagare`),
    noExited: 'Du har inga avslutade deltagare.',
    noSharing: 'Utan giltigt samtycke delas inget om deltagaren med andra förvaltningar.',
    incomingTitle: 'Ärenden som väntar på att du tar emot dem',
    incomingFrom: (code: string, from: string) => `${code} från ${from}`,
  },
};

export type ListStrings = typeof sv;

export const en: ListStrings = {
  list: {
    title: 'My participants',
    empty: 'You have no active participants. Type **new participant** to register one.',
    count: (n: number) => (n === 1 ? '1 active participant' : `${n} active participants`),
    started: 'Start',
    consent: 'Consent',
    consentUntil: (status: string, until: string) => `${status} (until ${until})`,
    expiresIn: (days: number) =>
      plural(days, 'Expires today', 'Expires in 1 day', `Expires in ${days} days`),
    lastRating: 'Last rating',
    daysSince: (days: number) => plural(days, 'today', '1 day ago', `${days} days ago`),
    never: 'None yet',
    protected: 'Protected identity',
    pendingOut: (to: string) => `Handover offered to ${to}, waiting for an answer.`,
    openConsent: 'Consent',
    openHandover: 'Hand over',
    openRating: 'Rate',
    openPlan: 'Plan',
    open: 'Open',
    nextFollowUp: 'Next follow-up',
    exitedOn: 'Exited',
    todo: 'To do',
    needs: {
      rating_overdue: 'rating overdue',
      follow_up_due: 'follow-up to hold',
      consent_expiring: 'consent expires soon',
      consent_invalid: 'consent not valid',
      first_rating: 'first rating',
    },
    sorted: 'What needs doing first is at the top.',
    searchLabel: 'Search by code or name',
    searchHint: 'e.g. D-4F7K or Amina',
    searchButton: 'Search',
    clearSearch: 'Show all',
    searchResults: (n: number, q: string) =>
      n === 1 ? `1 match for "${q}"` : `${n} matches for "${q}"`,
    noResults: (q: string) =>
      `None of your participants has a code or a name starting with "${q}".`,
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    previous: 'Previous',
    next: 'Next',
    showExited: (n: number) => `Show exited (${n})`,
    showActive: 'Show active',
    exitedTitle: 'My exited participants',
    exitedCount: (n: number) => (n === 1 ? '1 exited participant' : `${n} exited participants`),
    noExited: 'You have no exited participants.',
    noSharing:
      'Without a valid consent nothing about the participant is shared with other departments.',
    incomingTitle: 'Cases waiting for you to accept them',
    incomingFrom: (code: string, from: string) => `${code} from ${from}`,
  },
};
