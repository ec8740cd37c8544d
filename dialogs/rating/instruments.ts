// The admin's indicator sets (skattningsformulär): list, add one pasted as JSON, choose the set for
// first sessions, and mark a translation reviewed once a translator has read it.
import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/core';
import {
  instrumentErrorLines,
  instrumentsCard,
  type UnreviewedEntry,
} from '../../cards/instruments';
import { isoDateAt } from '../../domain/dates';
import { parseInstrumentJson, unreviewedLanguages } from '../../domain/instruments';
import type { FlowContext } from '../context';

async function unreviewedOf(ctx: FlowContext): Promise<UnreviewedEntry[]> {
  const out: UnreviewedEntry[] = [];
  for (const { instrument: i } of await ctx.store.instruments.list()) {
    const reviewed = await ctx.store.instruments.reviewedLanguages(i.id, i.version);
    for (const lang of unreviewedLanguages(i, reviewed))
      out.push({
        id: i.id,
        version: i.version,
        setName: i.name[ctx.actor.locale],
        lang,
        language: ctx.t.rating.mode.languageNames[lang],
      });
  }
  return out;
}

export async function instrumentsView(
  ctx: FlowContext,
  opts: Parameters<typeof instrumentsCard>[3] = {},
): Promise<AdaptiveCard> {
  const [list, current, unreviewed] = await Promise.all([
    ctx.store.instruments.list(),
    ctx.store.instruments.forNewSessions(),
    unreviewedOf(ctx),
  ]);
  return instrumentsCard(list, ctx.actor.locale, ctx.t, {
    forNewSessions: current.id,
    unreviewed,
    ...opts,
  });
}

export async function addInstrument(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const input = z.object({ json: z.string().max(50_000).optional() }).safeParse(raw);
  const json = input.success ? (input.data.json ?? '').trim() : '';
  if (!json) return instrumentsView(ctx, { errors: [ctx.t.rating.instruments.empty] });
  const parsed = parseInstrumentJson(json);
  if (!parsed.ok)
    return instrumentsView(ctx, {
      errors: [ctx.t.rating.instruments.invalid, ...instrumentErrorLines(parsed.errors, ctx.t)],
      json,
    });
  const { id, version } = parsed.instrument;
  const added = await ctx.store.instruments.add(parsed.instrument, ctx.actor.id, ctx.clock.now());
  if (!added)
    return instrumentsView(ctx, { errors: [ctx.t.rating.instruments.exists(id, version)], json });
  ctx.log.info({ instrument: id, version, at: isoDateAt(ctx.clock.now()) }, 'instrument added');
  return instrumentsView(ctx, { notice: ctx.t.rating.instruments.added(id, version) });
}

export async function useInstrument(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const input = z.object({ forNewSessions: z.string().trim().min(1).max(64) }).safeParse(raw);
  if (!input.success || !(await ctx.store.instruments.setForNewSessions(input.data.forNewSessions)))
    return instrumentsView(ctx, { useErrors: [ctx.t.rating.instruments.unknownSet] });
  const chosen = await ctx.store.instruments.forNewSessions();
  ctx.log.info({ instrument: chosen.id }, 'instrument chosen for new sessions');
  return instrumentsView(ctx, {
    notice: ctx.t.rating.instruments.useSaved(chosen.name[ctx.actor.locale]),
  });
}

const ReviewInput = z.object({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1),
  lang: z.string().min(2).max(3),
});

/** Marks a translation reviewed (idempotent): a double click or an old card marks it once. */
export async function markReviewed(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const input = ReviewInput.safeParse(raw);
  const inst = input.success
    ? await ctx.store.instruments.get(input.data.id, input.data.version)
    : undefined;
  const lang = input.success ? input.data.lang : '';
  const known = inst && (inst.translations ?? {})[lang];
  if (!input.success || !inst || !known)
    return instrumentsView(ctx, { errors: [ctx.t.rating.instruments.reviewUnknown] });
  await ctx.store.instruments.markReviewed(inst.id, inst.version, lang, ctx.actor.id);
  ctx.log.info({ instrument: inst.id, version: inst.version, lang }, 'translation reviewed');
  const names = ctx.t.rating.mode.languageNames as Record<string, string>;
  return instrumentsView(ctx, {
    notice: ctx.t.rating.instruments.reviewSaved(names[lang] ?? lang),
  });
}
