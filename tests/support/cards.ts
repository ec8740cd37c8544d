/** Walks a card and yields every object in it (elements, actions, inline ShowCard cards). */
export function* walk(node: unknown): Generator<any> {
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n);
  } else if (node && typeof node === 'object') {
    yield node;
    for (const v of Object.values(node)) yield* walk(v);
  }
}

/** The Action.Execute with this verb (and, optionally, data matching `where`). Throws when absent. */
export function findAction(card: any, verb: string, where: Record<string, unknown> = {}): any {
  for (const n of walk(card)) {
    if (
      n.type === 'Action.Execute' &&
      n.verb === verb &&
      Object.entries(where).every(([k, v]) => n.data?.[k] === v)
    )
      return n;
  }
  throw new Error(
    `no Action.Execute "${verb}" ${JSON.stringify(where)} in card:\n${allText(card)}`,
  );
}

export function hasAction(card: any, verb: string): boolean {
  for (const n of walk(card)) if (n.type === 'Action.Execute' && n.verb === verb) return true;
  return false;
}

/** All text a person would read on the card (TextBlocks, facts, labels, titles), one string. */
export function allText(card: any): string {
  const out: string[] = [];
  for (const n of walk(card)) {
    if (n.type === 'TextBlock' || n.type === 'TextRun') out.push(n.text);
    if (n.type === 'FactSet') for (const f of n.facts) out.push(`${f.title} ${f.value}`);
    if (typeof n.label === 'string' && n.type?.startsWith('Input.')) out.push(n.label);
    if (n.type?.startsWith('Action.')) out.push(n.title);
  }
  return out.join('\n');
}

/** The inputs on a card, by id, with their current values. */
export function inputs(card: any): Record<string, any> {
  const out: Record<string, any> = {};
  for (const n of walk(card))
    if (typeof n.type === 'string' && n.type.startsWith('Input.') && n.id) out[n.id] = n.value;
  return out;
}

/**
 * What Teams sends for the card's inputs as drawn, on an Action.Execute: every input that holds a
 * value; an input left empty is not sent at all (adaptivecards `isSet()`), a toggle always is.
 */
export function sentInputs(card: any): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs(card)))
    if (v !== undefined && v !== null && v !== '') out[k] = String(v);
  return out;
}

/** The parts of an access request as sent (cards/records.ts exportPartCard): the text and the JSON, each joined. */
export function accessRequestOf(cards: any[]): { text: string; json: any } {
  const parts = cards.map((c) => ({ title: allText(c), body: c.body.at(-1).text as string }));
  const joined = (kind: RegExp) =>
    parts
      .filter((x) => kind.test(x.title))
      .map((x) => x.body)
      .join('\n');
  return { text: joined(/: läsbar text/), json: JSON.parse(joined(/: JSON/)) };
}

/** The choices of the card's input with this id (undefined when the card has no such input). */
export const choicesOf = (card: unknown, id: string): any[] | undefined =>
  [...walk(card)].find((n) => n.id === id)?.choices;

/** The values of those choices (empty when there is no such input). */
export const choiceValues = (card: unknown, id: string): string[] =>
  (choicesOf(card, id) ?? []).map((c) => c.value);
