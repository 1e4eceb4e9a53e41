// Character classes for the scanner. Each test looks at one code point, so scanning stays
// linear in the text whatever it holds.

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const NUMERIC = /\p{N}/u;
const SPACE = /\s/u;
const PUNCT = /\p{P}/u;

/** The code point at `i` as a string (two code units for astral characters, '' past the end). */
export function charAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i] ?? '';
}

/** White space exactly as JavaScript's `\s` sees it, so `assertDoc`'s gap check agrees. */
export function isSpace(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  }
  return ch.length > 0 && SPACE.test(ch);
}

export function isLetter(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  return ch.length > 0 && LETTER.test(ch);
}

/** Combining marks (accents, variation selectors): they belong to the character before them. */
export function isMark(ch: string): boolean {
  return ch.length > 0 && ch.charCodeAt(0) >= 0x300 && MARK.test(ch);
}

/** Decimal digits of any script, astral ones (`𝟏`) included. */
export function isDigit(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return c >= 48 && c <= 57;
  }
  return ch.length > 0 && DIGIT.test(ch);
}

/** Other numeric characters (`½`, `²`, `Ⅻ`): a number token of their own. */
export function isNumeric(ch: string): boolean {
  return ch.length > 0 && ch.charCodeAt(0) >= 128 && NUMERIC.test(ch);
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Invisible format characters that may sit inside a word without splitting it: soft hyphen,
 * zero-width non-joiner and joiner, word joiner.
 */
export function isJoiner(ch: string): boolean {
  return ch === '\u00ad' || ch === '\u200c' || ch === '\u200d' || ch === '\u2060';
}

/** Apostrophes inside words and before clitics: straight, right single quote, modifier letter. */
export const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);

/** Hyphens that join the parts of a compound (`China-Russia`, `US-led`). */
export const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** Characters that end a sentence, alone or in runs (`?!`, `...`); CJK full-width forms too. */
export const TERMINALS = new Set(['.', '!', '?', '\u2026', '\u203c', '\u2047', '\u2048', '\u2049', '\u3002', '\uff01', '\uff1f', '\uff61']);

/** Closing quotes and brackets that stay with the sentence they close (`alliances.”`). */
export const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', '\u203a', ')', ']', '}']);

// Unicode files these under punctuation (Po), but in prose they are signs, like `$` or `+`.
const SIGNS = new Set(['%', '\u2030', '\u2031', '#', '&', '@', '*', '\u2020', '\u2021', '\u00a7', '\u00b6', '\u2032', '\u2033', '\u2116']);

/** `punct` for punctuation proper, `symbol` for every other character that is no letter or digit. */
export function markKind(ch: string): 'punct' | 'symbol' {
  return PUNCT.test(ch) && !SIGNS.has(ch) ? 'punct' : 'symbol';
}

/** Line and paragraph separators: a break here always ends a sentence. */
export function isLineBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' || ch === '\u000b' || ch === '\u000c';
}
