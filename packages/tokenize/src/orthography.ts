import { charAt, isLower, isUpper } from './01-chars.js';
import type { RawToken } from './word.js';

/**
 * How the document itself writes each word, in the manner of Punkt's orthographic heuristic:
 * whether a word occurs in lower case, and whether it occurs capitalised in the middle of a
 * sentence (after a word, number, comma or semicolon on the same line). A capitalised word
 * after `U.S.` that the essay otherwise writes in lower case only (`Exports` / `exports`)
 * starts a new sentence; one it also capitalises mid-sentence (`President`) does not.
 */
export interface Orthography {
  lower: ReadonlySet<string>;
  upperMid: ReadonlySet<string>;
}

const MID_PUNCT = new Set([',', ';']);

/** One pass over the tokens. */
export function orthographyOf(text: string, tokens: readonly RawToken[], lineBreakBetween: (a: RawToken, b: RawToken) => boolean): Orthography {
  const lower = new Set<string>();
  const upperMid = new Set<string>();
  tokens.forEach((token, k) => {
    if (token.kind !== 'word' || token.abbreviation) return;
    const first = charAt(text, token.start);
    const word = text.slice(token.start, token.end).toLowerCase();
    if (isLower(first)) lower.add(word);
    else if (isUpper(first)) {
      const previous = tokens[k - 1];
      const mid =
        previous !== undefined &&
        !lineBreakBetween(previous, token) &&
        (((previous.kind === 'word' || previous.kind === 'number') && !previous.abbreviation) || MID_PUNCT.has(text.slice(previous.start, previous.end)));
      if (mid) upperMid.add(word);
    }
  });
  return { lower, upperMid };
}
