import type { AddressInfo } from 'node:net';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import restify from 'restify';
import type { DialogModule } from '../dialogs/context';
import { MODULES } from '../dialogs';
import type { Store } from '../store';
import { createApplication } from './app';
import type { Config } from './config';
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
  adapter: TeamsAdapter;
  scheduler: Scheduler;
  notify: ProactiveSender;
  /** The port the server listens on (useful with PORT=0). */
  port: number;
  close(): Promise<void>;
}

export function createAdapter(config: Config): TeamsAdapter {
  const auth = {
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD,
    MicrosoftAppType: config.BOT_TYPE,
    MicrosoftAppTenantId: config.BOT_TENANT_ID,
  };
  return new TeamsAdapter(auth, new ConfigurationServiceClientCredentialFactory(auth));
}

/** Builds the bot (adapter, routes, scheduler) and starts serving POST /api/messages. */
export async function startBot(opts: BotOptions): Promise<RunningBot> {
  const { config, store, log } = opts;
  // One source of time: the store's clock stamps what is stored, and the bot compares with the same.
  const clock = opts.store.clock;
  const modules = opts.modules ?? MODULES;
  const adapter = createAdapter(config);
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
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { ok: true });
    next();
  });

  await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
  const port = (server.address() as AddressInfo).port;
  log.info(
    { port, anonymous: config.anonymous, store: store.db.dialect },
    'Samsyn listening on /api/messages',
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
