/**
 * Expands a token pattern into the token sequences it stands for. Patterns are written the way
 * the tokenizer cuts text: `n't`, `'s` and the parts of hyphen compounds are tokens of their own,
 * so `so-called` becomes `so`, `-`, `called`.
 *
 * @param pattern - space-separated tokens; `a|b` alternatives, where `_` joins the tokens of a
 *   multi-token alternative (`has_become`); a trailing `?` marks a token optional.
 * @returns every sequence, lower case, none empty.
 * @example
 * expandPattern('may|might well?'); // [['may','well'], ['may'], ['might','well'], ['might']]
 */
export function expandPattern(pattern: string): string[][] {
  const slots = pattern.trim().toLowerCase().split(/\s+/u).map((slot) => {
    const optional = slot.length > 1 && slot.endsWith('?');
    const body = optional ? slot.slice(0, -1) : slot;
    return { optional, alternatives: body.split('|').filter(Boolean).map((alt) => alt.split('_').flatMap(splitHyphens)) };
  });
  let sequences: string[][] = [[]];
  for (const slot of slots) {
    const grown: string[][] = [];
    for (const sequence of sequences) {
      for (const alternative of slot.alternatives) grown.push([...sequence, ...alternative]);
      if (slot.optional) grown.push(sequence);
    }
    sequences = grown;
  }
  return sequences.filter((s) => s.length > 0);
}

function splitHyphens(word: string): string[] {
  if (word === '-' || !word.includes('-')) return [foldQuotes(word)];
  return word.split(/(-)/u).filter(Boolean).map(foldQuotes);
}

const foldQuotes = (word: string) => word.replace(/[\u2018\u2019]/gu, "'");
