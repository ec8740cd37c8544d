import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import type { Logger } from './logger';

/** What botframework-connector's JwtTokenExtractor asks of its key source (`getKey(kid)`). */
interface SigningKey {
  key: string;
  endorsements?: string[];
}

interface Jwk extends JsonWebKey {
  kid?: string;
  endorsements?: string[];
}

export interface KeySourceOptions {
  /** Time limit for each fetch (metadata document, then keys). */
  timeoutMs: number;
  /** Keys are fetched again after this long (the SDK's default is 24 hours). */
  refreshMs?: number;
  /** After a failed fetch, no new fetch for this long (doubling up to maxBackoffMs). */
  backoffMs?: number;
  maxBackoffMs?: number;
  log?: Logger;
}

// Elapsed time for time limits and backoff: monotonic, not a date, so not the domain clock.
const elapsed = () => performance.now();

/**
 * The Bot Framework signing keys, fetched from the OpenID metadata document as botframework-connector
 * does, with what its own fetcher lacks: every fetch has a time limit (the SDK's never ends when the
 * key endpoint accepts TCP and never answers), one fetch at a time however many requests wait for it
 * (single flight), and after a failure no new fetch until a backoff has passed, so a flood of forged
 * tokens cannot make every request fetch again. An unknown key id triggers at most one refresh an hour,
 * as in the SDK.
 */
export class BoundedKeySource {
  private keys: Jwk[] = [];
  private fetchedAt = -Infinity;
  private failedAt = -Infinity;
  private backoff: number;
  private inflight: Promise<void> | null = null;

  constructor(
    readonly url: string,
    private readonly opts: KeySourceOptions,
  ) {
    this.backoff = opts.backoffMs ?? 5_000;
  }

  async getKey(keyId: string | undefined): Promise<SigningKey | null> {
    const now = elapsed();
    const stale = now - this.fetchedAt > (this.opts.refreshMs ?? 24 * 3_600_000);
    const unknown = !this.findKey(keyId) && now - this.fetchedAt > 3_600_000;
    if ((stale || unknown) && now - this.failedAt > this.backoff) await this.refresh();
    return this.findKey(keyId);
  }

  /** One fetch for everyone waiting; a failure is logged and leaves the keys we had. */
  private refresh(): Promise<void> {
    this.inflight ??= this.fetchKeys()
      .then((keys) => {
        this.keys = keys;
        this.fetchedAt = elapsed();
        this.backoff = this.opts.backoffMs ?? 5_000;
      })
      .catch((err: Error) => {
        this.failedAt = elapsed();
        this.opts.log?.warn(
          { url: this.url, err: err.message, retryInMs: this.backoff },
          'could not fetch the Bot Framework signing keys',
        );
        this.backoff = Math.min(this.backoff * 2, this.opts.maxBackoffMs ?? 60_000);
      })
      .finally(() => {
        this.inflight = null;
      });
    return this.inflight;
  }

  private async fetchJson(url: string): Promise<unknown> {
    const res = await fetch(url, { signal: AbortSignal.timeout(this.opts.timeoutMs) });
    if (!res.ok) throw new Error(`HTTP ${res.status} from ${url}`);
    return res.json();
  }

  private async fetchKeys(): Promise<Jwk[]> {
    const meta = (await this.fetchJson(this.url)) as { jwks_uri?: unknown };
    if (typeof meta?.jwks_uri !== 'string') throw new Error('metadata without jwks_uri');
    const jwks = (await this.fetchJson(meta.jwks_uri)) as { keys?: unknown };
    if (!Array.isArray(jwks?.keys)) throw new Error('key set without keys');
    return jwks.keys as Jwk[];
  }

  private findKey(keyId: string | undefined): SigningKey | null {
    const jwk = this.keys.find((k) => k.kid === keyId);
    if (!jwk?.n || !jwk.e) return null; // not an RSA key: nothing we accept
    const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
    return {
      key: key.export({ type: 'spki', format: 'pem' }).toString(),
      endorsements: jwk.endorsements,
    };
  }
}

/**
 * botframework-connector 4.23 keeps one key source per metadata URL in a static cache of its
 * JwtTokenExtractor (not exported); putting ours there makes every token check the SDK does use
 * the bounded fetch. tests/protocol/endpoint.test.ts fails if an SDK update moves this.
 */
export function useBoundedKeySources(urls: string[], opts: KeySourceOptions): void {
  const cache = (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, unknown> })
    .openIdMetadataCache;
  for (const url of urls) {
    if (!(cache.get(url) instanceof BoundedKeySource))
      cache.set(url, new BoundedKeySource(url, opts));
  }
}
