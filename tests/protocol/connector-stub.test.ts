import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_BUDGET_BYTES, ConnectorStub, TEAMS_MESSAGE_LIMIT_BYTES } from '../support/connector';

/**
 * The connector stub refuses what Teams refuses (docs/teams-behaviour.md rows 4–5): the size rules,
 * posted to it over HTTP as the bot's connector client posts. The other tests rely on these
 * refusals to fail when the bot sends too much.
 */
describe('connector stub: message and card size', () => {
  let stub: ConnectorStub;
  beforeAll(async () => {
    stub = await new ConnectorStub().start();
  });
  afterAll(() => stub.stop());

  const url = () => `${stub.url}v3/conversations/a%3A1/activities`;
  const cardOf = (bytes: number) => ({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'x'.repeat(bytes - 60) }],
  });
  const withCard = (content: unknown) => ({
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }],
  });
  async function send(activity: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    return { status: res.status, body: await res.json() };
  }

  it('takes a card within the budget and records the activity as sent', async () => {
    const before = stub.sent.length;
    const card = cardOf(CARD_BUDGET_BYTES - 1_000);
    const res = await send(withCard(card));
    expect(res.status).toBe(200);
    expect(stub.sent.length).toBe(before + 1);
    expect(stub.sent.at(-1)!.activity.attachments[0].content).toEqual(card);
  });

  it('measures the card, not the body around it', async () => {
    // The body is over the card budget, the card in it is not.
    const card = cardOf(CARD_BUDGET_BYTES - 20);
    const activity = { ...withCard(card), summary: 'y'.repeat(2_000) };
    expect(Buffer.byteLength(JSON.stringify(activity), 'utf8')).toBeGreaterThan(CARD_BUDGET_BYTES);
    const res = await send(activity);
    expect(JSON.stringify(card).length).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(res.status).toBe(200);
  });

  it('refuses a card over the bot’s budget with 413, and records nothing', async () => {
    const before = stub.sent.length;
    const res = await send(withCard(cardOf(CARD_BUDGET_BYTES + 100)));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('OverCardBudget');
    expect(stub.sent.length).toBe(before);
  });

  it('refuses a message over 100 KB (UTF-16) with 413 MessageSizeTooBig', async () => {
    // 52,000 characters: 52 KB in UTF-8, 104 KB in UTF-16, and no card at all.
    const res = await send({ type: 'message', text: 'x'.repeat(52_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('MessageSizeTooBig');
    expect(TEAMS_MESSAGE_LIMIT_BYTES).toBe(100 * 1024);
  });

  it('takes out what was sent to one conversation and keeps the rest', async () => {
    stub.clear();
    const to = (conv: string) =>
      `${stub.url}v3/conversations/${encodeURIComponent(conv)}/activities`;
    for (const [conv, text] of [
      ['a:1', 'one'],
      ['a:2', 'two'],
      ['a:1', 'three'],
    ]) {
      const res = await fetch(to(conv!), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text }),
      });
      expect(res.status).toBe(200);
    }
    expect(stub.take('a:1').map((s) => s.activity.text)).toEqual(['one', 'three']);
    expect(stub.sent.map((s) => s.activity.text)).toEqual(['two']);
    expect(stub.take('a:1')).toEqual([]);
  });

  it('reads a character split between two chunks of the body as one character', async () => {
    const text = `Åsa ${'ö'.repeat(1000)}`;
    const body = Buffer.from(JSON.stringify({ type: 'message', text }), 'utf8');
    const cut = body.indexOf(Buffer.from('ö', 'utf8')) + 1; // inside the first ö's two bytes
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.flushHeaders();
      req.write(body.subarray(0, cut), () => setTimeout(() => req.end(body.subarray(cut)), 50));
    });
    expect(status).toBe(200);
    expect(stub.sent.at(-1)!.activity.text).toBe(text);
  });
});
