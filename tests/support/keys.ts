import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A stand-in for the Bot Framework's token signing keys (login.botframework.com): the OpenID metadata
 * document at `/v1/.well-known/openidconfiguration` names a `jwks_uri`, which lists RSA keys by `kid`,
 * each with the channels it endorses (`msteams`). See docs/teams-behaviour.md, "Tokens on inbound
 * requests". `mode` scripts an outage: 'down' answers 503, 'silent' accepts the connection and never
 * answers (what a black-holed endpoint does).
 */
export class KeyEndpointStub {
  readonly kid = 'test-key-1';
  private readonly pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  mode: 'ok' | 'down' | 'silent' = 'ok';
  /** Requests received (metadata and keys); connections open; silent requests still open. */
  hits = 0;
  readonly open = new Set<Socket>();
  readonly unanswered = new Set<Socket>();
  private server!: http.Server;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.hits++;
      if (this.mode === 'silent') {
        // never answered; kept in `unanswered` until the caller gives up and closes the connection
        this.unanswered.add(req.socket);
        req.socket.on('close', () => this.unanswered.delete(req.socket));
        return;
      }
      if (this.mode === 'down') {
        res.writeHead(503);
        res.end();
        return;
      }
      const base = this.url.replace(/\/v1\/.*$/, '');
      const body =
        req.url === '/v1/.well-known/openidconfiguration'
          ? { issuer: 'https://api.botframework.com', jwks_uri: `${base}/v1/.well-known/keys` }
          : {
              keys: [
                {
                  ...this.pair.publicKey.export({ format: 'jwk' }),
                  kid: this.kid,
                  use: 'sig',
                  endorsements: ['msteams'],
                },
              ],
            };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    this.server.on('connection', (s) => {
      this.open.add(s);
      s.on('close', () => this.open.delete(s));
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    const port = (this.server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`;
    return this;
  }

  /** A token as the Bot Connector signs it for this bot and this serviceUrl. */
  token(appId: string, serviceUrl: string, over: { key?: KeyObject; kid?: string } = {}): string {
    const now = Math.floor(Date.now() / 1000);
    return rs256(
      { alg: 'RS256', typ: 'JWT', kid: over.kid ?? this.kid },
      {
        iss: 'https://api.botframework.com',
        aud: appId,
        serviceurl: serviceUrl,
        nbf: now - 60,
        exp: now + 3600,
      },
      over.key ?? this.pair.privateKey,
    );
  }

  async stop(): Promise<void> {
    for (const s of this.open) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

export function rs256(header: object, payload: object, key: KeyObject): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

export function hs256(header: object, payload: object, secret: string): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

export function unsigned(header: object, payload: object): string {
  return `${b64(header)}.${b64(payload)}.`;
}

export function otherKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}
