import { exitCard, exitDoneCard, sixMonthCard } from '../../../cards/exit';
import { exitJournal, journalCard } from '../../../cards/journal';
import type { Strings } from '../../../cards/locales';
import { DEFAULT_DEPARTMENTS } from '../../../domain/departments';
import type { Exit } from '../../../domain/model';
import type { CardSample } from './types';

const locale = (t: Strings) => (t.common.yes === 'Yes' ? 'en' : 'sv') as 'sv' | 'en';
const exit: Exit = {
  participantId: 'p1',
  date: '2026-11-20',
  outcome: 'avbrott',
  nextStep: false,
  noNextStepReason: 'no_contact',
  supportAtExit: 'ekonomiskt_bistand',
  selfSupportAfter6m: null,
  nextStepWith: null,
};
const form = (t: Strings) => ({
  participantId: 'p1',
  code: 'D-4F7K',
  name: 'Amina Testperson',
  rev: 3,
  startDate: '2026-01-15',
  today: '2026-11-23',
  departments: DEFAULT_DEPARTMENTS,
  locale: locale(t),
});

export const samples: CardSample[] = [
  { name: 'exit.form', build: (t) => exitCard(form(t), t) },
  {
    name: 'exit.form.errors',
    build: (t) =>
      exitCard(
        {
          ...form(t),
          errors: [t.exit.errors.reason_required, t.exit.errors.outcome_required],
          values: { nextStep: 'no' },
        },
        t,
      ),
  },
  {
    name: 'exit.done.flagged',
    build: (t) =>
      exitDoneCard(
        { code: 'D-4F7K', exit, departments: DEFAULT_DEPARTMENTS, locale: locale(t) },
        t,
      ),
  },
  {
    name: 'exit.done.nextstep',
    build: (t) =>
      exitDoneCard(
        {
          code: 'D-4F7K',
          exit: {
            ...exit,
            outcome: 'praktik',
            nextStep: true,
            nextStepWith: 'af',
            noNextStepReason: null,
          },
          departments: DEFAULT_DEPARTMENTS,
          locale: locale(t),
          notice: t.exit.alreadyExited('D-4F7K', '2026-11-20'),
        },
        t,
      ),
  },
  {
    name: 'exit.sixmonths',
    build: (t) => sixMonthCard({ participantId: 'p1', code: 'D-4F7K', exit, locale: locale(t) }, t),
  },
  {
    name: 'exit.sixmonths.recorded',
    build: (t) =>
      sixMonthCard(
        {
          participantId: 'p1',
          code: 'D-4F7K',
          exit: { ...exit, selfSupportAfter6m: true },
          locale: locale(t),
        },
        t,
      ),
  },
  {
    name: 'exit.done.corrected',
    build: (t) =>
      exitDoneCard(
        {
          code: 'D-4F7K',
          exit: { ...exit, outcome: 'arbete', noNextStepReason: null, supportAtExit: 'lon' },
          departments: DEFAULT_DEPARTMENTS,
          locale: locale(t),
          notice: t.exit.corrected,
          recorded: { at: '2026-11-20', who: 'Anna Handläggare' },
          corrections: [{ at: '2026-11-24', who: 'Anna Handläggare' }],
          correction: {
            ...form(t),
            mode: 'correct',
            values: { date: '2026-11-20', outcome: 'arbete' },
          },
        },
        t,
      ),
  },
  {
    name: 'exit.form.correct.errors',
    build: (t) =>
      exitCard(
        {
          ...form(t),
          mode: 'correct',
          errors: [t.exit.errors.exit_in_future, t.exit.errors.invalid(t.exit.outcome)],
          values: { date: '2026-11-25' },
        },
        t,
      ),
  },
  {
    name: 'exit.journal',
    build: (t) =>
      journalCard(
        'D-4F7K',
        exitJournal(
          {
            exit,
            ended: ['SFI – svenska för invandrare', 'Praktik'],
            catalogue: [],
            departments: DEFAULT_DEPARTMENTS,
            locale: locale(t),
          },
          t,
        ),
        null,
        t,
      ),
  },
];
