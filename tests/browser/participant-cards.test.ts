// Every participant-mode card in every shipped language, drawn by the adaptivecards library at
// phone width (360 px) with the pictures served as the bot serves them: no parse or validation
// problem, nothing sticking out, right to left where the language is (Swedish beneath left to
// right), every picture loaded with its alt text, and no word broken over two lines.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPictures } from '../../bot/images';
import { sv } from '../../cards/locales';
import { LANGUAGES, PARTICIPANT_LANGUAGES } from '../../domain/languages';
import { launchChromium, type Browser } from './support/chromium';
import { preparePage, renderCard } from './support/render';
import { participantCard, PARTICIPANT_CARDS } from './support/participant-cards';

const ARTIFACTS = join(__dirname, '..', '.artifacts', 'cards');

interface Layout {
  rtl: number;
  ltrInsideRtl: number;
  images: { src: string; alt: string; loaded: boolean }[];
  broken: string[];
}

/** What the rendered card looks like: its directions, its pictures, and words split over lines. */
async function layoutOf(browser: Browser): Promise<Layout> {
  return browser.page.evaluate(async () => {
    const stage = document.getElementById('stage')!;
    const imgs = Array.from(stage.querySelectorAll('img'));
    await Promise.all(
      imgs.map((i) =>
        i.complete
          ? null
          : new Promise((r) => {
              i.addEventListener('load', r);
              i.addEventListener('error', r);
            }),
      ),
    );
    const broken: string[] = [];
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(n, m.index!);
        range.setEnd(n, m.index! + m[0].length);
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return {
      rtl: stage.querySelectorAll('[dir="rtl"]').length,
      ltrInsideRtl: stage.querySelectorAll('[dir="rtl"] [dir="ltr"], [dir="ltr"]').length,
      images: imgs.map((i) => ({ src: i.src, alt: i.alt, loaded: i.naturalWidth > 0 })),
      broken,
    };
  });
}

describe('participant-mode cards in every shipped language at 360 px', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  const requested: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const pictures = loadPictures();
    server = createServer((req, res) => {
      requested.push(req.url ?? '');
      const png = pictures.get((req.url ?? '').replace(/^\/img\//, ''));
      if (!png) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'image/png' }).end(png);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium({ width: 1100, height: 900 });
    await preparePage(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  for (const lang of PARTICIPANT_LANGUAGES) {
    it(`renders every participant card in ${lang}`, async () => {
      const failures: string[] = [];
      for (const name of PARTICIPANT_CARDS) {
        const where = `${name} [${lang}]`;
        const r = await renderCard(browser.page, participantCard(name, lang, sv, base), 360);
        failures.push(...r.problems.map((p) => `${where}: ${p}`));
        if (r.overflowX > 1) failures.push(`${where}: sticks out ${r.overflowX}px`);
        const l = await layoutOf(browser);
        if (LANGUAGES[lang].rtl && l.rtl === 0) failures.push(`${where}: nothing right to left`);
        if (!LANGUAGES[lang].rtl && l.rtl > 0) failures.push(`${where}: right to left in ${lang}`);
        if (lang !== 'sv' && l.ltrInsideRtl === 0)
          failures.push(`${where}: no Swedish left to right`);
        if (name !== 'handover' && l.images.length === 0) failures.push(`${where}: no picture`);
        for (const i of l.images) {
          if (!i.loaded) failures.push(`${where}: picture did not load: ${i.src}`);
          if (!i.alt.trim()) failures.push(`${where}: picture without alt text: ${i.src}`);
          if (!/\/img\/[a-z0-9_-]+\.png$/.test(i.src))
            failures.push(`${where}: picture URL ${i.src}`);
        }
        for (const w of l.broken) failures.push(`${where}: word broken over two lines: ${w}`);
        if (name === 'first' || lang === 'ar')
          await browser.page
            .locator('#stage')
            .screenshot({ path: join(ARTIFACTS, `participant-${name}.${lang}.phone.png`) });
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }

  it('asked the picture server only for pictures', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.every((u) => /^\/img\/[a-z0-9_-]+\.png$/.test(u))).toBe(true);
  });
});
