import { DEFAULT_ACTIVITY_TYPES } from '../../../domain/activities';
import { DEFAULT_DEPARTMENTS } from '../../../domain/departments';
import type { PlanActivity } from '../../../domain/model';
import {
  catalogueCard,
  followUpCard,
  planCard,
  planSummaryCard,
  type PlanView,
} from '../../../cards/plan';
import { journalCard, planJournal } from '../../../cards/journal';
import type { Strings } from '../../../cards/locales';
import type { CardSample } from './types';

const locale = (t: Strings) => (t.common.yes === 'Yes' ? 'en' : 'sv') as 'sv' | 'en';
const plan = {
  participantId: 'p1',
  goal: 'work' as const,
  ownWords: 'Jag vill jobba i ett storkök',
  nextFollowUp: '2026-12-14',
  rev: 4,
  updatedAt: '2026-11-23T09:00:00Z',
};
const a = (over: Partial<PlanActivity>): PlanActivity => ({
  id: 'x',
  participantId: 'p1',
  typeId: 'sfi',
  customName: null,
  kind: 'language',
  departmentId: 'vux',
  responsible: null,
  startDate: '2026-09-01',
  plannedEndDate: null,
  endDate: null,
  status: 'ongoing',
  cancelReason: null,
  ...over,
});
const activities = [
  a({ id: 'a1' }),
  a({
    id: 'a2',
    typeId: 'praktik',
    kind: 'job',
    departmentId: 'ame',
    responsible: 'Karin Utförare',
    startDate: '2026-11-16',
    plannedEndDate: '2027-02-12',
  }),
  a({
    id: 'a3',
    typeId: null,
    customName: 'Cykelkurs',
    kind: 'skills',
    departmentId: 'ame',
    status: 'planned',
    startDate: '2026-12-01',
  }),
  a({
    id: 'a4',
    typeId: 'laxhjalp',
    kind: 'skills',
    status: 'cancelled',
    endDate: '2026-10-01',
    cancelReason: 'Krockade med praktiken',
  }),
];
const catalogue = DEFAULT_ACTIVITY_TYPES.map((ty) =>
  ty.id === 'laxhjalp' ? { ...ty, retired: true } : ty,
);
const view = (t: Strings, over: Partial<PlanView> = {}): PlanView => ({
  participantId: 'p1',
  code: 'D-4F7K',
  name: 'Amina Testperson',
  plan,
  activities,
  catalogue,
  departments: DEFAULT_DEPARTMENTS,
  locale: locale(t),
  today: '2026-11-23',
  parallelNow: 2,
  nudge: false,
  history: [
    { at: '2026-11-20', who: 'Anna Handläggare', change: t.plan.change['activity.add']! },
    { at: '2026-11-23', who: 'Anna Handläggare', change: t.plan.change['activity.end']! },
  ],
  ...over,
});

export const samples: CardSample[] = [
  { name: 'plan.plan', build: (t) => planCard(view(t, { notice: t.plan.saved }), t) },
  {
    name: 'plan.plan.empty.nudge',
    build: (t) =>
      planCard(
        view(t, {
          plan: { ...plan, goal: null, ownWords: null, nextFollowUp: null },
          activities: [a({ kind: 'health', typeId: 'halsogrupp', departmentId: 'ame' })],
          parallelNow: 1,
          nudge: true,
          history: [],
        }),
        t,
      ),
  },
  { name: 'plan.plan.changed', build: (t) => planCard(view(t, { errors: [t.plan.changed] }), t) },
  {
    name: 'plan.form.add.errors',
    build: (t) =>
      planCard(
        view(t, {
          errors: [t.plan.errors.planned_end_before_start],
          form: {
            kind: 'add',
            values: { new_type: 'praktik', new_start: '2026-12-10', new_plannedEnd: '2026-12-01' },
          },
        }),
        t,
      ),
  },
  {
    name: 'plan.form.edit.errors',
    build: (t) =>
      planCard(
        view(t, {
          errors: [t.plan.errors.reason_required],
          form: { kind: 'edit', n: 1, values: { status_1: 'cancelled' } },
        }),
        t,
      ),
  },
  {
    name: 'plan.form.goal.errors',
    build: (t) =>
      planCard(
        view(t, {
          errors: [t.plan.errors.followup_in_past],
          form: { kind: 'goal', values: { nextFollowUp: '2026-11-01' } },
        }),
        t,
      ),
  },
  {
    name: 'plan.followup',
    build: (t) =>
      followUpCard(
        {
          participantId: 'p1',
          code: 'D-4F7K',
          plan,
          activities: activities.slice(0, 3),
          catalogue,
          locale: locale(t),
          today: '2026-12-14',
          dueDate: '2026-12-14',
          suggestedNext: '2027-01-11',
        },
        t,
      ),
  },
  {
    name: 'plan.followup.errors',
    build: (t) =>
      followUpCard(
        {
          participantId: 'p1',
          code: 'D-4F7K',
          plan,
          activities: activities.slice(0, 1),
          catalogue,
          locale: locale(t),
          today: '2026-12-14',
          dueDate: '2026-12-14',
          suggestedNext: '2027-01-11',
          errors: [t.plan.errors.followUpRequired],
        },
        t,
      ),
  },
  {
    name: 'plan.catalogue',
    build: (t) =>
      catalogueCard(
        {
          types: catalogue,
          departments: DEFAULT_DEPARTMENTS,
          locale: locale(t),
          notice: t.plan.catalogue.saved,
        },
        t,
      ),
  },
  {
    name: 'plan.summary',
    build: (t) =>
      planSummaryCard(
        {
          code: 'D-4F7K',
          goal: 'work',
          nextFollowUp: '2026-12-14',
          activities: [
            ...activities,
            a({ id: 'a5', typeId: 'halsogrupp', kind: 'health', departmentId: 'ame' }),
          ],
          catalogue,
          departments: DEFAULT_DEPARTMENTS,
          locale: locale(t),
          parallelNow: 3,
        },
        t,
      ),
  },
  {
    name: 'plan.plan.exited',
    build: (t) =>
      planCard(
        view(t, {
          exitDate: '2026-11-20',
          parallelNow: 0,
          activities: [
            a({ id: 'a1', status: 'completed', endDate: '2026-11-20' }),
            a({
              id: 'a2',
              typeId: 'praktik',
              kind: 'job',
              departmentId: 'ame',
              status: 'cancelled',
              startDate: '2026-12-07',
              endDate: '2026-11-20',
              cancelReason: t.exit.endedByExit,
            }),
          ],
          journal: 'plan',
        }),
        t,
      ),
  },
  {
    // A long plan: twelve activities with their edit forms stay within the card budget.
    name: 'plan.plan.twelve',
    build: (t) =>
      planCard(
        view(t, {
          activities: DEFAULT_ACTIVITY_TYPES.slice(0, 12).map((ty, i) =>
            a({
              id: `t${i}`,
              typeId: ty.id,
              kind: ty.kind,
              departmentId: ty.departmentId,
              responsible: i % 3 === 0 ? 'Karin Utförare' : null,
              plannedEndDate: '2027-06-30',
            }),
          ),
          history: Array.from({ length: 10 }, (_, i) => ({
            at: `2026-11-${String(10 + i).padStart(2, '0')}`,
            who: 'Anna Handläggare',
            change: t.plan.changeLine(t.plan.change['activity.cancel'], 'Arbetsträning'),
          })),
        }),
        t,
      ),
  },
  {
    name: 'plan.followup.late',
    build: (t) =>
      followUpCard(
        {
          participantId: 'p1',
          code: 'D-4F7K',
          plan,
          activities: activities.slice(0, 2),
          catalogue,
          locale: locale(t),
          today: '2026-12-18',
          dueDate: '2026-12-14',
          suggestedNext: '2027-01-15',
        },
        t,
      ),
  },
  {
    name: 'plan.journal',
    build: (t) =>
      journalCard(
        'D-4F7K',
        planJournal(
          {
            plan,
            activities,
            catalogue,
            departments: DEFAULT_DEPARTMENTS,
            locale: locale(t),
            today: '2026-10-01',
            changesToday: [t.plan.changeLine(t.plan.change['activity.cancel'], 'Läxhjälp')],
          },
          t,
        ),
        null,
        t,
      ),
  },
];
