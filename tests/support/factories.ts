import { newParticipantCode } from '../../domain/code';
import type { Consent, Participant } from '../../domain/types';
import type { Store } from '../../store';
import type { NewParticipant } from '../../store/participants';

/**
 * Test setup only: a registered participant with a consent, straight into the store. Tests of
 * registration itself go through the cards; tests of later steps start from here.
 */
export async function participantWith(store: Store, ownerId: string, over: Partial<NewParticipant> = {},
  consent: Partial<Pick<Consent, 'givenOn' | 'validUntil' | 'departments'>> | null = {}): Promise<Participant> {
  let code = newParticipantCode();
  while (await store.participants.codeExists(code)) code = newParticipantCode();
  const p = await store.participants.create({
    code, name: 'Testperson', gender: 'kvinna', birthYear: 1990, startDate: '2026-01-15', departments: ['vux', 'ame', 'ifo'],
    sfiTrack: 2, sfiCourse: 'B', protectedIdentity: false, supportAtStart: 'ekonomiskt_bistand', ownerId, ...over,
  });
  if (consent) {
    await store.consents.add({
      participantId: p.id, givenOn: consent.givenOn ?? '2026-01-15', validUntil: consent.validUntil ?? '2027-12-31',
      departments: consent.departments ?? p.departments, recordedBy: ownerId,
    });
  }
  return p;
}
