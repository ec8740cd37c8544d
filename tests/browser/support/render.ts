// Renders Adaptive Cards with the `adaptivecards` library (its browser bundle; `require` fails on
// Node 20) in a Chromium page, and reports what the library complained about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEAMS_CSS, TEAMS_HOST_CONFIG } from './hostconfig';

export const ADAPTIVECARDS_JS = join(
  __dirname,
  '..',
  '..',
  '..',
  'node_modules',
  'adaptivecards',
  'dist',
  'adaptivecards.js',
);

export interface RenderResult {
  /** Parse and validation problems, as "<event>: <message>"; empty when the card is clean. */
  problems: string[];
  /** Unknown element/action types the card gave a fallback (e.g. Teams' Chart.*). */
  fellBack: string[];
  width: number;
  height: number;
  /** How far content sticks out to the right of the card, in px (0 when nothing overflows). */
  overflowX: number;
  /**
   * Words the browser split over two lines inside a text block or a table cell ("Deltaga re",
   * "202 6-11- 30"). A line may break after a hyphen, a dash or a slash; never inside a word.
   */
  brokenWords: string[];
}

/** Loads the library and a Teams-like page once; then call renderCard as often as needed. */
export async function preparePage(page: Page): Promise<void> {
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>${TEAMS_CSS}</style></head>` +
      '<body><div id="stage"></div></body></html>',
  );
  await page.addScriptTag({ content: readFileSync(ADAPTIVECARDS_JS, 'utf8') });
  await page.evaluate((hostConfig) => {
    const w = window as any;
    w.__hostConfig = hostConfig;
    // Teams renders a small Markdown subset in TextBlocks: **bold**, _italic_, line breaks, lists.
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    w.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (
      text: string,
      result: { outputHtml?: string; didProcess: boolean },
    ) => {
      result.outputHtml =
        '<p>' +
        esc(text)
          .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
          .replace(/(^|[\s(])_([^_]+)_/g, '$1<em>$2</em>')
          .replace(/^- (.*)$/gm, '• $1')
          .replace(/\r?\n/g, '<br>') +
        '</p>';
      result.didProcess = true;
    };
  }, TEAMS_HOST_CONFIG);
}

export async function renderCard(page: Page, card: unknown, width: number): Promise<RenderResult> {
  return page.evaluate(
    ({ card, width }) => {
      const AC = (window as any).AdaptiveCards;
      const stage = document.getElementById('stage')!;
      stage.innerHTML = '';
      stage.style.width = `${width}px`;

      // Types the card itself gives a fallback for: only those may be unknown to the library.
      const withFallback = new Set<string>();
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (typeof o.type === 'string' && o.fallback !== undefined) withFallback.add(o.type);
          Object.values(o).forEach(walk);
        }
      };
      walk(card);

      const problems: string[] = [];
      const fellBack: string[] = [];
      const eventName = (e: number) => AC.ValidationEvent[e] ?? String(e);
      const ac = new AC.AdaptiveCard();
      // Teams on a phone stacks a card's buttons; on the desktop they sit in a row.
      const hc = JSON.parse(JSON.stringify((window as any).__hostConfig));
      if (width < 500) hc.actions.actionsOrientation = 'vertical';
      ac.hostConfig = new AC.HostConfig(hc);
      const ctx = new AC.SerializationContext();
      try {
        ac.parse(card, ctx);
      } catch (err) {
        problems.push(`parse threw: ${(err as Error).message}`);
      }
      for (let i = 0; i < ctx.eventCount; i++) {
        const ev = ctx.getEventAt(i);
        const unknown =
          ev.event === AC.ValidationEvent.UnknownElementType ||
          ev.event === AC.ValidationEvent.UnknownActionType;
        const type = /"([^"]+)"/.exec(ev.message ?? '')?.[1];
        if (unknown && type && withFallback.has(type)) fellBack.push(type);
        else problems.push(`${eventName(ev.event)}: ${ev.message}`);
      }
      const validation = ac.validateProperties();
      const sourceOf = (src: any) =>
        src ? ` (${src.getJsonTypeName?.() ?? '?'}${src.id ? ` id=${src.id}` : ''})` : '';
      for (const ev of validation.validationEvents)
        problems.push(`${eventName(ev.event)}: ${ev.message}${sourceOf(ev.source)}`);

      let rendered: HTMLElement | undefined;
      try {
        rendered = ac.render();
      } catch (err) {
        problems.push(`render threw: ${(err as Error).message}`);
      }
      if (!rendered) {
        problems.push('render returned nothing');
        return { problems, fellBack, width: 0, height: 0, overflowX: 0, brokenWords: [] };
      }
      stage.appendChild(rendered);
      const box = stage.getBoundingClientRect();
      if (box.height < 10) problems.push(`render is empty (height ${box.height}px)`);
      if (!(rendered.textContent ?? '').trim()) problems.push('render shows no text');
      let overflowX = 0;
      rendered.querySelectorAll('*').forEach((el) => {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden')
          overflowX = Math.max(overflowX, r.right - box.right);
      });
      // Measured, not guessed: each word's range on screen; more than one line top = split.
      const brokenWords: string[] = [];
      const range = document.createRange();
      rendered.querySelectorAll('.ac-textBlock, .ac-richTextBlock').forEach((block) => {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const textOf = node.textContent ?? '';
          const word = /[^\s\u2013\u2014/-]+[\u2013\u2014/-]?/g;
          for (let m = word.exec(textOf); m; m = word.exec(textOf)) {
            if (m[0].length < 2) continue;
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set<number>();
            for (const r of Array.from(range.getClientRects()))
              if (r.width > 0.5) tops.add(Math.round(r.top));
            if (tops.size > 1) brokenWords.push(m[0]);
          }
        }
      });
      return {
        problems,
        fellBack,
        width: box.width,
        height: box.height,
        overflowX: Math.max(0, Math.round(overflowX)),
        brokenWords,
      };
    },
    { card, width },
  );
}
