// "roller" / "roles": an administrator grants and removes roles. Granting and removing are
// idempotent (a set of roles), so a double click or an old card changes nothing twice.
import { z } from 'zod';
import { rolesCard, type RoleUserView, type RolesView } from '../../cards/admin';
import type { AdaptiveCard } from '../../cards/core';
import { effectiveRoles, roleChangeProblem } from '../../domain/roles';
import { ROLES } from '../../domain/types';
import type { FlowContext } from '../context';
import type { CardPayload } from '../route';

export const RolePayload = z.object({
  userId: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
});

async function usersView(ctx: FlowContext): Promise<RoleUserView[]> {
  const out: RoleUserView[] = [];
  for (const u of await ctx.store.users.list()) {
    const configAdmin = ctx.config.ADMIN_AAD_IDS.includes(u.id);
    const roles = effectiveRoles(await ctx.store.users.roles(u.id), configAdmin);
    out.push({ id: u.id, name: u.name, roles, configAdmin });
  }
  return out;
}

export async function rolesView(
  ctx: FlowContext,
  extra: Omit<RolesView, 'users'> = {},
): Promise<AdaptiveCard> {
  return rolesCard({ users: await usersView(ctx), ...extra }, ctx.t);
}

function inputErrors(ctx: FlowContext, error: z.ZodError): string[] {
  const r = ctx.t.admin.roles;
  const fields = new Set(error.issues.map((i) => String(i.path[0])));
  return [
    ...(fields.has('userId') ? [r.unknownUser] : []),
    ...(fields.has('role') ? [r.unknownRole] : []),
  ];
}

function outcomeMessage(
  ctx: FlowContext,
  op: 'grant' | 'revoke',
  changed: boolean,
  roleName: string,
  who: string,
): string {
  const r = ctx.t.admin.roles;
  if (op === 'grant') return changed ? r.granted(roleName, who) : r.alreadyHad(roleName, who);
  return changed ? r.revoked(roleName, who) : r.didNotHave(roleName, who);
}

/** Grants or removes the role chosen on the card; the card shows what changed. */
export function changeRole(op: 'grant' | 'revoke') {
  return async (ctx: FlowContext, _data: unknown, payload: CardPayload): Promise<AdaptiveCard> => {
    const r = ctx.t.admin.roles;
    const selected = {
      userId: typeof payload.userId === 'string' ? payload.userId : undefined,
      role: typeof payload.role === 'string' ? payload.role : undefined,
    };
    const parsed = RolePayload.safeParse(payload);
    if (!parsed.success)
      return rolesView(ctx, { selected, errors: inputErrors(ctx, parsed.error) });
    const { userId, role } = parsed.data;
    const user = await ctx.store.users.get(userId);
    if (!user) return rolesView(ctx, { selected, errors: [r.unknownUser] });
    if (roleChangeProblem(op, role, userId, ctx.actor.id) === 'not_own_admin')
      return rolesView(ctx, { selected, errors: [r.notOwnAdmin] });
    const changed =
      op === 'grant'
        ? await ctx.store.users.grant(userId, role, ctx.actor.id)
        : await ctx.store.users.revoke(userId, role);
    if (changed) {
      await ctx.audit(`role.${op}`, null, { userId, role });
      ctx.log.info({ userId, role, op }, 'role changed');
    }
    const message = outcomeMessage(
      ctx,
      op,
      changed,
      ctx.t.common.roles[role],
      user.name ?? r.unnamed,
    );
    return rolesView(ctx, { selected, message });
  };
}
