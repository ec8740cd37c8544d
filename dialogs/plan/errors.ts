// Card input problems of the plan cards, each naming the field as the card labels it.
import type { z } from 'zod';
import type { PlanProblem } from '../../domain/plan';
import type { FlowContext } from '../context';
import { issueMessages } from '../shared';

/** Every input id of the plan, follow-up and catalogue cards → its label in the user's language. */
function labelsOf(ctx: FlowContext): Record<string, string> {
  const p = ctx.t.plan;
  const c = p.catalogue;
  return {
    new_type: p.type,
    new_name: p.customName,
    new_kind: p.customKind,
    new_department: p.department,
    new_responsible: p.responsible,
    new_status: p.statusLabel,
    new_start: p.startDate,
    new_plannedEnd: p.plannedEndDate,
    status: p.statusLabel,
    department: p.department,
    responsible: p.responsible,
    start: p.startDate,
    plannedEnd: p.plannedEndDate,
    end: p.endDate,
    reason: p.cancelReason,
    goal: p.goal,
    ownWords: p.ownWords,
    nextFollowUp: p.nextFollowUp,
    opinion: p.followUp.opinionLabel,
    decision: p.followUp.decision,
    level: p.followUp.swedishLevel,
    newType: p.type,
    newStart: p.followUp.newStart,
    id: c.id,
    nameSv: c.nameSv,
    nameEn: c.nameEn,
    kind: c.kind,
    retired: c.retire,
  };
}

const DATE_FIELDS = /^(new_start|new_plannedEnd|start|plannedEnd|end|nextFollowUp|newStart)$/;

/**
 * Zod issues → lines on the card, naming the field by its label; an input id the card does not
 * have (a forged or very old card) is named as "a field of the card", never by its id.
 */
export function fieldErrors(ctx: FlowContext, error: z.ZodError): string[] {
  const labels = labelsOf(ctx);
  const e = ctx.t.plan.errors;
  return issueMessages(error, (key, issue) => {
    // `status_3`, `nameSv_praktik`: the id of a repeated input ends with the row it belongs to.
    const base = labels[key] ? key : key.split('_')[0]!;
    const field = labels[base] ?? e.unknownField;
    if (DATE_FIELDS.test(base)) return e.date(field);
    if (issue.code === 'too_big') return e.tooLong(field);
    return e.invalid(field);
  });
}

export const problemText = (ctx: FlowContext, p: PlanProblem): string => ctx.t.plan.errors[p];
