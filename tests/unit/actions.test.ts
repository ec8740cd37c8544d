import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definedActions } from '../../cards/actions';
import { strings } from '../../cards/locales';
import { MODULES } from '../../dialogs';
import type { CardSample } from '../browser/samples/types';

const SAMPLES_DIR = join(__dirname, '..', 'browser', 'samples');
const routed = new Set(MODULES.flatMap((m) => m.actions ?? []).map((a) => a.verb));

/** Every Action.Execute verb in a card, wherever it sits (actions, action sets, show-cards, refresh). */
function verbsIn(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) verbsIn(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Execute' && typeof o.verb === 'string') out.add(o.verb);
    for (const v of Object.values(o)) verbsIn(v, out);
  }
  return out;
}

async function sampleVerbs(): Promise<Map<string, string>> {
  const where = new Map<string, string>();
  for (const file of readdirSync(SAMPLES_DIR).filter(
    (f) => f.endsWith('.ts') && f !== 'types.ts',
  )) {
    const { samples } = (await import(join(SAMPLES_DIR, file))) as { samples: CardSample[] };
    for (const s of samples) {
      for (const locale of ['sv', 'en'] as const) {
        for (const verb of verbsIn(s.build(strings(locale)))) where.set(verb, s.name);
      }
    }
  }
  return where;
}

describe('card actions and routes agree', () => {
  it('routes every card action that is defined', () => {
    const defined = definedActions().map((a) => a.verb);
    expect(defined.length).toBeGreaterThan(0);
    expect(defined.filter((v) => !routed.has(v))).toEqual([]);
  });

  it('routes every verb a card can emit (every sample card of every area)', async () => {
    const emitted = await sampleVerbs();
    expect(emitted.size).toBeGreaterThan(20);
    const unrouted = [...emitted]
      .filter(([verb]) => !routed.has(verb))
      .map(([v, s]) => `${v} (${s})`);
    expect(unrouted).toEqual([]);
  });

  it('routes only defined card actions (every verb written once, in its card family)', () => {
    const defined = new Set(definedActions().map((a) => a.verb));
    expect([...routed].filter((v) => !defined.has(v))).toEqual([]);
  });

  it('routes each verb once', () => {
    const verbs = MODULES.flatMap((m) => m.actions ?? []).map((a) => a.verb);
    expect(verbs.filter((v, i) => verbs.indexOf(v) !== i)).toEqual([]);
  });
});
