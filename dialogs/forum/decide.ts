// Decisions: the forum records an action on a case (what, department, who, by when), the one given
// it is told at once in personal chat, and later marks it done with a short result.
import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { actionDoneCard, reminderCard } from '../../cards/forum';
import { today as todayOf } from '../../domain/dates';
import { caseAdmission, checkAction, isOverdue, mayRemind } from '../../domain/forum';
import type { FlowContext } from '../context';
import type { CardPayload } from '../route';
import { cardInput, issueMessages } from '../shared';
import { actorIsMember, deptName, serviceUrlOf } from './common';
import { caseAnswer } from './cases';
import type { CaseOpen } from './load';
import { notifyOwner } from './notices';
import { membersOrNull } from './views';

const ActionInput = z.object({
  what: z.string().trim().max(300),
  departmentId: z.string().trim().max(40),
  ownerId: z.string().trim().max(100),
  due: z.string().trim().max(10),
});

type Input = { what: string; departmentId: string; ownerId: string; due: string };

function kept(raw: CardPayload): Input {
  const s = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : '');
  return { what: s('what'), departmentId: s('departmentId'), ownerId: s('ownerId'), due: s('due') };
}

/** The card's inputs as zod reads them, or the lines that say which rule failed. */
function parseInput(ctx: FlowContext, raw: CardPayload): { data: Input } | { errors: string[] } {
  const input = ActionInput.safeParse({ ...kept(raw) });
  if (input.success) return { data: input.data };
  const f = ctx.t.forum;
  return {
    errors: issueMessages(input.error, (field, issue) =>
      issue.code === 'too_big'
        ? f.errors.tooLong(f.fields[field as keyof typeof f.fields] ?? field, 300)
        : ctx.t.common.errors.invalidInput,
    ),
  };
}

export async function addAction(
  ctx: FlowContext,
  c: CaseOpen,
  raw: CardPayload,
  rev: number,
): Promise<AdaptiveCard> {
  const input = kept(raw);
  if (c.meeting.status !== 'open')
    return caseAnswer(ctx, c, { errors: [ctx.t.forum.errors.meetingClosed] });
  const parsed = parseInput(ctx, raw);
  if ('errors' in parsed) return caseAnswer(ctx, c, { input, errors: parsed.errors });
  const url = await serviceUrlOf(ctx, c.forum);
  const members = url ? await membersOrNull(ctx, url, c.forum.teamId) : [];
  if (!members) return caseAnswer(ctx, c, { input, errors: [ctx.t.forum.membersUnavailable] });
  const problems = checkAction(parsed.data, {
    departments: c.forum.departments,
    members: members.map((m) => m.id),
    meetingDate: c.meeting.date,
  });
  if (problems.length)
    return caseAnswer(ctx, c, {
      input,
      errors: problems.map((p) => ctx.t.forum.errors.action[p]),
    });
  // Deciding on a withdrawn case is not possible (caseView below says so).
  const consent = await ctx.store.consents.latest(c.participant.id);
  if (!caseAdmission({ endDate: null }, consent, c.forum.departments, todayOf(ctx.clock)).ok)
    return caseAnswer(ctx, c);
  const saved = await ctx.store.forums.addAction(c.item.id, rev, {
    forumId: c.forum.id,
    meetingId: c.meeting.id,
    participantId: c.participant.id,
    ...parsed.data,
    ownerName: members.find((m) => m.id === parsed.data.ownerId)?.name ?? null,
    createdBy: ctx.actor.id,
  });
  const fresh = { ...c, item: (await ctx.store.forums.case(c.item.id))! };
  if (!saved) return caseAnswer(ctx, fresh, { notice: ctx.t.common.errors.stale });
  await ctx.audit('forum.action.add', c.participant.id, {
    code: c.participant.code,
    actionId: saved.id,
    meetingId: c.meeting.id,
  });
  // Told at once in personal chat; if that cannot be done now, the reminder job tries again.
  const action = await ctx.store.forums.action(saved.id);
  if (action) await notifyOwner(ctx, action, ctx.clock.now());
  return caseAnswer(ctx, fresh, { notice: ctx.t.forum.actionAdded });
}

const DoneInput = z.object({ result: cardInput.optionalText(200) });

export async function markDone(
  ctx: FlowContext,
  data: { actionId: string },
  raw: CardPayload,
): Promise<AdaptiveCard> {
  const action = await ctx.store.forums.action(data.actionId);
  if (!action) return refusalCard(ctx.t.common.errors.expired);
  if (action.ownerId !== ctx.actor.id) return refusalCard(ctx.t.common.errors.notAllowed);
  const forum = await ctx.store.forums.get(action.forumId);
  const p = await ctx.store.participants.get(action.participantId);
  if (!forum || !p) return refusalCard(ctx.t.common.errors.expired);
  // The owner must still be in the forum's team, and may still see the case (as for the reminder).
  if (!(await actorIsMember(ctx, forum))) return refusalCard(ctx.t.forum.errors.notTeamMember);
  const today = todayOf(ctx.clock);
  const consent = await ctx.store.consents.latest(p.id);
  if (!mayRemind(ctx.actor.id, p, consent, forum.departments, today)) {
    await ctx.audit('forum.action.done.refused', p.id, { actionId: action.id, reason: 'consent' });
    return refusalCard(ctx.t.forum.consentWithdrawn(p.code));
  }
  const input = DoneInput.safeParse(raw);
  if (!input.success) {
    const view = {
      actionId: action.id,
      code: p.code,
      what: action.what,
      dept: deptName(ctx, action.departmentId, ctx.actor.locale),
      due: action.due,
      overdue: isOverdue(action, today),
      errors: [ctx.t.forum.errors.tooLong(ctx.t.forum.fields.result, 200)],
    };
    return reminderCard(view, ctx.t);
  }
  const done = await ctx.store.forums.markDone(
    action.id,
    input.data.result,
    ctx.clock.now().toISOString(),
  );
  await ctx.audit('forum.action.done', action.participantId, {
    actionId: action.id,
    already: !done,
  });
  return actionDoneCard({ code: p.code, already: !done }, ctx.t);
}
