// Draws the Teams app icons (manifest/color.png 192×192, manifest/outline.png 32×32) without any
// image library: shapes are sampled 4×4 per pixel and written as an RGBA PNG with node:zlib.
// The motif is three rising steps and a person on the top one — "stegförflyttning".
// Run: npx tsx scripts/make-icons.ts (the PNGs are committed; rerun only to change the design).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8-bit RGBA PNG (colour type 6), every row with filter 0. */
export function encodePng(img: Image): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const stride = img.width * 4;
  const raw = Buffer.alloc((stride + 1) * img.height);
  for (let y = 0; y < img.height; y++)
    raw.set(img.rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Decodes 8-bit RGB/RGBA PNGs (all five row filters); enough to check our own and hand-made icons. */
export function decodePng(buf: Buffer): Image & { colorType: number; bitDepth: number } {
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let pos = 8;
  let width = 0,
    height = 0,
    bitDepth = 0,
    colorType = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (crc32(buf.subarray(pos + 4, pos + 8 + len)) !== buf.readUInt32BE(pos + 8 + len))
      throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitDepth = data[8];
      colorType = data[9];
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  if (bitDepth !== 8 || (colorType !== 6 && colorType !== 2))
    throw new Error(`unsupported PNG: depth ${bitDepth}, colour type ${colorType}`);
  const bpp = colorType === 6 ? 4 : 3;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? out[y * stride + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      let p: number;
      switch (filter) {
        case 0:
          p = 0;
          break;
        case 1:
          p = a;
          break;
        case 2:
          p = b;
          break;
        case 3:
          p = (a + b) >> 1;
          break;
        case 4: {
          const pa = Math.abs(b - c),
            pb = Math.abs(a - c),
            pc = Math.abs(a + b - 2 * c);
          // Paeth predictor: the neighbour closest to a + b - c, ties to a, then b.
          if (pa <= pb && pa <= pc) p = a;
          else p = pb <= pc ? b : c;
          break;
        }
        default:
          throw new Error(`bad filter ${filter}`);
      }
      out[y * stride + x] = (v + p) & 0xff;
    }
  }
  let rgba = out;
  if (bpp === 3) {
    rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++)
      rgba.set([out[i * 3], out[i * 3 + 1], out[i * 3 + 2], 255], i * 4);
  }
  return { width, height, rgba, colorType, bitDepth };
}

type Shape = (x: number, y: number) => boolean;
const roundRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** The motif in a 32-unit design square: a staircase of three steps and a person (a dot) on its way up. */
function motif(scale: number, offset: number): Shape[] {
  const s = (v: number) => offset + v * scale;
  const sy = (v: number) => offset + (v - 2) * scale; // the drawing spans y 8–28: centred
  return [
    roundRect(s(3), sy(22), s(29), sy(28), 0.8 * scale),
    roundRect(s(11), sy(16), s(29), sy(24), 0.8 * scale),
    roundRect(s(19), sy(10), s(29), sy(18), 0.8 * scale),
    circle(s(14.5), sy(10.6), 2.8 * scale),
  ];
}

/** Fraction of the pixel covered by any shape, sampled 4×4. */
function coverage(shapes: Shape[], px: number, py: number): number {
  let hit = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) {
      const x = px + (i + 0.5) / 4,
        y = py + (j + 0.5) / 4;
      if (shapes.some((sh) => sh(x, y))) hit++;
    }
  return hit / 16;
}

export const ACCENT = { hex: '#1F6E8C', rgb: [0x1f, 0x6e, 0x8c] as const };

/** 192×192, full colour: accent background, the motif in white inside Teams' safe area. */
export function colorIcon(): Image {
  const size = 192;
  const shapes = motif(3.5, 40); // the 32-unit motif scaled into the central 112 px
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const c = coverage(shapes, x, y);
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) rgba[i + k] = Math.round(ACCENT.rgb[k] * (1 - c) + 255 * c);
      rgba[i + 3] = 255;
    }
  return { width: size, height: size, rgba };
}

/** 32×32, white on transparent (Teams tints it): only alpha varies. */
export function outlineIcon(): Image {
  const size = 32;
  const shapes = motif(1, 0);
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const c = coverage(shapes, x, y);
      if (c > 0) rgba.set([255, 255, 255, Math.round(255 * c)], i);
    }
  return { width: size, height: size, rgba };
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'manifest');
  writeFileSync(join(dir, 'color.png'), encodePng(colorIcon()));
  writeFileSync(join(dir, 'outline.png'), encodePng(outlineIcon()));
  console.log(`wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}`);
}
