import { loadConfig, ConfigError } from './config';
import { createLogger } from './logger';
import { openStore } from '../store';
import { systemClock } from '../domain/dates';
import { startBot } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL);
  const store = await openStore(config.DATABASE_URL, systemClock);
  const bot = await startBot({ config, store, log });
  const stop = async () => {
    log.info('shutting down');
    await bot.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
