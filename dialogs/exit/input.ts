// The exit form's answers, read strictly and checked by the rules of domain/ (shared by recording
// an exit and correcting one).
import { z } from 'zod';
import { isValidIsoDate } from '../../domain/dates';
import type { Exit } from '../../domain/model';
import {
  exitProblems,
  needsNextStep,
  NO_NEXT_STEP_REASONS,
  OUTCOME_IDS,
} from '../../domain/outcomes';
import { exitDateProblem } from '../../domain/plan';
import { SUPPORT_SOURCES, type Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import { optEnum } from '../plan/common';
import { cardInput, issueMessages } from '../shared';

const ExitInput = z.object({
  date: cardInput.date,
  outcome: optEnum(OUTCOME_IDS),
  support: optEnum([...SUPPORT_SOURCES]),
  nextStep: optEnum(['yes', 'no']),
  nextStepWith: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((s) => (s ? s : null)),
  reason: optEnum([...NO_NEXT_STEP_REASONS]),
});

export type ExitAnswers = Pick<
  Exit,
  'date' | 'outcome' | 'nextStep' | 'nextStepWith' | 'noNextStepReason' | 'supportAtExit'
>;

/** Each input of the exit card named as the card labels it. */
function labelOf(ctx: FlowContext, field: string): string {
  const e = ctx.t.exit;
  const labels: Record<string, string> = {
    date: e.date,
    outcome: e.outcome,
    support: e.supportAtExit,
    nextStep: e.fields.nextStep,
    nextStepWith: e.nextStepWith,
    reason: e.reason,
  };
  return labels[field] ?? e.errors.unknownField;
}

/** The answers, or the problems worded for the card; nothing is read from a failed form. */
export function readExit(
  ctx: FlowContext,
  p: Participant,
  raw: unknown,
  day: string,
): { ok: true; value: ExitAnswers } | { ok: false; errors: string[] } {
  const e = ctx.t.exit;
  const input = ExitInput.safeParse(raw);
  if (!input.success)
    return {
      ok: false,
      errors: issueMessages(input.error, (field) =>
        field === 'date' ? e.errors.date : e.errors.invalid(labelOf(ctx, field)),
      ),
    };
  const f = input.data;
  const errors: string[] = [];
  const dp = isValidIsoDate(f.date) ? exitDateProblem(f.date, day, p.startDate) : null;
  if (!isValidIsoDate(f.date)) errors.push(e.errors.date);
  else if (dp === 'exit_before_start') errors.push(e.errors.beforeStart(p.startDate));
  else if (dp) errors.push(e.errors[dp]);
  const nextStep = f.nextStep === null ? null : f.nextStep === 'yes';
  const problems = exitProblems(
    { outcome: f.outcome, nextStep, nextStepWith: f.nextStepWith, reason: f.reason },
    ctx.config.departments.map((d) => d.id),
  );
  errors.push(...problems.map((x) => e.errors[x]));
  if (errors.length) return { ok: false, errors };
  const arranged = nextStep === true;
  return {
    ok: true,
    value: {
      date: f.date,
      outcome: f.outcome!,
      nextStep: arranged,
      nextStepWith: arranged ? f.nextStepWith : null,
      // A reason is kept where the outcome needs a next step, or when one was given anyway.
      noNextStepReason: arranged || (!needsNextStep(f.outcome!) && !f.reason) ? null : f.reason,
      supportAtExit: f.support,
    },
  };
}

/** The form's values for a recorded exit (the correction form starts from them). */
export function valuesOf(x: Exit): Record<string, string> {
  const out: Record<string, string> = { date: x.date, outcome: x.outcome };
  if (x.supportAtExit) out.support = x.supportAtExit;
  if (x.nextStep) out.nextStep = 'yes';
  else if (needsNextStep(x.outcome) || x.noNextStepReason) out.nextStep = 'no';
  if (x.nextStepWith) out.nextStepWith = x.nextStepWith;
  if (x.noNextStepReason) out.reason = x.noNextStepReason;
  return out;
}
