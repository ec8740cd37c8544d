// The Microsoft 365 Agents Playground (started as `npm run playground` starts it) in front of the
// real bot, driven in headless Chromium: a person types "hjälp" and sees the help card.
// tests/browser/playground-register.test.ts drives a whole card flow (roles, registration) the same way.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, startPlaygroundWithBot, type Playground } from './support/playground';

// The committed picture in docs/images is refreshed only on request (UPDATE_SCREENSHOTS=1), so a
// test run leaves the tree clean; every run writes tests/.artifacts/playground-help.png.
const SCREENSHOT = screenshotPath('playground-help.png');

describe('Agents Playground in front of the bot', () => {
  let pg: Playground;

  beforeAll(async () => {
    pg = await startPlaygroundWithBot();
  });

  afterAll(async () => {
    await pg?.close();
  });

  it('shows the welcome card, and the help card after typing "hjälp"', async () => {
    const { page, tb } = pg;
    // The playground installs the bot in a personal chat on load: our welcome card arrives.
    await pg.open();
    await pg.say('hjälp');

    const title = page.getByText('Det här kan Samsyn').first();
    await pg.see(title, 'playground');
    await expect(page.getByText('ny deltagare').first().isVisible()).resolves.toBe(true);
    // The bot really answered this conversation (the playground's connector, not our stub).
    expect(tb.connector.sent).toHaveLength(0);

    await title.scrollIntoViewIfNeeded();
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });
});
