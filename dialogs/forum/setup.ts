// Setting a channel up as a case forum, and the forum card (`@Samsyn ärendeforum` in the channel).
import { messageCard, refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { forumCard, forumSetupCard } from '../../cards/forum';
import { today as todayOf } from '../../domain/dates';
import { forumAllows } from '../../domain/forum';
import type { CaseForum } from '../../store/forums';
import type { FlowContext, Reply } from '../context';
import { cardInput } from '../shared';
import { deptNames } from './common';
import { pickMeeting } from './cases';
import { channelForum } from './load';
import { guard } from './common';
import { isTeamMember } from './roster';
import { currentAgenda } from './views';
import { z } from 'zod';
import type { CardPayload } from '../route';

export async function forumView(
  ctx: FlowContext,
  forum: CaseForum,
  notice?: string,
  errors?: string[],
): Promise<AdaptiveCard> {
  const today = todayOf(ctx.clock);
  const next = (await ctx.store.forums.openMeetings(forum.id, today))[0];
  return forumCard(
    {
      forumId: forum.id,
      departments: deptNames(ctx, forum.departments, ctx.actor.locale),
      meeting: next
        ? {
            id: next.id,
            date: next.date,
            caseCount: (await currentAgenda(ctx, forum, next)).length,
          }
        : null,
      suggestedDate: today,
      canStart: forumAllows(ctx.actor, 'startMeeting', { teamMember: true }),
      notice,
      errors,
    },
    ctx.t,
  );
}

function setupView(ctx: FlowContext, selected: string[], errors?: string[]): AdaptiveCard {
  return forumSetupCard(
    {
      departments: ctx.config.departments.map((d) => ({
        id: d.id,
        name: d.name[ctx.actor.locale],
      })),
      selected,
      errors,
    },
    ctx.t,
  );
}

/** Making this channel a forum: a member of its team, allowed by domain/forum.ts (forum role or admin). */
async function setupRefusal(ctx: FlowContext): Promise<AdaptiveCard | null> {
  const url = (
    (await ctx.store.conversations.get(ctx.conversation.id))?.reference as
      { serviceUrl?: string } | undefined
  )?.serviceUrl;
  const teamMember =
    !!url && (await isTeamMember(ctx.config, url, ctx.conversation.teamId!, ctx.actor.id));
  if (!teamMember) return refusalCard(ctx.t.forum.errors.notTeamMember);
  if (!forumAllows(ctx.actor, 'setup', { teamMember }))
    return refusalCard(ctx.t.common.errors.needsRole(ctx.t.common.roles.forum_member));
  return null;
}

/** `ärendeforum` in a channel: set it up or show it. `ärendeforum <kod>` in personal chat: bring a case. */
export async function forumCommand(ctx: FlowContext, args: string): Promise<Reply> {
  if (ctx.conversation.kind === 'personal')
    return args ? pickMeeting(ctx, args) : messageCard(ctx.t.forum.personalUsage);
  const got = await channelForum(ctx);
  if (!got.ok) return got.card;
  const forum = got.value;
  if (!forum) return (await setupRefusal(ctx)) ?? setupView(ctx, []);
  return (await guard(ctx, forum, 'view')) ?? forumView(ctx, forum);
}

const SetupInput = z.object({ departments: cardInput.list });

export async function setup(
  ctx: FlowContext,
  _data: unknown,
  raw: CardPayload,
): Promise<AdaptiveCard> {
  const got = await channelForum(ctx);
  if (!got.ok) return got.card;
  if (got.value) return (await guard(ctx, got.value, 'view')) ?? forumView(ctx, got.value);
  const refused = await setupRefusal(ctx);
  if (refused) return refused;
  const input = SetupInput.safeParse(raw);
  const known = new Set(ctx.config.departments.map((d) => d.id));
  const chosen = input.success ? input.data.departments : [];
  if (chosen.length === 0) return setupView(ctx, [], [ctx.t.forum.errors.noDepartments]);
  if (chosen.some((d) => !known.has(d)))
    return setupView(
      ctx,
      chosen.filter((d) => known.has(d)),
      [ctx.t.forum.errors.unknownDepartment],
    );
  const { forum } = await ctx.store.forums.create({
    teamId: ctx.conversation.teamId!,
    channelId: ctx.conversation.channelId!,
    conversationId: ctx.conversation.id,
    departments: [...new Set(chosen)],
    createdBy: ctx.actor.id,
  });
  ctx.log.info({ forumId: forum.id, departments: forum.departments.length }, 'case forum created');
  return forumView(ctx, forum, ctx.t.forum.created);
}
