import { z } from 'zod';
import { ISO_DATE } from '../domain/dates';
import { DEFAULT_DEPARTMENTS, mergeDepartments } from '../domain/departments';
import type { Department } from '../domain/types';

const csv = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
const bool = (dflt: 'true' | 'false') =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(dflt)
    .transform((v) => v === 'true' || v === '1');

const DepartmentSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]{2,32}$/, 'id: lower-case letters, digits and _'),
  name: z.object({ sv: z.string().min(1), en: z.string().min(1) }),
  external: z.boolean().optional(),
});

const jsonDepartments = z
  .string()
  .default('')
  .transform((s, ctx) => {
    if (!s.trim()) return [] as Department[];
    try {
      const parsed = z.array(DepartmentSchema).safeParse(JSON.parse(s));
      if (parsed.success) return parsed.data;
      ctx.addIssue({
        code: 'custom',
        message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array of {id, name: {sv, en}}' });
    }
    return z.NEVER;
  });

/** An optional setting: unset and empty (`HOST=` as in .env.example) both mean "not given". */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    schema.optional(),
  );

const isoDate = z.string().regex(ISO_DATE, 'must be a date YYYY-MM-DD');

/** Every setting Samsyn reads from the environment; `.env.example` explains each one. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Address to listen on; unset: 127.0.0.1 in anonymous mode, every interface with BOT_ID set. */
  HOST: optional(z.string().trim()),
  /** Largest request body accepted on /api/messages (Teams activities are a few hundred KB at most). */
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(64 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  /**
   * How long an idle connection to the server stays open. Longer than the idle timeout of whatever
   * sits in front (a load balancer or proxy reuses its connections until then: one the server has
   * just closed gets the caller a 502); Node's own default is 5 s.
   */
  HTTP_KEEP_ALIVE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  /** Time limit for fetching the Bot Framework signing keys (each of the two fetches). */
  AUTH_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(5_000),
  /** Where the signing keys are found; the default is the public Bot Framework cloud's. */
  BOT_OPENID_METADATA_URL: optional(z.string().url()),
  BOT_ID: z.string().default(''),
  BOT_PASSWORD: z.string().default(''),
  BOT_TENANT_ID: z.string().default(''),
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  DATABASE_URL: z.string().min(1).default('./data/samsyn.db'),
  ADMIN_AAD_IDS: csv,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEPARTMENTS_EXTRA: jsonDepartments,
  PROGRESSION_MIN_RISEN: z.coerce.number().int().min(1).max(20).default(3),
  RATING_INTERVAL_WEEKS: z.coerce.number().int().min(1).max(104).default(12),
  RETENTION_YEARS: z.coerce.number().int().min(1).max(50).default(5),
  CONSENT_WARNING_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  SCHEDULER_ENABLED: bool('true'),
  DIGEST_CRON: z.string().default('0 8 * * 1'),
  DIGEST_START_DATE: isoDate.default('2026-01-01'),
  EXIT_TARGET_SHARE: z.coerce.number().min(0).max(1).default(0.3),
  SMALL_GROUP_MIN: z.coerce.number().int().min(1).max(100).default(5),
  AUDIT_SAMPLE_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  // Where Teams fetches the card pictures (GET /img/<name>.png on this server): the bot's own https
  // address in production; empty means http://localhost:<PORT> (the Agents Playground).
  PUBLIC_URL: z
    .string()
    .trim()
    .regex(
      /^(https?:\/\/[^\s/?#]+)?$/,
      'must be an address like https://samsyn.kommun.se (no path)',
    )
    .default(''),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config extends Env {
  departments: Department[];
  anonymous: boolean;
  /** The address to listen on: HOST, else 127.0.0.1 in anonymous mode, else every interface. */
  host: string | undefined;
}

export class ConfigError extends Error {}

/** Parses the environment; a bad value stops the start with a message naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const clean = Object.fromEntries(Object.entries(env).filter(([k]) => k in EnvSchema.shape));
  const parsed = EnvSchema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.BOT_ID && !e.BOT_PASSWORD && e.BOT_TYPE !== 'UserAssignedMSI') {
    throw new ConfigError('Invalid configuration:\n  BOT_PASSWORD: required when BOT_ID is set');
  }
  if (e.BOT_TYPE === 'SingleTenant' && !e.BOT_TENANT_ID) {
    throw new ConfigError(
      'Invalid configuration:\n  BOT_TENANT_ID: required when BOT_TYPE is SingleTenant',
    );
  }
  return {
    ...e,
    departments: mergeDepartments(DEFAULT_DEPARTMENTS, e.DEPARTMENTS_EXTRA),
    anonymous: !e.BOT_ID,
    host: e.HOST ?? (e.BOT_ID ? undefined : '127.0.0.1'),
  };
}
