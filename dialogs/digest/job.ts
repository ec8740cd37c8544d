import { digestCard } from '../../cards/digest';
import { strings } from '../../cards/locales';
import { digestKey, dueDigest } from '../../domain/digest';
import { isoDateAt } from '../../domain/dates';
import { protectDigest } from '../../domain/small-groups';
import type { Job, JobDeps } from '../context';
import { sendOnce } from '../jobs';
import type { DigestChannel } from '../../store/digest';
import { channelOfRow } from './channel';
import { computeDigest, ownersOf, type Listed } from './data';

export const DIGEST_ACTOR = 'system:digest';

/**
 * Posts each digest channel's digest once per ISO week. Every tick: for each channel, the digest
 * due now (the latest scheduled moment, reporting on the ISO week before it) is claimed with
 * `digest:<channel id>:<week>`; only the instance that wins the claim sends. A send that
 * fails after the proactive sender's retries is marked failed and claimed again next tick.
 * The digest goes to the channel's own id, so each week's is a new top-level post (not a reply in
 * the thread where the admin turned it on), and a channel is posted to once whatever rows it has.
 */
export const digestJob: Job = {
  name: 'digest',
  async run(deps, now) {
    const { store, config, log } = deps;
    const channels = await store.digestChannels.active();
    const computed = new Map<string, Computed>();
    const seen = new Set<string>();
    for (const ch of channels) {
      const channel = channelOfRow(ch);
      if (seen.has(channel)) continue;
      seen.add(channel);
      const due = dueDigest(now, { weekday: ch.weekday, time: ch.time }, new Date(ch.createdAt));
      if (!due) continue;
      let listed: Listed[] = [];
      await sendOnce(deps, 'digest', now, {
        key: digestKey(channel, due.week),
        send: async () => {
          let result = computed.get(due.week);
          if (!result) {
            result = await computeDigest(store, config, {
              period: due.period,
              week: due.week,
              cumulativeFrom: config.DIGEST_START_DATE,
              asOf: isoDateAt(now),
            });
            computed.set(due.week, result);
          }
          listed = result.listed;
          await post(deps, ch, channel, due.week, result);
          log.info({ conversationId: channel, week: due.week }, 'digest posted');
        },
        // Posted: marked sent before the audit rows, so a later error never posts it twice.
        after: () => auditPost(deps, now, channel, due.week, listed),
      });
    }
  },
};

type Computed = Awaited<ReturnType<typeof computeDigest>>;

/** The digest as a new top-level post in the channel, in Swedish, small groups hidden. */
async function post(
  { store, config, notify }: JobDeps,
  ch: DigestChannel,
  channel: string,
  week: string,
  { digest, listed }: Computed,
): Promise<void> {
  // Channels are shared by several departments: the digest is in Swedish, the default language.
  const t = strings('sv');
  // The channel's own reference is stored at every turn there; a row older than that posts
  // where it was set up until someone writes in the channel again.
  const to = (await store.conversations.get(channel)) ? channel : ch.conversationId;
  const card = digestCard(
    {
      digest,
      departments: config.departments,
      ratingIntervalWeeks: config.RATING_INTERVAL_WEEKS,
      owners: ownersOf(listed),
      // Shared by many: small groups are hidden (domain/small-groups.ts).
      mask: protectDigest(digest, config.SMALL_GROUP_MIN),
    },
    t,
  );
  await notify.toConversation(to, card, t.digest.summary(week));
}

/** One audit row for the post, one per participant listed as needing attention (codes only). */
async function auditPost(
  { store }: JobDeps,
  now: Date,
  channel: string,
  week: string,
  listed: Listed[],
): Promise<void> {
  await store.audit.write(
    {
      actorId: DIGEST_ACTOR,
      action: 'digest.post',
      participantId: null,
      detail: { conversationId: channel, week, listed: listed.length },
    },
    now,
  );
  for (const p of listed) {
    await store.audit.write(
      {
        actorId: DIGEST_ACTOR,
        action: 'digest.attention',
        participantId: p.id,
        detail: { code: p.code, conversationId: channel, week },
      },
      now,
    );
  }
}
