import {
  consentCard,
  consentExpiringCard,
  handoverCard,
  handoverOfferCard,
  myParticipantsCard,
  registeredCard,
  registrationCard,
  type DepartmentChoice,
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
      registeredCard({ code: 'D-4F7K', name: 'Amina Testsson', protectedIdentity: false }, t),
  },
  {
    name: 'participants.registered.protected',
    build: (t) => registeredCard({ code: 'D-9QXR', name: null, protectedIdentity: true }, t),
  },
  {
    name: 'participants.list',
    build: (t) =>
      myParticipantsCard(
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
          },
        ],
        [{ participantId: 'p4', code: 'D-2ABC', fromName: 'Bo Handläggare' }],
        t,
      ),
  },
  { name: 'participants.list.empty', build: (t) => myParticipantsCard([], [], t) },
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
