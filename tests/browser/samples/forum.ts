import {
  actionDoneCard,
  agendaCard,
  agendaShellCard,
  caseCard,
  caseShellCard,
  caseWithdrawnCard,
  closeConfirmCard,
  forumCard,
  forumSetupCard,
  minutesCard,
  pickMeetingCard,
  reminderCard,
  type CaseView,
} from '../../../cards/forum';
import type { Strings } from '../../../cards/locales';
import { DEFAULT_ACTIVITY_TYPES } from '../../../domain/activities';
import { DEFAULT_DEPARTMENTS } from '../../../domain/departments';
import type { CardSample } from './types';

const depts = (t: Strings) => [
  {
    id: 'vux',
    name:
      t.forum.departmentsFact === 'Departments'
        ? 'Adult education (SFI)'
        : 'Vuxenutbildningen (SFI)',
  },
  { id: 'ame', name: 'Arbetsmarknadsenheten' },
  { id: 'ifo', name: 'IFO / ekonomiskt bistånd' },
  { id: 'flykting', name: 'Flyktingmottagningen' },
];

const caseView = (over: Partial<CaseView> = {}): CaseView => ({
  caseId: 'case-1',
  rev: 2,
  code: 'D-4F7K',
  meetingDate: '2026-11-30',
  meetingOpen: true,
  involved: ['Vuxenutbildningen (SFI)', 'Arbetsmarknadsenheten', 'IFO / ekonomiskt bistånd'],
  progression: {
    sessions: 3,
    risen: ['Tro på att få jobb', 'Svenska språket'],
    latestDate: '2026-09-01',
    healthLeftOut: true,
    scores: [
      { name: 'Tro på att få jobb', self: 4, staff: 3, counted: 4 },
      { name: 'Jobbsökande', self: 2, staff: 2, counted: 2 },
      {
        name: 'Vet vad jag ska göra för att öka mina chanser',
        self: null,
        staff: 3,
        counted: null,
      },
      { name: 'Svenska språket', self: 3, staff: 3, counted: 3 },
      { name: 'Handläggarens tro på att deltagaren får arbete', self: null, staff: 4, counted: 4 },
    ],
  },
  plan: {
    code: 'D-4F7K',
    goal: 'work',
    nextFollowUp: '2026-12-15',
    locale: 'sv',
    parallelNow: 2,
    catalogue: DEFAULT_ACTIVITY_TYPES,
    departments: DEFAULT_DEPARTMENTS,
    activities: [
      {
        id: 'a1',
        participantId: 'p1',
        typeId: 'praktik',
        customName: null,
        kind: 'job',
        departmentId: 'ame',
        responsible: null,
        startDate: '2026-10-01',
        plannedEndDate: null,
        endDate: null,
        status: 'ongoing',
        cancelReason: null,
      },
      {
        id: 'a2',
        participantId: 'p1',
        typeId: 'sfi',
        customName: null,
        kind: 'language',
        departmentId: 'vux',
        responsible: null,
        startDate: '2026-08-15',
        plannedEndDate: null,
        endDate: null,
        status: 'ongoing',
        cancelReason: null,
      },
    ],
  },
  earlier: [
    {
      what: 'Kontakta SFI om byte av spår',
      dept: 'Vuxenutbildningen (SFI)',
      who: 'Bo Handläggare',
      due: '2026-11-15',
      overdue: true,
    },
    {
      what: 'Boka trepartssamtal med praktikplatsen',
      dept: 'Arbetsmarknadsenheten',
      who: 'Anna Handläggare',
      due: '2026-12-07',
      overdue: false,
    },
  ],
  decisions: [
    {
      what: 'Ansöka om arbetsträning',
      dept: 'Arbetsmarknadsenheten',
      who: null,
      due: '2026-12-20',
      overdue: false,
    },
  ],
  departments: [
    { id: 'vux', name: 'Vuxenutbildningen (SFI)' },
    { id: 'ame', name: 'Arbetsmarknadsenheten' },
  ],
  members: [
    { id: 'u1', name: 'Anna Handläggare' },
    { id: 'u2', name: 'Bo Handläggare' },
    { id: 'u3', name: 'Frida Forum' },
  ],
  canDecide: true,
  ...over,
});

export const samples: CardSample[] = [
  {
    name: 'forum.setup',
    build: (t) => forumSetupCard({ departments: depts(t), selected: ['vux', 'ame'] }, t),
  },
  {
    name: 'forum.setup.error',
    build: (t) =>
      forumSetupCard(
        { departments: depts(t), selected: [], errors: [t.forum.errors.noDepartments] },
        t,
      ),
  },
  {
    name: 'forum.forum',
    build: (t) =>
      forumCard(
        {
          forumId: 'f1',
          departments: [
            'Vuxenutbildningen (SFI)',
            'Arbetsmarknadsenheten',
            'IFO / ekonomiskt bistånd',
          ],
          meeting: { id: 'm1', date: '2026-11-30', caseCount: 3 },
          suggestedDate: '2026-11-23',
          canStart: true,
          notice: t.forum.created,
        },
        t,
      ),
  },
  {
    name: 'forum.forum.empty',
    build: (t) =>
      forumCard(
        {
          forumId: 'f1',
          departments: ['Arbetsmarknadsenheten'],
          meeting: null,
          suggestedDate: '2026-11-23',
          canStart: false,
        },
        t,
      ),
  },
  {
    name: 'forum.agenda.shell',
    build: (t) => agendaShellCard({ meetingId: 'm1', date: '2026-11-30' }, t),
  },
  {
    name: 'forum.agenda',
    build: (t) =>
      agendaCard(
        {
          meetingId: 'm1',
          date: '2026-11-30',
          closed: false,
          departments: ['Vuxenutbildningen (SFI)', 'Arbetsmarknadsenheten'],
          cases: [
            { caseId: 'c1', position: 1, code: 'D-4F7K', broughtBy: 'Anna Handläggare' },
            { caseId: 'c2', position: 2, code: 'D-9XQ2', broughtBy: 'Anna Handläggare' },
            { caseId: 'c3', position: 3, code: 'D-H3MT', broughtBy: 'Bo Handläggare' },
          ],
          mine: [{ id: 'p4', code: 'D-7RWA' }],
          canClose: true,
          errors: [t.forum.errors.refused.not_covered('D-7RWA', 'Arbetsmarknadsenheten')],
        },
        t,
      ),
  },
  {
    name: 'forum.agenda.closed',
    build: (t) =>
      agendaCard(
        {
          meetingId: 'm1',
          date: '2026-11-30',
          closed: true,
          departments: ['Arbetsmarknadsenheten'],
          cases: [],
          mine: null,
          canClose: false,
          notice: t.forum.closed,
        },
        t,
      ),
  },
  { name: 'forum.case.shell', build: (t) => caseShellCard({ caseId: 'c1', code: 'D-4F7K' }, t) },
  { name: 'forum.case', build: (t) => caseCard(caseView({ notice: t.forum.actionAdded }), t) },
  {
    name: 'forum.case.errors',
    build: (t) =>
      caseCard(
        caseView({
          progression: {
            sessions: 0,
            risen: [],
            latestDate: null,
            scores: [],
            healthLeftOut: false,
          },
          plan: { ...caseView().plan, activities: [], parallelNow: 0, goal: null },
          earlier: [],
          decisions: [],
          input: { what: 'Boka möte', departmentId: 'ame', due: '2026-11-01' },
          errors: [t.forum.errors.action.owner, t.forum.errors.action.dueBeforeMeeting],
        }),
        t,
      ),
  },
  {
    name: 'forum.case.withdrawn',
    build: (t) => caseWithdrawnCard({ caseId: 'c1', code: 'D-4F7K' }, t),
  },
  {
    name: 'forum.minutes',
    build: (t) =>
      minutesCard(
        {
          date: '2026-11-30',
          departments: ['Vuxenutbildningen (SFI)', 'Arbetsmarknadsenheten'],
          cases: [
            { code: 'D-4F7K', withdrawn: false, actions: caseView().earlier },
            { code: 'D-9XQ2', withdrawn: false, actions: [] },
            { code: 'D-H3MT', withdrawn: true, actions: [] },
          ],
        },
        t,
      ),
  },
  {
    name: 'forum.reminder',
    build: (t) =>
      reminderCard(
        {
          actionId: 'a1',
          code: 'D-4F7K',
          what: 'Boka trepartssamtal med praktikplatsen',
          dept: 'Arbetsmarknadsenheten',
          due: '2026-12-07',
          overdue: true,
        },
        t,
      ),
  },
  {
    name: 'forum.minutes.full',
    build: (t) =>
      minutesCard(
        {
          date: '2026-11-30',
          closedAt: '2026-11-30 15:42',
          departments: ['Vuxenutbildningen (SFI)', 'Arbetsmarknadsenheten'],
          tookPart: ['Frida Forum', 'Anna Handläggare', 'Bo Handläggare'],
          nextMeeting: '2026-12-14',
          cases: [{ code: 'D-4F7K', withdrawn: false, actions: caseView().earlier }],
        },
        t,
      ),
  },
  {
    name: 'forum.close.confirm',
    build: (t) => closeConfirmCard({ meetingId: 'm1', date: '2026-11-30', today: '2026-11-23' }, t),
  },
  {
    name: 'forum.assigned',
    build: (t) =>
      reminderCard(
        {
          actionId: 'a1',
          code: 'D-4F7K',
          what: 'Boka trepartssamtal med praktikplatsen',
          dept: 'Arbetsmarknadsenheten',
          due: '2026-12-07',
          overdue: false,
          kind: 'assigned',
          meetingDate: '2026-11-30',
        },
        t,
      ),
  },
  {
    name: 'forum.action.done',
    build: (t) => actionDoneCard({ code: 'D-4F7K', already: false }, t),
  },
  {
    name: 'forum.pick',
    build: (t) =>
      pickMeetingCard(
        {
          code: 'D-4F7K',
          participantId: 'p1',
          meetings: [
            {
              id: 'm1',
              label: t.forum.meetingChoice(
                '2026-11-30',
                'Vuxenutbildningen (SFI), Arbetsmarknadsenheten',
              ),
            },
          ],
          errors: [t.forum.errors.refused.expired('D-4F7K')],
        },
        t,
      ),
  },
  {
    name: 'forum.pick.none',
    build: (t) => pickMeetingCard({ code: 'D-4F7K', participantId: 'p1', meetings: [] }, t),
  },
];
