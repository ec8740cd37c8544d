import type { AddressInfo } from 'node:net';
import { CallerIdConstants, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import restify from 'restify';
import type { DialogModule } from '../dialogs/context';
import { MODULES } from '../dialogs';
import type { Store } from '../store';
import { createApplication } from './app';
import { registerImageRoute } from './images';
import type { Config } from './config';
import { answeredUnreadableText } from './edge';
import { SamsynAdapter, messagesEndpoint } from './endpoint';
import { useBoundedKeySources } from './keys';
import type { Logger } from './logger';
import { ProactiveSender, defaultRetry, type RetryPolicy } from './proactive';
import { Scheduler } from './scheduler';

export interface BotOptions {
  config: Config;
  store: Store;
  log: Logger;
  retry?: RetryPolicy;
  modules?: DialogModule[];
}

export interface RunningBot {
  server: restify.Server;
  adapter: SamsynAdapter;
  scheduler: Scheduler;
  notify: ProactiveSender;
  /** The port the server listens on (useful with PORT=0). */
  port: number;
  close(): Promise<void>;
}

/**
 * The adapter, and the signing keys it checks tokens with fetched within AUTH_TIMEOUT_MS, one fetch
 * at a time (bot/keys.ts). BOT_OPENID_METADATA_URL (tests, another cloud) names the channel keys'
 * metadata; then the SDK wants every endpoint of the cloud spelt out, and gets the public cloud's.
 */
export function createAdapter(config: Config, log?: Logger): SamsynAdapter {
  const metadataUrl = config.BOT_OPENID_METADATA_URL;
  const endpoints = metadataUrl
    ? {
        ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
        ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
        OAuthUrl: AuthenticationConstants.OAuthUrl,
        ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl:
          AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
        CallerId: CallerIdConstants.PublicAzureChannel,
      }
    : {};
  useBoundedKeySources(
    [
      metadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ],
    { timeoutMs: config.AUTH_TIMEOUT_MS, log },
  );
  const auth = {
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD,
    MicrosoftAppType: config.BOT_TYPE,
    MicrosoftAppTenantId: config.BOT_TENANT_ID,
    ...endpoints,
  };
  return new SamsynAdapter(auth, new ConfigurationServiceClientCredentialFactory(auth));
}

/** Builds the bot (adapter, routes, scheduler) and starts serving POST /api/messages. */
export async function startBot(opts: BotOptions): Promise<RunningBot> {
  const { config, store, log } = opts;
  // One source of time: the store's clock stamps what is stored, and the bot compares with the same.
  const clock = opts.store.clock;
  const modules = opts.modules ?? MODULES;
  const adapter = createAdapter(config, log);
  const notify = new ProactiveSender(
    adapter,
    config.BOT_ID,
    store,
    log,
    opts.retry ?? defaultRetry,
  );
  const app = createApplication({ adapter, store, config, clock, log, notify, modules });
  const scheduler = new Scheduler(
    modules.flatMap((m) => m.jobs ?? []),
    { store, config, log, notify, clock },
  );

  const server = restify.createServer({ name: 'samsyn' });
  // Node sends it as the Keep-Alive hint too; headersTimeout (60 s) still bounds a slow request.
  server.server.keepAliveTimeout = config.HTTP_KEEP_ALIVE_SECONDS * 1000;
  // No body parser: the endpoint reads the body itself, only after the cheap refusals (bot/endpoint.ts).
  server.post(
    '/api/messages',
    messagesEndpoint({
      adapter,
      config,
      log,
      logic: async (context) => {
        if (await answeredUnreadableText(context)) return;
        await app.run(context);
      },
    }),
  );
  registerImageRoute(server);
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { ok: true });
    next();
  });

  await new Promise<void>((resolve) => server.listen(config.PORT, config.host, resolve));
  const address = server.address() as AddressInfo;
  const port = address.port;
  log.info(
    { host: address.address, port, anonymous: config.anonymous, store: store.db.dialect },
    `Samsyn listening on ${address.address}:${port}, POST /api/messages`,
  );
  if (config.anonymous) {
    log.warn(
      'BOT_ID is empty: running in ANONYMOUS mode, requests are not authenticated (local development and tests only)',
    );
  }
  if (config.SCHEDULER_ENABLED) scheduler.start();

  return {
    server,
    adapter,
    scheduler,
    notify,
    port,
    close: async () => {
      await scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
