// Reading the digest card as a person does: a figure's label, then its values beneath
// (cards/digest-blocks.ts).
import { TestBot, users } from './bot';
import { allText, walk } from './cards';

/**
 * The values shown under the figure labelled `label` (total, women, men; or the period and since
 * the start), the `nth` time that label appears (0: the period's). Throws when there is none.
 */
export function figureValues(card: unknown, label: string, nth = 0): string[] {
  const nodes = [...walk(card)];
  let seen = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type !== 'TextBlock' || node.text !== label) continue;
    if (seen++ < nth) continue;
    const values = nodes.slice(i + 1).find((x) => x.type === 'ColumnSet');
    if (!values) break;
    return values.columns.map((c: any) => c.items.map((x: any) => x.text).join(' '));
  }
  throw new Error(`no figure "${label}" (${nth})`);
}

/**
 * Test setup: the admin makes a channel the digest channel on Friday 2026-11-20, and the scheduler
 * posts week 47 on Monday 08:00; returns that one post (a new top-level post in the channel).
 */
export async function weeklyPost(tb: TestBot): Promise<any> {
  tb.clock.set('2026-11-20T10:00:00Z');
  const channel = tb.channel(users.admin, 'team-1', '19:digest@thread.tacv2');
  await channel.sayOne('veckosammanfattning här');
  tb.clock.set('2026-11-23T07:00:00Z');
  await tb.bot.scheduler.tick();
  const posts = tb.connector
    .cardsTo(channel.channelId)
    .filter((c) => allText(c).includes('Veckosammanfattning 2026 vecka 47'));
  if (posts.length !== 1) throw new Error(`${posts.length} posts of week 47`);
  return posts[0];
}
