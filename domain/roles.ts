// Who holds which role. Roles are stored per user; the administrators named in ADMIN_AAD_IDS are
// administrators whatever the store says (so a municipality can never lock itself out), and an
// administrator may not remove their own administrator role with the card.
import type { Role } from './types';

/** A user's roles: the stored ones, and admin when the configuration names the user. */
export function effectiveRoles(stored: readonly Role[], configAdmin: boolean): Role[] {
  return configAdmin && !stored.includes('admin') ? [...stored, 'admin'] : [...stored];
}

export type RoleChangeProblem = 'not_own_admin';

/** Why this change of a role may not be made, or null when it may. */
export function roleChangeProblem(
  op: 'grant' | 'revoke',
  role: Role,
  userId: string,
  actorId: string,
): RoleChangeProblem | null {
  if (op === 'revoke' && role === 'admin' && userId === actorId) return 'not_own_admin';
  return null;
}
