// `npm run package`: fills manifest/manifest.template.json from the environment, validates the
// manifest and its English localization against the schemas bundled in @microsoft/app-manifest
// (offline), and writes build/appPackage.zip (manifest.json, en.json, color.png, outline.png).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import AdmZip from 'adm-zip';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import type AjvDraft04 from 'ajv-draft-04';
import type addFormats from 'ajv-formats';
import { z } from 'zod';
import { ACCENT } from './make-icons';

export const MANIFEST_DIR = join(__dirname, '..', 'manifest');
const SCHEMA_ROOT = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

const httpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'must be an https:// URL');

/** The variables packaging reads (see .env.example); only BOT_ID is required. */
export const PackageEnv = z.object({
  BOT_ID: z
    .string({ required_error: "required: the Azure bot registration's app id (a GUID)" })
    .uuid("must be the Azure bot registration's app id (a GUID)"),
  BOT_DOMAIN: z
    .string()
    .regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a host name such as samsyn.kommun.se')
    .optional(),
  APP_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.2.3')
    .optional(),
  APP_PUBLISHER: z.string().min(1).max(32).default('Samsyn'),
  APP_WEBSITE_URL: httpsUrl.default('https://samsyn.example.se'),
  APP_PRIVACY_URL: httpsUrl.default('https://samsyn.example.se/integritet'),
  APP_TERMS_URL: httpsUrl.default('https://samsyn.example.se/villkor'),
});
export type PackageEnv = z.infer<typeof PackageEnv>;

export class PackageError extends Error {}

export function parsePackageEnv(env: Record<string, string | undefined>): PackageEnv {
  const clean = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k in PackageEnv.shape && v !== ''),
  );
  const parsed = PackageEnv.safeParse(clean);
  if (!parsed.success) {
    throw new PackageError(
      `Cannot package the Teams app:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  return parsed.data;
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

function fill(value: JsonValue, vars: Record<string, string>): JsonValue {
  if (typeof value === 'string') {
    return value.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
      if (!(name in vars))
        throw new PackageError(`manifest template: unknown placeholder {{${name}}}`);
      return vars[name];
    });
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, vars)).filter((v) => v !== '');
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]));
  return value;
}

/**
 * The filled manifest: the parts this script (and its test) reads, typed as the template has
 * them; everything else as it stands in the template. The schema validator checks all of it.
 */
export interface Manifest {
  [field: string]: unknown;
  id: string;
  manifestVersion: string;
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages?: { languageTag: string; file: string }[];
  };
  icons: Record<string, string>;
  bots: {
    botId: string;
    scopes: string[];
    commandLists: { scopes: string[]; commands: { title: string; description?: string }[] }[];
  }[];
  validDomains?: string[];
}

export interface AppPackage {
  manifest: Manifest;
  /** Localization files by their name in the package (en.json): manifest path → text. */
  localizations: Record<string, Record<string, unknown>>;
  icons: Record<string, Buffer>;
}

/** The manifest and files of the app package; BOT_ID is both the app id and the bot id. */
export function buildAppPackage(env: PackageEnv): AppPackage {
  const template = JSON.parse(
    readFileSync(join(MANIFEST_DIR, 'manifest.template.json'), 'utf8'),
  ) as JsonValue;
  const version =
    env.APP_VERSION ??
    (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string })
      .version;
  const manifest = fill(template, {
    BOT_ID: env.BOT_ID,
    APP_VERSION: version,
    BOT_DOMAIN: env.BOT_DOMAIN ?? '',
    PUBLISHER_NAME: env.APP_PUBLISHER,
    WEBSITE_URL: env.APP_WEBSITE_URL,
    PRIVACY_URL: env.APP_PRIVACY_URL,
    TERMS_URL: env.APP_TERMS_URL,
    ACCENT_COLOR: ACCENT.hex,
  }) as unknown as Manifest;
  const localizations: AppPackage['localizations'] = {};
  for (const lang of manifest.localizationInfo?.additionalLanguages ?? []) {
    localizations[lang.file] = JSON.parse(readFileSync(join(MANIFEST_DIR, lang.file), 'utf8'));
  }
  const icons: AppPackage['icons'] = {};
  for (const file of Object.values(manifest.icons as Record<string, string>))
    icons[file] = readFileSync(join(MANIFEST_DIR, file));
  return { manifest, localizations, icons };
}

/** The schema file bundled for a manifest version, e.g. "1.30" → …/v1.30/MicrosoftTeams.schema.json. */
export function schemaPath(
  manifestVersion: string,
  kind: 'MicrosoftTeams' | 'MicrosoftTeams.Localization' = 'MicrosoftTeams',
): string {
  return join(SCHEMA_ROOT, `v${manifestVersion}`, `${kind}.schema.json`);
}

/** Schema failures of the manifest and of every localization file, validated offline. */
export async function validateAppPackage(pkg: AppPackage): Promise<string[]> {
  const load = (p: string) =>
    JSON.parse(readFileSync(p, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  const version = String(pkg.manifest.manifestVersion);
  const failures = (
    await AppManifestUtils.validateAgainstSchema(
      pkg.manifest as unknown as AppManifest,
      load(schemaPath(version)),
    )
  ).map((f) => `manifest.json${f}`);
  // The localization schema's key patterns are not valid under the `u` flag the package's validator
  // compiles with, so it is compiled here with the same draft-04 Ajv the package uses, without `u`.
  const fromAppManifest = createRequire(require.resolve('@microsoft/app-manifest/package.json'));
  const Ajv = (fromAppManifest('ajv-draft-04') as { default: typeof AjvDraft04 }).default;
  const withFormats = (fromAppManifest('ajv-formats') as { default: typeof addFormats }).default;
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  withFormats(ajv, ['uri', 'email', 'regex']);
  const validateLoc = ajv.compile(load(schemaPath(version, 'MicrosoftTeams.Localization')));
  for (const [file, loc] of Object.entries(pkg.localizations)) {
    if (!validateLoc(loc)) {
      failures.push(
        ...(validateLoc.errors ?? []).map(
          (e: { instancePath: string; message?: string; params?: unknown }) =>
            `${file}${e.instancePath} ${e.message ?? ''}. Details: ${JSON.stringify(e.params)}`,
        ),
      );
    }
  }
  return failures;
}

export function zipAppPackage(pkg: AppPackage): Buffer {
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(pkg.manifest, null, 2)));
  for (const [file, loc] of Object.entries(pkg.localizations))
    zip.addFile(file, Buffer.from(JSON.stringify(loc, null, 2)));
  for (const [file, png] of Object.entries(pkg.icons)) zip.addFile(file, png);
  return zip.toBuffer();
}

async function main(): Promise<void> {
  const pkg = buildAppPackage(parsePackageEnv(process.env));
  const failures = await validateAppPackage(pkg);
  if (failures.length)
    throw new PackageError(`The manifest does not match its schema:\n  ${failures.join('\n  ')}`);
  const out = join(__dirname, '..', 'build', 'appPackage.zip');
  mkdirSync(dirname(out), { recursive: true });
  new AdmZip(zipAppPackage(pkg)).writeZip(out);
  console.log(`wrote ${out} (manifest ${pkg.manifest.manifestVersion}, app id ${pkg.manifest.id})`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof PackageError ? err.message : err);
    process.exit(2);
  });
}
