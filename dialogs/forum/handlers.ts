// Case forum (ärendeforum) handlers: parse (zod) → load → decide (domain/forum.ts) → save → answer.
import { z } from 'zod';
import { messageCard, refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import {
  actionDoneCard,
  agendaCard,
  agendaShellCard,
  caseCard,
  caseShellCard,
  caseWithdrawnCard,
  forumCard,
  forumSetupCard,
  minutesCard,
  pickMeetingCard,
  reminderCard,
  type CaseView,
} from '../../cards/forum';
import { isValidIsoDate, today as todayOf } from '../../domain/dates';
import { caseAdmission, checkAction, forumAllows, isOverdue, mayRemind } from '../../domain/forum';
import type { Participant } from '../../domain/types';
import type { CaseForum, ForumCase, ForumMeeting } from '../../store/forums';
import type { FlowContext, Reply } from '../context';
import { cardInput, issueMessages, ownParticipant } from '../shared';
import {
  actionView,
  actorIsMember,
  deptName,
  deptNames,
  guard,
  refusalText,
  serviceUrlOf,
} from './common';
import { isTeamMember } from './roster';
import { agendaView, caseView, currentAgenda, membersOrNull } from './views';

const id = z.string().trim().min(1).max(100);

// ------------------------------------------------------------------ loading

type Got<T> = { ok: true; value: T } | { ok: false; card: AdaptiveCard };

async function channelForum(ctx: FlowContext): Promise<Got<CaseForum | null>> {
  const { kind, teamId, channelId } = ctx.conversation;
  if (kind !== 'channel' || !teamId || !channelId)
    return { ok: false, card: refusalCard(ctx.t.common.errors.channelOnly) };
  return { ok: true, value: (await ctx.store.forums.byChannel(teamId, channelId)) ?? null };
}

async function meetingById(
  ctx: FlowContext,
  meetingId: string,
): Promise<Got<{ forum: CaseForum; meeting: ForumMeeting }>> {
  const meeting = await ctx.store.forums.meeting(meetingId);
  const forum = meeting && (await ctx.store.forums.get(meeting.forumId));
  if (!meeting || !forum) return { ok: false, card: refusalCard(ctx.t.forum.errors.noSuchMeeting) };
  return { ok: true, value: { forum, meeting } };
}

async function caseById(
  ctx: FlowContext,
  caseId: string,
): Promise<
  Got<{ forum: CaseForum; meeting: ForumMeeting; item: ForumCase; participant: Participant }>
> {
  const item = await ctx.store.forums.case(caseId);
  const got = item ? await meetingById(ctx, item.meetingId) : null;
  const participant = item && (await ctx.store.participants.get(item.participantId));
  if (!item || !got?.ok || !participant)
    return got && !got.ok ? got : { ok: false, card: refusalCard(ctx.t.common.errors.expired) };
  return { ok: true, value: { ...got.value, item, participant } };
}

async function forumView(
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

// ------------------------------------------------------------------ commands

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

async function pickMeeting(
  ctx: FlowContext,
  code: string,
  extra: { notice?: string; errors?: string[] } = {},
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
      meetings.push({
        id: m.id,
        label: ctx.t.forum.meetingChoice(
          m.date,
          deptNames(ctx, forum.departments, ctx.actor.locale).join(', '),
        ),
      });
  }
  return pickMeetingCard(
    { code: participant.code, participantId: participant.id, meetings, ...extra },
    ctx.t,
  );
}

// ------------------------------------------------------------------ set up and meetings

const SetupInput = z.object({ departments: cardInput.list });

export async function setup(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
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

const StartInput = z.object({ forumId: id, date: cardInput.date });

export async function startMeeting(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const forumId = z.object({ forumId: id }).safeParse(raw);
  const forum = forumId.success ? await ctx.store.forums.get(forumId.data.forumId) : undefined;
  if (!forum) return refusalCard(ctx.t.forum.errors.notAForum);
  const refused = await guard(ctx, forum, 'startMeeting');
  if (refused) return refused;
  const input = StartInput.safeParse(raw);
  const today = todayOf(ctx.clock);
  if (!input.success || !isValidIsoDate(input.data.date))
    return forumView(ctx, forum, undefined, [ctx.t.forum.errors.dateInvalid]);
  if (input.data.date < today)
    return forumView(ctx, forum, undefined, [ctx.t.forum.errors.dateInPast]);
  // A second click on the same card finds the meeting it started and shows it instead of starting another.
  const same = (await ctx.store.forums.openMeetings(forum.id, input.data.date)).find(
    (m) => m.date === input.data.date,
  );
  if (same) return forumView(ctx, forum, ctx.t.forum.meetingStarted(same.date));
  // Two clicks at the same moment (or on two instances): the database lets one start it.
  const { meeting, started } = await ctx.store.forums.startMeeting(
    forum.id,
    input.data.date,
    ctx.actor.id,
  );
  if (!started) return forumView(ctx, forum, ctx.t.forum.meetingStarted(meeting.date));
  ctx.log.info({ forumId: forum.id, meetingId: meeting.id }, 'forum meeting started');
  await ctx.send(
    agendaShellCard({ meetingId: meeting.id, date: meeting.date }, ctx.t),
    ctx.t.forum.agendaTitle(meeting.date),
  );
  return forumView(ctx, forum, ctx.t.forum.meetingStarted(meeting.date));
}

const MeetingRef = z.object({ meetingId: id });

/** forum.agenda.show and forum.agenda.refresh (Universal Actions refresh, per viewer). */
export async function showAgenda(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const ref = MeetingRef.safeParse(raw);
  if (!ref.success) return refusalCard(ctx.t.common.errors.expired);
  const got = await meetingById(ctx, ref.data.meetingId);
  if (!got.ok) return got.card;
  return (
    (await guard(ctx, got.value.forum, 'view')) ??
    agendaCard(await agendaView(ctx, got.value.forum, got.value.meeting), ctx.t)
  );
}

const AddInput = z.object({ meetingId: id, participantId: id });

/** Brings one of the caseworker's own participants to a meeting: from the channel card or from personal chat. */
export async function addCase(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const input = AddInput.safeParse(raw);
  const personal = ctx.conversation.kind === 'personal';
  if (!input.success) {
    const meetingId = (raw as { meetingId?: unknown })?.meetingId;
    if (!personal && typeof meetingId === 'string') {
      const got = await meetingById(ctx, meetingId);
      if (got.ok) {
        return (
          (await guard(ctx, got.value.forum, 'view')) ??
          agendaCard(
            await agendaView(ctx, got.value.forum, got.value.meeting, {
              errors: issueMessages(input.error, (f) =>
                ctx.t.common.errors.required(
                  ctx.t.forum.fields[f as keyof typeof ctx.t.forum.fields] ?? f,
                ),
              ),
            }),
            ctx.t,
          )
        );
      }
    }
    return refusalCard(ctx.t.common.errors.expired);
  }
  const got = await meetingById(ctx, input.data.meetingId);
  const participant = await ctx.store.participants.get(input.data.participantId);
  if (!got.ok) return got.card;
  if (!participant) return refusalCard(ctx.t.common.errors.unknownParticipant('?'));
  const { forum, meeting } = got.value;
  const refused = await guard(ctx, forum, 'addCase', participant);
  if (refused) return refused;
  const answer = async (extra: { notice?: string; errors?: string[] }) =>
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
  return answer({
    notice: added
      ? ctx.t.forum.added(participant.code)
      : ctx.t.forum.alreadyOnAgenda(participant.code),
  });
}

export async function closeMeeting(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const ref = MeetingRef.safeParse(raw);
  if (!ref.success) return refusalCard(ctx.t.common.errors.expired);
  const got = await meetingById(ctx, ref.data.meetingId);
  if (!got.ok) return got.card;
  const { forum } = got.value;
  const refused = await guard(ctx, forum, 'closeMeeting');
  if (refused) return refused;
  // The agenda as it stands at closing (consent re-checked), then the meeting is closed once.
  const cases = await currentAgenda(ctx, forum, got.value.meeting);
  const closedNow = await ctx.store.forums.closeMeeting(got.value.meeting.id, ctx.actor.id);
  const meeting = (await ctx.store.forums.meeting(got.value.meeting.id))!;
  if (!closedNow)
    return agendaCard(
      await agendaView(ctx, forum, meeting, { errors: [ctx.t.forum.errors.meetingClosed] }),
      ctx.t,
    );

  const actions = await ctx.store.forums.actionsOfMeeting(meeting.id);
  const locale = ctx.actor.locale;
  const today = todayOf(ctx.clock);
  const minutes = {
    date: meeting.date,
    departments: deptNames(ctx, forum.departments, locale),
    cases: cases.map((c) => ({
      code: c.participant.code,
      withdrawn: false,
      actions: actions
        .filter((a) => a.caseId === c.id)
        .map((a) => actionView(ctx, a, today, locale)),
    })),
  };
  for (const c of cases)
    await ctx.audit('forum.minutes', c.participantId, {
      code: c.participant.code,
      meetingId: meeting.id,
    });
  await ctx.send(minutesCard(minutes, ctx.t), ctx.t.forum.minutesTitle(meeting.date));
  ctx.log.info(
    { forumId: forum.id, meetingId: meeting.id, cases: cases.length },
    'forum meeting closed',
  );
  return agendaCard(await agendaView(ctx, forum, meeting, { notice: ctx.t.forum.closed }), ctx.t);
}

// ------------------------------------------------------------------ cases

const CaseRef = z.object({ caseId: id });

/** Posts the case card in the channel (code only); each member's client refreshes it into their own view. */
export async function openCase(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const ref = CaseRef.safeParse(raw);
  if (!ref.success) return refusalCard(ctx.t.common.errors.expired);
  const got = await caseById(ctx, ref.data.caseId);
  if (!got.ok) return got.card;
  const { forum, meeting, item, participant } = got.value;
  const refused = await guard(ctx, forum, 'view');
  if (refused) return refused;
  // Not even the code goes into the channel once the consent no longer allows sharing (a stale agenda card).
  if (
    !caseAdmission(
      { endDate: null },
      await ctx.store.consents.latest(participant.id),
      forum.departments,
      todayOf(ctx.clock),
    ).ok
  ) {
    await ctx.audit('forum.case.open.refused', participant.id, {
      code: participant.code,
      reason: 'consent',
    });
    return agendaCard(
      await agendaView(ctx, forum, meeting, {
        errors: [ctx.t.forum.consentWithdrawn(participant.code)],
      }),
      ctx.t,
    );
  }
  await ctx.send(
    caseShellCard({ caseId: item.id, code: participant.code }, ctx.t),
    ctx.t.forum.caseShellTitle(participant.code),
  );
  return agendaCard(await agendaView(ctx, forum, meeting), ctx.t);
}

async function caseAnswer(
  ctx: FlowContext,
  c: { forum: CaseForum; meeting: ForumMeeting; item: ForumCase; participant: Participant },
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
export async function showCase(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const ref = CaseRef.safeParse(raw);
  if (!ref.success) return refusalCard(ctx.t.common.errors.expired);
  const got = await caseById(ctx, ref.data.caseId);
  if (!got.ok) return got.card;
  return (
    (await guard(ctx, got.value.forum, 'viewCase', got.value.participant)) ??
    caseAnswer(ctx, got.value)
  );
}

const ActionInput = z.object({
  caseId: id,
  rev: z.coerce.number().int().min(1),
  what: z.string().trim().max(300),
  departmentId: z.string().trim().max(40),
  ownerId: z.string().trim().max(100),
  due: z.string().trim().max(10),
});

export async function addAction(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const ref = CaseRef.safeParse(raw);
  if (!ref.success) return refusalCard(ctx.t.common.errors.expired);
  const got = await caseById(ctx, ref.data.caseId);
  if (!got.ok) return got.card;
  const c = got.value;
  const refused = await guard(ctx, c.forum, 'decide', c.participant);
  if (refused) return refused;
  const rawIn = (raw ?? {}) as Record<string, unknown>;
  const keep = {
    what: String(rawIn.what ?? ''),
    departmentId: String(rawIn.departmentId ?? ''),
    ownerId: String(rawIn.ownerId ?? ''),
    due: String(rawIn.due ?? ''),
  };
  if (c.meeting.status !== 'open')
    return caseAnswer(ctx, c, { errors: [ctx.t.forum.errors.meetingClosed] });
  const input = ActionInput.safeParse({
    what: '',
    departmentId: '',
    ownerId: '',
    due: '',
    ...rawIn,
  });
  if (!input.success) {
    return caseAnswer(ctx, c, {
      input: keep,
      errors: issueMessages(input.error, (f, issue) =>
        issue.code === 'too_big'
          ? ctx.t.forum.errors.tooLong(
              ctx.t.forum.fields[f as keyof typeof ctx.t.forum.fields] ?? f,
              300,
            )
          : ctx.t.common.errors.invalidInput,
      ),
    });
  }
  const url = await serviceUrlOf(ctx, c.forum);
  const members = url ? await membersOrNull(ctx, url, c.forum.teamId) : [];
  if (!members)
    return caseAnswer(ctx, c, { input: keep, errors: [ctx.t.forum.membersUnavailable] });
  const problems = checkAction(input.data, {
    departments: c.forum.departments,
    members: members.map((m) => m.id),
    meetingDate: c.meeting.date,
  });
  if (problems.length)
    return caseAnswer(ctx, c, {
      input: keep,
      errors: problems.map((p) => ctx.t.forum.errors.action[p]),
    });
  // The consent is checked again by caseView below; deciding on a withdrawn case is not possible.
  if (
    !caseAdmission(
      { endDate: null },
      await ctx.store.consents.latest(c.participant.id),
      c.forum.departments,
      todayOf(ctx.clock),
    ).ok
  ) {
    return caseAnswer(ctx, c);
  }
  const saved = await ctx.store.forums.addAction(c.item.id, input.data.rev, {
    forumId: c.forum.id,
    meetingId: c.meeting.id,
    participantId: c.participant.id,
    what: input.data.what,
    departmentId: input.data.departmentId,
    ownerId: input.data.ownerId,
    ownerName: members.find((m) => m.id === input.data.ownerId)?.name ?? null,
    due: input.data.due,
    createdBy: ctx.actor.id,
  });
  const fresh = { ...c, item: (await ctx.store.forums.case(c.item.id))! };
  if (!saved) return caseAnswer(ctx, fresh, { notice: ctx.t.common.errors.stale });
  await ctx.audit('forum.action.add', c.participant.id, {
    code: c.participant.code,
    actionId: saved.id,
    meetingId: c.meeting.id,
  });
  return caseAnswer(ctx, fresh, { notice: ctx.t.forum.actionAdded });
}

// ------------------------------------------------------------------ the owner marks an action done

const DoneInput = z.object({ actionId: id, result: cardInput.optionalText(200) });

export async function markDone(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const ref = z.object({ actionId: id }).safeParse(raw);
  const action = ref.success ? await ctx.store.forums.action(ref.data.actionId) : undefined;
  if (!action) return refusalCard(ctx.t.common.errors.expired);
  if (action.ownerId !== ctx.actor.id) return refusalCard(ctx.t.common.errors.notAllowed);
  const forum = await ctx.store.forums.get(action.forumId);
  const p = await ctx.store.participants.get(action.participantId);
  if (!forum || !p) return refusalCard(ctx.t.common.errors.expired);
  // The owner must still be in the forum's team, and may still see the case (as for the reminder).
  if (!(await actorIsMember(ctx, forum))) return refusalCard(ctx.t.forum.errors.notTeamMember);
  const today = todayOf(ctx.clock);
  if (
    !mayRemind(ctx.actor.id, p, await ctx.store.consents.latest(p.id), forum.departments, today)
  ) {
    await ctx.audit('forum.action.done.refused', p.id, { actionId: action.id, reason: 'consent' });
    return refusalCard(ctx.t.forum.consentWithdrawn(p.code));
  }
  const input = DoneInput.safeParse(raw);
  if (!input.success) {
    return reminderCard(
      {
        actionId: action.id,
        code: p.code,
        what: action.what,
        dept: deptName(ctx, action.departmentId, ctx.actor.locale),
        due: action.due,
        overdue: isOverdue(action, today),
        errors: [ctx.t.forum.errors.tooLong(ctx.t.forum.fields.result, 200)],
      },
      ctx.t,
    );
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
