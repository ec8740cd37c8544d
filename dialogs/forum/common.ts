import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import type { ActionView, Named } from '../../cards/forum';
import {
  isOverdue,
  forumAllows,
  inForumPlace,
  type AdmissionRefusal,
  type ForumAct,
} from '../../domain/forum';
import type { Participant } from '../../domain/types';
import type { ForumActionRow, CaseForum } from '../../store/forums';
import type { FlowContext } from '../context';
import { isTeamMember } from './roster';

export function deptName(
  ctx: Pick<FlowContext, 'config'>,
  id: string,
  locale: 'sv' | 'en',
): string {
  return ctx.config.departments.find((d) => d.id === id)?.name[locale] ?? id;
}

export function deptNames(
  ctx: Pick<FlowContext, 'config'>,
  ids: string[],
  locale: 'sv' | 'en',
): string[] {
  return ids.map((id) => deptName(ctx, id, locale));
}

export function departmentsOf(ctx: FlowContext, ids: string[]): Named[] {
  return ids.map((id) => ({ id, name: deptName(ctx, id, ctx.actor.locale) }));
}

/** The Teams service URL of the forum's channel (from the conversation reference stored at every turn). */
export async function serviceUrlOf(
  ctx: Pick<FlowContext, 'store'>,
  forum: CaseForum,
): Promise<string | null> {
  const conv = await ctx.store.conversations.get(forum.conversationId);
  const url = (conv?.reference as { serviceUrl?: string } | undefined)?.serviceUrl;
  return url ?? null;
}

export async function actorIsMember(ctx: FlowContext, forum: CaseForum): Promise<boolean> {
  const url = await serviceUrlOf(ctx, forum);
  if (!url) return false;
  return isTeamMember(ctx.config, url, forum.teamId, ctx.actor.id);
}

/**
 * The forum's gate: the forum's own channel (domain/forum.ts inForumPlace), team membership
 * (asked of Teams), then the role rule of domain/forum.ts. Answers the refusal card, or null when
 * the actor may go on.
 */
export async function guard(
  ctx: FlowContext,
  forum: CaseForum,
  act: ForumAct,
  participant?: Participant,
): Promise<AdaptiveCard | null> {
  if (!inForumPlace(act, ctx.conversation, forum)) {
    if (participant)
      await ctx.audit(`forum.${act}.refused`, participant.id, {
        code: participant.code,
        reason: 'wrong_place',
      });
    return refusalCard(ctx.t.forum.errors.wrongPlace);
  }
  const teamMember = await actorIsMember(ctx, forum);
  if (!teamMember) {
    if (participant)
      await ctx.audit(`forum.${act}.refused`, participant.id, {
        code: participant.code,
        reason: 'not_team_member',
      });
    return refusalCard(ctx.t.forum.errors.notTeamMember);
  }
  if (!forumAllows(ctx.actor, act, { teamMember, participant })) {
    if (participant)
      await ctx.audit(`forum.${act}.refused`, participant.id, {
        code: participant.code,
        reason: 'role',
      });
    return refusalCard(
      act === 'addCase' && participant
        ? ctx.t.common.errors.notOwner(participant.code)
        : ctx.t.forum.errors.notAllowed(ctx.t.common.roles.forum_member),
    );
  }
  return null;
}

/** The reason a case was refused, in the user's language. */
export function refusalText(ctx: FlowContext, code: string, r: AdmissionRefusal): string {
  const e = ctx.t.forum.errors.refused;
  if (r.reason === 'not_covered')
    return e.not_covered(code, deptNames(ctx, r.missing, ctx.actor.locale).join(', '));
  return e[r.reason](code);
}

export function actionView(
  ctx: Pick<FlowContext, 'config'>,
  a: ForumActionRow,
  today: string,
  locale: 'sv' | 'en',
): ActionView {
  return {
    what: a.what,
    dept: deptName(ctx, a.departmentId, locale),
    who: a.ownerName,
    due: a.due,
    overdue: isOverdue(a, today),
    done: a.status === 'done',
    result: a.result,
  };
}
