// How a shared channel's digest writes a hidden small group. Pure: numbers, masks and strings in, text out.
import { shareCaution } from '../domain/digest';
import type { PersonCount } from '../domain/figures';
import { COUNT_KEYS, type CountMask, type Hidden } from '../domain/small-groups';
import type { Strings } from './locales';

export interface Masker {
  /** The minimum group size shown, or null for exact figures (manager's digest, report). */
  min: number | null;
  /** total, women, men, other */
  count(c: PersonCount, m?: CountMask): string[];
  one(n: number, h?: Hidden): string;
  share(v: number | null, h?: Hidden): string;
  /** Any value already written out (a ratio), or how it is hidden. */
  text(v: string, h?: Hidden): string;
  /** Whether a share over `base` people gets the caution (domain/digest.ts): not when it is hidden. */
  caution(base: number, h?: Hidden): boolean;
}

export function masker(t: Strings, min: number | null): Masker {
  const s = t.records.smallGroups;
  const hide = (h: Hidden | undefined): string | null => {
    if (min === null || !h) return null;
    return h === 'few' ? s.few(min) : s.hidden;
  };
  const one = (n: number, h?: Hidden) => hide(h) ?? String(n);
  return {
    min,
    one,
    count: (c, m) => COUNT_KEYS.map((k) => one(c[k], m?.[k])),
    share: (v, h) => hide(h) ?? t.digest.pct(v),
    text: (v, h) => hide(h) ?? v,
    caution: (base, h) => hide(h) === null && shareCaution(base),
  };
}
