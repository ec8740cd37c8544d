import type { Actor, Participant, Role } from './types';

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

/** "En handläggare äger hela ärendet": only the owner edits and rates. */
export function isOwner(actor: Actor, p: Participant): boolean {
  return p.ownerId === actor.id;
}

export function canEditCase(actor: Actor, p: Participant): boolean {
  return hasRole(actor, 'caseworker') && isOwner(actor, p);
}

/** The name is shown to the owner only, and never for a participant with protected identity. */
export function displayName(actor: Actor, p: Participant): string | null {
  if (p.protectedIdentity) return null;
  return isOwner(actor, p) ? p.name : null;
}
