import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Sent {
  conversationId: string;
  /** The activity id replied to, when the bot replied in a thread. */
  replyToId: string | null;
  activity: any;
}

/**
 * A stand-in for the Teams connector (the activity's serviceUrl): it records every activity the
 * bot sends and answers as Teams would. `failNext` scripts throttling or outages (e.g. one 429).
 */
export class ConnectorStub {
  readonly sent: Sent[] = [];
  private server!: http.Server;
  private scripted: { status: number; headers?: Record<string, string> }[] = [];
  private toHold = 0;
  private readonly held: http.ServerResponse[] = [];
  /** Held sends (holdNext) whose request the bot gave up on and closed. */
  heldClosed = 0;
  url = '';
  private seq = 0;
  /** Team rosters (team id → members), answered on the connector's roster API like Teams does. */
  readonly rosters = new Map<string, { id: string; name: string }[]>();

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
        if (req.method === 'POST' && m && this.toHold > 0) {
          // a hung Teams: never answered, not recorded as sent
          this.toHold--;
          this.held.push(res);
          res.on('close', () => {
            if (!res.writableEnded) this.heldClosed++;
          });
          return;
        }
        if (req.method === 'POST' && m) {
          const next = this.scripted.shift();
          if (next && next.status >= 300) {
            res.writeHead(next.status, {
              'content-type': 'application/json',
              ...(next.headers ?? {}),
            });
            res.end(JSON.stringify({ error: { code: 'Throttled', message: 'scripted' } }));
            return;
          }
          this.sent.push({
            conversationId: decodeURIComponent(m[1]),
            replyToId: m[2] ? decodeURIComponent(m[2]) : null,
            activity: JSON.parse(body || '{}'),
          });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: `sent-${++this.seq}` }));
          return;
        }
        if (req.method === 'PUT' && m) {
          this.sent.push({
            conversationId: decodeURIComponent(m[1]),
            replyToId: m[2] ?? null,
            activity: { ...JSON.parse(body || '{}'), _update: true },
          });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: m[2] }));
          return;
        }
        if (req.method === 'GET' && this.answerRoster(req.url ?? '', res)) return;
        res.writeHead(404);
        res.end();
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  /** Sets who is a member of a team (users by AAD object id), for TeamsInfo-style roster calls. */
  setRoster(teamId: string, members: { id: string; name: string }[]): void {
    this.rosters.set(teamId, members);
  }

  /** GET /v3/conversations/{teamId}/members/{userId} and /v3/conversations/{teamId}/pagedmembers. */
  private answerRoster(url: string, res: http.ServerResponse): boolean {
    const path = url.split('?')[0];
    const account = (m: { id: string; name: string }) => ({
      id: `29:${m.id}`,
      name: m.name,
      aadObjectId: m.id,
    });
    const one = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (one) {
      const member = this.rosters
        .get(decodeURIComponent(one[1]))
        ?.find(
          (m) => m.id === decodeURIComponent(one[2]) || `29:${m.id}` === decodeURIComponent(one[2]),
        );
      res.writeHead(member ? 200 : 404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          member
            ? account(member)
            : { error: { code: 'MemberNotFoundInConversation', message: 'not a member' } },
        ),
      );
      return true;
    }
    const paged = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(path);
    if (paged) {
      const members = this.rosters.get(decodeURIComponent(paged[1]));
      res.writeHead(members ? 200 : 404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          members
            ? { members: members.map(account) }
            : { error: { code: 'NotFound', message: 'no such team' } },
        ),
      );
      return true;
    }
    return false;
  }

  /** The next sends get these answers instead of 200 (each used once). */
  failNext(...answers: { status: number; headers?: Record<string, string> }[]): void {
    this.scripted.push(...answers);
  }

  /** The next `n` sends get no answer at all (a hung request); they are not recorded as sent. */
  holdNext(n = 1): void {
    this.toHold += n;
  }

  /** Activities sent to one conversation, in order (typing indicators left out). */
  to(conversationId: string): any[] {
    return this.sent
      .filter((s) => s.conversationId === conversationId && s.activity.type !== 'typing')
      .map((s) => s.activity);
  }

  /** Adaptive Cards sent to one conversation. */
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

  async stop(): Promise<void> {
    for (const res of this.held.splice(0)) res.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
