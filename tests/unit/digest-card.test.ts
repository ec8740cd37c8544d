import { describe, expect, it } from 'vitest';
import { digestOf, generate, RULES } from '../../bench/digest';
import { DIGEST_BUDGET_BYTES, digestCard } from '../../cards/digest';
import { en, sv } from '../../cards/locales';
import { DEFAULT_DEPARTMENTS } from '../../domain/departments';
import { buildDigest } from '../../domain/digest';
import { indexFigures } from '../../domain/figures';
import { allText } from '../support/cards';
import { CARD_BUDGET_BYTES } from '../support/connector';

const view = (digest: ReturnType<typeof digestOf>) => ({
  digest,
  departments: DEFAULT_DEPARTMENTS,
  ratingIntervalWeeks: 12,
});

describe('the digest card within Teams’ size limit', () => {
  it("lists every outcome of a week, with the change theory's figures", () => {
    const card = digestCard(view(digestOf(generate(300, 4, 7))), sv);
    expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThanOrEqual(
      DIGEST_BUDGET_BYTES,
    );
    expect(allText(card)).toContain('Förändringsteorins mått – Sedan start');
    expect(allText(card)).not.toContain(sv.digest.outcomesInReport);
  });

  it('leaves out the per-outcome list of a large period, and says the report has it', () => {
    const digest = buildDigest(indexFigures(generate(3000, 3)), RULES, {
      period: { from: '2024-01-01', to: '2026-11-22' },
      week: '2026-W47',
      cumulativeFrom: '2024-01-01',
      asOf: '2026-11-23',
      exitTargetShare: 0.3,
      ratingIntervalWeeks: 12,
    });
    for (const t of [sv, en]) {
      const card = digestCard(view(digest), t);
      expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThan(CARD_BUDGET_BYTES);
      expect(allText(card)).toContain(t.digest.outcomesInReport);
      expect(allText(card)).toContain(t.digest.change.title);
    }
  });
});
