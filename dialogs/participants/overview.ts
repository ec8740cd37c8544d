// Everything recorded about one participant, read through the areas' stores and named in the
// user's language, for the participant card. Pure reading: the caller has checked ownership.
import { activityName, departmentName } from '../../cards/plan';
import type { HistoryKind, ParticipantCardView } from '../../cards/participants';
import { displayName } from '../../domain/access';
import { needsOf } from '../../domain/caseload';
import { consentStatus, expiresSoon } from '../../domain/consent';
import { isoDateAt, today } from '../../domain/dates';
import { caseworkerOnlyOf } from '../../domain/instruments';
import { outcomeById } from '../../domain/outcomes';
import { historyKind, sixMonthsAfter } from '../../domain/plan';
import { risenIndicators, sortSessions } from '../../domain/progression';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import { staffName } from './common';
import { LANGUAGES, normalizeLanguages } from '../../domain/languages';

/** How much of each list the card shows (the latest), so a long case stays inside the card budget. */
export const SHOWN = { history: 12, activities: 12, followUps: 5, forum: 8 } as const;

/** The latest `n` of a list, newest first, and how many older ones were left out. */
function latest<T>(items: T[], n: number, date: (x: T) => string): { shown: T[]; older: number } {
  const sorted = [...items].sort((a, b) => date(b).localeCompare(date(a)));
  return { shown: sorted.slice(0, n), older: Math.max(0, sorted.length - n) };
}

type Event = ParticipantCardView['history'][number];
const day = (iso: string) => (iso.length > 10 ? isoDateAt(new Date(iso)) : iso);

async function sessionsOf(ctx: FlowContext, p: Participant) {
  const sessions = sortSessions(await ctx.store.ratings.sessionsFor(p.id));
  if (!sessions.length) return { view: null, events: [] as Event[] };
  const cwOnly = new Set<string>();
  for (const key of new Set(sessions.map((s) => `${s.instrumentId}@${s.instrumentVersion}`))) {
    const [id, version] = key.split('@');
    const inst = await ctx.store.instruments.get(id, Number(version));
    if (inst) for (const x of caseworkerOnlyOf(inst)) cwOnly.add(x);
  }
  const risen = risenIndicators(sessions, (id) => cwOnly.has(id)).length;
  return {
    view: {
      count: sessions.length,
      first: sessions[0].date,
      latest: sessions[sessions.length - 1].date,
      risen,
      progressed: risen >= ctx.config.PROGRESSION_MIN_RISEN,
    },
    events: sessions.map((s): Event => ({ date: s.date, kind: 'rating' })),
  };
}

async function planOf(ctx: FlowContext, p: Participant) {
  const locale = ctx.actor.locale;
  const dep = (id: string) => departmentName(id, ctx.config.departments, locale);
  const [plan, acts, followUps, history, catalogue] = await Promise.all([
    ctx.store.plans.planFor(p.id),
    ctx.store.plans.activitiesFor(p.id),
    ctx.store.plans.followUpsFor(p.id),
    ctx.store.plans.history(p.id),
    ctx.store.plans.catalogue(),
  ]);
  const name = (id: string) => {
    const a = acts.find((x) => x.id === id);
    return a ? activityName(a, catalogue, locale, ctx.t) : '?';
  };
  const levels = ctx.t.plan.followUp.levels;
  // Running activities count as the newest; then the latest ended.
  const shownActs = latest(acts, SHOWN.activities, (a) => a.endDate ?? '9999-12-31');
  const shownFollowUps = latest(followUps, SHOWN.followUps, (f) => f.heldOn);
  return {
    older: { activities: shownActs.older, followUps: shownFollowUps.older },
    plan: plan && {
      goal: plan.goal ? ctx.t.plan.goals[plan.goal] : null,
      ownWords: plan.ownWords ?? null,
      nextFollowUp: plan.nextFollowUp,
    },
    activities: shownActs.shown.map((a) => ({
      name: activityName(a, catalogue, locale, ctx.t),
      department: dep(a.departmentId),
      status: a.status,
      startDate: a.startDate,
      plannedEndDate: a.plannedEndDate,
      endDate: a.endDate,
      cancelReason: a.cancelReason,
    })),
    followUps: shownFollowUps.shown.map((f) => ({
      heldOn: f.heldOn,
      dueDate: f.dueDate,
      swedishLevel: f.swedishLevel ? (levels[f.swedishLevel] ?? f.swedishLevel) : null,
      said: Object.entries(f.opinions)
        .filter(([, text]) => text.trim())
        .map(([id, text]) => ({ activity: name(id), text })),
    })),
    events: [
      ...history
        .filter((h) => h.change !== 'followup.done')
        .map((h): Event => ({
          date: day(h.at),
          kind: 'plan',
          detail: ctx.t.plan.change[historyKind(h)],
        })),
      ...followUps.map((f): Event => ({ date: f.heldOn, kind: 'follow_up' })),
    ],
  };
}

async function forumOf(ctx: FlowContext, p: Participant) {
  const actions = await ctx.store.forums.actionsFor(p.id);
  const dep = (id: string) => departmentName(id, ctx.config.departments, ctx.actor.locale);
  const shown = latest(actions, SHOWN.forum, (a) => a.due);
  return {
    older: shown.older,
    forum: shown.shown.map((a) => ({
      due: a.due,
      what: a.what,
      department: dep(a.departmentId),
      doneOn: a.doneAt ? day(a.doneAt) : null,
      result: a.result,
    })),
    events: actions.flatMap((a): Event[] => [
      { date: day(a.createdAt), kind: 'forum_decision', detail: a.what },
      ...(a.doneAt
        ? [{ date: day(a.doneAt), kind: 'forum_done' as HistoryKind, detail: a.what }]
        : []),
    ]),
  };
}

async function exitOf(ctx: FlowContext, p: Participant) {
  const e = await ctx.store.exits.exitFor(p.id);
  if (!e) return { exit: null, events: [] as Event[] };
  const c = ctx.t.participants.card;
  let where: string | null = null;
  if (e.nextStep && e.nextStepWith)
    where =
      e.nextStepWith === 'other'
        ? c.otherAuthority
        : departmentName(e.nextStepWith, ctx.config.departments, ctx.actor.locale);
  const outcome = outcomeById(e.outcome)?.name[ctx.actor.locale] ?? e.outcome;
  return {
    exit: {
      date: e.date,
      outcome,
      nextStepWith: where,
      noNextStepReason: e.noNextStepReason
        ? (ctx.t.exit.reasons[e.noNextStepReason] ?? e.noNextStepReason)
        : null,
      sixMonthDate: sixMonthsAfter(e.date),
      selfSupport: e.selfSupportAfter6m,
    },
    events: [{ date: e.date, kind: 'exit', detail: outcome } as Event],
  };
}

async function consentOf(ctx: FlowContext, p: Participant) {
  const on = today(ctx.clock);
  const history = await ctx.store.consents.history(p.id);
  const k = history[history.length - 1];
  const dep = (id: string) => departmentName(id, ctx.config.departments, ctx.actor.locale);
  return {
    latest: k,
    consent: k && {
      status: consentStatus(k, on),
      givenOn: k.givenOn,
      validUntil: k.validUntil,
      departments: k.departments.map(dep),
      withdrawnOn: k.withdrawnOn,
      expiresIn: expiresSoon(k, on, ctx.config.CONSENT_WARNING_DAYS),
    },
    events: history.flatMap((h): Event[] => [
      { date: h.givenOn, kind: 'consent_given', detail: `${h.givenOn} – ${h.validUntil}` },
      ...(h.withdrawnOn ? [{ date: h.withdrawnOn, kind: 'consent_withdrawn' as HistoryKind }] : []),
    ]),
  };
}

async function handoverEvents(ctx: FlowContext, p: Participant): Promise<Event[]> {
  const out: Event[] = [];
  for (const o of await ctx.store.ownership.list(p.id)) {
    if (o.status === 'accepted' && o.decidedAt)
      out.push({
        date: day(o.decidedAt),
        kind: 'handover_accepted',
        detail: await staffName(ctx, o.toUser),
      });
    else if (o.status === 'offered')
      out.push({
        date: day(o.offeredAt),
        kind: 'handover_offered',
        detail: await staffName(ctx, o.toUser),
      });
  }
  return out;
}

/** The participant card's data, every area read once. */
export async function overviewOf(ctx: FlowContext, p: Participant): Promise<ParticipantCardView> {
  const [consent, sessions, plan, forum, exit, handovers] = await Promise.all([
    consentOf(ctx, p),
    sessionsOf(ctx, p),
    planOf(ctx, p),
    forumOf(ctx, p),
    exitOf(ctx, p),
    handoverEvents(ctx, p),
  ]);
  const events = [
    { date: day(p.createdAt), kind: 'registered' as HistoryKind },
    ...consent.events,
    ...sessions.events,
    ...plan.events,
    ...forum.events,
    ...handovers,
    ...exit.events,
  ].sort((a, b) => b.date.localeCompare(a.date));
  const rules = { today: today(ctx.clock), ratingIntervalWeeks: ctx.config.RATING_INTERVAL_WEEKS };
  return {
    participantId: p.id,
    code: p.code,
    name: displayName(ctx.actor, p),
    protectedIdentity: p.protectedIdentity,
    startDate: p.startDate,
    departments: p.departments.map((d) =>
      departmentName(d, ctx.config.departments, ctx.actor.locale),
    ),
    sfi: p.sfiTrack ? { track: String(p.sfiTrack), course: p.sfiCourse } : null,
    languages: normalizeLanguages(p.languages ?? []).map((l) => LANGUAGES[l].endonym),
    supportAtStart: p.supportAtStart,
    pendingTo: p.pendingOwnerId ? await staffName(ctx, p.pendingOwnerId) : null,
    needs: needsOf(
      {
        code: p.code,
        name: null,
        startDate: p.startDate,
        endDate: p.endDate,
        lastRating: sessions.view?.latest ?? null,
        nextFollowUp: plan.plan?.nextFollowUp ?? null,
        consentStatus: consent.consent?.status ?? 'missing',
        consentExpiresIn: consent.consent?.expiresIn ?? null,
      },
      rules,
    ),
    consent: consent.consent ?? null,
    sessions: sessions.view,
    plan: plan.plan ?? null,
    activities: plan.activities,
    followUps: plan.followUps,
    forum: forum.forum,
    older: { ...plan.older, forum: forum.older },
    exit: exit.exit,
    history: events.slice(0, SHOWN.history),
    olderEvents: Math.max(0, events.length - SHOWN.history),
  };
}
