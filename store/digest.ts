import { allByIds } from './by-ids';
import type { Db } from './db';
import { Repository } from './repository';
import type { DigestChannelDbRow } from './rows';

/** A channel the weekly digest is posted to, and when (ISO weekday 1 = Monday, time HH:MM in Stockholm). */
export interface DigestChannel {
  conversationId: string;
  teamId: string | null;
  channelId: string | null;
  weekday: number;
  time: string;
  active: boolean;
  setBy: string;
  /** When the channel became a digest channel: no digest falls due before this instant. */
  createdAt: string;
  updatedAt: string;
  rev: number;
}

const toChannel = (r: DigestChannelDbRow): DigestChannel => ({
  conversationId: r.conversation_id,
  teamId: r.team_id ?? null,
  channelId: r.channel_id ?? null,
  weekday: Number(r.weekday),
  time: r.time,
  active: !!Number(r.active),
  setBy: r.set_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  rev: Number(r.rev),
});

export class DigestChannels extends Repository {
  /**
   * Makes a channel a digest channel. A channel that already is one keeps its schedule and its
   * creation time (so saying it twice does not make an old week fall due again). A stopped channel
   * turned on again keeps its schedule but starts afresh from `at`: weeks that fell due while it
   * was stopped are not posted late.
   */
  async enable(
    c: {
      conversationId: string;
      teamId: string | null;
      channelId: string | null;
      weekday: number;
      time: string;
      setBy: string;
    },
    at: Date,
  ): Promise<DigestChannel> {
    const t = at.toISOString();
    await this.db.run(
      `INSERT INTO digest_channels (conversation_id, team_id, channel_id, weekday, time, active, set_by, created_at, updated_at, rev)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, 1)
       ON CONFLICT (conversation_id) DO UPDATE SET active = 1, set_by = excluded.set_by, updated_at = excluded.updated_at,
         created_at = CASE WHEN digest_channels.active = 0 THEN excluded.created_at ELSE digest_channels.created_at END,
         rev = digest_channels.rev + 1`,
      [c.conversationId, c.teamId, c.channelId, c.weekday, c.time, c.setBy, t, t],
    );
    return (await this.get(c.conversationId))!;
  }

  async get(conversationId: string): Promise<DigestChannel | undefined> {
    const r = await this.db.get<DigestChannelDbRow>(
      'SELECT * FROM digest_channels WHERE conversation_id = ?',
      [conversationId],
    );
    return r && toChannel(r);
  }

  async active(): Promise<DigestChannel[]> {
    const rows = await this.db.all<DigestChannelDbRow>(
      'SELECT * FROM digest_channels WHERE active = 1 ORDER BY conversation_id',
    );
    return rows.map(toChannel);
  }

  /** Changes the schedule, but only from the revision the card was drawn at; undefined when it moved since. */
  async setSchedule(
    conversationId: string,
    expectedRev: number,
    weekday: number,
    time: string,
    by: string,
    at: Date,
  ): Promise<DigestChannel | undefined> {
    const n = await this.db.run(
      'UPDATE digest_channels SET weekday = ?, time = ?, set_by = ?, updated_at = ?, rev = rev + 1 WHERE conversation_id = ? AND rev = ?',
      [weekday, time, by, at.toISOString(), conversationId, expectedRev],
    );
    return n > 0 ? this.get(conversationId) : undefined;
  }

  /**
   * Stops the digest in a channel; with `expectedRev` only from the revision a card was drawn at
   * (a stale Stop changes nothing). False when nothing was stopped.
   */
  async disable(conversationId: string, at: Date, expectedRev?: number): Promise<boolean> {
    const sql =
      'UPDATE digest_channels SET active = 0, updated_at = ?, rev = rev + 1 WHERE conversation_id = ? AND active = 1';
    return expectedRev === undefined
      ? (await this.db.run(sql, [at.toISOString(), conversationId])) > 0
      : (await this.db.run(`${sql} AND rev = ?`, [at.toISOString(), conversationId, expectedRev])) >
          0;
  }
}

/**
 * The name of the caseworker who owns each of these participants (null when Samsyn has none: the
 * owner never wrote to the bot), by participant id. For "needs attention": staff names only.
 */
export async function ownerNames(
  db: Db,
  participantIds: string[],
): Promise<Map<string, string | null>> {
  const rows = await allByIds<{ id: string; name: string | null }>(
    db,
    participantIds,
    (ids) => `SELECT p.id AS id, u.name AS name FROM participants p
      LEFT JOIN users u ON u.id = p.owner_id WHERE p.id IN (${ids})`,
  );
  return new Map(rows.map((r) => [r.id, r.name ?? null]));
}
