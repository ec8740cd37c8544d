// The participant and consent rows as the domain's types, and the participant columns a patch may
// change (store/participants.ts).
import type { Consent, Participant } from '../domain/types';
import type { ParticipantPatch } from './participants';
import type { ConsentDbRow, ParticipantDbRow } from './rows';

export const toParticipant = (r: ParticipantDbRow): Participant => ({
  id: r.id,
  code: r.code,
  name: r.name,
  gender: r.gender,
  birthYear: r.birth_year,
  startDate: r.start_date,
  endDate: r.end_date,
  departments: JSON.parse(r.departments),
  sfiTrack: r.sfi_track ?? null,
  sfiCourse: r.sfi_course ?? null,
  protectedIdentity: !!r.protected_identity,
  supportAtStart: r.support_at_start ?? null,
  languages: r.languages ? (JSON.parse(r.languages) as string[]) : [],
  ownerId: r.owner_id,
  pendingOwnerId: r.pending_owner_id ?? null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  rev: r.rev,
});

export const COLUMNS: Record<keyof ParticipantPatch, string> = {
  name: 'name',
  gender: 'gender',
  birthYear: 'birth_year',
  startDate: 'start_date',
  endDate: 'end_date',
  departments: 'departments',
  sfiTrack: 'sfi_track',
  sfiCourse: 'sfi_course',
  protectedIdentity: 'protected_identity',
  supportAtStart: 'support_at_start',
  languages: 'languages',
  ownerId: 'owner_id',
  pendingOwnerId: 'pending_owner_id',
};

export function columnValue(key: keyof ParticipantPatch, v: unknown): string | number | null {
  if (v === undefined || v === null) return null;
  if (key === 'departments' || key === 'languages') return JSON.stringify(v);
  if (key === 'protectedIdentity') return v ? 1 : 0;
  return v as string | number;
}

export const toConsent = (r: ConsentDbRow): Consent => ({
  id: r.id,
  participantId: r.participant_id,
  givenOn: r.given_on,
  departments: JSON.parse(r.departments),
  validUntil: r.valid_until,
  withdrawnOn: r.withdrawn_on ?? null,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});
