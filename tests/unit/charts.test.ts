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
import {
  historyCharts,
  progressionCard,
  RECENT_SESSIONS,
  type ProgressionView,
} from '../../cards/progression';
import { CARD_BUDGET_BYTES } from '../support/connector';
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

describe('the progression card of a participant followed for years', () => {
  const ids = SAMSYN_STANDARD.indicators.map((i) => i.id);
  const n = 60;
  const dates = Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2020, 0, 6 + i * 30));
    return d.toISOString().slice(0, 10);
  });
  const view: ProgressionView = {
    code: 'D-X7XP',
    areas: Object.fromEntries(SAMSYN_STANDARD.indicators.map((i) => [i.id, i.area.sv])),
    instrumentLine: 'Samsyn standard (BIP/SKAPA), version 1',
    rows: ids.map((id) => ({ indicatorId: id, now: 4, first: 2, previous: 3, change: 1 })),
    risenCount: 12,
    comparable: 12,
    progressed: true,
    minRisen: 3,
    signals: { uniformTop: false, gap: null, stagnant: false },
    history: { dates, series: ids.map((id) => ({ indicatorId: id, values: dates.map(() => 3) })) },
    sessions: dates.map((date, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      date,
      revision: 1,
      savedAt: `${date}T10:00:00.000Z`,
    })),
    jobSearch: 'Jag frågar vänner och läser annonser på Arbetsförmedlingen varje vecka.',
  } as ProgressionView;
  const json = JSON.stringify(progressionCard(view, sv));

  it('stays within the card budget Teams accepts however many sessions there are', () => {
    expect(Buffer.byteLength(json)).toBeLessThan(CARD_BUDGET_BYTES);
  });

  it('draws and lists the latest sessions and says how many earlier ones the list leaves out', () => {
    const charts = historyCharts(view, sv) as unknown as { data: { values: unknown[] }[] }[];
    for (const c of charts) for (const d of c.data) expect(d.values).toHaveLength(RECENT_SESSIONS);
    expect(json).toContain(sv.rating.progression.earlierSessions(n - RECENT_SESSIONS));
    expect(json).toContain(dates.at(-1));
    expect(json).not.toContain(`• ${dates[0]}`);
  });
});
