// The activity catalogue (insatskatalog), administered by an admin.
import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/core';
import { catalogueCard } from '../../cards/plan';
import { ACTIVITY_TYPE_ID } from '../../domain/activities';
import { ACTIVITY_KINDS } from '../../domain/model';
import type { FlowContext } from '../context';
import { issueMessages } from '../shared';
import { stringValues } from './common';
import { fieldErrors } from './errors';

export async function catalogueView(
  ctx: FlowContext,
  extra: { errors?: string[]; notice?: string; values?: Record<string, string> } = {},
) {
  return {
    types: await ctx.store.plans.catalogue(),
    departments: ctx.config.departments,
    locale: ctx.actor.locale,
    ...extra,
  };
}

export async function showCatalogue(ctx: FlowContext): Promise<AdaptiveCard> {
  return catalogueCard(await catalogueView(ctx), ctx.t);
}

const CatalogueAdd = z.object({
  id: z.string().trim().regex(ACTIVITY_TYPE_ID),
  nameSv: z.string().trim().min(1).max(80),
  nameEn: z.string().trim().min(1).max(80),
  kind: z.enum(ACTIVITY_KINDS),
  department: z.string().trim().min(1).max(40),
});

/** Catalogue errors: the id's format and the names have their own words; the rest name the field. */
function addErrors(ctx: FlowContext, error: z.ZodError): string[] {
  const c = ctx.t.plan.catalogue;
  const named = issueMessages(error, (field) => {
    if (field === 'id') return c.idFormat;
    if (field === 'nameSv' || field === 'nameEn') return c.nameRequired;
    return '';
  }).filter(Boolean);
  const others = new z.ZodError(
    error.issues.filter((i) => !['id', 'nameSv', 'nameEn'].includes(String(i.path[0]))),
  );
  return [...named, ...(others.issues.length ? fieldErrors(ctx, others) : [])];
}

export async function catalogueAdd(
  ctx: FlowContext,
  _data: unknown,
  raw: unknown,
): Promise<AdaptiveCard> {
  const c = ctx.t.plan.catalogue;
  const values = stringValues(raw);
  const input = CatalogueAdd.safeParse(raw);
  if (!input.success)
    return catalogueCard(
      await catalogueView(ctx, { errors: addErrors(ctx, input.error), values }),
      ctx.t,
    );
  const f = input.data;
  const types = await ctx.store.plans.catalogue();
  const errors: string[] = [];
  if (types.some((x) => x.id === f.id)) errors.push(c.idTaken);
  if (!ctx.config.departments.some((d) => d.id === f.department))
    errors.push(ctx.t.plan.errors.unknown_department);
  if (errors.length) return catalogueCard(await catalogueView(ctx, { errors, values }), ctx.t);
  await ctx.store.plans.saveType(
    {
      id: f.id,
      name: { sv: f.nameSv, en: f.nameEn },
      kind: f.kind,
      departmentId: f.department,
      retired: false,
    },
    ctx.actor.id,
  );
  await ctx.audit('plan.catalogue.add', null, { typeId: f.id });
  return catalogueCard(await catalogueView(ctx, { notice: c.saved }), ctx.t);
}

function saveSchema(id: string) {
  return z.object({
    [`nameSv_${id}`]: z.string().trim().min(1).max(80),
    [`nameEn_${id}`]: z.string().trim().min(1).max(80),
    [`department_${id}`]: z.string().trim().min(1).max(40),
    [`retired_${id}`]: z
      .union([z.boolean(), z.enum(['true', 'false'])])
      .optional()
      .transform((v) => v === true || v === 'true'),
  });
}

export async function catalogueSave(
  ctx: FlowContext,
  data: { typeId: string },
  raw: unknown,
): Promise<AdaptiveCard> {
  const c = ctx.t.plan.catalogue;
  const types = await ctx.store.plans.catalogue();
  const type = types.find((x) => x.id === data.typeId);
  if (!type) return catalogueCard(await catalogueView(ctx, { errors: [c.unknownType] }), ctx.t);
  const id = type.id;
  const input = saveSchema(id).safeParse(raw);
  if (!input.success) {
    const names = input.error.issues.some((i) => /^name(Sv|En)_/.test(String(i.path[0])));
    const errors = names ? [c.nameRequired] : fieldErrors(ctx, input.error);
    return catalogueCard(await catalogueView(ctx, { errors }), ctx.t);
  }
  const f = input.data as Record<string, string | boolean>;
  const department = f[`department_${id}`] as string;
  if (!ctx.config.departments.some((d) => d.id === department))
    return catalogueCard(
      await catalogueView(ctx, { errors: [ctx.t.plan.errors.unknown_department] }),
      ctx.t,
    );
  const retired = f[`retired_${id}`] as boolean;
  await ctx.store.plans.saveType(
    {
      id,
      name: { sv: f[`nameSv_${id}`] as string, en: f[`nameEn_${id}`] as string },
      kind: type.kind,
      departmentId: department,
      retired,
    },
    ctx.actor.id,
  );
  await ctx.audit('plan.catalogue.save', null, { typeId: id, retired });
  return catalogueCard(await catalogueView(ctx, { notice: c.saved }), ctx.t);
}
