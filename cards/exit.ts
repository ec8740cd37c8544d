// Cards of the exit (avslut) and of the six-month question. Pure: data and strings in, card out.
import type { Exit } from '../domain/model';
import {
  fallsBetweenChairs,
  NO_NEXT_STEP_REASONS,
  OUTCOMES,
  outcomeById,
} from '../domain/outcomes';
import { SUPPORT_SOURCES, type Department, type IsoDate, type Locale } from '../domain/types';
import { journalActions } from './journal-actions';
import type { Strings } from './locales';
import { exitActions, planActions } from './plan-actions';
import {
  card,
  choiceInput,
  dateInput,
  errorBanner,
  facts,
  heading,
  notice,
  showCard,
  text,
  type AdaptiveCard,
  type Element,
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
  /** `correct`: the form corrects a recorded exit (prefilled from `values`). */
  mode?: 'record' | 'correct';
  errors?: string[];
  notice?: string;
  values?: Record<string, string>;
}

export function outcomeName(id: string, locale: Locale): string {
  return outcomeById(id)?.name[locale] ?? id;
}

/** The exit's inputs: date, outcome, support, and the next step (asked where the outcome needs one). */
function exitInputs(v: ExitFormView, t: Strings): Element[] {
  const e = t.exit;
  const val = (k: string) => v.values?.[k];
  return [
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
  ];
}

const saveAction = (v: ExitFormView, t: Strings) =>
  v.mode === 'correct'
    ? exitActions.correct.button(t.exit.saveCorrection, {
        participantId: v.participantId,
        rev: v.rev,
      })
    : exitActions.save.button(t.exit.save, { participantId: v.participantId, rev: v.rev });

export function exitCard(v: ExitFormView, t: Strings): AdaptiveCard {
  const e = t.exit;
  return card(
    [
      heading(e.title(v.code), v.mode === 'correct' ? e.correct : (v.name ?? undefined)),
      errorBanner(v.errors),
      v.notice ? notice(v.notice, 'warning') : null,
      v.mode === 'correct' ? null : text(e.intro),
      ...exitInputs(v, t),
    ],
    [saveAction(v, t)],
  );
}

export interface ExitDoneView {
  code: string;
  exit: Exit;
  departments: Department[];
  locale: Locale;
  notice?: string;
  /** Who recorded the exit, and each correction since: date and name. */
  recorded?: { at: IsoDate; who: string };
  corrections?: { at: IsoDate; who: string }[];
  /** The correction form, for the owner: the exit as recorded, at the participant's rev. */
  correction?: ExitFormView;
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
  const support = x.supportAtExit
    ? (t.participants.support[x.supportAtExit as keyof typeof t.participants.support] ??
      x.supportAtExit)
    : t.common.none;
  const out: [string, string][] = [
    [e.date, x.date],
    [e.outcome, outcomeName(x.outcome, v.locale)],
    [
      e.facts.nextStep,
      x.nextStep ? `${t.common.yes}${withName ? ` – ${withName}` : ''}` : t.common.no,
    ],
  ];
  if (x.noNextStepReason)
    out.push([e.facts.reason, e.reasons[x.noNextStepReason] ?? x.noNextStepReason]);
  out.push([e.facts.support, support]);
  if (x.selfSupportAfter6m !== null)
    out.push([e.facts.selfSupport, x.selfSupportAfter6m ? t.common.yes : t.common.no]);
  return out;
}

/** The exit as recorded: facts, the "between the chairs" flag where it applies, who and when. */
export function exitDoneCard(v: ExitDoneView, t: Strings): AdaptiveCard {
  const e = t.exit;
  const c = v.correction;
  return card(
    [
      heading(e.doneTitle(v.code)),
      v.notice ? notice(v.notice, 'emphasis') : null,
      facts(exitFacts(v, t)),
      fallsBetweenChairs(v.exit) ? notice(e.flagged, 'warning') : null,
      v.recorded
        ? text(e.recordedLine(v.recorded.at, v.recorded.who), { isSubtle: true, spacing: 'Small' })
        : null,
      ...(v.corrections ?? []).map((x) =>
        text(e.correctedLine(x.at, x.who), { isSubtle: true, spacing: 'None' }),
      ),
    ],
    c
      ? [
          showCard(e.correct, card(exitInputs(c, t), [saveAction(c, t)])),
          journalActions.exit.button(e.journal, { participantId: c.participantId }),
          planActions.open.button(e.openPlan, { participantId: c.participantId }),
        ]
      : [],
  );
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
      exitActions.selfSupport.button(s.yes, { participantId: v.participantId, value: 'yes' }),
      exitActions.selfSupport.button(s.no, { participantId: v.participantId, value: 'no' }),
    ],
  );
}
