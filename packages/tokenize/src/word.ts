import type { TokenKind } from '@essaylens/doc';
import { APOSTROPHES, charAt, isDigit, isJoiner, isLetter, isMark, isSpace, isUpper } from './01-chars.js';
import { abbreviationGroup, isSentenceStarter } from './abbreviations.js';

/** A token before normalisation: offsets and kind. */
export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
  /**
   * Set on a word that kept its trailing period: an abbreviation from the data file (by its
   * group), an initialism (`U.S.`, `e.g.`, `Ph.D.`) or a single initial (`J.`).
   */
  abbreviation?: 'never_final' | 'final_before_capital' | 'initialism' | 'initial';
}

/** Clitics written after an apostrophe that are tokens of their own (`Russia’s`, `they’re`). */
const CLITICS = ['s', 're', 've', 'll', 'd', 'm'];

/** Past any combining marks at `i` (they belong to the character before them). */
export function skipMarks(text: string, i: number): number {
  let j = i;
  for (let ch = charAt(text, j); isMark(ch); ch = charAt(text, j)) j += ch.length;
  return j;
}

/** True when an apostrophe at `j` begins a clitic (`’s`, `’re`) that is a token of its own. */
export function startsClitic(text: string, j: number): boolean {
  for (const c of CLITICS) {
    if (text.slice(j + 1, j + 1 + c.length).toLowerCase() === c && !isLetter(charAt(text, j + 1 + c.length))) return true;
  }
  return false;
}

/** The end of the clitic whose apostrophe is at `i`. */
export function scanClitic(text: string, i: number): number {
  let end = i + 1;
  for (let ch = charAt(text, end); isLetter(ch); ch = charAt(text, end)) end += ch.length;
  return skipMarks(text, end);
}

/** A number (`500,000`, `1.1`, `2nd`, `1990s`) starting at digit `i`. */
export function scanNumber(text: string, i: number): number {
  let j = i;
  for (;;) {
    for (let ch = charAt(text, j); isDigit(ch) || isMark(ch); ch = charAt(text, j)) j += ch.length;
    const sep = text[j];
    if ((sep === ',' || sep === '.') && isDigit(charAt(text, j + 1))) j++;
    else break;
  }
  for (const suffix of ['st', 'nd', 'rd', 'th', 's']) {
    const k = j + suffix.length;
    if (text.slice(j, k).toLowerCase() === suffix && !isLetter(charAt(text, k)) && !isDigit(charAt(text, k))) return skipMarks(text, k);
  }
  return j;
}

/** Letters, marks and digits from `i`, with apostrophes and joiners between letters kept inside. */
function scanWordBody(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const ch = charAt(text, j);
    if (isLetter(ch) || isMark(ch) || isDigit(ch)) j += ch.length;
    else if (isJoiner(ch) && isLetter(charAt(text, j + 1))) j += 1;
    else if (APOSTROPHES.has(ch) && isLetter(charAt(text, j + 1)) && !startsClitic(text, j)) j += 1;
    else break;
  }
  return j;
}

/** `n't` at the end of a word body from `start` to `end`: returns where the clitic begins, or -1. */
function negativeClitic(text: string, start: number, end: number): number {
  if (end - start <= 3) return -1;
  const n = text[end - 3];
  const t = text[end - 1];
  return (n === 'n' || n === 'N') && APOSTROPHES.has(text[end - 2] ?? '') && (t === 't' || t === 'T') ? end - 3 : -1;
}

const MAX_INITIALISM_PARTS = 12;

/**
 * An initialism at `i`: two or more parts of one or two letters, each followed by a period, at
 * least one part a single letter, and no letter or digit right after (`U.S.`, `e.g.`, `i.e.`,
 * `a.m.`, `Ph.D.`). Returns its end or -1. Looks at a bounded number of parts.
 */
function scanInitialism(text: string, i: number): number {
  let j = i;
  let parts = 0;
  let single = false;
  while (parts < MAX_INITIALISM_PARTS) {
    let letters = 0;
    let k = j;
    for (let ch = charAt(text, k); isLetter(ch) && letters < 3; ch = charAt(text, k)) {
      k = skipMarks(text, k + ch.length);
      letters++;
    }
    if (letters === 0 || letters > 2 || text[k] !== '.') break;
    if (letters === 1) single = true;
    parts++;
    j = k + 1;
  }
  const after = charAt(text, j);
  return parts >= 2 && single && !isLetter(after) && !isDigit(after) ? skipMarks(text, j) : -1;
}

/** The first code point of the next non-space run after `i`, and the word that starts there (at most 16 letters). */
function lookAhead(text: string, i: number): { first: string; word: string } {
  let j = i;
  while (j < text.length && isSpace(charAt(text, j))) j += charAt(text, j).length;
  let k = j;
  while (k - j < 16 && isLetter(charAt(text, k))) k += charAt(text, k).length;
  return { first: charAt(text, j), word: text.slice(j, k).toLowerCase() };
}

/**
 * Scans a word at `i` (with initialisms, abbreviations, initials and `n't`), pushes its
 * token(s) and returns where it ends.
 */
export function scanWord(text: string, i: number, tokens: RawToken[]): number {
  pushWord(text, i, tokens);
  // a mark after an abbreviation's period still belongs to the token before it
  const last = tokens[tokens.length - 1]!;
  last.end = skipMarks(text, last.end);
  return last.end;
}

function pushWord(text: string, i: number, tokens: RawToken[]): void {
  const initialism = scanInitialism(text, i);
  if (initialism > 0) {
    tokens.push({ start: i, end: initialism, kind: 'word', abbreviation: 'initialism' });
    return;
  }
  const end = scanWordBody(text, i);
  const neg = negativeClitic(text, i, end);
  if (neg > 0) {
    tokens.push({ start: i, end: neg, kind: 'word' }, { start: neg, end, kind: 'word' });
    return;
  }
  // a period followed by another is an ellipsis, not an abbreviation's
  if (text[end] === '.' && text[end + 1] !== '.') {
    const word = text.slice(i, end);
    const group = abbreviationGroup(word.toLowerCase());
    if (group === 'never_final' || group === 'final_before_capital') {
      tokens.push({ start: i, end: end + 1, kind: 'word', abbreviation: group });
      return;
    }
    const next = lookAhead(text, end + 1);
    if (group === 'before_number' && isDigit(next.first)) {
      tokens.push({ start: i, end: end + 1, kind: 'word', abbreviation: 'never_final' });
      return;
    }
    // `I.` is the pronoun ending a sentence far more often than an initial; `Plan B. The`
    // ends one, so a capital that usually opens sentences does not make `B.` an initial
    const single = skipMarks(text, i + charAt(text, i).length) === end && isUpper(charAt(text, i)) && word !== 'I';
    if (single && isUpper(next.first) && !isSentenceStarter(next.word)) {
      tokens.push({ start: i, end: end + 1, kind: 'word', abbreviation: 'initial' });
      return;
    }
  }
  tokens.push({ start: i, end, kind: 'word' });
}
