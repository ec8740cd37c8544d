import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Sent {
  /** The conversation id the bot posted to (for a channel reply: `19:…@thread.tacv2;messageid=…`). */
  conversationId: string;
  /** The activity id replied to, when the bot replied to one (…/activities/{replyToId}). */
  replyToId: string | null;
  /** In a channel: the channel's own id (the conversation id without `;messageid=`); else null. */
  channelId: string | null;
  /**
   * In a channel: the root message of the thread the activity landed in. A new top-level post is
   * the root of its own (new) thread, so `thread === id` there. Null outside channels.
   */
  thread: string | null;
  /** In a channel: true when the send became a new top-level post rather than a reply. */
  topLevel: boolean;
  /** The id Teams gave the message. */
  id: string;
  activity: any;
}

/** Teams refuses a bot message over about 100 KB (UTF-16) with 413 MessageSizeTooBig. */
export const TEAMS_MESSAGE_LIMIT_BYTES = 100 * 1024;
/**
 * What the bot budgets for one card (JSON, UTF-8): Teams renders cards well below the message
 * limit, and cards have to stay readable on a phone. A card over it is the bot's fault, and the
 * stub refuses it so the test that sent it fails.
 */
export const CARD_BUDGET_BYTES = 28_000;

export interface RosterMember {
  /** The user's AAD object id. */
  id: string;
  name: string;
}

/** Keeps a server's idle connections open `ms` (Node closes them after 5 s); for benchmarks. */
export function keepIdleConnections(server: http.Server, ms: number): void {
  server.keepAliveTimeout = ms;
  server.headersTimeout = ms + 1000;
}

const CHANNEL_ID = /^(19:[^;]+@thread\.[a-z0-9]+)(?:;messageid=(.+))?$/;

/**
 * A stand-in for the Teams connector (the activity's serviceUrl). It records every activity the
 * bot sends and answers as Teams does (docs/teams-behaviour.md says where each rule comes from):
 *
 * - a send to a channel's own id (no `;messageid=`), also with a replyToId, or a conversation
 *   created in a channel, becomes a new top-level post; a send to `…;messageid=R` becomes a reply
 *   in thread R;
 * - a message body over 100 KB is refused with 413 MessageSizeTooBig, and a card over the bot's own
 *   budget (CARD_BUDGET_BYTES) with 413 too;
 * - the roster API answers members by AAD object id or by 29: id, and pages with real
 *   continuation tokens: an empty or unknown `continuationToken` is refused with 403 BadArgument, as the playground does;
 * - `failNext` scripts throttling or outages (e.g. one 429), `holdNext` a hung request.
 */
export class ConnectorStub {
  readonly sent: Sent[] = [];
  /** Requests Teams refused (413, 400 …), for tests that check the bot did not cause any. */
  readonly refused: { url: string; status: number; code: string }[] = [];
  private server!: http.Server;
  private scripted: { status: number; headers?: Record<string, string> }[] = [];
  private toHold = 0;
  private readonly held: http.ServerResponse[] = [];
  /** Held sends (holdNext) whose request the bot gave up on and closed. */
  heldClosed = 0;
  /** TCP connections the bot opened to the stub (a load's warm-up waits until no more open). */
  connections = 0;
  url = '';
  private seq = 0;
  /** Team rosters (team id → members), answered on the connector's roster API like Teams does. */
  readonly rosters = new Map<string, RosterMember[]>();
  /** Teams whose paged roster (pagedmembers) fails (team id → HTTP status), e.g. 500 or 429. */
  readonly rosterFailures = new Map<string, number>();
  /** Teams may answer a page with fewer members than asked for; at most this many here. */
  pageLimit = 500;
  /** Message id → the root of the thread it is in (roots map to themselves). */
  private readonly threadOf = new Map<string, string>();
  /** Continuation tokens handed out: token → the next offset. */
  private readonly tokens = new Map<string, { teamId: string; offset: number }>();
  /** Roster requests as they came (path and query), to check how the bot pages. */
  readonly rosterRequests: string[] = [];

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8'); // a character split between two chunks stays one character
      req.on('data', (c: string) => (body += c));
      req.on('end', () => this.answer(req, res, body));
    });
    this.server.on('connection', () => this.connections++);
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  /** How long an idle connection from the bot stays open (Node's default: 5 s); for benchmarks. */
  keepAlive(ms: number): this {
    keepIdleConnections(this.server, ms);
    return this;
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const url = req.url ?? '';
    const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url);
    if (req.method === 'POST' && m && this.toHold > 0) {
      // a hung Teams: never answered, not recorded as sent
      this.toHold--;
      this.held.push(res);
      res.on('close', () => {
        if (!res.writableEnded) this.heldClosed++;
      });
      return;
    }
    if (req.method === 'POST' && m) return this.post(req, res, body, m);
    if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(url))
      return this.createConversation(res, body);
    if (req.method === 'PUT' && m) {
      this.sent.push({
        ...this.placeOf(decodeURIComponent(m[1]), m[2] ?? null, m[2] ?? ''),
        id: m[2] ?? '',
        activity: { ...JSON.parse(body || '{}'), _update: true },
      });
      return this.json(res, 200, { id: m[2] });
    }
    if (req.method === 'GET' && this.answerRoster(url, res)) return;
    if (req.method === 'GET' && this.answerTeam(url, res)) return;
    res.writeHead(404);
    res.end();
  }

  private json(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private refuse(
    res: http.ServerResponse,
    url: string,
    status: number,
    code: string,
    message: string,
  ) {
    this.refused.push({ url, status, code });
    this.json(res, status, { error: { code, message } });
  }

  /**
   * Why Teams (or the bot's own budget) refuses this activity (its body as sent, and parsed), or
   * null. A card's own JSON is never longer than the body it came in, so a body within the card
   * budget needs no card measured.
   */
  private tooBig(body: string, activity: any): { code: string; message: string } | null {
    if (Buffer.byteLength(body, 'utf16le') > TEAMS_MESSAGE_LIMIT_BYTES)
      return { code: 'MessageSizeTooBig', message: 'Message size exceeds the limit of 100 KB' };
    if (Buffer.byteLength(body, 'utf8') <= CARD_BUDGET_BYTES) return null;
    for (const a of activity.attachments ?? []) {
      const size = Buffer.byteLength(JSON.stringify(a.content ?? ''), 'utf8');
      if (a.contentType === 'application/vnd.microsoft.card.adaptive' && size > CARD_BUDGET_BYTES)
        return { code: 'OverCardBudget', message: `card of ${size} bytes over the bot's budget` };
    }
    return null;
  }

  private post(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    body: string,
    m: RegExpExecArray,
  ): void {
    const next = this.scripted.shift();
    if (next && next.status >= 300) {
      res.writeHead(next.status, { 'content-type': 'application/json', ...(next.headers ?? {}) });
      res.end(JSON.stringify({ error: { code: 'Throttled', message: 'scripted' } }));
      return;
    }
    const activity = JSON.parse(body || '{}');
    const big = this.tooBig(body, activity);
    if (big) return this.refuse(res, req.url ?? '', 413, big.code, big.message);
    const id = `sent-${++this.seq}`;
    const conversationId = decodeURIComponent(m[1]);
    const replyToId = m[2] ? decodeURIComponent(m[2]) : null;
    this.sent.push({ ...this.placeOf(conversationId, replyToId, id), id, activity });
    this.json(res, 200, { id });
  }

  /** Where a send lands in Teams: a reply in a thread, or a new top-level post in the channel. */
  private placeOf(
    conversationId: string,
    replyToId: string | null,
    id: string,
  ): Pick<Sent, 'conversationId' | 'replyToId' | 'channelId' | 'thread' | 'topLevel'> {
    const ch = CHANNEL_ID.exec(conversationId);
    if (!ch) return { conversationId, replyToId, channelId: null, thread: null, topLevel: false };
    // Only `;messageid=` makes a reply: a send to the channel's own id is a new post even with a
    // replyToId (botframework-sdk#6626; botbuilder's continueConversation always sets one).
    const root = ch[2] ?? null;
    this.threadOf.set(id, root ?? id);
    if (root) this.threadOf.set(root, root);
    return { conversationId, replyToId, channelId: ch[1], thread: root ?? id, topLevel: !root };
  }

  /** POST /v3/conversations in a channel (channelData.channel.id): a new top-level post. */
  private createConversation(res: http.ServerResponse, body: string): void {
    const params = JSON.parse(body || '{}');
    const channelId: string | undefined = params.channelData?.channel?.id;
    if (!channelId)
      return this.json(res, 400, { error: { code: 'BadArgument', message: 'no channel' } });
    const id = `sent-${++this.seq}`;
    if (params.activity) {
      const big = this.tooBig(JSON.stringify(params.activity), params.activity);
      if (big) return this.refuse(res, '/v3/conversations', 413, big.code, big.message);
      this.sent.push({ ...this.placeOf(channelId, null, id), id, activity: params.activity });
    }
    this.json(res, 201, { id: `${channelId};messageid=${id}`, activityId: id });
  }

  /** Team details (GET /v3/teams/{id}) and channels (…/conversations): team id → name and channels. */
  readonly teams = new Map<string, { name: string; channels: { id: string; name?: string }[] }>();

  /** Names a team and its channels; the General channel (id = team id) has no name, as in Teams. */
  setTeam(teamId: string, name: string, channels: { id: string; name: string }[]): void {
    this.teams.set(teamId, { name, channels: [{ id: teamId }, ...channels] });
  }

  /** GET /v3/teams/{teamId} and /v3/teams/{teamId}/conversations (TeamsInfo.getTeamDetails / getTeamChannels). */
  private answerTeam(url: string, res: http.ServerResponse): boolean {
    const m = /^\/v3\/teams\/([^/?]+)(\/conversations)?(?:\?.*)?$/.exec(url);
    if (!m) return false;
    const team = this.teams.get(decodeURIComponent(m[1]!));
    if (!team) this.refuse(res, url, 404, 'NotFound', 'no such team');
    else if (m[2]) this.json(res, 200, { conversations: team.channels });
    else this.json(res, 200, { id: decodeURIComponent(m[1]!), name: team.name });
    return true;
  }

  /** Sets who is a member of a team (users by AAD object id), for TeamsInfo-style roster calls. */
  setRoster(teamId: string, members: RosterMember[]): void {
    this.rosters.set(teamId, members);
  }

  /** GET /v3/conversations/{teamId}/members/{userId} and /v3/conversations/{teamId}/pagedmembers. */
  private answerRoster(url: string, res: http.ServerResponse): boolean {
    const [path, query = ''] = url.split('?');
    const account = (m: RosterMember) => ({
      id: `29:${m.id}`,
      name: m.name,
      aadObjectId: m.id,
      userPrincipalName: `${m.id}@example.se`,
    });
    const one = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    const paged = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(path);
    if (!one && !paged) return false;
    const teamId = decodeURIComponent((one ?? paged)![1]);
    this.rosterRequests.push(url);
    const failure = paged && this.rosterFailures.get(teamId);
    if (failure) {
      this.refuse(res, url, failure, 'ServiceError', 'scripted roster failure');
      return true;
    }
    const members = this.rosters.get(teamId);
    if (one) {
      const userId = decodeURIComponent(one[2]);
      const member = members?.find((m) => m.id === userId || `29:${m.id}` === userId);
      if (member) this.json(res, 200, account(member));
      else this.refuse(res, url, 404, 'MemberNotFoundInConversation', 'The member was not found');
      return true;
    }
    if (!members) {
      this.refuse(res, url, 404, 'ConversationNotFound', 'no such team');
      return true;
    }
    const params = new URLSearchParams(query);
    const asked = Number(params.get('pageSize') ?? 200) || 200;
    const size = Math.min(this.pageLimit, 500, Math.max(1, asked));
    let offset = 0;
    if (params.has('continuationToken')) {
      const token = this.tokens.get(params.get('continuationToken') ?? '');
      if (!token || token.teamId !== teamId) {
        this.refuse(res, url, 403, 'BadArgument', 'Failed to decrypt members continuationToken');
        return true;
      }
      offset = token.offset;
    }
    const page = members.slice(offset, offset + size);
    const more = offset + size < members.length;
    const token = more ? `tok-${++this.seq}` : undefined;
    if (token) this.tokens.set(token, { teamId, offset: offset + size });
    this.json(res, 200, {
      members: page.map(account),
      ...(token ? { continuationToken: token } : {}),
    });
    return true;
  }

  /** The next sends get these answers instead of 200 (each used once). */
  failNext(...answers: { status: number; headers?: Record<string, string> }[]): void {
    this.scripted.push(...answers);
  }

  /** The next `n` sends get no answer at all (a hung request); they are not recorded as sent. */
  holdNext(n = 1): void {
    this.toHold += n;
  }

  /**
   * Activities sent to one conversation, in order (typing indicators left out). For a channel
   * thread (`…;messageid=R`) that is every reply that landed in thread R; for a channel's own id,
   * every new top-level post in the channel.
   */
  to(conversationId: string): any[] {
    const ch = CHANNEL_ID.exec(conversationId);
    return this.sent
      .filter((s) =>
        ch
          ? s.channelId === ch[1] && (ch[2] ? s.thread === ch[2] && !s.topLevel : s.topLevel)
          : s.conversationId === conversationId,
      )
      .filter((s) => s.activity.type !== 'typing')
      .map((s) => s.activity);
  }

  /** New top-level posts in a channel, in order. */
  posts(channelId: string): Sent[] {
    return this.sent.filter((s) => s.channelId === channelId && s.topLevel);
  }

  /** Adaptive Cards sent to one conversation (see `to`). */
  cardsTo(conversationId: string): any[] {
    return this.to(conversationId).flatMap((a) =>
      (a.attachments ?? [])
        .filter((x: any) => x.contentType === 'application/vnd.microsoft.card.adaptive')
        .map((x: any) => x.content),
    );
  }

  clear(): void {
    this.sent.length = 0;
  }

  /**
   * Takes out (and returns) what was sent to this conversation, leaving the rest: a load of many
   * users reads each one's cards without the stub keeping every card of the run alive.
   */
  take(conversationId: string): Sent[] {
    const mine = this.sent.filter((s) => s.conversationId === conversationId);
    if (mine.length === 0) return mine;
    const rest = this.sent.filter((s) => s.conversationId !== conversationId);
    this.sent.length = 0;
    this.sent.push(...rest);
    return mine;
  }

  async stop(): Promise<void> {
    for (const res of this.held.splice(0)) res.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

/** What Teams sends the bot when a user presses an Action.Submit: a message, or nothing at all. */
export type SubmitDelivery =
  | { delivered: true; activity: { type: 'message'; text?: string; value?: unknown } }
  | { delivered: false; posted: string | null; why: string };

/**
 * An Action.Submit pressed in a conversation of this type, as Teams delivers it (docs/teams-behaviour.md
 * row 12). `msteams.messageBack`: a message with `text` (and `value`) from the card, in every kind of
 * conversation, `displayText` shown in the chat. `msteams.imBack`: Teams posts `value` as the user's
 * own message; in a personal chat the bot gets it, in a channel or group chat it carries no @mention,
 * so the bot never hears it (row 2). A plain Action.Submit: a message with `value` and no text.
 */
export function teamsSubmit(
  action: { type?: string; data?: Record<string, any> },
  conversationType: 'personal' | 'channel' | 'groupChat',
): SubmitDelivery {
  if (action.type !== 'Action.Submit') throw new Error(`${action.type} is not an Action.Submit`);
  const ms = action.data?.msteams as Record<string, any> | undefined;
  if (ms?.type === 'messageBack')
    return { delivered: true, activity: { type: 'message', text: ms.text, value: ms.value } };
  if (ms?.type === 'imBack') {
    if (conversationType === 'personal')
      return { delivered: true, activity: { type: 'message', text: String(ms.value) } };
    return {
      delivered: false,
      posted: String(ms.value),
      why: "an imBack is the user's own message, and without an @mention Teams does not deliver it",
    };
  }
  const { msteams: _ms, ...value } = action.data ?? {};
  return { delivered: true, activity: { type: 'message', value } };
}
