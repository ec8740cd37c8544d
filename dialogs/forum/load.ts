// The forum's one opening: load what a card refers to (forum, meeting, case), then the forum's gate
// (its own channel, team membership asked of Teams, the role rule of domain/forum.ts). Every forum
// card action starts with `forMeeting` or `forCase`; a missing or stale reference is answered on the card.
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import type { ForumAct } from '../../domain/forum';
import type { Participant } from '../../domain/types';
import type { CaseForum, ForumCase, ForumMeeting } from '../../store/forums';
import type { FlowContext } from '../context';
import type { CardPayload } from '../route';
import type { Loaded } from '../shared';
import { guard } from './common';

export interface MeetingOpen {
  forum: CaseForum;
  meeting: ForumMeeting;
}

export interface CaseOpen extends MeetingOpen {
  item: ForumCase;
  participant: Participant;
}

/** This channel's forum (null when it is none yet); a refusal outside a team channel. */
export async function channelForum(ctx: FlowContext): Promise<Loaded<CaseForum | null>> {
  const { kind, teamId, channelId } = ctx.conversation;
  if (kind !== 'channel' || !teamId || !channelId)
    return { ok: false, card: refusalCard(ctx.t.common.errors.channelOnly) };
  return { ok: true, value: (await ctx.store.forums.byChannel(teamId, channelId)) ?? null };
}

export async function meetingById(
  ctx: FlowContext,
  meetingId: string,
): Promise<Loaded<MeetingOpen>> {
  const meeting = await ctx.store.forums.meeting(meetingId);
  const forum = meeting && (await ctx.store.forums.get(meeting.forumId));
  if (!meeting || !forum) return { ok: false, card: refusalCard(ctx.t.forum.errors.noSuchMeeting) };
  return { ok: true, value: { forum, meeting } };
}

export async function caseById(ctx: FlowContext, caseId: string): Promise<Loaded<CaseOpen>> {
  const item = await ctx.store.forums.case(caseId);
  const got = item ? await meetingById(ctx, item.meetingId) : null;
  const participant = item && (await ctx.store.participants.get(item.participantId));
  if (!item || !got?.ok || !participant)
    return got && !got.ok ? got : { ok: false, card: refusalCard(ctx.t.common.errors.expired) };
  return { ok: true, value: { ...got.value, item, participant } };
}

type Run<T> = (ctx: FlowContext, open: T, payload: CardPayload) => Promise<AdaptiveCard>;

/** A meeting's card action: the meeting and its forum loaded, the gate passed for `act`. */
export function forMeeting(act: ForumAct, run: Run<MeetingOpen>) {
  return async (ctx: FlowContext, data: { meetingId: string }, payload: CardPayload) => {
    const got = await meetingById(ctx, data.meetingId);
    if (!got.ok) return got.card;
    return (await guard(ctx, got.value.forum, act)) ?? run(ctx, got.value, payload);
  };
}

/**
 * A case's card action: the case, its meeting, forum and participant loaded, the gate passed for
 * `act` (with the participant for the acts that depend on whose case it is).
 */
export function forCase(act: ForumAct, run: Run<CaseOpen>) {
  const perCase = act === 'viewCase' || act === 'decide';
  return async (ctx: FlowContext, data: { caseId: string }, payload: CardPayload) => {
    const got = await caseById(ctx, data.caseId);
    if (!got.ok) return got.card;
    const c = got.value;
    const refused = await guard(ctx, c.forum, act, perCase ? c.participant : undefined);
    return refused ?? run(ctx, c, payload);
  };
}
