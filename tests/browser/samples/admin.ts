import { rolesCard } from '../../../cards/admin';
import type { CardSample } from './types';

export const samples: CardSample[] = [
  {
    name: 'admin.roles',
    build: (t) =>
      rolesCard(
        {
          users: [
            { id: 'admin-1', name: 'Astrid Admin', roles: ['admin'], configAdmin: true },
            {
              id: 'cw-anna',
              name: 'Anna Handläggare',
              roles: ['caseworker', 'forum_member'],
              configAdmin: false,
            },
            { id: 'u3', name: null, roles: [], configAdmin: false },
          ],
          message: t.admin.roles.granted(t.common.roles.caseworker, 'Anna Handläggare'),
          selected: { userId: 'cw-anna', role: 'caseworker' },
        },
        t,
      ),
  },
  {
    name: 'admin.roles.errors',
    build: (t) =>
      rolesCard(
        {
          users: [{ id: 'u3', name: 'Utan Roll', roles: [], configAdmin: false }],
          errors: [t.admin.roles.unknownUser, t.admin.roles.unknownRole],
        },
        t,
      ),
  },
  { name: 'admin.roles.empty', build: (t) => rolesCard({ users: [] }, t) },
];
