import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allText, findAction } from '../support/cards';
import { TestBot, users, type Chat } from '../support/bot';
import { figureValues } from '../support/digest';
import { participantWith } from '../support/factories';

const FRIDAY = '2026-11-20T10:00:00Z'; // week 47
const MONDAY_0759 = '2026-11-23T06:59:00Z'; // 07:59 in Stockholm
const MONDAY_0800 = '2026-11-23T07:00:00Z'; // 08:00 in Stockholm: the digest for week 47 is due
const TUESDAY = '2026-11-24T12:00:00Z';

// The digest is a new top-level post in the channel (docs/teams-behaviour.md), not a reply in the thread.
const digestCards = (tb: TestBot, chat: Chat) =>
  tb.connector
    .cardsTo(chat.channelId)
    .filter((c) => allText(c).includes('Veckosammanfattning 2026 vecka'));

async function digestChannel(tb: TestBot): Promise<Chat> {
  tb.clock.set(FRIDAY);
  const channel = tb.channel(users.admin, 'team-1', '19:digest@thread.tacv2');
  const card = await channel.sayOne('veckosammanfattning här');
  expect(allText(card)).toContain('får nu veckosammanfattningen, varje måndag kl. 08:00');
  return channel;
}

describe('weekly digest to the digest channel', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
  });
  afterEach(async () => {
    await tb.close();
  });

  it('posts one digest on Monday 08:00 for the past ISO week, and not again on later ticks', async () => {
    const channel = await digestChannel(tb);
    await tb.bot.scheduler.tick();
    tb.clock.set(MONDAY_0759);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(0);

    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    await tb.bot.scheduler.tick();
    tb.clock.set(TUESDAY);
    await tb.bot.scheduler.tick();
    const cards = digestCards(tb, channel);
    expect(cards).toHaveLength(1);
    expect(allText(cards[0])).toContain('Veckosammanfattning 2026 vecka 47');
    expect(allText(cards[0])).toContain('Period: 2026-11-16 – 2026-11-22');
    expect(allText(cards[0])).toContain('Sedan start: 2026-01-01 – 2026-11-22');
    expect((await tb.store.dispatches.status(`digest:${channel.channelId}:2026-W47`))?.status).toBe(
      'sent',
    );
  });

  it('does not post again after a restart right after posting', async () => {
    const channel = await digestChannel(tb);
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
    await tb.restart();
    await tb.bot.scheduler.tick();
    tb.clock.advanceMs(60_000);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
  });

  it('posts the next week on the next Monday, once', async () => {
    const channel = await digestChannel(tb);
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    tb.clock.set('2026-11-30T07:00:00Z');
    await tb.bot.scheduler.tick();
    await tb.bot.scheduler.tick();
    const cards = digestCards(tb, channel);
    expect(cards).toHaveLength(2);
    expect(allText(cards[1])).toContain('Veckosammanfattning 2026 vecka 48');
  });

  it('retries a 429 from Teams after Retry-After and posts once', async () => {
    const channel = await digestChannel(tb);
    tb.connector.failNext({ status: 429, headers: { 'retry-after': '1' } });
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
    // Retry-After (1 s) was read, and bounded by the test's maxDelayMs (50 ms)
    expect(tb.retrySleeps).toEqual([50]);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
  });

  it('gives up on a throttled send after a bounded number of attempts, and posts at the next tick', async () => {
    const channel = await digestChannel(tb);
    tb.connector.failNext(
      ...Array.from({ length: 5 }, () => ({ status: 429, headers: { 'retry-after': '0.01' } })),
    );
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(0);
    expect(tb.retrySleeps).toEqual([10, 10, 10, 10]);
    expect((await tb.store.dispatches.status(`digest:${channel.channelId}:2026-W47`))?.status).toBe(
      'failed',
    );
    tb.clock.advanceMs(60_000);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
  });

  it('gives up on a hung send after the attempt timeout, retries, and posts once; the tick returns', async () => {
    await tb.close();
    tb = await TestBot.start({ retry: { timeoutMs: 300 } });
    const channel = await digestChannel(tb);
    tb.connector.holdNext();
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick(); // returns: the hung attempt was given up after timeoutMs
    expect(digestCards(tb, channel)).toHaveLength(1);
    expect(tb.retrySleeps).toHaveLength(1); // one retry after the timed-out attempt
    // the hung HTTP request was aborted, not left running
    await vi.waitFor(() => expect(tb.connector.heldClosed).toBe(1));
    expect((await tb.store.dispatches.status(`digest:${channel.channelId}:2026-W47`))?.status).toBe(
      'sent',
    );
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
  });

  it('marks a digest that finally fails as failed, and posts it at the next tick', async () => {
    const channel = await digestChannel(tb);
    // a refusal no retry helps with: the send fails for good this tick
    tb.connector.failNext({ status: 403 });
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(0);
    expect((await tb.store.dispatches.status(`digest:${channel.channelId}:2026-W47`))?.status).toBe(
      'failed',
    );
    tb.clock.advanceMs(60_000);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
  });

  it('does not post again when something after the post fails (the audit row)', async () => {
    const channel = await digestChannel(tb);
    const write = tb.store.audit.write.bind(tb.store.audit);
    let failOnce = true;
    tb.store.audit.write = async (e, at) => {
      if (failOnce && e.action === 'digest.post') {
        failOnce = false;
        throw new Error('audit down');
      }
      return write(e, at);
    };
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    tb.clock.advanceMs(60_000);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
    expect((await tb.store.dispatches.status(`digest:${channel.channelId}:2026-W47`))?.status).toBe(
      'sent',
    );
  });

  it('shows figures by gender and needs-attention by code only, never a name', async () => {
    const channel = await digestChannel(tb);
    const woman = await participantWith(tb.store, users.anna.id, {
      gender: 'kvinna',
      name: 'Fatima Testsson',
      startDate: '2026-01-15',
    });
    await participantWith(tb.store, users.anna.id, {
      gender: 'man',
      name: 'Omar Testsson',
      startDate: '2026-11-17',
    });
    await participantWith(
      tb.store,
      users.anna.id,
      { gender: 'annan', name: 'Kim Testsson', startDate: '2026-02-01' },
      null,
    );
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    const [card] = digestCards(tb, channel);
    const txt = allText(card);
    expect(txt).not.toMatch(/Testsson/);
    // no rating since the start in January (> 12 weeks): listed by code, with valid consent
    expect(txt).toContain(woman.code);
    // the one without consent is only counted
    expect(txt).toContain('1 till utan giltigt samtycke');
    // three active in the week: 1 woman, 1 man, 1 other; one new (the man) — in a shared channel
    // every group under SMALL_GROUP_MIN (5) reads "färre än 5" (issue 16); 0 is shown
    // (total, women, men: "annat/ej uppgivet" counts in the total only)
    expect(figureValues(card, 'Aktiva deltagare')).toEqual([
      'färre än 5',
      'färre än 5',
      'färre än 5',
    ]);
    expect(figureValues(card, 'Nya deltagare')).toEqual(['färre än 5', '0', 'färre än 5']);
    const audit = await tb.store.audit.list({ participantId: woman.id });
    expect(audit.map((a) => a.action)).toContain('digest.attention');
  });
});

describe('a downtime over the digest tick', () => {
  it('posts the missed digest once when the bot starts again', async () => {
    const tb = await TestBot.start({ env: { SCHEDULER_ENABLED: 'true' } });
    try {
      const channel = await digestChannel(tb);
      await tb.bot.scheduler.tick();
      await tb.bot.close(); // down from Friday …
      tb.clock.set(TUESDAY); // … over Monday 08:00 …
      await tb.restart(); // … and back on Tuesday: the start tick posts week 47
      await tb.bot.scheduler.tick();
      expect(digestCards(tb, channel)).toHaveLength(1);
      await tb.restart();
      await tb.bot.scheduler.tick();
      expect(digestCards(tb, channel)).toHaveLength(1);
    } finally {
      await tb.close();
    }
  });
});

describe('two instances sharing one database', () => {
  it('post the digest once between them, even when they tick at the same moment', async () => {
    const one = await TestBot.start();
    const two = await TestBot.start({ dir: one.dir, clock: one.clock });
    try {
      const channel = await digestChannel(one);
      one.clock.set(MONDAY_0800);
      await Promise.all([
        one.bot.scheduler.tick(),
        two.bot.scheduler.tick(),
        one.bot.scheduler.tick(),
        two.bot.scheduler.tick(),
      ]);
      await Promise.all([one.bot.scheduler.tick(), two.bot.scheduler.tick()]);
      expect(digestCards(one, channel)).toHaveLength(1);
      expect(two.connector.sent).toHaveLength(0);
    } finally {
      await two.close();
      await one.close();
    }
  });
});

describe('digest channel settings', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
  });
  afterEach(async () => {
    await tb.close();
  });

  it('refuses a non-admin who tries to make a channel the digest channel', async () => {
    const card = await tb.channel(users.frida).sayOne('weekly digest here');
    expect(allText(card)).toContain('administratör');
    expect(await tb.store.digestChannels.active()).toHaveLength(0);
  });

  it('lets the admin change the schedule on the card, validates it, and ignores a stale card', async () => {
    const channel = await digestChannel(tb);
    const card = tb.connector.cardsTo(channel.conversationId).at(-1);
    const bad = await channel.click(card, 'digest.schedule', { weekday: '5', time: '25:00' });
    expect(allText(bad)).toContain('Klockslag: skriv som TT:MM');
    expect((await tb.store.digestChannels.get(channel.channelId))?.time).toBe('08:00');

    const saved = await channel.click(card, 'digest.schedule', { weekday: '5', time: '14:30' });
    expect(allText(saved)).toContain('Sparat: varje fredag kl. 14:30');
    const again = await channel.click(card, 'digest.schedule', { weekday: '2', time: '09:00' });
    expect(allText(again)).toContain('inaktuellt');
    expect(await tb.store.digestChannels.get(channel.channelId)).toMatchObject({
      weekday: 5,
      time: '14:30',
    });

    // the new schedule: this Friday (week 47) at 14:30 posts week 46
    tb.clock.set('2026-11-20T13:29:00Z');
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(0);
    tb.clock.set('2026-11-20T13:30:00Z');
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
    expect(allText(digestCards(tb, channel)[0])).toContain('vecka 46');
    expect(findAction(saved, 'digest.schedule').data.rev).toBeGreaterThan(
      findAction(card, 'digest.schedule').data.rev,
    );
  });
});

describe('stopping the weekly digest in a channel', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
  });
  afterEach(async () => {
    await tb.close();
  });

  const scheduleCard = (channel: Chat) =>
    tb.connector
      .cardsTo(channel.conversationId)
      .filter((c) => allText(c).includes('Veckosammanfattning i den här kanalen'))
      .at(-1);

  it('stops with "veckosammanfattning av": Monday 08:00 posts nothing there', async () => {
    const channel = await digestChannel(tb);
    const card = await channel.sayOne('veckosammanfattning av');
    expect(allText(card)).toContain('Veckosammanfattningen är stoppad i den här kanalen');
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    tb.clock.set(TUESDAY);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(0);
    expect(await tb.store.dispatches.status(`digest:${channel.channelId}:2026-W47`)).toBeFalsy();
    // saying it again: nothing to stop
    expect(allText(await channel.sayOne('weekly digest off'))).toContain(
      'får ingen veckosammanfattning',
    );
  });

  // Issue #12: Stop on the card asks first and says what will happen (it was one click).
  it('stops from the schedule card after a confirmation; a stale card (schedule saved since) changes nothing', async () => {
    const channel = await digestChannel(tb);
    const card = scheduleCard(channel);
    const saved = await channel.click(card, 'digest.schedule', { weekday: '1', time: '09:00' });
    const stale = await channel.click(card, 'digest.stop.ask');
    expect(allText(stale)).toContain('inaktuellt');
    expect((await tb.store.digestChannels.get(channel.channelId))?.active).toBe(true);

    const confirm = await channel.click(saved, 'digest.stop.ask');
    expect(allText(confirm)).toContain('Stoppa veckosammanfattningen i den här kanalen?');
    expect(allText(confirm)).toContain('varje måndag kl. 09:00');
    expect((await tb.store.digestChannels.get(channel.channelId))?.active).toBe(true);
    // Cancel changes nothing and shows the schedule again.
    const kept = await channel.click(confirm, 'digest.schedule.show');
    expect(allText(kept)).toContain('Veckosammanfattning i den här kanalen');
    expect((await tb.store.digestChannels.get(channel.channelId))?.active).toBe(true);

    const stopped = await channel.click(confirm, 'digest.stop');
    expect(allText(stopped)).toContain('Veckosammanfattningen är stoppad');
    expect(await tb.store.digestChannels.active()).toHaveLength(0);
    // a double click says the same and changes nothing
    expect(allText(await channel.click(confirm, 'digest.stop'))).toContain(
      'Veckosammanfattningen är stoppad',
    );
    expect(allText(await channel.click(saved, 'digest.stop.ask'))).toContain(
      'Veckosammanfattningen är stoppad',
    );
    tb.clock.set('2026-11-23T08:00:00Z'); // Monday 09:00 in Stockholm
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(0);
  });

  it('refuses a non-admin, by command and on the card, and keeps posting', async () => {
    const channel = await digestChannel(tb);
    const card = scheduleCard(channel);
    const frida = channel.as(users.frida);
    expect(allText(await frida.sayOne('veckosammanfattning av'))).toContain('administratör');
    expect(allText(await frida.click(card, 'digest.stop.ask'))).toContain('administratör');
    const confirm = await channel.click(card, 'digest.stop.ask');
    expect(allText(await frida.click(confirm, 'digest.stop'))).toContain('administratör');
    expect((await tb.store.digestChannels.get(channel.channelId))?.active).toBe(true);
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
  });

  it('turned on again with "veckosammanfattning här": posts the next week once, not the weeks it was stopped', async () => {
    const channel = await digestChannel(tb);
    await channel.sayOne('veckosammanfattning av');
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    tb.clock.set(TUESDAY);
    const on = await channel.sayOne('veckosammanfattning här');
    expect(allText(on)).toContain('får nu veckosammanfattningen, varje måndag kl. 08:00');
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(0); // week 47 fell due while stopped: not posted late
    tb.clock.set('2026-11-30T07:00:00Z'); // the next Monday 08:00
    await tb.bot.scheduler.tick();
    await tb.bot.scheduler.tick();
    tb.clock.advanceMs(60_000);
    await tb.bot.scheduler.tick();
    const cards = digestCards(tb, channel);
    expect(cards).toHaveLength(1);
    expect(allText(cards[0])).toContain('Veckosammanfattning 2026 vecka 48');
  });

  it('stopped and turned on again after a post does not post that week again', async () => {
    const channel = await digestChannel(tb);
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
    tb.clock.advanceMs(60 * 60_000);
    await channel.sayOne('veckosammanfattning av');
    tb.clock.advanceMs(60 * 60_000);
    await channel.sayOne('veckosammanfattning här');
    await tb.bot.scheduler.tick();
    tb.clock.set(TUESDAY);
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(1);
    tb.clock.set('2026-11-30T07:00:00Z');
    await tb.bot.scheduler.tick();
    expect(digestCards(tb, channel)).toHaveLength(2);
  });
});

describe('the digest on request', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
    await tb.grant(users.maja.id, 'manager');
  });
  afterEach(async () => {
    await tb.close();
  });

  it('gives a manager the digest in personal chat', async () => {
    await participantWith(tb.store, users.anna.id, { gender: 'kvinna' });
    const card = await tb.personal(users.maja).sayOne('sammanfattning');
    // issue 11: on demand it covers the seven days up to today (Monday 2026-11-23), not an ISO week
    expect(allText(card)).toContain('Period: 2026-11-17 – 2026-11-23');
    expect(allText(card)).toContain('Aktiva deltagare');
    const audit = await tb.store.audit.list({ actorId: users.maja.id });
    expect(audit.map((a) => a.action)).toContain('digest.view');
  });

  it('gives the digest for a period asked for, in English for an English Teams', async () => {
    await tb.grant(users.english.id, 'manager');
    const card = await tb.personal(users.english).sayOne('digest 2026-01-01 2026-06-30');
    expect(allText(card)).toContain('Period: 2026-01-01 – 2026-06-30');
    expect(allText(card)).toContain('Active participants');
  });

  it('explains a period it cannot read', async () => {
    expect(
      allText(await tb.personal(users.maja).sayOne('sammanfattning 2026-13-01 2026-06-30')),
    ).toContain('ÅÅÅÅ-MM-DD');
    expect(
      allText(await tb.personal(users.maja).sayOne('sammanfattning 2026-06-30 2026-01-01')),
    ).toContain('före');
  });

  it('refuses in a channel, even a manager', async () => {
    const card = await tb.channel(users.maja).sayOne('sammanfattning');
    expect(allText(card)).toContain('personliga chatt');
    expect(allText(card)).not.toContain('Aktiva deltagare');
  });

  it('refuses someone who is not a manager', async () => {
    const card = await tb.personal(users.anna).sayOne('sammanfattning');
    expect(allText(card)).toContain('chef');
    expect(allText(card)).not.toContain('Aktiva deltagare');
  });
});
