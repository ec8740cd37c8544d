import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import { en, sv } from '../../cards/locales';
import { decodePng } from '../../scripts/make-icons';
import {
  buildAppPackage,
  MANIFEST_DIR,
  PackageError,
  parsePackageEnv,
  validateAppPackage,
  zipAppPackage,
} from '../../scripts/package';

const BOT_ID = '3f0c8a52-1b7e-4c2d-9a6f-5e4d3c2b1a09';
const build = (extra: Record<string, string> = {}) =>
  buildAppPackage(parsePackageEnv({ BOT_ID, BOT_DOMAIN: 'samsyn.kommun.se', ...extra }));

/** A help command name without its argument hint: "skattning [kod]" → "skattning". */
const bare = (cmd: string) => cmd.replace(/\s*[[<].*$/, '').trim();

describe('Teams app manifest', () => {
  it('validates against the bundled schema of its manifest version, English localization included', async () => {
    const pkg = build();
    expect(pkg.manifest.manifestVersion).toMatch(/^1\.\d+$/);
    expect(await validateAppPackage(pkg)).toEqual([]);
  });

  it('is refused by the validator when a required field is missing or a command list grows past 12', async () => {
    const pkg = build();
    delete pkg.manifest.developer;
    pkg.manifest.bots[0].commandLists[0].commands.push(
      ...Array.from({ length: 12 }, (_, i) => ({ title: `x${i}` })),
    );
    const failures = await validateAppPackage(pkg);
    expect(failures.some((f) => /developer/.test(f))).toBe(true);
    expect(failures.some((f) => /commands/.test(f))).toBe(true);
  });

  it('uses BOT_ID as app id and bot id, and refuses to package without a valid one', () => {
    const pkg = build();
    expect(pkg.manifest.id).toBe(BOT_ID);
    expect(pkg.manifest.bots[0].botId).toBe(BOT_ID);
    expect(pkg.manifest.validDomains).toEqual(['samsyn.kommun.se']);
    expect(JSON.stringify(pkg.manifest)).not.toMatch(/\{\{/);
    expect(() => parsePackageEnv({})).toThrow(/BOT_ID/);
    expect(() => parsePackageEnv({ BOT_ID: 'not-a-guid' })).toThrow(PackageError);
    expect(() => parsePackageEnv({ BOT_ID, APP_PRIVACY_URL: 'http://insecure.example' })).toThrow(
      /APP_PRIVACY_URL/,
    );
  });

  it('offers the bot in personal chats and teams, Swedish by default with an English localization', () => {
    const { manifest, localizations } = build();
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team']);
    expect(manifest.bots[0].commandLists.map((l: any) => l.scopes)).toEqual([
      ['personal'],
      ['team'],
    ]);
    expect(manifest.localizationInfo.defaultLanguageTag).toMatch(/^sv/);
    expect(Object.keys(localizations)).toEqual(['en.json']);
  });

  it('lists commands the bot answers to, in Swedish and (through en.json) in English, every one translated', () => {
    const { manifest, localizations } = build();
    const svNames = new Set(Object.values(sv.help.commands).map((c) => bare(c.cmd)));
    const enNames = new Set(Object.values(en.help.commands).map((c) => bare(c.cmd)));
    const loc = localizations['en.json'];
    const lists = manifest.bots[0].commandLists as {
      commands: { title: string; description: string }[];
    }[];
    lists.forEach((list, i) =>
      list.commands.forEach((c, j) => {
        expect(svNames, c.title).toContain(c.title);
        const key = `bots[0].commandLists[${i}].commands[${j}]`;
        expect(enNames, `${key} ${loc[`${key}.title`]}`).toContain(loc[`${key}.title`]);
        expect(loc[`${key}.description`], key).toBeTruthy();
      }),
    );
    const all = lists.flatMap((l) => l.commands.map((c) => c.title));
    for (const required of [
      'hjälp',
      'ny deltagare',
      'mina deltagare',
      'skattning',
      'fortsätt',
      'progression',
      'plan',
      'avslut',
      'samtycke',
      'ärendeforum',
      'veckosammanfattning här',
      'sammanfattning',
      'roller',
    ])
      expect(all).toContain(required);
    // No stray translations for commands that do not exist.
    const keys = Object.keys(loc).filter((k) => k.startsWith('bots['));
    expect(keys).toHaveLength(lists.reduce((n, l) => n + l.commands.length * 2, 0));
  });

  it('packages manifest, localization and icons at the root of the zip', () => {
    const zip = new AdmZip(zipAppPackage(build()));
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    expect(JSON.parse(zip.readAsText('manifest.json')).id).toBe(BOT_ID);
  });
});

describe('Teams app icons', () => {
  const icon = (f: string) => decodePng(readFileSync(join(MANIFEST_DIR, f)));

  it('has a 192×192 full-colour icon without transparency', () => {
    const img = icon('color.png');
    expect([img.width, img.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    for (let i = 0; i < img.rgba.length; i += 4) {
      expect(img.rgba[i + 3]).toBe(255);
      colours.add(`${img.rgba[i]},${img.rgba[i + 1]},${img.rgba[i + 2]}`);
    }
    expect(colours.size).toBeGreaterThan(2);
  });

  it('has a 32×32 outline icon that is white on a transparent background', () => {
    const img = icon('outline.png');
    expect([img.width, img.height, img.colorType]).toEqual([32, 32, 6]);
    let transparent = 0,
      opaque = 0;
    for (let i = 0; i < img.rgba.length; i += 4) {
      const a = img.rgba[i + 3];
      if (a === 0) transparent++;
      else expect([img.rgba[i], img.rgba[i + 1], img.rgba[i + 2]]).toEqual([255, 255, 255]);
      if (a === 255) opaque++;
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
    // Corners are background; the motif has solid pixels.
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
    ])
      expect(img.rgba[(y * 32 + x) * 4 + 3]).toBe(0);
    expect(opaque).toBeGreaterThan(100);
  });
});
