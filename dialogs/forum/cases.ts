// Cases: bringing one of one's own participants to a meeting (from the channel or personal chat),
// posting the case card in the channel (once per meeting), and each viewer's own case card.
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import {
  agendaCard,
  caseCard,
  caseShellCard,
  caseWithdrawnCard,
  pickMeetingCard,
  type CaseView,
} from '../../cards/forum';
import { today as todayOf } from '../../domain/dates';
import { caseAdmission, casePostedKey } from '../../domain/forum';
import type { Participant } from '../../domain/types';
import type { CaseForum } from '../../store/forums';
import type { FlowContext } from '../context';
import { sendOnce } from '../jobs';
import type { CardPayload } from '../route';
import { ownParticipant } from '../shared';
import { actorIsMember, deptNames, guard, refusalText, serviceUrlOf } from './common';
import { meetingById, type CaseOpen } from './load';
import { teamPlace } from './roster';
import { agendaView, caseView } from './views';

type Extra = { notice?: string; errors?: string[] };

/** How a meeting is named in personal chat: date, team › channel and departments. */
async function meetingLabel(ctx: FlowContext, forum: CaseForum, date: string): Promise<string> {
  const depts = deptNames(ctx, forum.departments, ctx.actor.locale).join(', ');
  const url = await serviceUrlOf(ctx, forum);
  try {
    if (!url) throw new Error('no service url');
    const place = await teamPlace(ctx.config, url, forum.teamId, forum.channelId);
    return ctx.t.forum.meetingPlace(date, place.team, place.channel ?? ctx.t.forum.general, depts);
  } catch {
    return ctx.t.forum.meetingChoice(date, depts);
  }
}

export async function pickMeeting(
  ctx: FlowContext,
  code: string,
  extra: Extra = {},
  p?: Participant,
): Promise<AdaptiveCard> {
  let participant = p;
  if (!participant) {
    const own = await ownParticipant(ctx, code, 'forum.pick');
    if (!own.ok) return own.card;
    participant = own.value;
  }
  const today = todayOf(ctx.clock);
  const meetings: { id: string; label: string }[] = [];
  for (const forum of await ctx.store.forums.all()) {
    const open = await ctx.store.forums.openMeetings(forum.id, today);
    if (!open.length || !(await actorIsMember(ctx, forum))) continue;
    for (const m of open)
      meetings.push({ id: m.id, label: await meetingLabel(ctx, forum, m.date) });
  }
  return pickMeetingCard(
    { code: participant.code, participantId: participant.id, meetings, ...extra },
    ctx.t,
  );
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Brings one of the caseworker's own participants to a meeting: from the channel card or from personal chat. */
export async function addCase(
  ctx: FlowContext,
  data: { meetingId?: string; participantId?: string },
  payload: CardPayload,
): Promise<AdaptiveCard> {
  const personal = ctx.conversation.kind === 'personal';
  const meetingId = data.meetingId ?? str(payload.meetingId);
  const participantId = data.participantId ?? str(payload.participantId);
  if (!meetingId) return refusalCard(ctx.t.common.errors.expired);
  const got = await meetingById(ctx, meetingId);
  if (!got.ok) return got.card;
  const { forum, meeting } = got.value;
  if (!participantId) {
    if (personal) return refusalCard(ctx.t.common.errors.expired);
    const missing = ctx.t.common.errors.required(ctx.t.forum.fields.participantId);
    return (
      (await guard(ctx, forum, 'view')) ??
      agendaCard(await agendaView(ctx, forum, meeting, { errors: [missing] }), ctx.t)
    );
  }
  const participant = await ctx.store.participants.get(participantId);
  if (!participant) return refusalCard(ctx.t.common.errors.unknownParticipant('?'));
  const refused = await guard(ctx, forum, 'addCase', participant);
  if (refused) return refused;
  const answer = async (extra: Extra) =>
    personal
      ? pickMeeting(ctx, participant.code, extra, participant)
      : agendaCard(await agendaView(ctx, forum, meeting, extra), ctx.t);
  if (meeting.status !== 'open' || meeting.date < todayOf(ctx.clock))
    return answer({ errors: [ctx.t.forum.errors.meetingClosed] });
  const verdict = caseAdmission(
    participant,
    await ctx.store.consents.latest(participant.id),
    forum.departments,
    meeting.date,
  );
  if (!verdict.ok) {
    await ctx.audit('forum.case.refused', participant.id, {
      code: participant.code,
      meetingId: meeting.id,
      reason: verdict.reason,
    });
    return answer({ errors: [refusalText(ctx, participant.code, verdict)] });
  }
  const { added } = await ctx.store.forums.addCase(
    meeting.id,
    participant.id,
    ctx.actor.id,
    ctx.actor.name,
  );
  await ctx.audit('forum.case.add', participant.id, {
    code: participant.code,
    meetingId: meeting.id,
    added,
  });
  const f = ctx.t.forum;
  return answer({
    notice: added ? f.added(participant.code) : f.alreadyOnAgenda(participant.code),
  });
}

async function consentAllows(ctx: FlowContext, c: CaseOpen): Promise<boolean> {
  const consent = await ctx.store.consents.latest(c.participant.id);
  return caseAdmission({ endDate: null }, consent, c.forum.departments, todayOf(ctx.clock)).ok;
}

/** Posts the case card in the channel (code only), once per meeting; each member's client refreshes it into their own view. */
export async function openCase(ctx: FlowContext, c: CaseOpen): Promise<AdaptiveCard> {
  const { forum, meeting, item, participant } = c;
  // Not even the code goes into the channel once the consent no longer allows sharing (a stale agenda card).
  if (!(await consentAllows(ctx, c))) {
    await ctx.audit('forum.case.open.refused', participant.id, {
      code: participant.code,
      reason: 'consent',
    });
    const errors = [ctx.t.forum.consentWithdrawn(participant.code)];
    return agendaCard(await agendaView(ctx, forum, meeting, { errors }), ctx.t);
  }
  const posted = await sendOnce(ctx, 'forum.case.open', ctx.clock.now(), {
    key: casePostedKey(item),
    send: () =>
      ctx.send(
        caseShellCard({ caseId: item.id, code: participant.code }, ctx.t),
        ctx.t.forum.caseShellTitle(participant.code),
      ),
  });
  const notice =
    posted === 'not_claimed' ? ctx.t.forum.caseAlreadyPosted(participant.code) : undefined;
  return agendaCard(await agendaView(ctx, forum, meeting, { notice }), ctx.t);
}

/** The case card as this viewer may see it now (audited per view). */
export async function caseAnswer(
  ctx: FlowContext,
  c: CaseOpen,
  extra: Pick<CaseView, 'input' | 'notice' | 'errors'> = {},
): Promise<AdaptiveCard> {
  const view = await caseView(ctx, c.forum, c.meeting, c.item, c.participant, extra);
  if (!view) {
    await ctx.audit('forum.case.view.refused', c.participant.id, {
      code: c.participant.code,
      reason: 'consent',
    });
    return caseWithdrawnCard({ caseId: c.item.id, code: c.participant.code }, ctx.t);
  }
  await ctx.audit('forum.case.view', c.participant.id, {
    code: c.participant.code,
    caseId: c.item.id,
  });
  return caseCard(view, ctx.t);
}

/** forum.case.refresh: the case card as this viewer may see it, now. */
export async function showCase(ctx: FlowContext, c: CaseOpen): Promise<AdaptiveCard> {
  return caseAnswer(ctx, c);
}
