// Every card sample (tests/browser/samples/<area>.ts, discovered at test time) rendered by the
// adaptivecards library in headless Chromium, in Swedish and English, at a phone and a desktop width.
// Fails on a parse error, an unknown element or action without a fallback, a validation error,
// an empty render, content sticking out of the card, a word broken over two lines inside a text
// block or a table cell, and a card over its size budget. Screenshots go to tests/.artifacts/cards/.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, sv, type Strings } from '../../cards/locales';
import { launchChromium, type Browser } from './support/chromium';
import { preparePage, renderCard } from './support/render';
import type { CardSample } from './samples/types';
import { CARD_BUDGET_BYTES } from '../support/connector';

const SAMPLES_DIR = join(__dirname, 'samples');
const ARTIFACTS = join(__dirname, '..', '.artifacts', 'cards');
const WIDTHS = { phone: 360, desktop: 1000 } as const;
const LOCALES: [string, Strings][] = [
  ['sv', sv],
  ['en', en],
];

/**
 * Samples that still break words at 360 px: wide tables of other areas not yet laid out for a
 * phone. None now: the digest's (issue 11) and the audit log's are laid out for a phone.
 * Their broken words are not failures, but a listed sample that no longer breaks any word is, so
 * the list only shrinks.
 */
const KNOWN_BROKEN = new Set<string>([]);

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
        let broke = false;
        for (const [lang, t] of LOCALES) {
          let json: unknown;
          try {
            json = sample.build(t);
          } catch (err) {
            failures.push(`${sample.name} [${lang}]: build threw ${(err as Error).message}`);
            continue;
          }
          const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
          const budget = sample.budgetBytes ?? CARD_BUDGET_BYTES;
          if (bytes > budget)
            failures.push(`${sample.name} [${lang}]: ${bytes} bytes, over its budget of ${budget}`);
          for (const [label, width] of Object.entries(WIDTHS)) {
            const r = await renderCard(browser.page, json, width);
            const where = `${sample.name} [${lang}, ${label} ${width}px]`;
            // Parse and validation problems do not depend on the width: say each once per locale.
            for (const p of r.problems)
              if (!failures.includes(`${sample.name} [${lang}]: ${p}`))
                failures.push(`${sample.name} [${lang}]: ${p}`);
            if (r.overflowX > 1)
              failures.push(`${where}: content sticks out ${r.overflowX}px to the right`);
            broke ||= r.brokenWords.length > 0;
            if (r.brokenWords.length && !KNOWN_BROKEN.has(sample.name))
              failures.push(
                `${where}: words broken over two lines: ${[...new Set(r.brokenWords)].map((w) => `"${w}"`).join(', ')}`,
              );
            if (lang === 'sv' || r.problems.length) {
              await browser.page
                .locator('#stage')
                .screenshot({ path: join(ARTIFACTS, `${sample.name}.${lang}.${label}.png`) });
            }
          }
        }
        if (KNOWN_BROKEN.has(sample.name) && !broke)
          failures.push(`${sample.name} breaks no word any more: take it off KNOWN_BROKEN`);
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

  it('finds a word broken over two lines in a narrow table cell, and none in a card that fits', async () => {
    const cell = (text: string) => ({
      type: 'TableCell',
      items: [{ type: 'TextBlock', text, wrap: true }],
    });
    const narrow = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        {
          type: 'Table',
          columns: [
            { width: 1 },
            { width: 1 },
            { width: 1 },
            { width: 1 },
            { width: 1 },
            { width: 1 },
          ],
          rows: [
            {
              type: 'TableRow',
              cells: ['Vuxenutbildningen', 'Deltagare', '2026-11-30', 'a', 'b', 'c'].map(cell),
            },
          ],
        },
      ],
    };
    const broken = await renderCard(browser.page, narrow, 360);
    expect(broken.brokenWords).toContain('Vuxenutbildningen');
    const fits = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'Vuxenutbildningen, start 2026-11-30', wrap: true }],
    };
    expect((await renderCard(browser.page, fits, 360)).brokenWords).toEqual([]);
  });
});
