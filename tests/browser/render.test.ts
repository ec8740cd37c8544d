// Every card sample (tests/browser/samples/<area>.ts, discovered at test time) rendered by the
// adaptivecards library in headless Chromium, in Swedish and English, at a phone and a desktop width.
// Fails on a parse error, an unknown element or action without a fallback, a validation error,
// an empty render or content sticking out of the card. Screenshots go to tests/.artifacts/cards/.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, sv, type Strings } from '../../cards/locales';
import { launchChromium, type Browser } from './support/chromium';
import { preparePage, renderCard } from './support/render';
import type { CardSample } from './samples/types';

const SAMPLES_DIR = join(__dirname, 'samples');
const ARTIFACTS = join(__dirname, '..', '.artifacts', 'cards');
const WIDTHS = { phone: 360, desktop: 1000 } as const;
const LOCALES: [string, Strings][] = [
  ['sv', sv],
  ['en', en],
];

const files = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
  .sort();

describe('every card sample renders with the adaptivecards library', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium({ width: 1100, height: 900 });
    await preparePage(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds the sample files', () => {
    expect(files).toContain('help.ts');
  });

  for (const file of files) {
    it(`renders ${file} in sv and en at ${WIDTHS.phone}px and ${WIDTHS.desktop}px`, async () => {
      const mod = (await import(join(SAMPLES_DIR, file))) as { samples?: CardSample[] };
      expect(Array.isArray(mod.samples), `${file} must export samples: CardSample[]`).toBe(true);
      expect(mod.samples!.length, `${file} has no samples`).toBeGreaterThan(0);
      const failures: string[] = [];
      for (const sample of mod.samples!) {
        for (const [lang, t] of LOCALES) {
          let json: unknown;
          try {
            json = sample.build(t);
          } catch (err) {
            failures.push(`${sample.name} [${lang}]: build threw ${(err as Error).message}`);
            continue;
          }
          for (const [label, width] of Object.entries(WIDTHS)) {
            const r = await renderCard(browser.page, json, width);
            const where = `${sample.name} [${lang}, ${label} ${width}px]`;
            // Parse and validation problems do not depend on the width: say each once per locale.
            for (const p of r.problems)
              if (!failures.includes(`${sample.name} [${lang}]: ${p}`))
                failures.push(`${sample.name} [${lang}]: ${p}`);
            if (r.overflowX > 1)
              failures.push(`${where}: content sticks out ${r.overflowX}px to the right`);
            if (lang === 'sv' || r.problems.length) {
              await browser.page
                .locator('#stage')
                .screenshot({ path: join(ARTIFACTS, `${sample.name}.${lang}.${label}.png`) });
            }
          }
        }
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }

  it('rejects an unknown element without a fallback and accepts one with a fallback', async () => {
    const bad = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'Chart.Pie', data: [] },
        { type: 'TextBlock', text: 'x' },
      ],
    };
    const good = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Chart.Pie', data: [], fallback: { type: 'TextBlock', text: 'pie' } }],
    };
    const broken = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'x' }],
      actions: [{ type: 'Action.Teleport', title: 'x' }],
    };
    expect((await renderCard(browser.page, bad, 360)).problems.join()).toMatch(
      /UnknownElementType/,
    );
    const ok = await renderCard(browser.page, good, 360);
    expect(ok.problems).toEqual([]);
    expect(ok.fellBack).toEqual(['Chart.Pie']);
    expect((await renderCard(browser.page, broken, 360)).problems.join()).toMatch(
      /UnknownActionType/,
    );
  });
});
