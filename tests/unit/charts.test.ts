import { describe, expect, it } from 'vitest';
import {
  inGroups,
  MAX_SERIES,
  scoreBarChart,
  scoreLineChart,
  stackedRows,
  text,
} from '../../cards/core';

const series = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    legend: `area ${i}`,
    values: [{ x: '2026-11-23', y: 3 }],
  }));

describe('score charts', () => {
  it('draw every line chart on the fixed 1–5 scale, each line in a colour of its own', () => {
    const c = scoreLineChart({ title: 't', series: series(4), fallback: text('x') });
    expect(c).toMatchObject({ type: 'Chart.Line', yMin: 1, yMax: 5 });
    const colours = (c.data as { color: string }[]).map((d) => d.color);
    expect(new Set(colours).size).toBe(4);
  });

  it('refuse more lines than a person can follow; inGroups splits them into charts', () => {
    expect(() => scoreLineChart({ title: 't', series: series(5), fallback: text('x') })).toThrow();
    expect(inGroups(series(11)).map((g) => g.length)).toEqual([4, 4, 3]);
    expect(MAX_SERIES).toBe(4);
  });

  it('draw a score bar as the score and the rest up to 5, so every bar has the same length', () => {
    const c = scoreBarChart({
      title: 't',
      bars: [
        { label: 'a', score: 2 },
        { label: 'b', score: 5 },
      ],
      scoreLegend: 'score',
      restLegend: 'up to 5',
      fallback: text('x'),
    });
    const rows = c.data as { data: { value: number }[] }[];
    expect(rows.map((r) => r.data.reduce((s, d) => s + d.value, 0))).toEqual([5, 5]);
  });

  it('stacks table rows as a title and "header: value" facts under it', () => {
    const el = stackedRows(['Insats', 'Förvaltning'], [['SFI', 'Vuxenutbildningen']]);
    expect(JSON.stringify(el)).toContain('Förvaltning: Vuxenutbildningen');
  });
});
