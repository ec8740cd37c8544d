// The Microsoft 365 Agents Playground (started as `npm run playground` starts it) in front of the
// real bot, driven in headless Chromium: a person types "hjälp" and sees the help card.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type RunningPlayground } from '../../scripts/playground';
import { TestBot } from '../support/bot';
import { launchChromium, type Browser } from './support/chromium';

// The committed picture in docs/images is refreshed only on request (UPDATE_SCREENSHOTS=1), so a
// test run leaves the tree clean; every run writes tests/.artifacts/playground-help.png.
const SCREENSHOT = process.env.UPDATE_SCREENSHOTS === '1'
  ? join(__dirname, '..', '..', 'docs', 'images', 'playground-help.png')
  : join(__dirname, '..', '.artifacts', 'playground-help.png');

describe('Agents Playground in front of the bot', () => {
  let tb: TestBot;
  let pg: RunningPlayground;
  let browser: Browser;
  let port: number;
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-playground-'));

  beforeAll(async () => {
    tb = await TestBot.start();
    pg = await startPlayground({ endpoint: tb.url, port: 0, openBrowser: false, logFile: join(dir, 'playground.log'), cwd: dir, locale: 'sv-SE' });
    [port, browser] = await Promise.all([pg.ready, launchChromium({ width: 1280, height: 900 })]);
  });

  afterAll(async () => {
    await browser?.close();
    await pg?.stop();
    await tb?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the welcome card, and the help card after typing "hjälp"', async () => {
    const page = browser.page;
    await page.goto(`http://127.0.0.1:${port}/`);
    // The playground installs the bot in a personal chat on load: our welcome card arrives.
    await expect(page.getByText('Välkommen till Samsyn').first().waitFor({ timeout: 20_000 })).resolves.toBeUndefined();

    const box = page.locator('[data-lexical-editor="true"]').first();
    await box.click();
    await page.keyboard.type('hjälp');
    await page.keyboard.press('Enter');

    const title = page.getByText('Det här kan Samsyn').first();
    await title.waitFor({ timeout: 20_000 }).catch(async (err) => {
      mkdirSync(join(__dirname, '..', '.artifacts'), { recursive: true });
      await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'playground-failure.png') });
      throw err;
    });
    await expect(page.getByText('ny deltagare').first().isVisible()).resolves.toBe(true);
    // The bot really answered this conversation (the playground's connector, not our stub).
    expect(tb.connector.sent).toHaveLength(0);

    await title.scrollIntoViewIfNeeded();
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });
});
