import {
  consentCard,
  consentExpiringCard,
  handoverCard,
  handoverOfferCard,
  myParticipantsCard,
  participantCard,
  registeredCard,
  registrationCard,
  withdrawConfirmCard,
  type CaseloadView,
  type DepartmentChoice,
  type IncomingView,
  type ParticipantCardView,
  type ParticipantRowView,
} from '../../../cards/participants';
import { EMPTY_REGISTRATION } from '../../../domain/registration';
import type { Consent } from '../../../domain/types';
import type { CardSample } from './types';

const token = { flowId: 'sample-flow', step: 'form', rev: 2 };
const departments: DepartmentChoice[] = [
  { id: 'vux', name: 'Vuxenutbildningen (SFI)' },
  { id: 'ame', name: 'Arbetsmarknadsenheten' },
  { id: 'ifo', name: 'IFO / ekonomiskt bistånd' },
  { id: 'flykting', name: 'Flyktingmottagningen' },
  { id: 'af', name: 'Arbetsförmedlingen' },
  { id: 'fk', name: 'Försäkringskassan' },
  { id: 'halsa', name: 'Region / vårdcentral' },
];
const consent = (over: Partial<Consent> = {}): Consent => ({
  id: 'c1',
  participantId: 'p1',
  givenOn: '2025-11-02',
  departments: ['vux', 'ifo'],
  validUntil: '2026-11-01',
  withdrawnOn: null,
  recordedBy: 'cw',
  recordedAt: '2025-11-02T10:00:00Z',
  ...over,
});

const listView = (rows: ParticipantRowView[], incoming: IncomingView[]): CaseloadView => ({
  rows,
  incoming,
  page: 0,
  pages: 1,
  matching: rows.length,
  activeCount: rows.length,
  exitedCount: 0,
  query: '',
  exited: false,
});
const exitedRow: ParticipantRowView = {
  participantId: 'p5',
  code: 'D-5KLM',
  name: 'Amina Exempel',
  protectedIdentity: false,
  startDate: '2025-02-01',
  consentStatus: 'valid',
  consentUntil: '2026-12-31',
  consentExpiresIn: null,
  daysSinceRating: 120,
  pendingTo: null,
  needs: [],
  nextFollowUp: null,
  exit: { date: '2026-10-15', outcome: 'Arbete (heltid, deltid, timmar, visstid)' },
};
const participantView: ParticipantCardView = {
  participantId: 'p1',
  code: 'D-4F7K',
  name: 'Amina Testsson',
  protectedIdentity: false,
  startDate: '2026-01-15',
  departments: ['Vuxenutbildningen (SFI)', 'Arbetsmarknadsenheten', 'IFO / ekonomiskt bistånd'],
  sfi: { track: '2', course: 'B' },
  languages: ['العربية', 'Svenska'],
  supportAtStart: 'ekonomiskt_bistand',
  pendingTo: null,
  needs: ['follow_up_due'],
  consent: {
    status: 'valid',
    givenOn: '2026-01-15',
    validUntil: '2027-01-14',
    departments: ['Vuxenutbildningen (SFI)', 'IFO / ekonomiskt bistånd'],
    withdrawnOn: null,
    expiresIn: null,
  },
  sessions: { count: 3, first: '2026-02-01', latest: '2026-10-20', risen: 4, progressed: true },
  plan: { goal: 'Arbete', ownWords: 'Jag vill jobba i ett kök', nextFollowUp: '2026-11-20' },
  activities: [
    {
      name: 'Praktik',
      department: 'Arbetsmarknadsenheten',
      status: 'ongoing',
      startDate: '2026-03-01',
      plannedEndDate: '2026-12-31',
      endDate: null,
      cancelReason: null,
    },
    {
      name: 'Hälsogrupp / hälsopromenader',
      department: 'Arbetsmarknadsenheten',
      status: 'cancelled',
      startDate: '2026-02-01',
      plannedEndDate: '2026-06-30',
      endDate: '2026-04-12',
      cancelReason: 'Flyttade gruppen till kvällstid',
    },
  ],
  followUps: [
    {
      heldOn: '2026-09-02',
      dueDate: '2026-09-01',
      swedishLevel: 'SFI kurs C',
      said: [{ activity: 'Praktik', text: 'Trivs, vill ha fler timmar' }],
    },
  ],
  forum: [
    {
      due: '2026-10-01',
      what: 'Kontakt med Arbetsförmedlingen om förstärkt stöd',
      department: 'Arbetsförmedlingen',
      doneOn: '2026-09-28',
      result: 'Möte bokat 12 oktober',
    },
  ],
  exit: null,
  history: [
    { date: '2026-10-20', kind: 'rating' },
    { date: '2026-09-28', kind: 'forum_done', detail: 'Kontakt med Arbetsförmedlingen' },
    { date: '2026-09-02', kind: 'follow_up' },
    { date: '2026-04-12', kind: 'plan', detail: 'avslutade en insats' },
  ],
  olderEvents: 7,
  older: { activities: 0, followUps: 2, forum: 0 },
};

export const samples: CardSample[] = [
  {
    name: 'participants.registration.empty',
    build: (t) =>
      registrationCard(
        { values: EMPTY_REGISTRATION, errors: [], token, departments, today: '2026-11-23' },
        t,
      ),
  },
  {
    name: 'participants.registration.errors',
    build: (t) =>
      registrationCard(
        {
          values: {
            ...EMPTY_REGISTRATION,
            name: 'Amina Testsson',
            gender: 'kvinna',
            birthYear: '1850',
            startDate: '2026-11-02',
            departments: ['vux', 'ifo'],
            sfiTrack: '2',
            sfiCourse: 'B',
            supportAtStart: 'ekonomiskt_bistand',
            consentDepartments: ['vux'],
            consentValidUntil: '2027-11-01',
          },
          errors: [
            { field: 'birthYear', problem: 'birth_year_range' },
            { field: 'consentGivenOn', problem: 'required' },
          ],
          token,
          departments,
          today: '2026-11-23',
          stale: true,
        },
        t,
      ),
  },
  {
    name: 'participants.registered',
    build: (t) =>
      registeredCard(
        { participantId: 'p1', code: 'D-4F7K', name: 'Amina Testsson', protectedIdentity: false },
        t,
      ),
  },
  {
    name: 'participants.registered.protected',
    build: (t) =>
      registeredCard(
        { participantId: 'p2', code: 'D-9QXR', name: null, protectedIdentity: true },
        t,
      ),
  },
  {
    name: 'participants.list',
    build: (t) =>
      myParticipantsCard(
        listView(
          [
            {
              participantId: 'p1',
              code: 'D-4F7K',
              name: 'Amina Testsson',
              protectedIdentity: false,
              startDate: '2026-01-15',
              consentStatus: 'valid',
              consentUntil: '2026-12-05',
              consentExpiresIn: 12,
              daysSinceRating: 41,
              pendingTo: null,
              needs: ['follow_up_due', 'consent_expiring'],
              nextFollowUp: '2026-11-20',
              exit: null,
            },
            {
              participantId: 'p2',
              code: 'D-9QXR',
              name: null,
              protectedIdentity: true,
              startDate: '2025-09-01',
              consentStatus: 'withdrawn',
              consentUntil: '2026-08-31',
              consentExpiresIn: null,
              daysSinceRating: null,
              pendingTo: 'Bo Handläggare',
              needs: ['consent_invalid', 'first_rating'],
              nextFollowUp: null,
              exit: null,
            },
            {
              participantId: 'p3',
              code: 'D-7HJM',
              name: null,
              protectedIdentity: false,
              startDate: '2024-03-04',
              consentStatus: 'expired',
              consentUntil: '2025-03-03',
              consentExpiresIn: null,
              daysSinceRating: 200,
              pendingTo: null,
              needs: ['rating_overdue', 'consent_invalid'],
              nextFollowUp: null,
              exit: null,
            },
          ],
          [{ participantId: 'p4', code: 'D-2ABC', fromName: 'Bo Handläggare' }],
        ),
        t,
      ),
  },
  { name: 'participants.list.empty', build: (t) => myParticipantsCard(listView([], []), t) },
  {
    name: 'participants.list.search.page2',
    build: (t) =>
      myParticipantsCard(
        {
          ...listView([exitedRow], []),
          page: 1,
          pages: 3,
          matching: 23,
          query: 'amina',
          activeCount: 40,
          exitedCount: 12,
          exited: true,
        },
        t,
      ),
  },
  { name: 'participant.card', build: (t) => participantCard(participantView, t) },
  {
    name: 'participant.card.new',
    build: (t) =>
      participantCard(
        {
          ...participantView,
          consent: null,
          sessions: null,
          plan: null,
          activities: [],
          followUps: [],
          forum: [],
          exit: null,
          history: [{ date: '2026-11-23', kind: 'registered' }],
          olderEvents: 0,
        },
        t,
      ),
  },
  {
    name: 'participants.consent.withdraw.confirm',
    build: (t) =>
      withdrawConfirmCard(
        {
          code: 'D-4F7K',
          today: '2026-11-23',
          departments: ['Vuxenutbildningen (SFI)', 'IFO / ekonomiskt bistånd'],
          token,
        },
        t,
      ),
  },
  {
    name: 'participants.consent',
    build: (t) =>
      consentCard(
        {
          code: 'D-4F7K',
          current: consent({
            id: 'c2',
            givenOn: '2026-11-02',
            validUntil: '2027-11-01',
            departments: ['vux', 'ifo', 'ame'],
          }),
          status: 'valid',
          expiresIn: null,
          uncovered: [],
          history: [
            consent(),
            consent({
              id: 'c2',
              givenOn: '2026-11-02',
              validUntil: '2027-11-01',
              departments: ['vux', 'ifo', 'ame'],
            }),
          ],
          departments,
          token,
          today: '2026-11-23',
          message: t.participants.consent.renewed,
        },
        t,
      ),
  },
  {
    name: 'participants.consent.withdrawn.errors',
    build: (t) =>
      consentCard(
        {
          code: 'D-4F7K',
          current: consent({ withdrawnOn: '2026-11-23' }),
          status: 'withdrawn',
          expiresIn: null,
          uncovered: [],
          history: [consent({ withdrawnOn: '2026-11-23' })],
          departments,
          token,
          today: '2026-11-23',
          values: {
            consentGivenOn: '2026-11-23',
            consentDepartments: ['vux'],
            consentValidUntil: '2026-11-01',
          },
          errors: [
            t.participants.problems.not_after_given(t.participants.fields.consentValidUntil),
          ],
        },
        t,
      ),
  },
  {
    // A renewal that leaves out a department the participant is involved with, of a consent about to expire.
    name: 'participants.consent.expiring.uncovered',
    build: (t) =>
      consentCard(
        {
          code: 'D-4F7K',
          current: consent({
            id: 'c2',
            givenOn: '2026-11-23',
            validUntil: '2026-12-10',
            departments: ['vux'],
          }),
          status: 'valid',
          expiresIn: 17,
          uncovered: ['ifo', 'ame'],
          history: [
            consent(),
            consent({
              id: 'c2',
              givenOn: '2026-11-23',
              validUntil: '2026-12-10',
              departments: ['vux'],
            }),
          ],
          departments,
          token,
          today: '2026-11-23',
          message: t.participants.consent.renewed,
        },
        t,
      ),
  },
  {
    name: 'participants.consent.expiring.reminder',
    build: (t) =>
      consentExpiringCard({ code: 'D-4F7K', validUntil: '2026-12-23', daysLeft: 30 }, t),
  },
  {
    name: 'participants.handover',
    build: (t) =>
      handoverCard(
        {
          code: 'D-4F7K',
          candidates: [
            { id: 'b', name: 'Bo Handläggare' },
            { id: 'c', name: 'Cecilia Handläggare' },
          ],
          token,
          pendingTo: 'Cecilia Handläggare',
        },
        t,
      ),
  },
  {
    name: 'participants.handover.none',
    build: (t) => handoverCard({ code: 'D-4F7K', candidates: [], token, pendingTo: null }, t),
  },
  {
    name: 'participants.handover.offer',
    build: (t) =>
      handoverOfferCard({ participantId: 'p1', code: 'D-4F7K', fromName: 'Anna Handläggare' }, t),
  },
];
