import type { DepartmentChoice } from '../../cards/participants';
import { today } from '../../domain/dates';
import type { RegistrationRules } from '../../domain/registration';
import type { FlowContext } from '../context';

/** The municipality's departments, named in the user's language. */
export function departmentChoices(ctx: FlowContext): DepartmentChoice[] {
  return ctx.config.departments.map((d) => ({ id: d.id, name: d.name[ctx.actor.locale] }));
}

export function rulesOf(ctx: FlowContext): RegistrationRules {
  return { today: today(ctx.clock), departmentIds: ctx.config.departments.map((d) => d.id) };
}

/** A staff member's display name for another caseworker's card (staff names, never participants'). */
export async function staffName(ctx: FlowContext, userId: string): Promise<string> {
  return (await ctx.store.users.get(userId))?.name ?? ctx.t.participants.someone;
}

/** The store's one sentinel for a lost compare-and-set (store/stale.ts). */
export { LostRace } from '../../store/stale';
