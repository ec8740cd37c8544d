import { describe, expect, it } from 'vitest';
import {
  inGroups,
  MAX_SERIES,
  scoreBarChart,
  scoreLineChart,
  stackedRows,
  text,
} from '../../cards/core';
import { sv } from '../../cards/locales';
import { historyCharts, type ProgressionView } from '../../cards/progression';
import { SAMSYN_STANDARD } from '../../domain/instruments';

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

describe("the progression card's charts", () => {
  const ids = SAMSYN_STANDARD.indicators.map((i) => i.id);
  const dates = ['2026-02-02', '2026-05-04', '2026-08-03'];
  const view = {
    areas: Object.fromEntries(SAMSYN_STANDARD.indicators.map((i) => [i.id, i.area.sv])),
    history: {
      dates,
      series: ids.map((id, k) => ({ indicatorId: id, values: [1, k === 7 ? null : 3, 5] })),
    },
  } as unknown as ProgressionView;
  const charts = historyCharts(view, sv) as {
    type: string;
    yMin: number;
    yMax: number;
    data: { legend: string; color: string; values: { y: number }[] }[];
    fallback: { type: string };
  }[];

  it('draw the twelve areas as three charts of four lines, not twelve lines in one', () => {
    expect(charts.map((c) => c.data.length)).toEqual([4, 4, 4]);
    expect(charts.flatMap((c) => c.data.map((d) => d.legend))).toEqual(
      ids.map((id) => view.areas[id]),
    );
  });

  it('fix every chart at 1–5, with a colour per line and a fallback for clients without charts', () => {
    for (const c of charts) {
      expect(c).toMatchObject({ type: 'Chart.Line', yMin: 1, yMax: 5 });
      expect(new Set(c.data.map((d) => d.color)).size).toBe(c.data.length);
      expect(c.fallback.type).toBe('Container');
    }
    // Vet ej is a gap in the line, not a point at 0.
    expect(charts[1]!.data[3]!.values.map((v) => v.y)).toEqual([1, 5]);
  });

  it('title a single chart plainly and several charts as parts', () => {
    const one = historyCharts(
      { ...view, history: { dates, series: view.history.series.slice(0, 3) } },
      sv,
    );
    expect(one.map((c) => c.title)).toEqual([sv.rating.progression.chartTitle]);
    expect(charts.map((c) => (c as unknown as { title: string }).title)).toEqual(
      [1, 2, 3].map((i) => sv.rating.progression.chartGroupTitle(i, 3)),
    );
  });
});
