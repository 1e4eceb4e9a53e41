/**
 * Lexicon names are matched against the Doc's tokens, so each name is cut the way the
 * tokenizer cuts text: white space separates, hyphens, slashes, plus signs, brackets and commas
 * are tokens of their own, a possessive `'s` is split off, and periods stay inside (`U.S.`,
 * `Inc.`). A test checks this against the real tokenizer for every lexicon name.
 */
const SPLIT = /([-‐–/+(),&]|['’]s\b|['’]$)/u;

/** The surface pieces of a name, in tokenizer order (`US-led` → `US`, `-`, `led`). */
export function namePieces(name: string): string[] {
  const pieces: string[] = [];
  for (const chunk of name.trim().split(/\s+/u)) {
    for (const piece of chunk.split(SPLIT)) if (piece) pieces.push(piece);
  }
  return pieces;
}

/**
 * The matching key of one token or name piece: lower case, curly apostrophes folded, periods
 * dropped, so `U.S.` and `US`, `Inc.` and `Inc` share a key (case is checked separately).
 */
export function keyOf(text: string): string {
  return text.toLowerCase().replace(/[’‘]/gu, "'").replace(/\./gu, '');
}

/** How a name piece constrains the case of the text that matches it. */
export type CaseShape = 'any' | 'initial' | 'upper';

/**
 * `upper` for acronyms (`US` must not match the pronoun `us`), `initial` for capitalised
 * pieces (`China` must not match the tableware), `any` for lower-case pieces (`of`, `and`).
 */
export function caseShapeOf(piece: string): CaseShape {
  const letters = piece.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0 || letters === letters.toLowerCase()) return 'any';
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  return 'initial';
}

/** True when `text` has the case a piece of this shape asks for. */
export function fitsCase(text: string, shape: CaseShape): boolean {
  if (shape === 'any') return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return true;
  if (shape === 'upper') return letters === letters.toUpperCase();
  const first = letters[0]!;
  return first !== first.toLowerCase();
}

/** True when the token text starts with a capital letter (`China`, `G7`, `AfDB`). */
export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}
