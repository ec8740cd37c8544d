// Reading the digest card as a person does: a figure's label, then its values beneath
// (cards/digest-blocks.ts).
import { walk } from './cards';

/**
 * The values shown under the figure labelled `label` (total, women, men; or the period and since
 * the start), the `nth` time that label appears (0: the period's). Throws when there is none.
 */
export function figureValues(card: unknown, label: string, nth = 0): string[] {
  const nodes = [...walk(card)];
  let seen = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type !== 'TextBlock' || node.text !== label) continue;
    if (seen++ < nth) continue;
    const values = nodes.slice(i + 1).find((x) => x.type === 'ColumnSet');
    if (!values) break;
    return values.columns.map((c: any) => c.items.map((x: any) => x.text).join(' '));
  }
  throw new Error(`no figure "${label}" (${nth})`);
}
