// "mina deltagare" and "sök …": the caseworker's participants, computed at read time (consent
// status from the latest consent row on today's date, what needs doing from domain/caseload), one
// page at a time, and the cases handed over to them. Only the rows shown are read (audited).
import type { z } from 'zod';
import type { AdaptiveCard } from '../../cards/core';
import { ListQuery } from '../../cards/participants/actions';
import {
  myParticipantsCard,
  type IncomingView,
  type ParticipantRowView,
} from '../../cards/participants';
import { displayName } from '../../domain/access';
import {
  matchesSearch,
  needsOf,
  pageOf,
  sortByNeed,
  type CaseloadFacts,
  type CaseloadRules,
} from '../../domain/caseload';
import { consentStatus, expiresSoon } from '../../domain/consent';
import { daysBetween, today } from '../../domain/dates';
import { outcomeById } from '../../domain/outcomes';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import { staffName } from './common';

/** Rows on one page: ten participants with four buttons each stay far below Teams' card size limit. */
export const PAGE_SIZE = 10;

export type ListOptions = z.output<typeof ListQuery>;

type Row = CaseloadFacts & { p: Participant; consentUntil: string | null };

async function factsOf(ctx: FlowContext, own: Participant[]): Promise<Row[]> {
  const on = today(ctx.clock);
  const consents = await ctx.store.consents.latestFor(own.map((p) => p.id));
  const rows: Row[] = [];
  for (const p of own) {
    const consent = consents.get(p.id);
    const sessions = await ctx.store.ratings.sessionsFor(p.id);
    const plan = p.endDate ? undefined : await ctx.store.plans.planFor(p.id);
    rows.push({
      p,
      code: p.code,
      name: displayName(ctx.actor, p),
      startDate: p.startDate,
      endDate: p.endDate,
      lastRating: sessions.length ? sessions[sessions.length - 1].date : null,
      nextFollowUp: plan?.nextFollowUp ?? null,
      consentStatus: consentStatus(consent, on),
      consentUntil: consent?.validUntil ?? null,
      consentExpiresIn: expiresSoon(consent, on, ctx.config.CONSENT_WARNING_DAYS),
    });
  }
  return rows;
}

async function rowView(
  ctx: FlowContext,
  r: Row,
  rules: CaseloadRules,
): Promise<ParticipantRowView> {
  const { p } = r;
  const exit = p.endDate ? await ctx.store.exits.exitFor(p.id) : undefined;
  const outcome = exit && outcomeById(exit.outcome);
  return {
    participantId: p.id,
    code: p.code,
    name: r.name,
    protectedIdentity: p.protectedIdentity,
    startDate: p.startDate,
    consentStatus: r.consentStatus,
    consentUntil: r.consentUntil,
    consentExpiresIn: r.consentExpiresIn,
    daysSinceRating: r.lastRating ? Math.max(0, daysBetween(r.lastRating, rules.today)) : null,
    pendingTo: p.pendingOwnerId ? await staffName(ctx, p.pendingOwnerId) : null,
    needs: needsOf(r, rules),
    nextFollowUp: r.nextFollowUp,
    exit: p.endDate
      ? {
          date: p.endDate,
          outcome: outcome ? outcome.name[ctx.actor.locale] : (exit?.outcome ?? ''),
        }
      : null,
  };
}

async function incomingFor(ctx: FlowContext): Promise<IncomingView[]> {
  const incoming: IncomingView[] = [];
  for (const p of await ctx.store.participants.pendingFor(ctx.actor.id)) {
    incoming.push({ participantId: p.id, code: p.code, fromName: await staffName(ctx, p.ownerId) });
    await ctx.audit('participant.list', p.id, { code: p.code, pending: true });
  }
  return incoming;
}

export async function myParticipants(
  ctx: FlowContext,
  opts: ListOptions = { page: 0, query: '', exited: false },
): Promise<AdaptiveCard> {
  const rules = { today: today(ctx.clock), ratingIntervalWeeks: ctx.config.RATING_INTERVAL_WEEKS };
  const all = await ctx.store.participants.byOwner(ctx.actor.id, { includeExited: true });
  const active = all.filter((p) => !p.endDate);
  const wanted = opts.exited ? all.filter((p) => p.endDate) : active;
  const rows = sortByNeed(await factsOf(ctx, wanted), rules).filter((r) =>
    matchesSearch(r, opts.query),
  );
  const page = pageOf(rows, opts.page, PAGE_SIZE);
  const shown: ParticipantRowView[] = [];
  for (const r of page.items) {
    shown.push(await rowView(ctx, r, rules));
    await ctx.audit('participant.list', r.p.id, { code: r.p.code });
  }
  return myParticipantsCard(
    {
      rows: shown,
      incoming: opts.exited ? [] : await incomingFor(ctx),
      page: page.page,
      pages: page.pages,
      matching: page.total,
      activeCount: active.length,
      exitedCount: all.length - active.length,
      query: opts.query,
      exited: opts.exited,
    },
    ctx.t,
  );
}

/** `sök <kod eller namn>`: the list, searched; `sök` alone is the whole list. */
export function search(ctx: FlowContext, args: string): Promise<AdaptiveCard> {
  return myParticipants(ctx, ListQuery.parse({ query: args.slice(0, 100) }));
}
