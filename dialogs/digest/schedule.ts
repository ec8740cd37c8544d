// The digest channel: turned on with a command, its schedule changed on a card, stopped (confirmed
// first). Every row is keyed by the channel (channel.ts), never by the thread the admin wrote in.
import { z } from 'zod';
import { messageCard, refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { digestScheduleCard, digestStopConfirmCard } from '../../cards/digest';
import { DigestSchedule, scheduleFromCron } from '../../domain/digest';
import type { DigestChannel } from '../../store/digest';
import type { FlowContext } from '../context';
import { channelKey, channelOfRow } from './channel';

const view = (c: DigestChannel) => ({
  conversationId: c.conversationId,
  weekday: c.weekday,
  time: c.time,
  rev: c.rev,
});

/** `veckosammanfattning här`: an admin makes this channel a digest channel (default schedule from DIGEST_CRON). */
export async function enableHere(ctx: FlowContext): Promise<AdaptiveCard> {
  const s = scheduleFromCron(ctx.config.DIGEST_CRON);
  const key = channelKey(ctx.conversation);
  const ch = await ctx.store.digestChannels.enable(
    {
      conversationId: key,
      teamId: ctx.conversation.teamId,
      channelId: ctx.conversation.channelId,
      weekday: s.weekday,
      time: s.time,
      setBy: ctx.actor.id,
    },
    ctx.clock.now(),
  );
  // A row kept under one of this channel's threads (before digests were keyed by channel) is
  // folded into this one, so the channel never has two schedules.
  for (const old of await ctx.store.digestChannels.active())
    if (old.conversationId !== key && channelOfRow(old) === key)
      await ctx.store.digestChannels.disable(old.conversationId, ctx.clock.now());
  ctx.log.info({ conversationId: ch.conversationId }, 'digest channel set');
  return digestScheduleCard(view(ch), ctx.t, {
    message: ctx.t.digest.enabled(ctx.t.digest.weekdays[ch.weekday - 1], ch.time),
  });
}

const ScheduleToken = z.object({
  conversationId: z.string().min(1),
  rev: z.coerce.number().int().min(1),
});

type Opened =
  | { ok: true; ch: DigestChannel; rev: number }
  | { ok: false; card: AdaptiveCard; why: 'expired' | 'missing' | 'stopped' };

/** The opening of every schedule-card action: the card's channel is this channel, and still a digest channel. */
async function openSchedule(ctx: FlowContext, raw: unknown): Promise<Opened> {
  const token = ScheduleToken.safeParse(raw);
  if (!token.success || token.data.conversationId !== channelKey(ctx.conversation))
    return { ok: false, card: refusalCard(ctx.t.common.errors.expired), why: 'expired' };
  const ch = await ctx.store.digestChannels.get(token.data.conversationId);
  if (!ch || !ch.active)
    return {
      ok: false,
      card: refusalCard(ctx.t.digest.notDigestChannel),
      why: ch ? 'stopped' : 'missing',
    };
  return { ok: true, ch, rev: token.data.rev };
}

const stale = (ctx: FlowContext, ch: DigestChannel) =>
  digestScheduleCard(view(ch), ctx.t, { errors: [ctx.t.common.errors.stale] });

/** The schedule card's Save: zod-checked weekday and time, saved only from the revision the card was drawn at. */
export async function saveSchedule(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const d = ctx.t.digest;
  const got = await openSchedule(ctx, raw);
  if (!got.ok) return got.card;
  const { ch } = got;
  if (ch.rev !== got.rev) return stale(ctx, ch);
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
    return cur ? stale(ctx, cur) : refusalCard(d.notDigestChannel);
  }
  ctx.log.info(
    { conversationId: saved.conversationId, weekday: saved.weekday, time: saved.time },
    'digest schedule changed',
  );
  return digestScheduleCard(view(saved), ctx.t, {
    message: d.scheduleSaved(d.weekdays[saved.weekday - 1], saved.time),
  });
}

/** The confirmation's Cancel: the schedule card as it is now. */
export async function showSchedule(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const got = await openSchedule(ctx, raw);
  return got.ok ? digestScheduleCard(view(got.ch), ctx.t) : got.card;
}

/** `veckosammanfattning av`: an admin stops the digest in this channel (the row is kept, inactive). */
export async function stopHere(ctx: FlowContext): Promise<AdaptiveCard> {
  const d = ctx.t.digest;
  const key = channelKey(ctx.conversation);
  let stopped = false;
  for (const ch of await ctx.store.digestChannels.active())
    if (channelOfRow(ch) === key)
      stopped =
        (await ctx.store.digestChannels.disable(ch.conversationId, ctx.clock.now())) || stopped;
  if (!stopped) return messageCard(d.notActive);
  ctx.log.info({ conversationId: key }, 'digest channel stopped');
  return messageCard(d.stopped, { style: 'good' });
}

/** The schedule card's Stop: asks first, saying what will happen. A stale card changes nothing. */
export async function askStop(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const got = await openSchedule(ctx, raw);
  if (!got.ok) return stoppedOr(ctx, got);
  if (got.ch.rev !== got.rev) return stale(ctx, got.ch);
  return digestStopConfirmCard(view(got.ch), ctx.t);
}

/** An already stopped channel (a double click, or the command): say so; nothing to change. */
function stoppedOr(ctx: FlowContext, got: Extract<Opened, { ok: false }>): AdaptiveCard {
  if (got.why === 'stopped') return messageCard(ctx.t.digest.stopped, { style: 'good' });
  if (got.why === 'missing') return messageCard(ctx.t.digest.notActive);
  return got.card;
}

/** The confirmation's "Yes, stop": only from the revision the card was drawn at. */
export async function stopFromCard(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const d = ctx.t.digest;
  const got = await openSchedule(ctx, raw);
  if (!got.ok) return stoppedOr(ctx, got);
  const { ch } = got;
  if (
    ch.rev !== got.rev ||
    !(await ctx.store.digestChannels.disable(ch.conversationId, ctx.clock.now(), ch.rev))
  ) {
    const cur = await ctx.store.digestChannels.get(ch.conversationId);
    return cur?.active ? stale(ctx, cur) : messageCard(d.stopped, { style: 'good' });
  }
  ctx.log.info({ conversationId: ch.conversationId }, 'digest channel stopped');
  return messageCard(d.stopped, { style: 'good' });
}
