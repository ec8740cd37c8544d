// Small builders that keep each card readable top to bottom. Pure: data in, Adaptive Card JSON out.
// Teams renders Adaptive Cards up to 1.5, so every card says version 1.5.

export type Json = Record<string, unknown>;
export type Element = Json;
export type Action = Json;

export interface AdaptiveCard extends Json {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Element[];
  actions?: Action[];
}

/** What every card action carries, so a repeated or stale submit is recognised. */
export interface FlowToken {
  flowId: string;
  step: string;
  rev: number;
}

export function card(
  body: (Element | null | undefined | false)[],
  actions: (Action | null | undefined | false)[] = [],
  extra: Json = {},
): AdaptiveCard {
  const acts = actions.filter(Boolean) as Action[];
  const c: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: body.filter(Boolean) as Element[],
  };
  if (acts.length) c.actions = acts;
  c.msteams = { width: 'Full' };
  return Object.assign(c, extra);
}

export function heading(text: string, subtle?: string): Element {
  const items: Element[] = [
    { type: 'TextBlock', text, size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' },
  ];
  if (subtle)
    items.push({ type: 'TextBlock', text: subtle, isSubtle: true, wrap: true, spacing: 'None' });
  return { type: 'Container', items };
}

export function subheading(text: string): Element {
  return { type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium' };
}

export function text(t: string, opts: Json = {}): Element {
  return { type: 'TextBlock', text: t, wrap: true, ...opts };
}

export function facts(pairs: [string, string][]): Element {
  return { type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) };
}

export function container(items: (Element | null | undefined | false)[], opts: Json = {}): Element {
  return { type: 'Container', items: items.filter(Boolean), ...opts };
}

export function columns(cols: { items: Element[]; width?: string }[], opts: Json = {}): Element {
  return {
    type: 'ColumnSet',
    columns: cols.map((c) => ({ type: 'Column', width: c.width ?? 'stretch', items: c.items })),
    ...opts,
  };
}

/** An error (or several) shown on the card itself, in the user's language. */
export function errorBanner(errors: string[] | undefined): Element | null {
  if (!errors || errors.length === 0) return null;
  return {
    type: 'Container',
    style: 'attention',
    id: 'errors',
    items: errors.map((e) => ({
      type: 'TextBlock',
      text: e,
      wrap: true,
      color: 'Attention',
      weight: 'Bolder',
    })),
  };
}

export function notice(
  message: string,
  style: 'good' | 'warning' | 'accent' | 'emphasis' = 'emphasis',
): Element {
  return { type: 'Container', style, items: [{ type: 'TextBlock', text: message, wrap: true }] };
}

/** Action.Execute (Universal Actions): the bot answers with the next card, which replaces this one. */
export function execute(title: string, data: Json & { verb: string }, opts: Json = {}): Action {
  const { verb, ...rest } = data;
  return { type: 'Action.Execute', title, verb, data: { verb, ...rest }, ...opts };
}

export function showCard(title: string, inner: AdaptiveCard): Action {
  return { type: 'Action.ShowCard', title, card: inner };
}

export interface Choice {
  title: string;
  value: string;
}

/** The value of a "none / default" choice: Adaptive Cards refuse a choice with an empty value. */
export const NO_CHOICE = '-';

export function choiceInput(
  id: string,
  label: string,
  choices: Choice[],
  value: string | string[] | null | undefined,
  opts: {
    multi?: boolean;
    expanded?: boolean;
    required?: boolean;
    errorMessage?: string;
    placeholder?: string;
  } = {},
): Element {
  const e: Element = { type: 'Input.ChoiceSet', id, label, choices };
  if (value !== undefined && value !== null)
    e.value = Array.isArray(value) ? value.join(',') : value;
  if (opts.multi) e.isMultiSelect = true;
  e.style = opts.expanded ? 'expanded' : 'compact';
  if (opts.required) e.isRequired = true;
  if (opts.errorMessage) e.errorMessage = opts.errorMessage;
  if (opts.placeholder) e.placeholder = opts.placeholder;
  e.wrap = true;
  return e;
}

export function textInput(
  id: string,
  label: string,
  value: string | null | undefined,
  opts: {
    multiline?: boolean;
    maxLength?: number;
    required?: boolean;
    errorMessage?: string;
    placeholder?: string;
    regex?: string;
  } = {},
): Element {
  const e: Element = { type: 'Input.Text', id, label };
  if (value) e.value = value;
  if (opts.multiline) e.isMultiline = true;
  if (opts.maxLength) e.maxLength = opts.maxLength;
  if (opts.required) e.isRequired = true;
  if (opts.errorMessage) e.errorMessage = opts.errorMessage;
  if (opts.placeholder) e.placeholder = opts.placeholder;
  if (opts.regex) e.regex = opts.regex;
  return e;
}

export function numberInput(
  id: string,
  label: string,
  value: number | null | undefined,
  opts: { min?: number; max?: number; required?: boolean; errorMessage?: string } = {},
): Element {
  const e: Element = { type: 'Input.Number', id, label };
  if (value !== undefined && value !== null) e.value = value;
  if (opts.min !== undefined) e.min = opts.min;
  if (opts.max !== undefined) e.max = opts.max;
  if (opts.required) e.isRequired = true;
  if (opts.errorMessage) e.errorMessage = opts.errorMessage;
  return e;
}

export function dateInput(
  id: string,
  label: string,
  value: string | null | undefined,
  opts: { required?: boolean; errorMessage?: string; min?: string; max?: string } = {},
): Element {
  const e: Element = { type: 'Input.Date', id, label };
  if (value) e.value = value;
  if (opts.min) e.min = opts.min;
  if (opts.max) e.max = opts.max;
  if (opts.required) e.isRequired = true;
  if (opts.errorMessage) e.errorMessage = opts.errorMessage;
  return e;
}

export function toggle(
  id: string,
  title: string,
  value: boolean | null | undefined,
  label?: string,
): Element {
  const e: Element = { type: 'Input.Toggle', id, title };
  if (label) e.label = label;
  e.value = value ? 'true' : 'false';
  e.valueOn = 'true';
  e.valueOff = 'false';
  e.wrap = true;
  return e;
}

/** The longest run a line may not break inside (a word; a line may break after - – — /). */
function longestWord(t: string): number {
  return Math.max(0, ...t.split(/[\s\-\u2013\u2014/]+/).map((w) => w.length));
}

/**
 * A table that works in every client (Table is Adaptive Cards 1.5). Each column is as wide, in
 * proportion, as the longest word in it (header included), so no word is squeezed into a column
 * narrower than itself while another column has room; `firstColumnWidth` fixes the first one.
 * Keep tables to three narrow columns for a phone (360 px); `stackedRows` has room for more.
 */
export function table(
  headers: string[],
  rows: string[][],
  opts: { firstColumnWidth?: number } = {},
): Element {
  const cell = (t: string, bold = false) => ({
    type: 'TableCell',
    items: [{ type: 'TextBlock', text: t, wrap: true, ...(bold ? { weight: 'Bolder' } : {}) }],
  });
  const widths = headers.map((h, i) =>
    Math.max(4, longestWord(h) + 1, ...rows.map((r) => longestWord(r[i] ?? '') + 1)),
  );
  if (opts.firstColumnWidth !== undefined && widths.length > 0)
    widths[0] = Math.max(widths[0]!, opts.firstColumnWidth);
  return {
    type: 'Table',
    gridStyle: 'accent',
    firstRowAsHeaders: true,
    columns: widths.map((width) => ({ width })),
    rows: [
      { type: 'TableRow', cells: headers.map((h) => cell(h, true)) },
      ...rows.map((r) => ({ type: 'TableRow', cells: r.map((c) => cell(c)) })),
    ],
  };
}

/**
 * Rows as stacked facts, readable at 360 px (no word is squeezed into a narrow column): the first
 * cell as the row's title, the other cells as "header: value" on one wrapping line under it.
 */
export function stackedRows(headers: string[], rows: string[][], extra: Element[][] = []): Element {
  return container(
    rows.map((r, i) =>
      container(
        [
          text(r[0] ?? '', { weight: 'Bolder' }),
          r.length > 1
            ? text(
                r
                  .slice(1)
                  .map((c, j) => `${headers[j + 1]}: ${c}`)
                  .join(' · '),
                {
                  spacing: 'None',
                },
              )
            : null,
          ...(extra[i] ?? []),
        ],
        { separator: i > 0 },
      ),
    ),
  );
}

export * from './charts';
