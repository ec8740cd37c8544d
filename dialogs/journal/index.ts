// Journal texts: text ready to copy into the journal system after a plan change, a follow-up, an
// exit and a rating session. Owner only, in personal chat; each read writes an audit row.
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import {
  exitJournal,
  followUpJournal,
  journalCard,
  planJournal,
  ratingJournal,
} from '../../cards/journal';
import { journalActions } from '../../cards/journal-actions';
import { activityName } from '../../cards/plan';
import { planActions } from '../../cards/plan-actions';
import { isoDateAt, today } from '../../domain/dates';
import { isCaseworkerOnlyIn } from '../../domain/instruments';
import { historyKind, isEnded } from '../../domain/plan';
import { progressionTable, sortSessions } from '../../domain/progression';
import type { DialogModule, FlowContext } from '../context';
import { ownById } from '../plan/common';
import { route } from '../route';

type Ref = { participantId: string };

async function names(ctx: FlowContext) {
  return {
    catalogue: await ctx.store.plans.catalogue(),
    departments: ctx.config.departments,
    locale: ctx.actor.locale,
  };
}

async function planText(ctx: FlowContext, data: Ref): Promise<AdaptiveCard> {
  const owned = await ownById(ctx, data.participantId, 'journal.plan');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const n = await names(ctx);
  const day = today(ctx.clock);
  const activities = await ctx.store.plans.activitiesFor(p.id);
  const nameOf = (id: string | null) => {
    const a = id ? activities.find((x) => x.id === id) : undefined;
    return a ? activityName(a, n.catalogue, n.locale, ctx.t) : null;
  };
  const changesToday = (await ctx.store.plans.history(p.id))
    .filter((h) => isoDateAt(new Date(h.at)) === day)
    .map((h) => ctx.t.plan.changeLine(ctx.t.plan.change[historyKind(h)], nameOf(h.activityId)));
  const plan = await ctx.store.plans.ensurePlan(p.id, ctx.actor.id);
  const body = planJournal({ ...n, plan, activities, today: day, changesToday }, ctx.t);
  return journalCard(p.code, body, planActions.open.button(ctx.t.journal.back, data), ctx.t);
}

async function followUpText(ctx: FlowContext, data: Ref): Promise<AdaptiveCard> {
  const owned = await ownById(ctx, data.participantId, 'journal.followup');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const followUp = (await ctx.store.plans.followUpsFor(p.id)).at(-1);
  if (!followUp) return refusalCard(ctx.t.common.errors.expired);
  const activities = await ctx.store.plans.activitiesFor(p.id);
  const body = followUpJournal({ ...(await names(ctx)), followUp, activities }, ctx.t);
  return journalCard(p.code, body, planActions.open.button(ctx.t.journal.back, data), ctx.t);
}

async function exitText(ctx: FlowContext, data: Ref): Promise<AdaptiveCard> {
  const owned = await ownById(ctx, data.participantId, 'journal.exit');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const exit = await ctx.store.exits.exitFor(p.id);
  if (!exit) return refusalCard(ctx.t.common.errors.expired);
  const n = await names(ctx);
  const ended = (await ctx.store.plans.activitiesFor(p.id))
    .filter((a) => isEnded(a.status) && a.endDate === exit.date)
    .map((a) => activityName(a, n.catalogue, n.locale, ctx.t));
  const body = exitJournal({ ...n, exit, ended }, ctx.t);
  return journalCard(p.code, body, null, ctx.t);
}

async function ratingText(
  ctx: FlowContext,
  data: Ref & { sessionId?: string },
): Promise<AdaptiveCard> {
  const owned = await ownById(ctx, data.participantId, 'journal.rating');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const all = sortSessions(await ctx.store.ratings.sessionsFor(p.id));
  const at = data.sessionId ? all.findIndex((s) => s.id === data.sessionId) : all.length - 1;
  const session = all[at];
  if (!session) return refusalCard(ctx.t.common.errors.expired);
  const instrument = await ctx.store.instruments.get(
    session.instrumentId,
    session.instrumentVersion,
  );
  const indicators = instrument?.indicators ?? [];
  const staffOnly = instrument ? isCaseworkerOnlyIn(instrument) : () => false;
  const rows = progressionTable(
    all.slice(0, at + 1),
    staffOnly,
    indicators.map((i) => i.id),
  );
  const body = ratingJournal(
    {
      session,
      previous: at > 0 ? all[at - 1]! : null,
      areas: indicators.map((i) => ({
        id: i.id,
        name: i.area[ctx.actor.locale],
        caseworkerOnly: i.ratedBy === 'caseworker',
      })),
      sessionNumber: at + 1,
      risen: rows.filter((r) => r.risen).length,
      comparable: rows.filter((r) => r.change !== null).length,
    },
    ctx.t,
  );
  return journalCard(p.code, body, null, ctx.t);
}

export const journalModule: DialogModule = {
  name: 'journal',
  commands: [],
  actions: [
    route(journalActions.plan, { role: 'caseworker', scope: 'personal' }, planText),
    route(journalActions.followup, { role: 'caseworker', scope: 'personal' }, followUpText),
    route(journalActions.exit, { role: 'caseworker', scope: 'personal' }, exitText),
    route(journalActions.rating, { role: 'caseworker', scope: 'personal' }, ratingText),
  ],
};
