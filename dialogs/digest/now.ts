import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { digestCard } from '../../cards/digest';
import { isValidIsoDate, today } from '../../domain/dates';
import { onDemandPeriod } from '../../domain/digest';
import type { FlowContext } from '../context';
import { computeDigest, ownersOf } from './data';

const isoDate = z.string().refine(isValidIsoDate);
const PeriodArgs = z.union([z.tuple([]), z.tuple([isoDate, isoDate])]);

/**
 * `sammanfattning [från till]`: the digest now, in the manager's personal chat only. Without dates
 * it covers the seven days up to and including today (domain/digest.ts onDemandPeriod) and since
 * the start up to today; exact figures (the manager's own view, not a shared channel).
 */
export async function digestNow(ctx: FlowContext, args: string): Promise<AdaptiveCard> {
  const d = ctx.t.digest;
  const parsed = PeriodArgs.safeParse(args.split(/\s+/).filter(Boolean));
  if (!parsed.success) return refusalCard(d.errors.args);
  const todayIso = today(ctx.clock);
  let opts;
  if (parsed.data.length === 2) {
    const [from, to] = parsed.data;
    if (from > to) return refusalCard(d.errors.order);
    opts = { period: { from, to }, week: null, cumulativeFrom: null, asOf: todayIso };
  } else {
    opts = {
      period: onDemandPeriod(todayIso),
      week: null,
      cumulativeFrom: ctx.config.DIGEST_START_DATE,
      asOf: todayIso,
    };
  }
  const { digest, listed } = await computeDigest(ctx.store, ctx.config, opts);
  await ctx.audit('digest.view', null, {
    from: opts.period.from,
    to: opts.period.to,
    listed: listed.length,
  });
  for (const p of listed) await ctx.audit('digest.attention', p.id, { code: p.code });
  return digestCard(
    {
      digest,
      departments: ctx.config.departments,
      ratingIntervalWeeks: ctx.config.RATING_INTERVAL_WEEKS,
      owners: ownersOf(listed),
      recent: parsed.data.length === 0,
    },
    ctx.t,
  );
}
