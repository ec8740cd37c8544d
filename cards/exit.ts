// Cards of the exit (avslut) and of the six-month question. Pure: data and strings in, card out.
import type { Exit } from '../domain/model';
import { OUTCOMES, outcomeById } from '../domain/outcomes';
import { NO_NEXT_STEP_REASONS } from '../domain/outcomes';
import { SUPPORT_SOURCES, type Department, type IsoDate, type Locale } from '../domain/types';
import type { Strings } from './locales';
import {
  card,
  choiceInput,
  dateInput,
  errorBanner,
  execute,
  facts,
  heading,
  notice,
  text,
  type AdaptiveCard,
} from './core';

export interface ExitFormView {
  participantId: string;
  code: string;
  name: string | null;
  /** The participant row's rev when the card was drawn. */
  rev: number;
  startDate: IsoDate;
  today: IsoDate;
  departments: Department[];
  locale: Locale;
  errors?: string[];
  notice?: string;
  values?: Record<string, string>;
}

export function outcomeName(id: string, locale: Locale): string {
  return outcomeById(id)?.name[locale] ?? id;
}

export function exitCard(v: ExitFormView, t: Strings): AdaptiveCard {
  const e = t.exit;
  const val = (k: string) => v.values?.[k];
  return card(
    [
      heading(e.title(v.code), v.name ?? undefined),
      errorBanner(v.errors),
      v.notice ? notice(v.notice, 'warning') : null,
      text(e.intro),
      dateInput('date', e.date, val('date') ?? v.today, { max: v.today, min: v.startDate }),
      choiceInput(
        'outcome',
        e.outcome,
        OUTCOMES.map((o) => ({ title: `${e.groups[o.group]}: ${o.name[v.locale]}`, value: o.id })),
        val('outcome') ?? null,
      ),
      choiceInput(
        'support',
        e.supportAtExit,
        SUPPORT_SOURCES.map((s) => ({ title: t.participants.support[s], value: s })),
        val('support') ?? null,
      ),
      choiceInput(
        'nextStep',
        e.nextStep,
        [
          { title: e.nextStepYes, value: 'yes' },
          { title: e.nextStepNo, value: 'no' },
        ],
        val('nextStep') ?? null,
        { expanded: true },
      ),
      choiceInput(
        'nextStepWith',
        e.nextStepWith,
        [
          ...v.departments.map((d) => ({ title: d.name[v.locale], value: d.id })),
          { title: e.otherAuthority, value: 'other' },
        ],
        val('nextStepWith') ?? null,
      ),
      choiceInput(
        'reason',
        e.reason,
        NO_NEXT_STEP_REASONS.map((r) => ({ title: e.reasons[r]!, value: r })),
        val('reason') ?? null,
      ),
    ],
    [execute(e.save, { verb: 'exit.save', participantId: v.participantId, rev: v.rev })],
  );
}

export interface ExitDoneView {
  code: string;
  exit: Exit;
  departments: Department[];
  locale: Locale;
  notice?: string;
}

function exitFacts(v: ExitDoneView, t: Strings): [string, string][] {
  const e = t.exit;
  const x = v.exit;
  const withName =
    x.nextStepWith === 'other'
      ? e.otherAuthority
      : (v.departments.find((d) => d.id === x.nextStepWith)?.name[v.locale] ??
        x.nextStepWith ??
        '');
  return [
    [e.date, x.date],
    [e.outcome, outcomeName(x.outcome, v.locale)],
    [
      e.facts.nextStep,
      x.nextStep ? `${t.common.yes}${withName ? ` – ${withName}` : ''}` : t.common.no,
    ],
    ...(x.noNextStepReason
      ? [[e.facts.reason, e.reasons[x.noNextStepReason] ?? x.noNextStepReason] as [string, string]]
      : []),
    [
      e.facts.support,
      x.supportAtExit
        ? (t.participants.support[x.supportAtExit as keyof typeof t.participants.support] ??
          x.supportAtExit)
        : t.common.none,
    ],
    ...(x.selfSupportAfter6m !== null
      ? [
          [e.facts.selfSupport, x.selfSupportAfter6m ? t.common.yes : t.common.no] as [
            string,
            string,
          ],
        ]
      : []),
  ];
}

export function exitDoneCard(v: ExitDoneView, t: Strings): AdaptiveCard {
  return card([
    heading(t.exit.doneTitle(v.code)),
    v.notice ? notice(v.notice, 'emphasis') : null,
    facts(exitFacts(v, t)),
    v.exit.nextStep ? null : notice(t.exit.flagged, 'warning'),
  ]);
}

export interface SixMonthView {
  participantId: string;
  code: string;
  exit: Exit;
  locale: Locale;
}

/** Six months after exit: does the person support themselves through work or studies? */
export function sixMonthCard(v: SixMonthView, t: Strings): AdaptiveCard {
  const s = t.exit.sixMonths;
  if (v.exit.selfSupportAfter6m !== null) {
    return card([
      heading(s.title(v.code)),
      notice(s.recorded(v.exit.selfSupportAfter6m ? s.yes : s.no), 'good'),
    ]);
  }
  return card(
    [heading(s.title(v.code)), text(s.text(v.exit.date, outcomeName(v.exit.outcome, v.locale)))],
    [
      execute(s.yes, { verb: 'exit.selfsupport', participantId: v.participantId, value: 'yes' }),
      execute(s.no, { verb: 'exit.selfsupport', participantId: v.participantId, value: 'no' }),
    ],
  );
}
