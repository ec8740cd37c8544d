import type { IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
import {
  AuthenticationConstants,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type restify from 'restify';
import { BoundedMap } from './bounded';
import type { Config } from './config';
import { activityProblem } from './edge';
import type { Logger } from './logger';

/** Connector clients kept, one per (bot app id, service URL, audience): Teams has a handful. */
const CLIENTS_KEPT = 64;

/**
 * The adapter, opened up where the endpoint needs it: authenticating is a step of its own (so every
 * way it can fail becomes one fixed 401, within a time limit), and the turn runs on the result.
 * The connector client a turn sends with is made once per service URL and kept, as botbuilder's
 * older BotFrameworkAdapter did: CloudAdapter builds a new one (credentials, an HTTP pipeline of
 * policies) on every turn, some 3 % of a card round trip. Its credentials renew their own token.
 * So is the user-token client CloudAdapter makes for every turn (for OAuth sign-in cards, which
 * Samsyn does not use): one per bot app id, some 2 %.
 */
export class SamsynAdapter extends TeamsAdapter {
  private readonly clients = new BoundedMap<Promise<ConnectorClient>>(CLIENTS_KEPT);

  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    const auth = this.botFrameworkAuthentication;
    const make = auth.createUserTokenClient.bind(auth);
    const kept = new BoundedMap<Promise<UserTokenClient>>(CLIENTS_KEPT);
    auth.createUserTokenClient = (claims: ClaimsIdentity) => {
      // The app id as botbuilder reads it: the audience claim, else the emulator's appid claim.
      const key = JSON.stringify([
        claims.getClaimValue(AuthenticationConstants.AudienceClaim),
        claims.getClaimValue(AuthenticationConstants.AppIdClaim),
      ]);
      return kept.keep(key, () => make(claims));
    };
  }

  authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }
  runTurn(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ) {
    const connectorFactory = auth.connectorFactory && this.kept(auth.connectorFactory);
    return this.processActivity({ ...auth, connectorFactory }, activity, logic);
  }

  /** The turn's connector factory, answering from the kept clients. */
  private kept(made: ConnectorFactory): ConnectorFactory {
    const appId = (made as { appId?: unknown }).appId;
    const clients = this.clients;
    return {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        const key = JSON.stringify([appId ?? null, serviceUrl, audience ?? null]);
        return clients.keep(key, () => made.create(serviceUrl, audience));
      },
    } as ConnectorFactory;
  }
}

/** A bearer token in JWT shape (three base64url parts; `alg=none` has an empty third). */
const BEARER = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** What the caller is told; the reason goes to the log only. */
const REFUSALS = {
  400: { error: 'bad_request' },
  401: { error: 'unauthorized' },
  413: { error: 'body_too_large' },
  500: { error: 'internal_error' },
} as const;
type RefusalStatus = keyof typeof REFUSALS;

/** Reads the body up to `limit` bytes; a longer body stops the reading and gives 'too_large'. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseActivity(body: Buffer): Activity | null {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Activity)
      : null;
  } catch {
    return null;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

export interface EndpointDeps {
  adapter: SamsynAdapter;
  config: Config;
  log: Logger;
  logic: (context: TurnContext) => Promise<void>;
}

/**
 * POST /api/messages, refusing as early as it can: a declared length over MAX_BODY_BYTES (413) and,
 * with BOT_ID set, a missing or malformed Authorization header (401) before a byte of the body is
 * read; a body that grows past the limit while read (413); no JSON object, or an activity whose
 * identity fields are not strings (400); any failure to authenticate, within AUTH_TIMEOUT_MS (401).
 * The caller gets a fixed body; the reason is logged (no activity content).
 */
export function messagesEndpoint(deps: EndpointDeps) {
  const { adapter, config, log, logic } = deps;
  const authLimit = config.AUTH_TIMEOUT_MS * 3; // metadata + keys, each within AUTH_TIMEOUT_MS
  return async (req: restify.Request, res: restify.Response): Promise<void> => {
    const refuse = (status: RefusalStatus, reason: string, unreadBody = false) => {
      log.info({ status, reason }, 'request refused');
      // The rest of an unread body is not read: the connection is closed after the answer.
      if (unreadBody) res.setHeader('connection', 'close');
      res.send(status, REFUSALS[status]);
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > config.MAX_BODY_BYTES) return refuse(413, 'declared length', true);
    const authHeader = req.headers.authorization ?? '';
    if (!config.anonymous && !BEARER.test(authHeader)) return refuse(401, 'no bearer token', true);
    const body = await readBody(req, config.MAX_BODY_BYTES);
    if (body === 'too_large') return refuse(413, 'body over the limit', true);
    const activity = parseActivity(body);
    if (!activity) return refuse(400, 'not a JSON object');
    const problem = activityProblem(activity);
    if (problem) return refuse(400, problem);

    let auth: AuthenticateRequestResult;
    try {
      auth = await withTimeout(adapter.authenticate(activity, authHeader), authLimit, 'auth');
    } catch (err) {
      return refuse(401, `authentication: ${(err as Error).message}`);
    }
    try {
      const answer = await adapter.runTurn(auth, activity, logic);
      res.send(answer?.status ?? 200, answer?.body);
    } catch (err) {
      const errorId = randomBytes(4).toString('hex');
      log.error({ errorId, err: (err as Error).message }, 'turn failed');
      res.send(500, { ...REFUSALS[500], errorId });
    }
  };
}
