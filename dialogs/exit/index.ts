import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { exitCard, exitDoneCard, sixMonthCard } from '../../cards/exit';
import { localeOf, strings } from '../../cards/locales';
import { displayName } from '../../domain/access';
import { isoDateAt, isValidIsoDate, today } from '../../domain/dates';
import { exitReasonProblem, NO_NEXT_STEP_REASONS, OUTCOME_IDS } from '../../domain/outcomes';
import { sixMonthsAfter } from '../../domain/plan';
import { SUPPORT_SOURCES, type Participant } from '../../domain/types';
import type { DialogModule, FlowContext, Job } from '../context';
import { optEnum, ownById, stringValues } from '../plan/common';
import { ownParticipant } from '../shared';

function formView(
  ctx: FlowContext,
  p: Participant,
  extra: { errors?: string[]; notice?: string; values?: Record<string, string> } = {},
) {
  return {
    participantId: p.id,
    code: p.code,
    name: displayName(ctx.actor, p),
    rev: p.rev,
    startDate: p.startDate,
    today: today(ctx.clock),
    departments: ctx.config.departments,
    locale: ctx.actor.locale,
    ...extra,
  };
}

async function doneCard(ctx: FlowContext, p: Participant, notice?: string): Promise<AdaptiveCard> {
  const exit = (await ctx.store.exits.exitFor(p.id))!;
  return exitDoneCard(
    { code: p.code, exit, departments: ctx.config.departments, locale: ctx.actor.locale, notice },
    ctx.t,
  );
}

const ExitRef = z.object({
  participantId: z.string().min(1).max(100),
  rev: z.coerce.number().int().min(1),
});

const ExitInput = z.object({
  date: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/),
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

class StaleCase extends Error {}

async function saveExit(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const e = ctx.t.exit;
  const ref = ExitRef.safeParse(raw);
  if (!ref.success) return refusalCard(ctx.t.common.errors.expired);
  const owned = await ownById(ctx, ref.data.participantId, 'exit.record');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  // Recorded already (a double click, another card): one exit, nothing overwritten.
  const existing = await ctx.store.exits.exitFor(p.id);
  if (existing) return doneCard(ctx, p, e.alreadyExited(p.code, existing.date));
  if (p.rev !== ref.data.rev) return exitCard(formView(ctx, p, { notice: e.changed }), ctx.t);
  const values = stringValues(raw);
  const again = (errors: string[]) => exitCard(formView(ctx, p, { errors, values }), ctx.t);
  const input = ExitInput.safeParse(raw);
  if (!input.success) {
    const errors = new Set<string>();
    for (const i of input.error.issues)
      errors.add(i.path[0] === 'date' ? e.errors.date : e.errors.invalid(String(i.path[0])));
    return again([...errors]);
  }
  const f = input.data;
  const day = today(ctx.clock);
  const errors: string[] = [];
  if (!isValidIsoDate(f.date)) errors.push(e.errors.date);
  else if (f.date > day) errors.push(e.errors.future);
  else if (f.date < p.startDate) errors.push(e.errors.beforeStart(p.startDate));
  if (!f.outcome) errors.push(e.errors.outcomeRequired);
  if (!f.nextStep) errors.push(e.errors.nextStepRequired);
  const nextStep = f.nextStep === 'yes';
  if (f.nextStep && exitReasonProblem(nextStep, f.reason)) errors.push(e.errors.reasonRequired);
  if (nextStep && !f.nextStepWith) errors.push(e.errors.withRequired);
  if (
    nextStep &&
    f.nextStepWith &&
    f.nextStepWith !== 'other' &&
    !ctx.config.departments.some((d) => d.id === f.nextStepWith)
  )
    errors.push(e.errors.invalid(e.nextStepWith));
  if (errors.length) return again(errors);
  try {
    await ctx.store.transaction(async (s) => {
      // The participant row moves only from the rev the card was drawn at: sets end_date.
      const moved = await s.participants.update(p.id, ref.data.rev, { endDate: f.date });
      if (!moved) throw new StaleCase();
      const recorded = await s.exits.record({
        participantId: p.id,
        date: f.date,
        outcome: f.outcome!,
        nextStep,
        nextStepWith: nextStep ? f.nextStepWith : null,
        noNextStepReason: nextStep ? null : f.reason,
        supportAtExit: f.support,
        recordedBy: ctx.actor.id,
      });
      if (!recorded) throw new StaleCase();
    });
  } catch (err) {
    if (!(err instanceof StaleCase)) throw err;
    const fresh = (await ctx.store.participants.get(p.id))!;
    const ex = await ctx.store.exits.exitFor(p.id);
    if (ex) return doneCard(ctx, fresh, e.alreadyExited(p.code, ex.date));
    return exitCard(formView(ctx, fresh, { notice: e.changed }), ctx.t);
  }
  await ctx.audit('exit.saved', p.id, { code: p.code, outcome: f.outcome!, nextStep });
  return doneCard(ctx, p);
}

async function saveSelfSupport(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const input = z
    .object({ participantId: z.string().min(1).max(100), value: z.enum(['yes', 'no']) })
    .safeParse(raw);
  if (!input.success) return refusalCard(ctx.t.common.errors.expired);
  const owned = await ownById(ctx, input.data.participantId, 'exit.selfsupport');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const exit = await ctx.store.exits.exitFor(p.id);
  if (!exit) return refusalCard(ctx.t.common.errors.expired);
  // Only the first answer is recorded; a second click shows what was recorded.
  await ctx.store.exits.recordSelfSupport(p.id, input.data.value === 'yes');
  const now = (await ctx.store.exits.exitFor(p.id))!;
  return sixMonthCard(
    { participantId: p.id, code: p.code, exit: now, locale: ctx.actor.locale },
    ctx.t,
  );
}

/**
 * Six months after the exit date (same calendar day, Stockholm), the owning caseworker is asked
 * once whether the person supports themselves through work or studies. Claimed once per
 * participant (`exit6m:<id>`): sent after downtime, never twice; not sent once answered.
 */
export const sixMonthJob: Job = {
  name: 'exit.sixmonths',
  async run(deps, now) {
    const day = isoDateAt(now);
    for (const exit of await deps.store.exits.allExits()) {
      if (exit.selfSupportAfter6m !== null || sixMonthsAfter(exit.date) > day) continue;
      const p = await deps.store.participants.get(exit.participantId);
      if (!p) continue;
      const key = `exit6m:${p.id}`;
      if (!(await deps.store.dispatches.claim(key, now))) continue;
      try {
        const locale = localeOf((await deps.store.users.get(p.ownerId))?.locale);
        const t = strings(locale);
        const delivered = await deps.notify.toUser(
          p.ownerId,
          sixMonthCard({ participantId: p.id, code: p.code, exit, locale }, t),
          t.exit.sixMonths.summary(p.code),
        );
        if (delivered) {
          await deps.store.dispatches.sent(key, now);
          await deps.store.audit.write(
            {
              actorId: 'system',
              action: 'exit.sixmonths.remind',
              participantId: p.id,
              detail: { code: p.code },
            },
            now,
          );
        } else {
          await deps.store.dispatches.failed(key, 'no_personal_chat');
        }
      } catch (err) {
        await deps.store.dispatches.failed(key, (err as Error).message);
        deps.log.warn(
          { job: 'exit.sixmonths', participantId: p.id },
          'six-month reminder failed; retried next tick',
        );
      }
    }
  },
};

export const exitModule: DialogModule = {
  name: 'exit',
  commands: [
    {
      names: ['avslut', 'exit'],
      scope: 'personal',
      role: 'caseworker',
      run: async (ctx, args) => {
        const owned = await ownParticipant(ctx, args, 'exit.view');
        if (!owned.ok) return owned.card;
        const p = owned.value;
        const existing = await ctx.store.exits.exitFor(p.id);
        if (existing) return doneCard(ctx, p, ctx.t.exit.alreadyExited(p.code, existing.date));
        return exitCard(formView(ctx, p), ctx.t);
      },
    },
  ],
  actions: [
    { verb: 'exit.save', role: 'caseworker', run: saveExit },
    { verb: 'exit.selfsupport', role: 'caseworker', run: saveSelfSupport },
  ],
  jobs: [sixMonthJob],
};
