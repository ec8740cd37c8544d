// What a person meant by what they typed: a command name with a typo ("mina deltagre"), or a
// participant code alone ("d-x7xp"). Our own small edit distance: the strings are a few words
// long and the command list is short, so a dependency would buy nothing.
import { PARTICIPANT_CODE, normalizeCode } from './code';

/** Levenshtein distance with adjacent transpositions counted as one edit ("delatgare"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => Math.max(i, j) * Number(i === 0 || j === 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Edits allowed for a name of this length: one for short words, two from eight letters, three from 14. */
function tolerance(length: number): number {
  if (length >= 14) return 3;
  return length >= 8 ? 2 : 1;
}

/**
 * The command name the text most likely meant, with whatever followed it kept ("mina deltagre" →
 * "mina deltagare", "samtyke d-x7xp" → "samtycke d-x7xp"), or null when nothing is close.
 */
export function closestCommand(text: string, names: readonly string[]): string | null {
  const t = text.trim().toLowerCase();
  let best: { name: string; rest: string; distance: number } | null = null;
  for (const name of names) {
    const words = name.split(' ').length;
    const typed = t.split(' ');
    const head = typed.slice(0, words).join(' ');
    const rest = typed.slice(words).join(' ');
    const distance = editDistance(head, name);
    if (distance === 0 || distance > tolerance(name.length)) continue;
    if (!best || distance < best.distance) best = { name, rest, distance };
  }
  return best ? [best.name, best.rest].filter(Boolean).join(' ') : null;
}

/** The participant code when the text is a code and nothing else ("d-x7xp", "D-X7XP"). */
export function codeAlone(text: string): string | null {
  const code = normalizeCode(text);
  return PARTICIPANT_CODE.test(code) ? code : null;
}
