import { newParticipantCode } from '../../domain/code';
import type { Consent, Participant } from '../../domain/types';
import type { Store } from '../../store';
import type { NewParticipant } from '../../store/participants';

/**
 * Test setup only: a registered participant with a consent, straight into the store. Tests of
 * registration itself go through the cards; tests of later steps start from here.
 */
export async function participantWith(
  store: Store,
  ownerId: string,
  over: Partial<NewParticipant> = {},
  consent: Partial<Pick<Consent, 'givenOn' | 'validUntil' | 'departments'>> | null = {},
): Promise<Participant> {
  let code = newParticipantCode();
  while (await store.participants.codeExists(code)) code = newParticipantCode();
  const p = await store.participants.create({
    code,
    name: 'Testperson',
    gender: 'kvinna',
    birthYear: 1990,
    startDate: '2026-01-15',
    departments: ['vux', 'ame', 'ifo'],
    sfiTrack: 2,
    sfiCourse: 'B',
    protectedIdentity: false,
    supportAtStart: 'ekonomiskt_bistand',
    ownerId,
    ...over,
  });
  if (consent) {
    await store.consents.add({
      participantId: p.id,
      givenOn: consent.givenOn ?? '2026-01-15',
      validUntil: consent.validUntil ?? '2027-12-31',
      departments: consent.departments ?? p.departments,
      recordedBy: ownerId,
    });
  }
  return p;
}

/** Test setup only: a case with data in every area: consent (and its withdrawal), a handover offer, a rating session, a plan with an
 *  activity, history and a follow-up, a correction of the registration, a draft, a forum case with a decided action, and an exit on `exitDate`. */
export async function caseWithDataEverywhere(
  store: Store,
  ownerId: string,
  otherId: string,
  exitDate: string | null,
): Promise<Participant> {
  const p = await participantWith(store, ownerId);
  const consent = await store.consents.latest(p.id);
  await store.consents.withdraw(consent!.id, '2026-11-01');
  await store.ownership.offer(p.id, ownerId, otherId);
  await store.ownership.decide(p.id, otherId, 'declined');
  await store.ratings.save({
    participantId: p.id,
    date: '2026-06-01',
    instrumentId: 'samsyn-standard',
    instrumentVersion: 1,
    scores: [{ indicatorId: 'job_belief', self: 3, staff: 2, comment: 'Vill börja praktik' }],
    jobSearchDescription: 'Fritext',
    language: 'ar',
    ratedBy: ownerId,
  });
  const plan = await store.plans.ensurePlan(p.id, ownerId);
  await store.plans.bump(p.id, plan.rev, ownerId, { goal: 'work', ownWords: 'Egna ord' });
  const act = await store.plans.addActivity({
    participantId: p.id,
    typeId: 'praktik',
    customName: null,
    kind: 'job',
    departmentId: 'ame',
    responsible: null,
    startDate: '2026-03-01',
    plannedEndDate: '2026-09-01',
    endDate: null,
    status: 'ongoing',
    cancelReason: null,
  });
  // A second activity running alongside (the figures' parallel activities).
  await store.plans.addActivity({
    participantId: p.id,
    typeId: null,
    customName: 'Språkcafé',
    kind: 'language',
    departmentId: 'vux',
    responsible: null,
    startDate: '2026-04-01',
    plannedEndDate: null,
    endDate: null,
    status: 'ongoing',
    cancelReason: null,
  });
  await store.plans.record({
    participantId: p.id,
    actorId: ownerId,
    change: 'activity.add',
    activityId: act.id,
    detail: { typeId: 'praktik' },
  });
  await store.plans.addFollowUp({
    participantId: p.id,
    dueDate: '2026-09-01',
    heldOn: '2026-09-02',
    swedishLevel: null,
    opinions: { [act.id]: 'Bra' },
    nextFollowUp: null,
    recordedBy: ownerId,
  });
  await store.records.addCorrection({
    participantId: p.id,
    field: 'birthYear',
    oldValue: '1991',
    newValue: '1990',
    correctedBy: ownerId,
  });
  await store.flows.create({
    kind: 'plan.edit',
    ownerId: ownerId,
    participantId: p.id,
    step: 'edit',
    data: {},
  });
  // A finished registration draft has no participant id, only the code and the registered values.
  await store.flows.create({
    kind: 'registration',
    ownerId: ownerId,
    step: 'done',
    data: { values: { gender: 'kvinna', birthYear: '1990' }, errors: [], code: p.code },
  });
  const { forum } = await store.forums.create({
    teamId: 'team-1',
    channelId: `ch-${p.code}`,
    conversationId: `conv-${p.code}`,
    departments: ['vux', 'ame', 'ifo'],
    createdBy: ownerId,
  });
  const { meeting } = await store.forums.startMeeting(forum.id, '2026-10-01', ownerId);
  const { item } = await store.forums.addCase(meeting.id, p.id, ownerId, 'Anna Handläggare');
  await store.forums.addAction(item.id, item.rev, {
    forumId: forum.id,
    meetingId: meeting.id,
    participantId: p.id,
    what: 'Ring AF',
    departmentId: 'ame',
    ownerId: ownerId,
    ownerName: 'Anna Handläggare',
    due: '2026-10-15',
    createdBy: ownerId,
  });
  if (exitDate) {
    await store.exits.record({
      participantId: p.id,
      date: exitDate,
      outcome: 'praktik',
      nextStep: true,
      nextStepWith: 'af',
      noNextStepReason: null,
      supportAtExit: 'etablering',
      recordedBy: ownerId,
    });
    const cur = (await store.participants.get(p.id))!;
    await store.participants.update(p.id, cur.rev, { endDate: exitDate });
  }
  return (await store.participants.get(p.id))!;
}

/**
 * Test setup only: an exit on `date` to `outcome`, a next step arranged and a wage at exit,
 * straight into the store (the participant's end date is left as it is).
 */
export async function exitRecorded(
  store: Store,
  participantId: string,
  date: string,
  recordedBy: string,
  outcome = 'arbete',
): Promise<void> {
  await store.exits.record({
    participantId,
    date,
    outcome,
    nextStep: true,
    noNextStepReason: null,
    supportAtExit: 'lon',
    recordedBy,
  });
}
