// npm run rebuild-figures
// Throws away the figure facts (migration 007) of the store named by DATABASE_URL and computes them
// again from the raw rows (sessions, activities), in one transaction. The bot maintains them on every
// write and rebuilds them at start when the rules they were computed with changed; this is for an
// operator who wants to be sure (the test suite checks maintained == rebuilt). Prints counts only.
// Exit code 0: rebuilt; 2: bad configuration.
import { cliConfig, runAsMain } from './cli';
import { systemClock } from '../domain/dates';
import { openStore } from '../store';

export async function runRebuild(
  env: Record<string, string | undefined>,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const config = cliConfig(env, err);
  if (!config) return 2;
  const store = await openStore(config.DATABASE_URL, systemClock);
  try {
    const t0 = performance.now();
    const n = await store.figures.rebuild();
    const ms = (performance.now() - t0).toFixed(0);
    out(
      `figure facts rebuilt: ${n.participants} participants, ${n.points} rating points, ${n.activities} activities (${ms} ms)`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) runAsMain((out, err) => runRebuild(process.env, out, err));
