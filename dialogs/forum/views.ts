// Builds what the forum's cards show, for one viewer. Consent, health and code-only rules are
// applied through domain/ here, before anything reaches a card.
import type { AgendaView, CaseView } from '../../cards/forum';
import { today as todayOf } from '../../domain/dates';
import {
  caseAdmission,
  forumAllows,
  forumSignals,
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
import type { CaseForum, ForumActionRow, ForumCase, ForumMeeting } from '../../store/forums';
import type { FlowContext } from '../context';
import { actionView, departmentsOf, deptNames, refusalText, serviceUrlOf } from './common';
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

/** The viewer's own participants not on the agenda: those that may be brought, and the others with why. */
async function ownForAgenda(
  ctx: FlowContext,
  forum: CaseForum,
  meeting: ForumMeeting,
  onAgenda: Set<string>,
): Promise<Pick<AgendaView, 'mine' | 'notAddable'>> {
  if (!ctx.actor.roles.includes('caseworker')) return { mine: null };
  const own = (await ctx.store.participants.byOwner(ctx.actor.id)).filter(
    (p) => !onAgenda.has(p.id),
  );
  const consents = await ctx.store.consents.latestFor(own.map((p) => p.id));
  const mine: { id: string; code: string }[] = [];
  const notAddable: { code: string; why: string }[] = [];
  for (const p of own) {
    const verdict = caseAdmission(p, consents.get(p.id), forum.departments, meeting.date);
    if (verdict.ok) mine.push({ id: p.id, code: p.code });
    else notAddable.push({ code: p.code, why: refusalText(ctx, p.code, verdict) });
  }
  return { mine, notAddable };
}

/** Actions of this forum decided at earlier meetings and done since the previous meeting. */
async function doneSincePrevious(
  ctx: Pick<FlowContext, 'store'>,
  forum: CaseForum,
  meeting: ForumMeeting,
  actions: ForumActionRow[],
): Promise<ForumActionRow[]> {
  const earlier = (await ctx.store.forums.meetings(forum.id)).filter(
    (m) => m.id !== meeting.id && m.createdAt < meeting.createdAt,
  );
  const since =
    earlier
      .map((m) => m.createdAt)
      .sort()
      .at(-1) ?? '';
  return actions.filter(
    (a) =>
      a.forumId === forum.id &&
      a.meetingId !== meeting.id &&
      a.status === 'done' &&
      (a.doneAt ?? '') >= since,
  );
}

export async function agendaView(
  ctx: FlowContext,
  forum: CaseForum,
  meeting: ForumMeeting,
  extra: { notice?: string; errors?: string[] } = {},
): Promise<AgendaView> {
  const cases = await currentAgenda(ctx, forum, meeting);
  const onAgenda = new Set(cases.map((c) => c.participantId));
  const rows = [];
  for (const c of cases) {
    const actions = await ctx.store.forums.actionsFor(c.participantId);
    rows.push({
      caseId: c.id,
      position: c.position,
      code: c.participant.code,
      broughtBy: c.broughtByName,
      resultsDone: (await doneSincePrevious(ctx, forum, meeting, actions)).length,
    });
  }
  return {
    meetingId: meeting.id,
    date: meeting.date,
    closed: meeting.status === 'closed',
    departments: deptNames(ctx, forum.departments, ctx.actor.locale),
    cases: rows,
    ...(await ownForAgenda(ctx, forum, meeting, onAgenda)),
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
  const shared = sessions.map((x) => ({
    ...x,
    scores: x.scores.filter((sc) => shareableIndicator(sc.indicatorId)),
  }));
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
      signals: forumSignals(shared, isCO),
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
    followUpOverdue: plan?.nextFollowUp && plan.nextFollowUp < today ? plan.nextFollowUp : null,
    earlier: openFromEarlier(actions, meeting.id).map((a) => actionView(ctx, a, today, locale)),
    results: (await doneSincePrevious(ctx, forum, meeting, actions)).map((a) =>
      actionView(ctx, a, today, locale),
    ),
    decisions: actions
      .filter((a) => a.caseId === item.id)
      .map((a) => actionView(ctx, a, today, locale)),
    departments: departmentsOf(ctx, forum.departments),
    members: url ? await membersOrNull(ctx, url, forum.teamId) : [],
    canDecide,
    ...extra,
  };
}
