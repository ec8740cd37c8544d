// The administrator's roles card. Pure: data and strings in, card out.
import { z } from 'zod';
import { ROLES, type Role } from '../domain/types';
import { cardAction } from './actions';
import type { Strings } from './locales';
import {
  card,
  choiceInput,
  errorBanner,
  heading,
  notice,
  table,
  text,
  type AdaptiveCard,
} from './core';

/** The roles card's buttons: the user and the role come from the card's inputs. */
export const adminActions = {
  grant: cardAction('roles.grant', z.object({})),
  revoke: cardAction('roles.revoke', z.object({})),
} as const;

export interface RoleUserView {
  id: string;
  /** The staff member's Teams display name (staff, never participants). */
  name: string | null;
  roles: Role[];
  /** Admin through ADMIN_AAD_IDS: cannot be removed with the card. */
  configAdmin: boolean;
}

export interface RolesView {
  users: RoleUserView[];
  message?: string;
  errors?: string[];
  /** Keeps the choices after an action. */
  selected?: { userId?: string; role?: string };
}

export function rolesCard(v: RolesView, t: Strings): AdaptiveCard {
  const r = t.admin.roles;
  const label = (u: RoleUserView) => u.name ?? r.unnamed;
  const roleText = (u: RoleUserView) => {
    const names = u.roles.map((x) => t.common.roles[x]).join(', ') || r.noRoles;
    return u.configAdmin ? `${names} ${r.fromConfig}` : names;
  };
  if (v.users.length === 0) return card([heading(r.title), text(r.noUsers)]);
  return card(
    [
      heading(r.title, r.intro),
      v.message ? notice(v.message, 'good') : null,
      errorBanner(v.errors),
      table(
        [r.user, r.rolesHeader],
        v.users.map((u) => [label(u), roleText(u)]),
        { firstColumnWidth: 1 },
      ),
      choiceInput(
        'userId',
        r.user,
        v.users.map((u) => ({ title: label(u), value: u.id })),
        v.selected?.userId ?? null,
        {
          required: true,
          placeholder: t.participants.registration.choose,
          errorMessage: r.unknownUser,
        },
      ),
      choiceInput(
        'role',
        r.role,
        ROLES.map((x) => ({ title: t.common.roles[x], value: x })),
        v.selected?.role ?? null,
        {
          required: true,
          placeholder: t.participants.registration.choose,
          errorMessage: r.unknownRole,
        },
      ),
    ],
    [adminActions.grant.button(r.grant, {}), adminActions.revoke.button(r.revoke, {})],
  );
}
