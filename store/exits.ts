// Exits (avslut): one per participant, and the six-month question after it.
import type { Exit } from '../domain/model';
import { notSent } from './core';
import { Repository } from './repository';
import type { ExitDbRow } from './rows';
import { toExit } from './plans-rows';

type ExitFacts = Pick<
  Exit,
  'date' | 'outcome' | 'nextStep' | 'nextStepWith' | 'noNextStepReason' | 'supportAtExit'
>;

/** The exit's own columns, exit_date to support_at_exit, in that order (record and correct). */
const exitValues = (e: ExitFacts) => [
  e.date,
  e.outcome,
  e.nextStep ? 1 : 0,
  e.nextStepWith ?? null,
  e.noNextStepReason,
  e.supportAtExit,
];

/** Exits (avslut): one per participant. `store.exits`. */
export class Exits extends Repository {
  async exitFor(participantId: string): Promise<Exit | undefined> {
    const r = await this.db.get<ExitDbRow>('SELECT * FROM exits WHERE participant_id = ?', [
      participantId,
    ]);
    return r && toExit(r);
  }
  /**
   * What the six-month question may have to be sent for: exits on or before the date with no answer
   * recorded and no sent dispatch `${keyPrefix}${participant id}` (dialogs/exit/sixmonths.ts).
   */
  async sixMonthsToRemind(exitedOnOrBefore: string, keyPrefix: string): Promise<Exit[]> {
    return (
      await this.offLoop<ExitDbRow>(
        `SELECT e.* FROM exits e WHERE e.self_support_after_6m IS NULL AND e.exit_date <= ?
           AND ${notSent('? || e.participant_id')}
         ORDER BY e.exit_date, e.participant_id`,
        [exitedOnOrBefore, keyPrefix],
      )
    ).map(toExit);
  }
  async allExits(): Promise<Exit[]> {
    return (
      await this.db.all<ExitDbRow>('SELECT * FROM exits ORDER BY exit_date, participant_id')
    ).map(toExit);
  }
  /** Records the exit; false when one is already recorded (a double submit writes nothing). */
  async record(
    e: Omit<Exit, 'selfSupportAfter6m' | 'recordedAt' | 'selfSupportRecordedAt'> & {
      recordedBy: string;
    },
  ): Promise<boolean> {
    const n = await this.db.run(
      `INSERT INTO exits (participant_id, exit_date, outcome, next_step, next_step_with, no_next_step_reason, support_at_exit,
         self_support_after_6m, self_support_recorded_at, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)
       ON CONFLICT (participant_id) DO NOTHING`,
      [e.participantId, ...exitValues(e), e.recordedBy, this.now()],
    );
    return n > 0;
  }
  /** Corrects a recorded exit (the owner's art. 16 correction); who and when go to the plan history. */
  async correct(participantId: string, e: ExitFacts): Promise<boolean> {
    const n = await this.db.run(
      `UPDATE exits SET exit_date = ?, outcome = ?, next_step = ?, next_step_with = ?, no_next_step_reason = ?, support_at_exit = ?
       WHERE participant_id = ?`,
      [...exitValues(e), participantId],
    );
    return n > 0;
  }
  /** Records the six-month answer once; false when already recorded (a second click changes nothing). */
  async recordSelfSupport(participantId: string, selfSupport: boolean): Promise<boolean> {
    const n = await this.db.run(
      'UPDATE exits SET self_support_after_6m = ?, self_support_recorded_at = ? WHERE participant_id = ? AND self_support_after_6m IS NULL',
      [selfSupport ? 1 : 0, this.now(), participantId],
    );
    return n > 0;
  }
}
