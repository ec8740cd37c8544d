// "roller" / "roles": an administrator grants and removes roles. Granting and removing are
// idempotent (a set of roles), so a double click or an old card changes nothing twice.
import { z } from 'zod';
import { rolesCard, type RoleUserView, type RolesView } from '../../cards/admin';
import type { AdaptiveCard } from '../../cards/core';
import { ROLES } from '../../domain/types';
import type { DialogModule, FlowContext } from '../context';

export const RolePayload = z.object({
  userId: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
});

async function usersView(ctx: FlowContext): Promise<RoleUserView[]> {
  const out: RoleUserView[] = [];
  for (const u of await ctx.store.users.list()) {
    const configAdmin = ctx.config.ADMIN_AAD_IDS.includes(u.id);
    const roles = await ctx.store.users.roles(u.id);
    out.push({
      id: u.id,
      name: u.name,
      roles: configAdmin && !roles.includes('admin') ? [...roles, 'admin'] : roles,
      configAdmin,
    });
  }
  return out;
}

async function view(ctx: FlowContext, extra: Omit<RolesView, 'users'> = {}): Promise<AdaptiveCard> {
  return rolesCard({ users: await usersView(ctx), ...extra }, ctx.t);
}

async function change(
  ctx: FlowContext,
  raw: unknown,
  op: 'grant' | 'revoke',
): Promise<AdaptiveCard> {
  const r = ctx.t.admin.roles;
  const body = (raw ?? {}) as Record<string, unknown>;
  const parsed = RolePayload.safeParse(raw);
  const selected = {
    userId: typeof body.userId === 'string' ? body.userId : undefined,
    role: typeof body.role === 'string' ? body.role : undefined,
  };
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    return view(ctx, {
      selected,
      errors: [
        ...(fields.has('userId') ? [r.unknownUser] : []),
        ...(fields.has('role') ? [r.unknownRole] : []),
      ],
    });
  }
  const { userId, role } = parsed.data;
  const user = await ctx.store.users.get(userId);
  if (!user) return view(ctx, { selected, errors: [r.unknownUser] });
  const who = user.name ?? r.unnamed;
  const roleName = ctx.t.common.roles[role];
  if (op === 'revoke' && role === 'admin' && userId === ctx.actor.id)
    return view(ctx, { selected, errors: [r.notOwnAdmin] });
  const changed =
    op === 'grant'
      ? await ctx.store.users.grant(userId, role, ctx.actor.id)
      : await ctx.store.users.revoke(userId, role);
  if (changed) {
    await ctx.audit(`role.${op}`, null, { userId, role });
    ctx.log.info({ userId, role, op }, 'role changed');
  }
  const message =
    op === 'grant'
      ? changed
        ? r.granted(roleName, who)
        : r.alreadyHad(roleName, who)
      : changed
        ? r.revoked(roleName, who)
        : r.didNotHave(roleName, who);
  return view(ctx, { selected, message });
}

export const adminModule: DialogModule = {
  name: 'admin',
  commands: [
    { names: ['roller', 'roles'], scope: 'personal', role: 'admin', run: (ctx) => view(ctx) },
  ],
  actions: [
    { verb: 'roles.grant', role: 'admin', run: (ctx, raw) => change(ctx, raw, 'grant') },
    { verb: 'roles.revoke', role: 'admin', run: (ctx, raw) => change(ctx, raw, 'revoke') },
  ],
};
