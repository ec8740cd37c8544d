// "mina deltagare" and "sök …": the caseworker's participants, computed at read time (consent
// status from the latest consent row on today's date, what needs doing from domain/caseload), one
// page at a time, and the cases handed over to them. The caseload is one batched read (a fixed
// number of statements whatever its size); only the rows shown are audited.
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
import type { CaseloadEntry } from '../../store/participants';
import type { FlowContext } from '../context';

/** Rows on one page: ten participants with four buttons each stay far below Teams' card size limit. */
export const PAGE_SIZE = 10;

export type ListOptions = z.output<typeof ListQuery>;

type Row = CaseloadFacts & { e: CaseloadEntry; consentUntil: string | null };

function factsOf(ctx: FlowContext, entries: CaseloadEntry[]): Row[] {
  const on = today(ctx.clock);
  return entries.map((e) => {
    const { participant: p, consent } = e;
    return {
      e,
      code: p.code,
      name: displayName(ctx.actor, p),
      startDate: p.startDate,
      endDate: p.endDate,
      lastRating: e.lastRating,
      nextFollowUp: p.endDate ? null : e.nextFollowUp,
      consentStatus: consentStatus(consent, on),
      consentUntil: consent?.validUntil ?? null,
      consentExpiresIn: expiresSoon(consent, on, ctx.config.CONSENT_WARNING_DAYS),
    };
  });
}

function rowView(ctx: FlowContext, r: Row, rules: CaseloadRules): ParticipantRowView {
  const { participant: p, exitOutcome, pendingOwnerName } = r.e;
  const outcome = exitOutcome ? outcomeById(exitOutcome) : undefined;
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
    pendingTo: p.pendingOwnerId ? (pendingOwnerName ?? ctx.t.participants.someone) : null,
    needs: needsOf(r, rules),
    nextFollowUp: r.nextFollowUp,
    exit: p.endDate
      ? {
          date: p.endDate,
          outcome: outcome ? outcome.name[ctx.actor.locale] : (exitOutcome ?? ''),
        }
      : null,
  };
}

async function incomingFor(ctx: FlowContext): Promise<IncomingView[]> {
  const incoming: IncomingView[] = [];
  for (const { participant: p, ownerName } of await ctx.store.participants.incoming(ctx.actor.id)) {
    incoming.push({
      participantId: p.id,
      code: p.code,
      fromName: ownerName ?? ctx.t.participants.someone,
    });
    await ctx.audit('participant.list', p.id, { code: p.code, pending: true });
  }
  return incoming;
}

export async function myParticipants(
  ctx: FlowContext,
  opts: ListOptions = { page: 0, query: '', exited: false },
): Promise<AdaptiveCard> {
  const rules = { today: today(ctx.clock), ratingIntervalWeeks: ctx.config.RATING_INTERVAL_WEEKS };
  // One batched read of the whole caseload (it is sorted by need before it is paged).
  const all = await ctx.store.participants.caseload(ctx.actor.id);
  const active = all.filter((e) => !e.participant.endDate);
  const wanted = opts.exited ? all.filter((e) => e.participant.endDate) : active;
  const rows = sortByNeed(factsOf(ctx, wanted), rules).filter((r) => matchesSearch(r, opts.query));
  const page = pageOf(rows, opts.page, PAGE_SIZE);
  const shown: ParticipantRowView[] = [];
  for (const r of page.items) {
    shown.push(rowView(ctx, r, rules));
    await ctx.audit('participant.list', r.e.participant.id, { code: r.code });
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
