// Builds what the forum's cards show, for one viewer. Consent, health and code-only rules are
// applied through domain/ here, before anything reaches a card.
import type { AgendaView, CaseView } from '../../cards/forum';
import { today as todayOf } from '../../domain/dates';
import {
  caseAdmission,
  forumAllows,
  openFromEarlier,
  shareableActivity,
  shareableIndicator,
  shareableScores,
  visibleAgenda,
} from '../../domain/forum';
import { findIndicator, isCaseworkerOnlyIn, SAMSYN_STANDARD } from '../../domain/instruments';
import { parallelCountOn, runningOn } from '../../domain/plan';
import { risenIndicators, scoreFor, sortSessions } from '../../domain/progression';
import type { Participant } from '../../domain/types';
import type { CaseForum, ForumCase, ForumMeeting } from '../../store/forums';
import type { FlowContext } from '../context';
import { actionView, departmentsOf, deptNames, serviceUrlOf } from './common';
import { teamMembers, type TeamMember } from './roster';

/** The cases on a meeting's agenda that may be shown now: consent withdrawn or narrowed drops a case at once. */
export async function currentAgenda(
  ctx: Pick<FlowContext, 'store'>,
  forum: CaseForum,
  meeting: ForumMeeting,
): Promise<(ForumCase & { participant: Participant })[]> {
  const cases = await ctx.store.forums.cases(meeting.id);
  const consents = await ctx.store.consents.latestFor(cases.map((c) => c.participantId));
  // A closed meeting keeps its agenda as it was; an open one is re-checked against the meeting date.
  const shown =
    meeting.status === 'closed'
      ? cases
      : visibleAgenda(cases, consents, forum.departments, meeting.date);
  const out: (ForumCase & { participant: Participant })[] = [];
  for (const c of shown) {
    const participant = await ctx.store.participants.get(c.participantId);
    if (participant) out.push({ ...c, participant });
  }
  return out;
}

export async function agendaView(
  ctx: FlowContext,
  forum: CaseForum,
  meeting: ForumMeeting,
  extra: { notice?: string; errors?: string[] } = {},
): Promise<AgendaView> {
  const cases = await currentAgenda(ctx, forum, meeting);
  const onAgenda = new Set(cases.map((c) => c.participantId));
  const mine = ctx.actor.roles.includes('caseworker')
    ? (await ctx.store.participants.byOwner(ctx.actor.id))
        .filter((p) => !onAgenda.has(p.id))
        .map((p) => ({ id: p.id, code: p.code }))
    : null;
  return {
    meetingId: meeting.id,
    date: meeting.date,
    closed: meeting.status === 'closed',
    departments: deptNames(ctx, forum.departments, ctx.actor.locale),
    cases: cases.map((c) => ({
      caseId: c.id,
      position: c.position,
      code: c.participant.code,
      broughtBy: c.broughtByName,
    })),
    mine,
    canClose: forumAllows(ctx.actor, 'closeMeeting', { teamMember: true }),
    ...extra,
  };
}

/**
 * The team's members for the "who" picker, or null when Teams could not answer right now: a roster
 * failure must not take the case card down, only the picker says so.
 */
export async function membersOrNull(
  ctx: Pick<FlowContext, 'config' | 'log'>,
  serviceUrl: string,
  teamId: string,
): Promise<TeamMember[] | null> {
  try {
    return await teamMembers(ctx.config, serviceUrl, teamId);
  } catch (err) {
    ctx.log.warn({ teamId, err: (err as Error).message }, 'team roster not available');
    return null;
  }
}

/** Null when the participant's consent no longer allows showing the case to this forum today. */
export async function caseView(
  ctx: FlowContext,
  forum: CaseForum,
  meeting: ForumMeeting,
  item: ForumCase,
  p: Participant,
  extra: Pick<CaseView, 'input' | 'notice' | 'errors'> = {},
): Promise<CaseView | null> {
  const today = todayOf(ctx.clock);
  const consent = await ctx.store.consents.latest(p.id);
  if (!caseAdmission({ endDate: null }, consent, forum.departments, today).ok) return null;
  const locale = ctx.actor.locale;

  const sessions = sortSessions(await ctx.store.ratings.sessionsFor(p.id));
  const latest = sessions[sessions.length - 1];
  const instrument =
    (latest && (await ctx.store.instruments.get(latest.instrumentId, latest.instrumentVersion))) ||
    SAMSYN_STANDARD;
  const isCO = isCaseworkerOnlyIn(instrument);
  const nameOf = (id: string) => findIndicator(instrument, id)?.area[locale] ?? id;

  const running = runningOn(await ctx.store.plans.activitiesFor(p.id), today).filter(
    shareableActivity,
  );
  const plan = await ctx.store.plans.planFor(p.id);

  const actions = (await ctx.store.forums.actionsFor(p.id)).filter((a) => a.forumId === forum.id);
  const canDecide =
    meeting.status === 'open' &&
    forumAllows(ctx.actor, 'decide', { teamMember: true, participant: p });
  const url = canDecide ? await serviceUrlOf(ctx, forum) : null;
  return {
    caseId: item.id,
    rev: item.rev,
    code: p.code,
    meetingDate: meeting.date,
    meetingOpen: meeting.status === 'open',
    involved: deptNames(ctx, p.departments, locale),
    progression: {
      sessions: sessions.length,
      risen: risenIndicators(sessions, isCO).filter(shareableIndicator).map(nameOf),
      latestDate: latest?.date ?? null,
      scores: latest
        ? shareableScores(latest.scores).map((s) => ({
            name: nameOf(s.indicatorId),
            self: s.self,
            staff: s.staff,
            counted: scoreFor(s, isCO(s.indicatorId)),
          }))
        : [],
      healthLeftOut: !!latest && latest.scores.some((s) => !shareableIndicator(s.indicatorId)),
    },
    plan: {
      code: p.code,
      goal: plan?.goal ?? null,
      nextFollowUp: plan?.nextFollowUp ?? null,
      activities: running,
      catalogue: await ctx.store.plans.catalogue(),
      departments: ctx.config.departments,
      locale,
      parallelNow: parallelCountOn(running, today),
    },
    earlier: openFromEarlier(actions, meeting.id).map((a) => actionView(ctx, a, today, locale)),
    decisions: actions
      .filter((a) => a.caseId === item.id)
      .map((a) => actionView(ctx, a, today, locale)),
    departments: departmentsOf(ctx, forum.departments),
    members: url ? await membersOrNull(ctx, url, forum.teamId) : [],
    canDecide,
    ...extra,
  };
}
