// The weekly digest in a channel as Teams really behaves (docs/teams-behaviour.md rows 1–3): every
// message in a channel arrives with the thread's `;messageid=` in conversation.id, and a send to the
// channel's own id is a new top-level post.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allText } from '../support/cards';
import { TestBot, users } from '../support/bot';

const FRIDAY = '2026-11-20T10:00:00Z';
const MONDAY_0800 = '2026-11-23T07:00:00Z';
const NEXT_MONDAY_0800 = '2026-11-30T07:00:00Z';
const CHANNEL = '19:digest@thread.tacv2';

const isDigest = (c: any) => allText(c).includes('Veckosammanfattning 2026 vecka');
const cards = (s: { activity: any }) => (s.activity.attachments ?? []).map((a: any) => a.content);

describe('the digest belongs to the channel, not to the thread it was set up in', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await TestBot.start();
    tb.clock.set(FRIDAY);
  });
  afterEach(async () => {
    await tb.close();
  });

  it('posts each week as a new top-level post in the channel, not as replies under the setup post', async () => {
    const setup = tb.channel(users.admin, 'team-1', CHANNEL, 'setup-post');
    await setup.say('veckosammanfattning här');
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    tb.clock.set(NEXT_MONDAY_0800);
    await tb.bot.scheduler.tick();

    const posts = tb.connector.posts(CHANNEL).filter((s) => cards(s).some(isDigest));
    expect(posts.map((s) => allText(cards(s)[0]).match(/vecka \d+/)?.[0])).toEqual([
      'vecka 47',
      'vecka 48',
    ]);
    expect(posts.every((s) => s.topLevel && s.thread === s.id)).toBe(true);
    expect(tb.connector.cardsTo(setup.conversationId).filter(isDigest)).toHaveLength(0);
    expect(await tb.store.dispatches.status(`digest:${CHANNEL}:2026-W47`)).toMatchObject({
      status: 'sent',
    });
  });

  it('"veckosammanfattning av" in a new post stops the channel\'s digest', async () => {
    const setup = tb.channel(users.admin, 'team-1', CHANNEL, 'setup-post');
    await setup.say('veckosammanfattning här');
    const off = await setup.newPost().sayOne('veckosammanfattning av');
    expect(allText(off)).toContain('Veckosammanfattningen är stoppad i den här kanalen');
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    expect(tb.connector.posts(CHANNEL).filter((s) => cards(s).some(isDigest))).toHaveLength(0);
  });

  it('"veckosammanfattning här" again in a new post keeps one schedule: one digest a week', async () => {
    const setup = tb.channel(users.admin, 'team-1', CHANNEL, 'setup-post');
    await setup.say('veckosammanfattning här');
    await setup.newPost().say('veckosammanfattning här');
    await setup.newPost().say('weekly digest here');
    expect(await tb.store.digestChannels.active()).toHaveLength(1);
    tb.clock.set(MONDAY_0800);
    await tb.bot.scheduler.tick();
    await tb.bot.scheduler.tick();
    expect(tb.connector.posts(CHANNEL).filter((s) => cards(s).some(isDigest))).toHaveLength(1);
  });

  it("a schedule card from one thread changes the channel's schedule when clicked in another", async () => {
    const setup = tb.channel(users.admin, 'team-1', CHANNEL, 'setup-post');
    const card = await setup.sayOne('veckosammanfattning här');
    const saved = await setup
      .newPost()
      .click(card, 'digest.schedule', { weekday: '5', time: '14:30' });
    expect(allText(saved)).toContain('Sparat: varje fredag kl. 14:30');
    expect((await tb.store.digestChannels.get(CHANNEL))?.weekday).toBe(5);
  });
});
