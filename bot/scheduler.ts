import { Cron } from 'croner';
import type { Job, JobDeps } from '../dialogs/context';
import { TIME_ZONE } from '../domain/dates';

/**
 * Runs the dialogs' jobs (reminders, digests) on every tick. Jobs decide for themselves what is
 * due at `now` and claim each send once in the store, so a tick may run any number of times, on
 * any number of instances, and after any downtime: what fell due while the bot was down is sent
 * on the first tick after start, and nothing is sent twice.
 */
export class Scheduler {
  private cron: Cron | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly jobs: Job[],
    private readonly deps: JobDeps,
  ) {}

  /** One pass over every job at the clock's now. Errors of one job are logged and do not stop the others. */
  async tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      const now = this.deps.clock.now();
      for (const job of this.jobs) {
        try {
          await job.run(this.deps, now);
        } catch (err) {
          this.deps.log.error(
            { job: job.name, err: (err as Error).message },
            'scheduled job failed; retried next tick',
          );
        }
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Ticks every minute (Europe/Stockholm), and once at start to catch up on what fell due while down. */
  start(): void {
    this.cron = new Cron('* * * * *', { timezone: TIME_ZONE, protect: true }, () => this.tick());
    void this.tick();
  }

  async stop(): Promise<void> {
    this.cron?.stop();
    this.cron = null;
    if (this.running) await this.running;
  }
}
