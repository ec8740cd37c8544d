import { z } from 'zod';
import { messageCard, refusalCard } from '../../cards/common';
import { digestCard, digestScheduleCard } from '../../cards/digest';
import { isValidIsoDate, today } from '../../domain/dates';
import { DigestSchedule, previousIsoWeek, scheduleFromCron } from '../../domain/digest';
import type { DigestChannel } from '../../store/digest';
import type { DialogModule, FlowContext } from '../context';
import { computeDigest } from './data';
import { digestJob } from './job';

const view = (c: DigestChannel) => ({
  conversationId: c.conversationId,
  weekday: c.weekday,
  time: c.time,
  rev: c.rev,
});

/** `veckosammanfattning här`: an admin makes this channel a digest channel (default schedule from DIGEST_CRON). */
async function enableHere(ctx: FlowContext) {
  const s = scheduleFromCron(ctx.config.DIGEST_CRON);
  const ch = await ctx.store.digestChannels.enable(
    {
      conversationId: ctx.conversation.id,
      teamId: ctx.conversation.teamId,
      channelId: ctx.conversation.channelId,
      weekday: s.weekday,
      time: s.time,
      setBy: ctx.actor.id,
    },
    ctx.clock.now(),
  );
  ctx.log.info({ conversationId: ch.conversationId }, 'digest channel set');
  return digestScheduleCard(view(ch), ctx.t, {
    message: ctx.t.digest.enabled(ctx.t.digest.weekdays[ch.weekday - 1], ch.time),
  });
}

const ScheduleInput = z.object({
  conversationId: z.string().min(1),
  rev: z.coerce.number().int().min(1),
});

/** The schedule card's Save: zod-checked weekday and time, saved only from the revision the card was drawn at. */
async function saveSchedule(ctx: FlowContext, raw: unknown) {
  const d = ctx.t.digest;
  const token = ScheduleInput.safeParse(raw);
  if (!token.success || token.data.conversationId !== ctx.conversation.id)
    return refusalCard(ctx.t.common.errors.expired);
  const ch = await ctx.store.digestChannels.get(token.data.conversationId);
  if (!ch || !ch.active) return refusalCard(d.notDigestChannel);
  if (ch.rev !== token.data.rev)
    return digestScheduleCard(view(ch), ctx.t, { errors: [ctx.t.common.errors.stale] });
  const input = DigestSchedule.safeParse(raw);
  if (!input.success) {
    const fields = new Set(input.error.issues.map((i) => String(i.path[0])));
    return digestScheduleCard(view(ch), ctx.t, {
      errors: [
        ...(fields.has('weekday') ? [d.errors.weekday] : []),
        ...(fields.has('time') ? [d.errors.time] : []),
      ],
    });
  }
  const saved = await ctx.store.digestChannels.setSchedule(
    ch.conversationId,
    ch.rev,
    input.data.weekday,
    input.data.time,
    ctx.actor.id,
    ctx.clock.now(),
  );
  if (!saved) {
    const cur = await ctx.store.digestChannels.get(ch.conversationId);
    return cur
      ? digestScheduleCard(view(cur), ctx.t, { errors: [ctx.t.common.errors.stale] })
      : refusalCard(d.notDigestChannel);
  }
  ctx.log.info(
    { conversationId: saved.conversationId, weekday: saved.weekday, time: saved.time },
    'digest schedule changed',
  );
  return digestScheduleCard(view(saved), ctx.t, {
    message: d.scheduleSaved(d.weekdays[saved.weekday - 1], saved.time),
  });
}

/** `veckosammanfattning av`: an admin stops the digest in this channel (the row is kept, inactive). */
async function stopHere(ctx: FlowContext) {
  const d = ctx.t.digest;
  const stopped = await ctx.store.digestChannels.disable(ctx.conversation.id, ctx.clock.now());
  if (!stopped) return messageCard(d.notActive);
  ctx.log.info({ conversationId: ctx.conversation.id }, 'digest channel stopped');
  return messageCard(d.stopped, { style: 'good' });
}

/** The schedule card's Stop: only from the revision the card was drawn at, so a stale card changes nothing. */
async function stopFromCard(ctx: FlowContext, raw: unknown) {
  const d = ctx.t.digest;
  const token = ScheduleInput.safeParse(raw);
  if (!token.success || token.data.conversationId !== ctx.conversation.id)
    return refusalCard(ctx.t.common.errors.expired);
  const ch = await ctx.store.digestChannels.get(token.data.conversationId);
  // Already stopped (a double click, or the command): say so; nothing to change.
  if (!ch || !ch.active)
    return messageCard(ch ? d.stopped : d.notActive, ch ? { style: 'good' } : {});
  if (
    ch.rev !== token.data.rev ||
    !(await ctx.store.digestChannels.disable(ch.conversationId, ctx.clock.now(), ch.rev))
  ) {
    const cur = await ctx.store.digestChannels.get(ch.conversationId);
    return cur?.active
      ? digestScheduleCard(view(cur), ctx.t, { errors: [ctx.t.common.errors.stale] })
      : messageCard(d.stopped, { style: 'good' });
  }
  ctx.log.info({ conversationId: ch.conversationId }, 'digest channel stopped');
  return messageCard(d.stopped, { style: 'good' });
}

const isoDate = z.string().refine(isValidIsoDate);
const PeriodArgs = z.union([z.tuple([]), z.tuple([isoDate, isoDate])]);

/** `sammanfattning [från till]`: the digest now, in the manager's personal chat only. */
async function digestNow(ctx: FlowContext, args: string) {
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
    const w = previousIsoWeek(todayIso);
    opts = {
      period: { from: w.from, to: w.to },
      week: w.week,
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
    },
    ctx.t,
  );
}

export const digestModule: DialogModule = {
  name: 'digest',
  commands: [
    {
      names: ['veckosammanfattning här', 'veckosammanfattning har', 'weekly digest here'],
      scope: 'channel',
      role: 'admin',
      run: (ctx) => enableHere(ctx),
    },
    {
      names: ['veckosammanfattning av', 'weekly digest off'],
      scope: 'channel',
      role: 'admin',
      run: (ctx) => stopHere(ctx),
    },
    {
      names: ['sammanfattning', 'digest'],
      scope: 'personal',
      role: 'manager',
      run: (ctx, args) => digestNow(ctx, args),
    },
  ],
  actions: [
    { verb: 'digest.schedule', role: 'admin', run: saveSchedule },
    { verb: 'digest.stop', role: 'admin', run: stopFromCard },
  ],
  jobs: [digestJob],
};
