// The Microsoft 365 Agents Playground in front of the real bot (TestBot), opened in headless
// Chromium: what the playground browser tests share. Started the way `npm run playground` starts it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startPlayground, type RunningPlayground } from '../../../scripts/playground';
import { TestBot } from '../../support/bot';
import { launchChromium, type Browser } from './chromium';

/** The playground's default chat user (its bundled config: currentUser Alex Wilber). */
export const PLAYGROUND_USER = {
  name: 'Alex Wilber',
  aadObjectId: '00000000-0000-0000-0000-0000000000020',
};

export const ARTIFACTS = join(__dirname, '..', '..', '.artifacts');

/**
 * Where a screenshot goes: the committed picture in docs/images only on request
 * (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean; otherwise tests/.artifacts.
 */
export function screenshotPath(name: string): string {
  return process.env.UPDATE_SCREENSHOTS === '1'
    ? join(__dirname, '..', '..', '..', 'docs', 'images', name)
    : join(ARTIFACTS, name);
}

export interface Playground {
  tb: TestBot;
  pg: RunningPlayground;
  browser: Browser;
  page: Page;
  port: number;
  /** Opens the chat and waits for the welcome card the bot sends when the playground installs it. */
  open(): Promise<void>;
  /** Types a message in the compose box and sends it, as a person would. */
  say(text: string): Promise<void>;
  /** Waits for `target` to be visible; on failure saves tests/.artifacts/<name>-failure.png first. */
  see(target: Locator, name: string, timeout?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startPlaygroundWithBot(
  opts: {
    env?: Record<string, string>;
    viewport?: { width: number; height: number };
    /** A playground configuration (e.g. the shipped one); default: the playground's own. */
    configPath?: string;
  } = {},
): Promise<Playground> {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-playground-'));
  const tb = await TestBot.start({ env: opts.env });
  const pg = await startPlayground({
    endpoint: tb.url,
    port: 0,
    openBrowser: false,
    logFile: join(dir, 'playground.log'),
    cwd: dir,
    locale: 'sv-SE',
    configPath: opts.configPath,
  });
  const [port, browser] = await Promise.all([
    pg.ready,
    launchChromium(opts.viewport ?? { width: 1280, height: 900 }),
  ]);
  const page = browser.page;

  const see = async (target: Locator, name: string, timeout = 20_000) => {
    await target.waitFor({ timeout }).catch(async (err) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `${name}-failure.png`), fullPage: true });
      throw err;
    });
  };

  return {
    tb,
    pg,
    browser,
    page,
    port,
    see,
    open: async () => {
      await page.goto(`http://127.0.0.1:${port}/`);
      await see(page.getByText('Välkommen till Samsyn').first(), 'playground-welcome');
    },
    say: async (text: string) => {
      // The compose box is a Lexical editor (contenteditable): typed, then sent with Enter.
      const box = page.locator('[data-lexical-editor="true"]').first();
      await box.click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    },
    close: async () => {
      await browser.close();
      await pg.stop();
      await tb.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
