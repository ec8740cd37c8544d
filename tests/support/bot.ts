import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import type { RetryPolicy } from '../../bot/proactive';
import { startBot, type RunningBot } from '../../bot/server';
import type { Role } from '../../domain/types';
import { openStore, type Store } from '../../store';
import { allText, findAction, walk } from './cards';
import { FakeClock } from './clock';
import { CARD_BUDGET_BYTES, ConnectorStub, teamsSubmit } from './connector';

export interface TestUser {
  id: string;
  name: string;
  locale?: string;
}

export const TENANT = 'tenant-1';
export const BOT = { id: '28:samsyn-bot', name: 'Samsyn' };

let seq = 0;

/** A Bot Framework activity as Teams sends it. */
export function activity(
  partial: Record<string, any>,
  user: TestUser,
  conv: ConvRef,
  serviceUrl: string,
) {
  return {
    id: `act-${++seq}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${user.id}`, name: user.name, aadObjectId: user.id },
    recipient: BOT,
    conversation: conv.conversation,
    channelData: conv.channelData,
    locale: user.locale ?? 'sv-SE',
    ...partial,
  };
}

export interface ConvRef {
  conversation: Record<string, any>;
  channelData: Record<string, any>;
}

export function personalConv(user: TestUser): ConvRef {
  return {
    conversation: { id: `a:personal-${user.id}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  };
}

/**
 * A thread of a team channel as Teams sends it: `conversation.id` is the channel's id with
 * `;messageid=<root message of the thread>`; `channelData` names the team and the channel.
 * `thread` is the root message's id (a new post by the user is the root of a new thread).
 */
export function channelConv(teamId: string, channelId: string, thread = '1'): ConvRef {
  return {
    conversation: {
      id: `${channelId};messageid=${thread}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: TENANT,
    },
    channelData: {
      tenant: { id: TENANT },
      team: { id: teamId, name: 'Team' },
      channel: { id: channelId, name: 'Kanal' },
    },
  };
}

export interface StartOptions {
  env?: Record<string, string>;
  clock?: FakeClock;
  dir?: string;
  /** Overrides of the proactive sender's retry policy (e.g. a short timeoutMs). */
  retry?: Partial<Omit<RetryPolicy, 'sleep'>>;
}

/**
 * The real server on a free port, its SQLite store in a temp folder, a fake clock and a
 * connector stub standing in for Teams. `restart()` stops the server and the store and starts
 * both again from the same file, as a redeploy would.
 */
export class TestBot {
  bot!: RunningBot;
  store!: Store;
  config!: Config;
  readonly connector = new ConnectorStub();
  readonly clock: FakeClock;
  readonly dir: string;
  readonly retrySleeps: number[] = [];

  constructor(private readonly opts: StartOptions = {}) {
    this.clock = opts.clock ?? new FakeClock();
    this.dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'samsyn-test-'));
  }

  static async start(opts: StartOptions = {}): Promise<TestBot> {
    const tb = new TestBot(opts);
    await tb.connector.start();
    await tb.boot();
    return tb;
  }

  get url(): string {
    return `http://127.0.0.1:${this.bot.port}/api/messages`;
  }

  private async boot(): Promise<void> {
    this.config = loadConfig({
      PORT: '0',
      DATABASE_URL: process.env.TEST_DATABASE_URL ?? join(this.dir, 'samsyn.db'),
      LOG_LEVEL: 'silent',
      SCHEDULER_ENABLED: 'false',
      ADMIN_AAD_IDS: 'admin-1',
      ...this.opts.env,
    });
    this.store = await openStore(this.config.DATABASE_URL, this.clock);
    this.bot = await startBot({
      config: this.config,
      store: this.store,
      log: createLogger('silent'),
      retry: {
        attempts: 5,
        baseDelayMs: 1,
        maxDelayMs: 50,
        timeoutMs: 10_000,
        ...this.opts.retry,
        sleep: async (ms) => {
          this.retrySleeps.push(ms);
        },
      },
    });
  }

  async restart(): Promise<void> {
    await this.bot.close();
    await this.store.close();
    await this.boot();
  }

  async close(): Promise<void> {
    await this.bot.close();
    await this.store.close();
    await this.connector.stop();
    if (!this.opts.dir) rmSync(this.dir, { recursive: true, force: true });
  }

  async grant(userId: string, ...roles: Role[]): Promise<void> {
    for (const r of roles) await this.store.users.grant(userId, r, 'test-setup');
  }

  /** Posts an activity; returns the HTTP status and parsed body. */
  async post(
    act: Record<string, any>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: any }> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(act),
    });
    const txt = await res.text();
    return { status: res.status, body: txt ? JSON.parse(txt) : undefined };
  }

  /** The user's personal chat with the bot. */
  personal(user: TestUser): Chat {
    return new Chat(this, user, personalConv(user));
  }

  /**
   * A channel of a team, as one member sees it: one thread of it (by default the thread with root
   * message "1"; `chat.newPost()` starts another). Messages carry an `<at>Samsyn</at>` mention, as
   * Teams only delivers channel messages that @mention the bot.
   */
  channel(
    user: TestUser,
    teamId = 'team-1',
    channelId = '19:forum@thread.tacv2',
    thread = '1',
  ): Chat {
    return new Chat(this, user, channelConv(teamId, channelId, thread));
  }
}

/** One user in one conversation: says things and clicks card actions, and sees what comes back. */
export class Chat {
  constructor(
    readonly tb: TestBot,
    readonly user: TestUser,
    readonly ref: ConvRef,
  ) {}

  get conversationId(): string {
    return this.ref.conversation.id;
  }

  /** In a channel: the channel's own id (no `;messageid=`), where a new top-level post goes. */
  get channelId(): string {
    return this.ref.channelData.channel?.id ?? this.conversationId;
  }

  as(user: TestUser): Chat {
    return new Chat(this.tb, user, this.ref);
  }

  /** The same channel, in a new thread: the user writes a new post instead of replying. */
  newPost(): Chat {
    const cd = this.ref.channelData;
    if (!cd.channel) throw new Error('newPost() is for channel chats');
    return new Chat(this.tb, this.user, channelConv(cd.team.id, cd.channel.id, `post-${++seq}`));
  }

  /** The same channel, in the thread under this top-level post (a card the bot posted). */
  inThread(root: string): Chat {
    const cd = this.ref.channelData;
    if (!cd.channel) throw new Error('inThread() is for channel chats');
    return new Chat(this.tb, this.user, channelConv(cd.team.id, cd.channel.id, root));
  }

  /** A message as Teams delivers it here: in a channel only with an @mention of the bot. */
  private message(text: string): Record<string, any> {
    if (this.ref.conversation.conversationType !== 'channel') return { type: 'message', text };
    const at = `<at>${BOT.name}</at>`;
    return {
      type: 'message',
      text: `${at} ${text}`,
      entities: [{ type: 'mention', text: at, mentioned: { id: BOT.id, name: BOT.name } }],
    };
  }

  /** Sends a text message; returns the cards the bot sent back to this conversation. */
  async say(text: string): Promise<any[]> {
    const before = this.tb.connector.sent.length;
    const res = await this.tb.post(
      activity(this.message(text), this.user, this.ref, this.tb.connector.url),
    );
    if (res.status >= 300) throw new Error(`message answered ${res.status}`);
    return this.tb.connector.sent
      .slice(before)
      .filter((s) => s.conversationId === this.conversationId)
      .flatMap((s) => (s.activity.attachments ?? []).map((a: any) => a.content));
  }

  /** Like say, for commands answered with one card. */
  async sayOne(text: string): Promise<any> {
    const cards = await this.say(text);
    if (cards.length !== 1) throw new Error(`expected one card for "${text}", got ${cards.length}`);
    return cards[0];
  }

  /** Installs the app here (conversationUpdate with the bot added). */
  async install(): Promise<any[]> {
    const before = this.tb.connector.sent.length;
    await this.tb.post(
      activity(
        { type: 'conversationUpdate', membersAdded: [BOT] },
        this.user,
        this.ref,
        this.tb.connector.url,
      ),
    );
    return this.tb.connector.sent
      .slice(before)
      .flatMap((s) => (s.activity.attachments ?? []).map((a: any) => a.content));
  }

  /** Sends an Action.Execute invoke with exactly this data; returns the HTTP answer. */
  async invoke(
    verb: string,
    data: Record<string, unknown>,
    trigger: 'manual' | 'automatic' = 'manual',
  ): Promise<{ status: number; body: any }> {
    return this.tb.post(
      activity(
        {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger },
        },
        this.user,
        this.ref,
        this.tb.connector.url,
      ),
    );
  }

  /**
   * Presses the Action.Submit titled `title` on `card` as Teams delivers it here (`teamsSubmit`):
   * returns the cards the bot sent back, none when Teams does not deliver the press to the bot.
   */
  async press(card: any, title: string): Promise<any[]> {
    const action = [...walk(card)].find((n) => n.type === 'Action.Submit' && n.title === title);
    if (!action) throw new Error(`no Action.Submit "${title}" in card:\n${allText(card)}`);
    const kind = this.ref.conversation.conversationType as 'personal' | 'channel' | 'groupChat';
    const sent = teamsSubmit(action, kind);
    if (!sent.delivered) return [];
    const before = this.tb.connector.sent.length;
    const res = await this.tb.post(
      activity(sent.activity, this.user, this.ref, this.tb.connector.url),
    );
    if (res.status >= 300) throw new Error(`submit answered ${res.status}`);
    return this.tb.connector.sent
      .slice(before)
      .filter((s) => s.conversationId === this.conversationId)
      .flatMap((s) => (s.activity.attachments ?? []).map((a: any) => a.content));
  }

  /** Clicks the action `verb` on `card` with these input values; returns the card that replaces it. */
  async click(
    card: any,
    verb: string,
    values: Record<string, unknown> = {},
    where: Record<string, unknown> = {},
  ): Promise<any> {
    const action = findAction(card, verb, where);
    const res = await this.invoke(verb, { ...action.data, ...values });
    if (res.status !== 200)
      throw new Error(`invoke ${verb} answered ${res.status}: ${JSON.stringify(res.body)}`);
    if (res.body?.type !== 'application/vnd.microsoft.card.adaptive')
      throw new Error(`invoke ${verb} did not answer with a card: ${JSON.stringify(res.body)}`);
    const size = Buffer.byteLength(JSON.stringify(res.body.value), 'utf8');
    if (size > CARD_BUDGET_BYTES)
      throw new Error(`invoke ${verb} answered a card of ${size} bytes, over the card budget`);
    return res.body.value;
  }
}

export const users = {
  admin: { id: 'admin-1', name: 'Astrid Admin' },
  anna: { id: 'cw-anna', name: 'Anna Handläggare' },
  bo: { id: 'cw-bo', name: 'Bo Handläggare' },
  maja: { id: 'mgr-maja', name: 'Maja Chef' },
  frida: { id: 'forum-frida', name: 'Frida Forum' },
  english: { id: 'cw-eve', name: 'Eve Caseworker', locale: 'en-US' },
  nobody: { id: 'user-none', name: 'Utan Roll' },
} satisfies Record<string, TestUser>;

export const newId = () => randomUUID();
