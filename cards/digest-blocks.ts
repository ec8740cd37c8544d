// The digest's building blocks, laid out for a 360 px phone first: a figure is its label on a line
// of its own with its values beneath in at most three narrow columns (total, women, men; or the
// period and since the start), never a wide table whose cells cut a number off. Pure.
import type { Element } from './core';

export const n = (x: number) => String(x);

/** At most this many value columns beside nothing: three fit a 360 px phone with "färre än 5" in each. */
const MAX_COLUMNS = 3;

// Equal weights keep the columns of a list aligned under its heads. A value wraps only where it can
// (a space): the card has many of them and Teams limits a message to about 28 KB.
const cell = (text: string, opts: Record<string, unknown> = {}) => ({
  type: 'Column',
  width: 1,
  items: [{ type: 'TextBlock', text, ...(text.includes(' ') ? { wrap: true } : {}), ...opts }],
});

/** The column headers of a list of figures (e.g. Totalt, Kvinnor, Män), once at its top. */
export function columnHeads(heads: string[]): Element {
  if (heads.length > MAX_COLUMNS) throw new Error(`at most ${MAX_COLUMNS} columns`);
  return {
    type: 'ColumnSet',
    columns: heads.map((h) => cell(h, { isSubtle: true, size: 'Small' })),
    spacing: 'Small',
  };
}

/**
 * One figure: its label, then its values in the columns of the list's heads. A `note` (a caution,
 * "few to go on") is shown beneath in the warning colour.
 */
export function figure(label: string, values: string[], note?: string | null): Element[] {
  if (values.length > MAX_COLUMNS) throw new Error(`at most ${MAX_COLUMNS} columns`);
  // The label in grey above its values in black: the numbers stand out without a bold per value.
  return [
    { type: 'TextBlock', text: label, wrap: true, isSubtle: true },
    { type: 'ColumnSet', columns: values.map((v) => cell(v)), spacing: 'None' },
    ...(note
      ? [
          {
            type: 'TextBlock',
            text: note,
            wrap: true,
            size: 'Small',
            color: 'Warning',
            spacing: 'None',
          },
        ]
      : []),
  ];
}

/** A one-line fact, the label in bold: for what has a single value (a share against its target). */
export function line(label: string, value: string, opts: Record<string, unknown> = {}): Element {
  return {
    type: 'TextBlock',
    text: `**${label}:** ${value}`,
    wrap: true,
    spacing: 'Small',
    ...opts,
  };
}
