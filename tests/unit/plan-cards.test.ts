import { describe, expect, it } from 'vitest';
import { en, sv } from '../../cards/locales';
import { allText } from '../support/cards';
import { samples as planSamples } from '../browser/samples/plan';
import { samples as exitSamples } from '../browser/samples/exit';

describe('plan and exit cards', () => {
  it('builds every sample in both languages as an Adaptive Card 1.5', () => {
    for (const s of [...planSamples, ...exitSamples]) {
      for (const t of [sv, en]) {
        const c = s.build(t);
        expect(c.type, s.name).toBe('AdaptiveCard');
        expect(c.version).toBe('1.5');
        expect(JSON.stringify(c)).not.toMatch(/undefined/);
      }
    }
  });
  it('keeps the read-only summary free of names, free text and health activities', () => {
    const summary = planSamples.find((s) => s.name === 'plan.summary')!.build(sv);
    const text = allText(summary);
    expect(text).toContain('D-4F7K');
    expect(text).not.toContain('Amina');
    expect(text).not.toContain('storkök'); // own words
    expect(text).not.toContain('Cykelkurs'); // free activity name
    expect(text).not.toContain('Karin'); // responsible person
    expect(text).not.toContain('Hälsogrupp');
    // Issue 10: one health rule (domain/forum.ts): a health activity is left out, not "Övrig insats".
    expect(text).not.toContain('Övrig insats');
  });
});
