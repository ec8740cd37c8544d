// Charts of scores (Teams Chart.* elements, with a fallback for clients without charts). Pure.
import type { Element } from './core';

/** The method's scale: every score chart runs from 1 (stämmer inte alls) to 5 (stämmer helt). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** Colours a person can tell apart (Teams' categorical set), one per line. */
export const SERIES_COLOURS = [
  'categoricalBlue',
  'categoricalMarigold',
  'categoricalTeal',
  'categoricalPurple',
] as const;

/** At most this many lines in one chart: more cannot be followed (split them: `inGroups`). */
export const MAX_SERIES = SERIES_COLOURS.length;

/** Splits a list into groups of at most `size` (e.g. one chart per group of areas). */
export function inGroups<T>(items: readonly T[], size = MAX_SERIES): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface ScoreSeries {
  legend: string;
  values: { x: string; y: number }[];
}

/**
 * A line chart of scores on the fixed 1–5 axis, each line in its own colour, at most MAX_SERIES
 * lines (give more as several charts with `inGroups`). `fallback` is what clients without charts
 * (and the browser test's renderer) draw.
 */
export function scoreLineChart(o: {
  title: string;
  xAxisTitle?: string;
  yAxisTitle?: string;
  series: ScoreSeries[];
  fallback: Element;
}): Element {
  if (o.series.length > MAX_SERIES)
    throw new Error(`a chart of ${o.series.length} lines: split them with inGroups`);
  return {
    type: 'Chart.Line',
    title: o.title,
    ...(o.xAxisTitle ? { xAxisTitle: o.xAxisTitle } : {}),
    ...(o.yAxisTitle ? { yAxisTitle: o.yAxisTitle } : {}),
    yMin: SCORE_MIN,
    yMax: SCORE_MAX,
    data: o.series.map((s, i) => ({ ...s, color: SERIES_COLOURS[i] })),
    fallback: o.fallback,
  };
}

/**
 * Scores as bars on a fixed 0–5 length: each bar is the score and the rest up to 5 in grey (a
 * stacked bar), so a 3 looks like three fifths whatever the other scores are.
 */
export function scoreBarChart(o: {
  title: string;
  bars: { label: string; score: number }[];
  scoreLegend: string;
  restLegend: string;
  fallback: Element;
}): Element {
  return {
    type: 'Chart.HorizontalBar.Stacked',
    title: o.title,
    data: o.bars.map((b) => ({
      title: b.label,
      data: [
        { legend: o.scoreLegend, value: b.score, color: SERIES_COLOURS[0] },
        { legend: o.restLegend, value: SCORE_MAX - b.score, color: 'neutral' },
      ],
    })),
    fallback: o.fallback,
  };
}
