import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REMIND_DAYS_BEFORE,
  caseAdmission,
  casePostedKey,
  checkAction,
  closesEarly,
  forumSignals,
  meetingDateProblems,
  noticeDue,
  noticeKey,
  dueForReminder,
  forumAllows,
  inForumPlace,
  isOverdue,
  mayRemind,
  openFromEarlier,
  reminderKey,
  shareableActivity,
  shareableScores,
  visibleAgenda,
} from '../../domain/forum';
import type { Actor, Consent, Participant } from '../../domain/types';

const consent = (over: Partial<Consent> = {}): Consent => ({
  id: 'c1',
  participantId: 'p1',
  givenOn: '2026-01-15',
  departments: ['vux', 'ame', 'ifo'],
  validUntil: '2026-12-31',
  withdrawnOn: null,
  recordedBy: 'cw',
  recordedAt: '2026-01-15T10:00:00Z',
  ...over,
});
const active = { endDate: null };

describe('bringing a case to a forum meeting', () => {
  it('admits a participant whose consent covers every forum department on the meeting date', () => {
    expect(caseAdmission(active, consent(), ['vux', 'ame'], '2026-11-30')).toEqual({ ok: true });
  });

  it('refuses a consent that does not cover a department of the forum, naming it', () => {
    expect(
      caseAdmission(
        active,
        consent({ departments: ['vux'] }),
        ['vux', 'ame', 'flykting'],
        '2026-11-30',
      ),
    ).toEqual({ ok: false, reason: 'not_covered', missing: ['ame', 'flykting'] });
  });

  it('refuses a consent that has expired by the meeting date, even if valid today', () => {
    expect(
      caseAdmission(active, consent({ validUntil: '2026-11-29' }), ['vux'], '2026-11-30'),
    ).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('refuses a withdrawn or missing consent', () => {
    expect(
      caseAdmission(active, consent({ withdrawnOn: '2026-11-01' }), ['vux'], '2026-11-30'),
    ).toMatchObject({ reason: 'withdrawn' });
    expect(caseAdmission(active, undefined, ['vux'], '2026-11-30')).toMatchObject({
      reason: 'missing',
    });
  });

  it('refuses a participant who left before the meeting', () => {
    expect(
      caseAdmission({ endDate: '2026-11-01' }, consent(), ['vux'], '2026-11-30'),
    ).toMatchObject({ reason: 'exited' });
  });
});

describe("where the forum's cards may be acted on", () => {
  const forum = { teamId: 't1', channelId: '19:forum' };

  it("in the forum's own channel, every act", () => {
    for (const act of [
      'view',
      'viewCase',
      'addCase',
      'decide',
      'startMeeting',
      'closeMeeting',
    ] as const) {
      expect(
        inForumPlace(act, { kind: 'channel', teamId: 't1', channelId: '19:forum' }, forum),
      ).toBe(true);
    }
  });

  it('never in another channel of the team, another team or a group chat', () => {
    expect(
      inForumPlace('view', { kind: 'channel', teamId: 't1', channelId: '19:general' }, forum),
    ).toBe(false);
    expect(
      inForumPlace('closeMeeting', { kind: 'channel', teamId: 't2', channelId: '19:forum' }, forum),
    ).toBe(false);
    expect(
      inForumPlace('viewCase', { kind: 'groupChat', teamId: null, channelId: null }, forum),
    ).toBe(false);
  });

  it('from personal chat only to bring a case', () => {
    const personal = { kind: 'personal', teamId: null, channelId: null } as const;
    expect(inForumPlace('addCase', personal, forum)).toBe(true);
    expect(inForumPlace('viewCase', personal, forum)).toBe(false);
    expect(inForumPlace('closeMeeting', personal, forum)).toBe(false);
  });
});

describe('the agenda as it stands', () => {
  it('drops a case at once when its consent is withdrawn before the meeting', () => {
    const cases = [{ participantId: 'p1' }, { participantId: 'p2' }];
    const consents = new Map([
      ['p1', consent()],
      ['p2', consent({ participantId: 'p2', withdrawnOn: '2026-11-24' })],
    ]);
    expect(visibleAgenda(cases, consents, ['vux'], '2026-11-30')).toEqual([
      { participantId: 'p1' },
    ]);
  });

  it('never shows a case whose consent would refuse it (property)', () => {
    const date = fc
      .integer({ min: 1, max: 28 })
      .map((d) => `2026-11-${String(d).padStart(2, '0')}`);
    const depts = fc.subarray(['vux', 'ame', 'ifo', 'flykting', 'af']);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ given: date, until: date, withdrawn: fc.option(date), departments: depts }),
          { minLength: 1, maxLength: 8 },
        ),
        depts,
        date,
        (rows, forumDepts, meetingDate) => {
          const consents = new Map(
            rows.map((r, i) => [
              `p${i}`,
              consent({
                participantId: `p${i}`,
                givenOn: r.given,
                validUntil: r.until,
                withdrawnOn: r.withdrawn,
                departments: r.departments,
              }),
            ]),
          );
          const cases = rows.map((_, i) => ({ participantId: `p${i}` }));
          const shown = visibleAgenda(cases, consents, forumDepts, meetingDate);
          for (const c of cases) {
            const admitted = caseAdmission(
              active,
              consents.get(c.participantId),
              forumDepts,
              meetingDate,
            ).ok;
            expect(shown.includes(c)).toBe(admitted);
          }
        },
      ),
    );
  });
});

describe('who may do what in the forum', () => {
  const actor = (roles: Actor['roles'], id = 'u1'): Actor => ({
    id,
    name: 'X',
    roles,
    locale: 'sv',
  });
  const own = { ownerId: 'u1' } as Participant;
  const other = { ownerId: 'u2' } as Participant;

  it('refuses everything to someone outside the team, whatever their roles', () => {
    for (const act of [
      'setup',
      'view',
      'startMeeting',
      'closeMeeting',
      'addCase',
      'viewCase',
      'decide',
    ] as const) {
      expect(
        forumAllows(actor(['forum_member', 'caseworker', 'admin']), act, {
          teamMember: false,
          participant: own,
        }),
      ).toBe(false);
    }
  });

  it('lets a forum member run the forum and decide on any case, but not bring a case that is not theirs', () => {
    const m = actor(['forum_member']);
    expect(forumAllows(m, 'startMeeting', { teamMember: true })).toBe(true);
    expect(forumAllows(m, 'decide', { teamMember: true, participant: other })).toBe(true);
    expect(forumAllows(m, 'addCase', { teamMember: true, participant: other })).toBe(false);
  });

  it('lets a caseworker bring and see their own case only', () => {
    const c = actor(['caseworker']);
    expect(forumAllows(c, 'addCase', { teamMember: true, participant: own })).toBe(true);
    expect(forumAllows(c, 'viewCase', { teamMember: true, participant: own })).toBe(true);
    expect(forumAllows(c, 'viewCase', { teamMember: true, participant: other })).toBe(false);
    expect(forumAllows(c, 'startMeeting', { teamMember: true })).toBe(false);
  });
});

describe('what a case card may show', () => {
  it('leaves out health scores and every comment', () => {
    const shown = shareableScores([
      { indicatorId: 'job_belief', self: 2, staff: 3, comment: 'fritext' },
      { indicatorId: 'health', self: 1, staff: 1 },
    ]);
    expect(shown).toEqual([{ indicatorId: 'job_belief', self: 2, staff: 3 }]);
  });

  it('leaves out health activities', () => {
    expect(shareableActivity({ kind: 'health' })).toBe(false);
    expect(shareableActivity({ kind: 'job' })).toBe(true);
  });
});

describe('actions', () => {
  const a = (
    over: Partial<{
      id: string;
      status: 'open' | 'done';
      due: string;
      meetingId: string;
      ownerId: string | null;
    }>,
  ) => ({
    id: 'a1',
    status: 'open' as const,
    due: '2026-12-01',
    meetingId: 'm1',
    ownerId: 'u1',
    ...over,
  });

  it('is overdue only when open and past its due date', () => {
    expect(isOverdue(a({ due: '2026-11-30' }), '2026-12-01')).toBe(true);
    expect(isOverdue(a({ due: '2026-12-01' }), '2026-12-01')).toBe(false);
    expect(isOverdue(a({ due: '2026-11-30', status: 'done' }), '2026-12-01')).toBe(false);
  });

  it('lists open actions from earlier meetings, soonest due first', () => {
    const list = [
      a({ id: 'x', due: '2026-12-05', meetingId: 'm0' }),
      a({ id: 'y', due: '2026-12-01', meetingId: 'm0' }),
      a({ id: 'z', meetingId: 'm1' }),
      a({ id: 'w', status: 'done', meetingId: 'm0' }),
    ];
    expect(openFromEarlier(list, 'm1').map((x) => x.id)).toEqual(['y', 'x']);
  });

  it('reminds of open actions with an owner due today or earlier, keyed by action and due date', () => {
    const list = [
      a({ id: 'due' }),
      a({ id: 'late', due: '2026-11-20' }),
      a({ id: 'later', due: '2026-12-02' }),
      a({ id: 'nobody', ownerId: null }),
      a({ id: 'done', status: 'done' }),
    ];
    expect(dueForReminder(list, '2026-12-01').map((x) => x.id)).toEqual(['due', 'late']);
    expect(reminderKey({ id: 'a1', due: '2026-12-01' })).toBe('forum.action.due:a1:2026-12-01');
  });

  it('reminds another department of an action only while the consent covers the forum; the own caseworker always', () => {
    const withdrawn = consent({ withdrawnOn: '2026-11-25' });
    expect(mayRemind('u2', { ownerId: 'u1' }, withdrawn, ['vux'], '2026-12-01')).toBe(false);
    expect(mayRemind('u1', { ownerId: 'u1' }, withdrawn, ['vux'], '2026-12-01')).toBe(true);
    expect(mayRemind('u2', { ownerId: 'u1' }, consent(), ['vux'], '2026-12-01')).toBe(true);
  });

  it('checks department, owner and a real due date not before the meeting', () => {
    const forum = { departments: ['vux', 'ame'], members: ['u1'], meetingDate: '2026-11-30' };
    expect(
      checkAction(
        { what: 'Boka möte', departmentId: 'ame', ownerId: 'u1', due: '2026-12-10' },
        forum,
      ),
    ).toEqual([]);
    expect(
      checkAction({ what: ' ', departmentId: 'ifo', ownerId: 'u9', due: '2026-02-30' }, forum),
    ).toEqual(['what', 'department', 'owner', 'due']);
    expect(
      checkAction({ what: 'x', departmentId: 'vux', ownerId: 'u1', due: '2026-11-29' }, forum),
    ).toEqual(['dueBeforeMeeting']);
  });
});

describe('meetings and notices (issue 11)', () => {
  it('a meeting date: a real date, today or later', () => {
    expect(meetingDateProblems('2026-11-23', '2026-11-23')).toEqual([]);
    expect(meetingDateProblems('2026-11-22', '2026-11-23')).toEqual(['past']);
    expect(meetingDateProblems('2026-02-30', '2026-11-23')).toEqual(['invalid']);
    expect(meetingDateProblems('30/11', '2026-11-23')).toEqual(['invalid']);
    expect(meetingDateProblems('', '2026-11-23')).toEqual(['invalid']);
  });

  it('closing is early before the meeting date only', () => {
    expect(closesEarly({ date: '2026-11-30' }, '2026-11-23')).toBe(true);
    expect(closesEarly({ date: '2026-11-30' }, '2026-11-30')).toBe(false);
  });

  it('tells the owner at once, a few days before the due date, and on it; only the latest that applies', () => {
    const a = { status: 'open' as const, ownerId: 'u', due: '2026-12-10', decidedOn: '2026-11-30' };
    expect(noticeDue(a, '2026-11-30')).toBe('assigned');
    expect(noticeDue(a, '2026-12-06')).toBe('assigned');
    expect(noticeDue(a, `2026-12-0${10 - REMIND_DAYS_BEFORE}`)).toBe('soon');
    expect(noticeDue(a, '2026-12-10')).toBe('due');
    expect(noticeDue(a, '2026-12-20')).toBe('due');
    // Given inside the window: no separate "soon".
    expect(noticeDue({ ...a, decidedOn: '2026-12-08' }, '2026-12-08')).toBe('assigned');
    expect(noticeDue({ ...a, status: 'done' }, '2026-12-10')).toBeNull();
    expect(noticeDue({ ...a, ownerId: null }, '2026-12-10')).toBeNull();
    const keys = (['assigned', 'soon', 'due'] as const).map((k) =>
      noticeKey(k, { id: 'x', due: a.due }),
    );
    expect(new Set(keys).size).toBe(3);
    expect(keys[2]).toBe(reminderKey({ id: 'x', due: a.due }));
  });

  it('a case card is posted once per case (and the key names the participant, for retention)', () => {
    expect(casePostedKey({ id: 'c1', participantId: 'p1' })).toContain('p1');
    expect(casePostedKey({ id: 'c1', participantId: 'p1' })).not.toBe(
      casePostedKey({ id: 'c2', participantId: 'p1' }),
    );
  });

  it('signals on what the forum sees: uniform top, a large gap, stagnation', () => {
    const session = (date: string, self: number, staff: number) => ({
      id: date,
      revision: 1,
      participantId: 'p1',
      date,
      instrumentId: 'samsyn-standard',
      instrumentVersion: 1,
      jobSearchDescription: null,
      ratedBy: 'cw',
      scores: ['job_belief', 'next_steps', 'swedish'].map((indicatorId) => ({
        indicatorId,
        self,
        staff,
      })),
    });
    const none = () => false;
    expect(forumSignals([session('2026-01-01', 5, 2)] as never, none)).toEqual([
      'uniformTop',
      'largeGap',
    ]);
    expect(forumSignals([session('2026-01-01', 3, 3)] as never, none)).toEqual([]);
  });
});
