import { digestCard } from '../../cards/digest';
import { strings } from '../../cards/locales';
import { digestKey, dueDigest } from '../../domain/digest';
import { isoDateAt } from '../../domain/dates';
import { protectDigest } from '../../domain/small-groups';
import type { Job } from '../context';
import { channelOfRow } from './channel';
import { computeDigest } from './data';

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
  async run({ store, config, log, notify }, now) {
    const channels = await store.digestChannels.active();
    const computed = new Map<string, Awaited<ReturnType<typeof computeDigest>>>();
    const seen = new Set<string>();
    for (const ch of channels) {
      const channel = channelOfRow(ch);
      if (seen.has(channel)) continue;
      seen.add(channel);
      const due = dueDigest(now, { weekday: ch.weekday, time: ch.time }, new Date(ch.createdAt));
      if (!due) continue;
      const key = digestKey(channel, due.week);
      if (!(await store.dispatches.claim(key, now))) continue;
      let result = computed.get(due.week);
      // Channels are shared by several departments: the digest is in Swedish, the default language.
      const t = strings('sv');
      try {
        if (!result) {
          result = await computeDigest(store, config, {
            period: due.period,
            week: due.week,
            cumulativeFrom: config.DIGEST_START_DATE,
            asOf: isoDateAt(now),
          });
          computed.set(due.week, result);
        }
        // The channel's own reference is stored at every turn there; a row older than that posts
        // where it was set up until someone writes in the channel again.
        const to = (await store.conversations.get(channel)) ? channel : ch.conversationId;
        await notify.toConversation(
          to,
          digestCard(
            {
              digest: result.digest,
              departments: config.departments,
              ratingIntervalWeeks: config.RATING_INTERVAL_WEEKS,
              // Shared by many: small groups are hidden (domain/small-groups.ts).
              mask: protectDigest(result.digest, config.SMALL_GROUP_MIN),
            },
            t,
          ),
          t.digest.summary(due.week),
        );
      } catch (err) {
        const message = (err as Error).message ?? String(err);
        await store.dispatches.failed(key, message);
        log.error(
          { conversationId: channel, week: due.week, err: message },
          'digest not posted; retried next tick',
        );
        continue;
      }
      // Posted: marked sent before anything else can fail, so a later error never posts it twice.
      await store.dispatches.sent(key, now);
      log.info({ conversationId: channel, week: due.week }, 'digest posted');
      await store.audit.write(
        {
          actorId: DIGEST_ACTOR,
          action: 'digest.post',
          participantId: null,
          detail: {
            conversationId: channel,
            week: due.week,
            listed: result.listed.length,
          },
        },
        now,
      );
      for (const p of result.listed) {
        await store.audit.write(
          {
            actorId: DIGEST_ACTOR,
            action: 'digest.attention',
            participantId: p.id,
            detail: { code: p.code, conversationId: channel, week: due.week },
          },
          now,
        );
      }
    }
  },
};
