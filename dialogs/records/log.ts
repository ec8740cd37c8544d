// Log review (loggkontroll): an administrator or log reviewer reads who read or changed what, for one
// participant code, one staff member and/or a period. Reading the log is itself audited.
import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { logCard, type LogView } from '../../cards/records';
import { normalizeCode, PARTICIPANT_CODE } from '../../domain/code';
import { isValidIsoDate } from '../../domain/dates';
import { mayReviewLog, periodInstants } from '../../domain/records';
import type { FlowContext } from '../context';
import type { CardPayload } from '../route';
import { logLines } from './lines';

/** The latest entries the card shows; the CSV export has them all. */
export const LOG_CARD_ROWS = 30;

const optional = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? s : undefined));
const LogFilter = z
  .object({
    code: optional.transform((s) => (s ? normalizeCode(s) : undefined)),
    userId: optional,
    from: optional,
    to: optional,
  })
  .superRefine((f, ctx) => {
    if (f.code && !PARTICIPANT_CODE.test(f.code))
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'code' });
    for (const k of ['from', 'to'] as const)
      if (f[k] && !isValidIsoDate(f[k]!))
        ctx.addIssue({ code: 'custom', path: [k], message: 'date' });
    if (f.from && f.to && isValidIsoDate(f.from) && isValidIsoDate(f.to) && f.from > f.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'order' });
  });
type LogFilter = z.infer<typeof LogFilter>;

async function staff(ctx: FlowContext) {
  return (await ctx.store.users.list()).map((u) => ({ id: u.id, name: u.name ?? u.id }));
}

async function view(ctx: FlowContext, f: LogFilter, errors?: string[]): Promise<LogView> {
  const users = await staff(ctx);
  const base = { filter: f, users, limit: LOG_CARD_ROWS };
  if (errors?.length) return { ...base, lines: [], errors };
  const p = f.code ? await ctx.store.participants.byCode(f.code) : undefined;
  const rows = await ctx.store.records.entries({
    ...periodInstants(f.from, f.to),
    participantId: p?.id,
    code: f.code,
    actorId: f.userId,
    limit: LOG_CARD_ROWS,
  });
  await ctx.audit('audit.read', p?.id ?? null, {
    code: f.code ?? null,
    userId: f.userId ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    rows: rows.length,
  });
  return { ...base, lines: await logLines(ctx.store, rows) };
}

function problems(ctx: FlowContext, error: z.ZodError): string[] {
  const e = ctx.t.records.log.errors;
  const kinds = new Set(error.issues.map((i) => i.message));
  return (['code', 'date', 'order'] as const).filter((k) => kinds.has(k)).map((k) => e[k]);
}

/** `loggkontroll [kod]`: the card with the latest entries (for the code, when one is given). */
export async function openLog(ctx: FlowContext, args: string): Promise<AdaptiveCard> {
  if (!mayReviewLog(ctx.actor)) return refusalCard(ctx.t.records.log.notAllowed);
  return show(ctx, { code: args });
}

/** The card's Show: the filter from its inputs. */
export async function showLog(
  ctx: FlowContext,
  _data: unknown,
  payload: CardPayload,
): Promise<AdaptiveCard> {
  return show(ctx, payload);
}

async function show(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  if (!mayReviewLog(ctx.actor)) return refusalCard(ctx.t.records.log.notAllowed);
  const parsed = LogFilter.safeParse(raw);
  if (!parsed.success) {
    const echo = (raw ?? {}) as Record<string, string | undefined>;
    return logCard(
      await view(
        ctx,
        { code: echo.code, userId: echo.userId, from: echo.from, to: echo.to },
        problems(ctx, parsed.error),
      ),
      ctx.t,
    );
  }
  const users = await staff(ctx);
  if (parsed.data.userId && !users.some((u) => u.id === parsed.data.userId))
    return logCard(await view(ctx, parsed.data, [ctx.t.records.log.errors.user]), ctx.t);
  return logCard(await view(ctx, parsed.data), ctx.t);
}
