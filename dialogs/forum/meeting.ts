// Meetings: start one, show the agenda, close it (confirmed first) and show its minutes again.
import { messageCard, refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { agendaCard, agendaShellCard, closeConfirmCard, minutesCard } from '../../cards/forum';
import { today as todayOf } from '../../domain/dates';
import { meetingDateProblems } from '../../domain/forum';
import type { FlowContext, Reply } from '../context';
import type { CardPayload } from '../route';
import { guard } from './common';
import { channelForum, type MeetingOpen } from './load';
import { minutesView } from './minutes';
import { forumView } from './setup';
import { agendaView } from './views';

export async function startMeeting(
  ctx: FlowContext,
  data: { forumId: string },
  payload: CardPayload,
): Promise<AdaptiveCard> {
  const forum = await ctx.store.forums.get(data.forumId);
  if (!forum) return refusalCard(ctx.t.forum.errors.notAForum);
  const refused = await guard(ctx, forum, 'startMeeting');
  if (refused) return refused;
  const today = todayOf(ctx.clock);
  const date = typeof payload.date === 'string' ? payload.date.trim() : '';
  const problems = meetingDateProblems(date, today);
  if (problems.length)
    return forumView(
      ctx,
      forum,
      undefined,
      problems.map((p) =>
        p === 'past' ? ctx.t.forum.errors.dateInPast : ctx.t.forum.meetingDateRule(today),
      ),
    );
  // A second click on the same card finds the meeting it started and shows it instead of starting another.
  const same = (await ctx.store.forums.openMeetings(forum.id, date)).find((m) => m.date === date);
  if (same) return forumView(ctx, forum, ctx.t.forum.meetingStarted(same.date));
  // Two clicks at the same moment (or on two instances): the database lets one start it.
  const { meeting, started } = await ctx.store.forums.startMeeting(forum.id, date, ctx.actor.id);
  if (!started) return forumView(ctx, forum, ctx.t.forum.meetingStarted(meeting.date));
  ctx.log.info({ forumId: forum.id, meetingId: meeting.id }, 'forum meeting started');
  await ctx.send(
    agendaShellCard({ meetingId: meeting.id, date: meeting.date }, ctx.t),
    ctx.t.forum.agendaTitle(meeting.date),
  );
  return forumView(ctx, forum, ctx.t.forum.meetingStarted(meeting.date));
}

/** forum.agenda.show and forum.agenda.refresh (Universal Actions refresh, per viewer). */
export async function showAgenda(ctx: FlowContext, m: MeetingOpen): Promise<AdaptiveCard> {
  return agendaCard(await agendaView(ctx, m.forum, m.meeting), ctx.t);
}

/** Close: first say what will happen, and that the meeting's date has not come yet if so. */
export async function askClose(ctx: FlowContext, m: MeetingOpen): Promise<AdaptiveCard> {
  if (m.meeting.status !== 'open')
    return agendaCard(
      await agendaView(ctx, m.forum, m.meeting, { errors: [ctx.t.forum.errors.meetingClosed] }),
      ctx.t,
    );
  const today = todayOf(ctx.clock);
  return closeConfirmCard({ meetingId: m.meeting.id, date: m.meeting.date, today }, ctx.t);
}

export async function closeMeeting(ctx: FlowContext, m: MeetingOpen): Promise<AdaptiveCard> {
  const { forum } = m;
  const closedNow = await ctx.store.forums.closeMeeting(m.meeting.id, ctx.actor.id);
  const meeting = (await ctx.store.forums.meeting(m.meeting.id))!;
  if (!closedNow)
    return agendaCard(
      await agendaView(ctx, forum, meeting, { errors: [ctx.t.forum.errors.meetingClosed] }),
      ctx.t,
    );
  // The agenda as it stands at closing (consent re-checked on the meeting date) is what the minutes keep.
  const { view: minutes, named } = await minutesView(ctx, { forum, meeting });
  for (const p of named)
    await ctx.audit('forum.minutes', p.id, { code: p.code, meetingId: meeting.id });
  await ctx.send(minutesCard(minutes, ctx.t), ctx.t.forum.minutesTitle(meeting.date));
  ctx.log.info(
    { forumId: forum.id, meetingId: meeting.id, cases: minutes.cases.length },
    'forum meeting closed',
  );
  return agendaCard(await agendaView(ctx, forum, meeting, { notice: ctx.t.forum.closed }), ctx.t);
}

/** The minutes of a closed meeting again, for the one who asks (a member of the team). */
export async function showMinutes(ctx: FlowContext, m: MeetingOpen): Promise<AdaptiveCard> {
  if (m.meeting.status !== 'closed') return showAgenda(ctx, m);
  const { view, named } = await minutesView(ctx, m);
  for (const p of named)
    await ctx.audit('forum.minutes.view', p.id, { code: p.code, meetingId: m.meeting.id });
  return minutesCard(view, ctx.t);
}

/** `protokoll` in the forum's channel: the minutes of its latest closed meeting. */
export async function minutesCommand(ctx: FlowContext): Promise<Reply> {
  const got = await channelForum(ctx);
  if (!got.ok) return got.card;
  const forum = got.value;
  if (!forum) return refusalCard(ctx.t.forum.errors.notAForum);
  const refused = await guard(ctx, forum, 'view');
  if (refused) return refused;
  const closed = (await ctx.store.forums.meetings(forum.id))
    .filter((x) => x.status === 'closed')
    .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''));
  if (!closed[0]) return messageCard(ctx.t.forum.noMinutes);
  return showMinutes(ctx, { forum, meeting: closed[0] });
}
