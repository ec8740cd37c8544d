// Draws the PNGs the bot serves (assets/pictures/png/*.png) from the committed SVG sources
// (assets/pictures/*.svg) with headless Chromium (the browser tests' own, via playwright-core),
// at 192×192 px (twice the 96 px the cards show them at). Run after changing an SVG:
//   npx tsx scripts/make-pictures.ts
// tests/unit/pictures.test.ts fails when a PNG is missing or older in content than its SVG list.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/browser/support/chromium';

const DIR = join(__dirname, '..', 'assets', 'pictures');
const OUT = join(DIR, 'png');
const SIZE = 192;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium({ width: SIZE, height: SIZE });
  try {
    for (const file of readdirSync(DIR)
      .filter((f) => f.endsWith('.svg'))
      .sort()) {
      const svg = readFileSync(join(DIR, file), 'utf8');
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await browser.page.setContent(
        `<html><body style="margin:0;background:transparent"><img id="p" src="${src}" width="${SIZE}" height="${SIZE}"></body></html>`,
      );
      await browser.page.waitForFunction(
        () => (document.getElementById('p') as HTMLImageElement).complete,
      );
      const png = await browser.page.locator('#p').screenshot({ omitBackground: true });
      writeFileSync(join(OUT, file.replace(/\.svg$/, '.png')), png);
      console.log(`${file} → png/${file.replace(/\.svg$/, '.png')} (${png.length} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
