import http from 'node:http';
import net from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { activity, personalConv, TestBot, users } from '../support/bot';
import { allText } from '../support/cards';
import { hs256, KeyEndpointStub, otherKey, unsigned } from '../support/keys';

const BOT_ID = '00000000-0000-0000-0000-000000000001';
const PASSWORD = 'bot-password';
const MB = 1024 * 1024;

/** An invoke from Anna's personal chat, as Teams posts it. */
function invokeFrom(tb: TestBot) {
  return activity(
    {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'noop', data: { verb: 'noop' } } },
    },
    users.anna,
    personalConv(users.anna),
    tb.connector.url,
  );
}

/**
 * Streams `total` bytes of body to the bot (declared or chunked) and notes how much of it had been
 * produced when the answer arrived: a server that refuses early answers while the client still sends.
 */
function streamPost(
  url: string,
  total: number,
  opts: { declare?: boolean; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string; producedWhenAnswered: number }> {
  return new Promise((resolve, reject) => {
    let produced = 0;
    let done = false;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const body = new Readable({
      read() {
        if (produced >= total) return void this.push(null);
        produced += chunk.length;
        this.push(produced === chunk.length ? Buffer.concat([Buffer.from('{'), chunk]) : chunk);
      },
    });
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(opts.declare ? { 'content-length': String(total + 1) } : {}),
      ...opts.headers,
    };
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      const at = produced;
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        done = true;
        resolve({ status: res.statusCode ?? 0, body: text, producedWhenAnswered: at });
        body.destroy();
        req.destroy();
      });
    });
    req.on('error', (err) => {
      if (!done) reject(err);
    });
    body.pipe(req);
  });
}

describe('the endpoint refuses an oversized body before reading it', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start({ env: { MAX_BODY_BYTES: String(MB) } });
  });
  afterAll(async () => {
    await tb.close();
  });

  it('answers 413 to a declared 64 MB body while the client is still sending it', async () => {
    const res = await streamPost(tb.url, 64 * MB, { declare: true });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ error: 'body_too_large' });
    expect(res.producedWhenAnswered).toBeLessThan(32 * MB);
  });

  it('answers 413 to a chunked body once it passes the limit, not after reading all of it', async () => {
    const res = await streamPost(tb.url, 64 * MB);
    expect(res.status).toBe(413);
    expect(res.producedWhenAnswered).toBeLessThan(32 * MB);
  });

  it('still serves an ordinary message after refusing', async () => {
    const card = await tb.personal(users.anna).sayOne('hjälp');
    expect(allText(card)).toContain('Det här kan Samsyn');
  });

  it('answers 400, not 500, to an empty object or a body that is not JSON', async () => {
    expect((await tb.post({})).status).toBe(400);
    const res = await fetch(tb.url, { method: 'POST', body: '{"type": "message", ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'bad_request' });
  });
});

describe('with BOT_ID set, every failure to authenticate is one fixed 401', () => {
  const keys = new KeyEndpointStub();
  let tb: TestBot;
  beforeAll(async () => {
    await keys.start();
    tb = await TestBot.start({
      env: {
        BOT_ID,
        BOT_PASSWORD: PASSWORD,
        BOT_OPENID_METADATA_URL: keys.url,
        MAX_BODY_BYTES: String(MB),
      },
    });
  });
  afterAll(async () => {
    await tb.close();
    await keys.stop();
  });

  const post = (token: string) => tb.post(invokeFrom(tb), { authorization: `Bearer ${token}` });
  const claims = () => {
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: 'https://api.botframework.com',
      aud: BOT_ID,
      serviceurl: tb.connector.url,
      nbf: now - 60,
      exp: now + 3600,
    };
  };

  it('accepts a token the Bot Connector signed (the keys come from the metadata document)', async () => {
    const res = await post(keys.token(BOT_ID, tb.connector.url));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('refuses an unsigned 64 MB body with 401 while the client is still sending it', async () => {
    const res = await streamPost(tb.url, 64 * MB);
    expect(res.status).toBe(401);
    expect(res.producedWhenAnswered).toBeLessThan(32 * MB);
    const declared = await streamPost(tb.url, 64 * MB, { declare: true });
    expect(declared.status).toBe(413);
  });

  it('refuses an unsigned {} with 401', async () => {
    const res = await tb.post({});
    expect(res).toEqual({ status: 401, body: { error: 'unauthorized' } });
  });

  it.each([
    [
      'a known key id with another key’s signature',
      () => keys.token(BOT_ID, tb.connector.url, { key: otherKey() }),
    ],
    ['alg=none', () => unsigned({ alg: 'none', typ: 'JWT', kid: keys.kid }, claims())],
    [
      'HS256 signed with the bot password',
      () => hs256({ alg: 'HS256', typ: 'JWT', kid: keys.kid }, claims(), PASSWORD),
    ],
    ['an unknown key id', () => keys.token(BOT_ID, tb.connector.url, { kid: 'no-such-key' })],
    ['another bot’s audience', () => keys.token('someone-else', tb.connector.url)],
    ['another serviceUrl than the activity’s', () => keys.token(BOT_ID, 'https://evil.example/')],
  ])('refuses %s with 401 and a fixed body', async (_what, token) => {
    const before = tb.connector.sent.length;
    const res = await post(token());
    expect(res).toEqual({ status: 401, body: { error: 'unauthorized' } });
    expect(tb.connector.sent.length).toBe(before);
  });
});

describe('when the key endpoints fail, requests get 401 and the fetch is bounded', () => {
  let tb: TestBot | undefined;
  const keys = new KeyEndpointStub();
  beforeAll(async () => {
    await keys.start();
  });
  afterEach(async () => {
    await tb?.close();
    tb = undefined;
  });
  afterAll(async () => {
    await keys.stop();
  });

  async function botWithKeysAt(url: string) {
    tb = await TestBot.start({
      env: { BOT_ID, BOT_PASSWORD: PASSWORD, BOT_OPENID_METADATA_URL: url, AUTH_TIMEOUT_MS: '200' },
    });
    return tb;
  }

  it('answers 401 when the key endpoint refuses connections', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const bot = await botWithKeysAt(`http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`);
    const res = await bot.post(invokeFrom(bot), {
      authorization: `Bearer ${keys.token(BOT_ID, bot.connector.url)}`,
    });
    expect(res).toEqual({ status: 401, body: { error: 'unauthorized' } });
  });

  it('answers 401 when it answers 503, and 20 requests at once fetch once', async () => {
    keys.mode = 'down';
    keys.hits = 0;
    const bot = await botWithKeysAt(
      keys.url.replace('openidconfiguration', 'openidconfiguration?down'),
    );
    const token = keys.token(BOT_ID, bot.connector.url);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        bot.post(invokeFrom(bot), { authorization: `Bearer ${token}` }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(401));
    expect(keys.hits).toBe(1);
    // Right after a failure the next requests do not fetch again (backoff).
    await bot.post(invokeFrom(bot), { authorization: `Bearer ${token}` });
    expect(keys.hits).toBe(1);
  });

  it('answers 401 within the time limit when it never answers, and closes the connection', async () => {
    keys.mode = 'silent';
    keys.hits = 0;
    const bot = await botWithKeysAt(
      keys.url.replace('openidconfiguration', 'openidconfiguration?silent'),
    );
    const token = keys.token(BOT_ID, bot.connector.url);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        bot.post(invokeFrom(bot), { authorization: `Bearer ${token}` }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(401));
    expect(keys.hits).toBe(1);
    await vi.waitFor(() => expect(keys.unanswered.size).toBe(0));
  });
});

describe('listening address', () => {
  it('listens on 127.0.0.1 only in anonymous mode', async () => {
    const tb = await TestBot.start();
    try {
      expect((tb.bot.server.address() as net.AddressInfo).address).toBe('127.0.0.1');
    } finally {
      await tb.close();
    }
  });

  it('keeps an idle connection HTTP_KEEP_ALIVE_SECONDS, and says so to the caller', async () => {
    for (const [env, want] of [
      [{}, 'timeout=300'],
      [{ HTTP_KEEP_ALIVE_SECONDS: '75' }, 'timeout=75'],
    ] as const) {
      const tb = await TestBot.start({ env });
      try {
        const res = await fetch(tb.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(
            activity(
              { type: 'message', text: 'hjälp' },
              users.anna,
              personalConv(users.anna),
              tb.connector.url,
            ),
          ),
        });
        await res.text();
        expect(res.status).toBe(200);
        expect(res.headers.get('keep-alive')).toBe(want);
      } finally {
        await tb.close();
      }
    }
  });

  it('listens where HOST says', async () => {
    const tb = await TestBot.start({ env: { HOST: '0.0.0.0' } });
    try {
      expect((tb.bot.server.address() as net.AddressInfo).address).toBe('0.0.0.0');
    } finally {
      await tb.close();
    }
  });
});

describe('identity is a string', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
  });
  afterAll(async () => {
    await tb.close();
  });

  const message = (over: Record<string, unknown>, text: unknown = 'mina deltagare') => ({
    ...activity({ type: 'message', text }, users.anna, personalConv(users.anna), tb.connector.url),
    ...over,
  });

  it.each([
    ['from.aadObjectId is an array', { from: { id: '29:x', aadObjectId: [users.anna.id] } }],
    ['from.id is a number', { from: { id: 42, aadObjectId: users.anna.id } }],
    ['conversation.id is an object', { conversation: { id: { $gt: '' } } }],
    ['channelData.team.id is an array', { channelData: { team: { id: ['team-1'] } } }],
    ['there is no from', { from: undefined }],
  ])('refuses the turn with 400 when %s, and stores and sends nothing', async (_what, over) => {
    const sent = tb.connector.sent.length;
    const conversations = (await tb.store.conversations.list()).length;
    const res = await tb.post(message(over));
    expect(res).toEqual({ status: 400, body: { error: 'bad_request' } });
    expect(tb.connector.sent.length).toBe(sent);
    expect((await tb.store.conversations.list()).length).toBe(conversations);
  });

  it.each([
    ['a number', 42],
    ['an array', ['hjälp']],
    ['an object', { text: 'hjälp' }],
  ])('answers a message whose text is %s with a pointer to the help', async (_what, text) => {
    const before = tb.connector.sent.length;
    const res = await tb.post(message({}, text));
    expect(res.status).toBe(200);
    const cards = tb.connector.sent.slice(before).flatMap((s) => s.activity.attachments ?? []);
    expect(cards).toHaveLength(1);
    expect(allText(cards[0].content)).toContain('Jag kan bara läsa textmeddelanden');
  });

  it('still answers the same message with string ids', async () => {
    const card = await tb.personal(users.anna).sayOne('mina deltagare');
    expect(allText(card)).not.toContain('kräver rollen');
  });
});
