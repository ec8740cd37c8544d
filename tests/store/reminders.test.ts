import { beforeAll, expect, it } from 'vitest';
import { sixMonthKey } from '../../dialogs/exit/sixmonths';
import { expiryKey } from '../../dialogs/participants/expiry';
import { followUpKey } from '../../dialogs/plan/reminder';
import type { Store } from '../../store';
import { exitRecorded, participantWith } from '../support/factories';
import { describeEachStore } from './targets';

/**
 * What the reminder jobs read each minute (issue 15: a region's scheduler tick): only what is due,
 * of participants not exited, and not already sent under the very key the job claims; what failed
 * to send stays in, to be tried again. The consent reminder reads the consent in force only.
 */
describeEachStore('reminders due on %s', (_target, shared) => {
  let store: Store;
  beforeAll(() => {
    store = shared();
  });

  const person = async () => (await participantWith(store, 'cw-anna', {}, null)).id;
  const exited = async () => {
    const p = await participantWith(store, 'cw-anna', {}, null);
    await store.participants.update(p.id, p.rev, { endDate: '2026-06-01' });
    return p.id;
  };
  const sent = async (key: string) => {
    expect(await store.dispatches.claim(key)).toBe(true);
    await store.dispatches.sent(key);
  };
  const failed = async (key: string) => {
    expect(await store.dispatches.claim(key)).toBe(true);
    await store.dispatches.failed(key, 'undelivered');
  };

  it('follow-ups: due, not exited, not sent for that date', async () => {
    const withFollowUp = async (pid: string, date: string) => {
      await store.plans.ensurePlan(pid, 'cw-anna');
      await store.plans.bump(pid, 1, 'cw-anna', { nextFollowUp: date });
      return pid;
    };
    const due = await withFollowUp(await person(), '2026-11-20');
    const today = await withFollowUp(await person(), '2026-11-23');
    const later = await withFollowUp(await person(), '2026-11-24');
    const gone = await withFollowUp(await exited(), '2026-11-20');
    const done = await withFollowUp(await person(), '2026-11-10');
    await sent(followUpKey(done, '2026-11-10'));
    const undelivered = await withFollowUp(await person(), '2026-11-11');
    await failed(followUpKey(undelivered, '2026-11-11'));
    // Sent for an earlier date: the new date is due again.
    const moved = await withFollowUp(await person(), '2026-11-21');
    await sent(followUpKey(moved, '2026-10-21'));

    const got = (await store.plans.followUpsToRemind('2026-11-23', 'followup:')).map(
      (p) => p.participantId,
    );
    expect(got.sort()).toEqual([due, today, undelivered, moved].sort());
    expect(got).not.toContain(later);
    expect(got).not.toContain(gone);
    expect(got).not.toContain(done);
  });

  it('six-month questions: exited on or before the day given, unanswered, not sent', async () => {
    const exit = async (pid: string, date: string) => {
      await exitRecorded(store, pid, date, 'cw-anna');
      return pid;
    };
    const due = await exit(await person(), '2026-05-20');
    const edge = await exit(await person(), '2026-05-23');
    const later = await exit(await person(), '2026-05-24');
    const answered = await exit(await person(), '2026-05-01');
    await store.exits.recordSelfSupport(answered, true);
    const asked = await exit(await person(), '2026-05-02');
    await sent(sixMonthKey(asked));
    const undelivered = await exit(await person(), '2026-05-03');
    await failed(sixMonthKey(undelivered));

    const got = (await store.exits.sixMonthsToRemind('2026-05-23', 'exit6m:')).map(
      (e) => e.participantId,
    );
    expect(got.sort()).toEqual([due, edge, undelivered].sort());
    expect(got).not.toContain(later);
    expect(got).not.toContain(answered);
    expect(got).not.toContain(asked);
  });

  it('expiring consents: the consent in force, valid until a day in the window, not sent', async () => {
    const consent = (pid: string, validUntil: string) =>
      store.consents.add({
        participantId: pid,
        givenOn: '2026-01-15',
        departments: ['vux'],
        validUntil,
        recordedBy: 'cw-anna',
      });
    const inWindow = await consent(await person(), '2026-12-10');
    const first = await consent(await person(), '2026-12-31');
    const last = await consent(await person(), '2026-12-24');
    const later = await consent(await person(), '2027-01-10');
    const expired = await consent(await person(), '2026-11-22');
    // Renewed: the old consent ends in the window, the one in force does not.
    const renewedPid = await person();
    const old = await consent(renewedPid, '2026-12-05');
    const renewal = await consent(renewedPid, '2027-06-30');
    const gone = await consent(await exited(), '2026-12-10');
    const reminded = await consent(await person(), '2026-12-11');
    await sent(expiryKey(reminded.id));
    const undelivered = await consent(await person(), '2026-12-12');
    await failed(expiryKey(undelivered.id));

    const got = (
      await store.consents.expiringToRemind('2026-11-23', '2026-12-31', 'consent-expiring:')
    ).map((c) => c.id);
    expect(got.sort()).toEqual([inWindow.id, first.id, last.id, undelivered.id].sort());
    for (const c of [later, expired, old, renewal, gone, reminded]) expect(got).not.toContain(c.id);
  });
});
