import { isoDateAt } from '../../domain/dates';
import { retentionDecision, retentionKey } from '../../domain/retention';
import type { DialogModule, Job, JobDeps } from '../context';
import { sendOnce } from '../jobs';

export const RETENTION_ACTOR = 'system:retention';

/**
 * Retention (gallring), once per Stockholm calendar day (claim `retention:<date>`): every participant
 * whose case has ended and whose last entry is older than RETENTION_YEARS is deleted, each in one
 * transaction that re-checks the rule, deletes every row about the participant and writes one audit
 * row `participant.culled` with the code only. A failed pass is marked failed and taken again next tick;
 * what was culled before the failure stays culled, the rest is culled then.
 */
export const retentionJob: Job = {
  name: 'retention',
  async run(deps, now) {
    const day = isoDateAt(now);
    await sendOnce(deps, 'retention', now, {
      key: retentionKey(day),
      send: async () => {
        const culled = await cullDue(deps, day, now);
        if (culled > 0) await deps.store.retention.releaseDeleted();
        deps.log.info(
          { job: 'retention', day, culled, retentionYears: deps.config.RETENTION_YEARS },
          'retention pass done',
        );
      },
    });
  },
};

/** Culls every participant due on `day`; returns how many. */
async function cullDue({ store, config, log }: JobDeps, day: string, now: Date): Promise<number> {
  let culled = 0;
  for (const c of await store.retention.endedCandidates()) {
    if (!retentionDecision(c, day, config.RETENTION_YEARS).due) continue;
    const counts = await store.transaction(async (s) => {
      // Again inside the transaction: an entry written since the list was read keeps the case.
      const [fresh] = await s.retention.endedCandidates(c.participantId);
      if (!fresh || !retentionDecision(fresh, day, config.RETENTION_YEARS).due) return null;
      const n = await s.retention.cull(c.participantId);
      await s.audit.write(
        {
          actorId: RETENTION_ACTOR,
          action: 'participant.culled',
          participantId: c.participantId,
          detail: { code: c.code },
        },
        now,
      );
      return n;
    });
    if (counts) {
      culled += 1;
      log.info(
        { job: 'retention', participantId: c.participantId, rows: counts },
        'participant culled',
      );
    }
  }
  return culled;
}

export const retentionModule: DialogModule = {
  name: 'retention',
  jobs: [retentionJob],
};
