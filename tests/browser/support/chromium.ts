// Headless Chromium for the browser tests: Debian's package (or CHROMIUM_PATH), driven by
// playwright-core, with a fresh profile and no background traffic.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/** Where Chromium is; a clear error (not a skip) when it is missing: the browser tests must run. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}). Install it (Debian: apt-get install -y chromium fonts-dejavu-core) ` +
        'or set CHROMIUM_PATH to its executable; .ci/run does both.',
    );
  }
  return found;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** One browser with a fresh --user-data-dir (a persistent context in a temp folder) and one page. */
export async function launchChromium(viewport = { width: 1000, height: 800 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'samsyn-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
