// The administrator's area: roles.
import { adminActions } from '../../cards/admin';
import type { DialogModule } from '../context';
import { route } from '../route';
import { changeRole, rolesView } from './roles';

export const adminModule: DialogModule = {
  name: 'admin',
  commands: [
    { names: ['roller', 'roles'], scope: 'personal', role: 'admin', run: (ctx) => rolesView(ctx) },
  ],
  actions: [
    route(adminActions.grant, { role: 'admin' }, changeRole('grant')),
    route(adminActions.revoke, { role: 'admin' }, changeRole('revoke')),
  ],
};
