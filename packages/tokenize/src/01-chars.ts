// Character classes for the scanner. Each test looks at one code point, so scanning stays
// linear in the text whatever it holds.

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;

/** The code point at `i` as a string (two code units for astral characters). */
export function charAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i] ?? '';
}

export function isSpace(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  }
  return SPACE.test(ch);
}

export function isLetter(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  return LETTER.test(ch);
}

export function isMark(ch: string): boolean {
  return ch.length > 0 && ch.charCodeAt(0) >= 0x300 && MARK.test(ch);
}

export function isDigit(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return c >= 48 && c <= 57;
  }
  return DIGIT.test(ch);
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Apostrophes inside words and before clitics: straight, right single quote, modifier letter. */
export const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);

/** Hyphens that join the parts of a compound (`China-Russia`, `US-led`). */
export const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** Characters that end a sentence, alone or in runs (`?!`, `...`). */
export const TERMINALS = new Set(['.', '!', '?', '\u2026', '\u203c', '\u2047', '\u2048', '\u2049']);

/** Closing quotes and brackets that stay with the sentence they close (`alliances.”`). */
export const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', '\u203a', ')', ']', '}']);

/** Punctuation proper; other non-alphanumeric characters are symbols. */
export const PUNCTUATION = /^[\p{P}]$/u;

/** Line and paragraph separators: a break here always ends a sentence. */
export function isLineBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' || ch === '\u000b' || ch === '\u000c' || ch === '\u0085';
}
