import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATOR_PICTURES, PICTURES, indicatorPicture } from '../../cards/pictures';
import { PICTURE_DIR, loadPictures } from '../../bot/images';
import { SAMSYN_STANDARD } from '../../domain/instruments';

const SVG_DIR = join(__dirname, '..', '..', 'assets', 'pictures');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('the pictures of the participant cards', () => {
  it('every indicator of the standard set has its own pictogram', () => {
    for (const ind of SAMSYN_STANDARD.indicators) expect(indicatorPicture(ind.id)).toBe(ind.id);
    expect(indicatorPicture('something_uploaded')).toBe('generic');
    expect(INDICATOR_PICTURES.length).toBe(SAMSYN_STANDARD.indicators.length);
  });

  it('every picture a card can ask for has an SVG source and a served PNG within what Teams shows', () => {
    const served = loadPictures();
    for (const name of PICTURES) {
      expect(existsSync(join(SVG_DIR, `${name}.svg`)), `${name}.svg`).toBe(true);
      const png = served.get(`${name}.png`);
      expect(png, `${name}.png in ${PICTURE_DIR}`).toBeDefined();
      const { width, height } = pngSize(png!);
      // Teams: png/jpg/gif, at most 1024×1024 px and 1 MB (docs/participant-mode.md).
      expect(width).toBeLessThanOrEqual(1024);
      expect(height).toBeLessThanOrEqual(1024);
      expect(png!.length).toBeLessThan(50_000);
    }
  });

  it('the SVG sources are well-formed (one root, no duplicate attribute)', () => {
    for (const name of PICTURES) {
      const svg = readFileSync(join(SVG_DIR, `${name}.svg`), 'utf8');
      expect(svg.trim().startsWith('<svg')).toBe(true);
      for (const tag of svg.match(/<[a-z]+\b[^>]*>/g) ?? []) {
        const attrs = [...tag.matchAll(/\s([\w-]+)="/g)].map((m) => m[1]);
        expect(new Set(attrs).size, `${name}: ${tag}`).toBe(attrs.length);
      }
    }
  });
});
