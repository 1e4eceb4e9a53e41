import type { TokenKind } from '@essaylens/doc';
import { APOSTROPHES, HYPHENS, PUNCTUATION, TERMINALS, charAt, isDigit, isLetter, isMark, isSpace, isUpper } from './01-chars.js';
import { abbreviationGroup } from './abbreviations.js';

/** A token before normalisation: offsets and kind. */
export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
  /** Set on a word that kept its trailing period as an abbreviation or initial. */
  abbreviation?: 'never_final' | 'final_before_capital' | 'initialism' | 'initial';
}

const OPENERS = new Set(['(', '[', '<', '"', "'", '\u201c', '\u2018', '\u00ab']);
const CLITICS = ['s', 're', 've', 'll', 'd', 'm'];
const URL_START = /^(?:https?:\/\/|ftp:\/\/|www\.)/iu;
const DOMAIN_END = /\.(?:com|org|net|edu|gov|int|mil|io|info|eu|uk|de|fr|ru|cn|at|ch|nl|be|it|es|jp|in|au|ca|us|co|news|tv|me)$/iu;
/** Punctuation a URL may hold inside but not end with (`see www.x.com.`). */
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '"', "'", '\u2019', '\u201d', '>']);

/** Index just past the run of non-space characters starting at `i`. */
function endOfRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && !isSpace(charAt(text, j))) j += charAt(text, j).length;
  return j;
}

function count(text: string, from: number, to: number, ch: string): number {
  let n = 0;
  for (let k = from; k < to; k++) if (text[k] === ch) n++;
  return n;
}

/** A URL or e-mail address starting at `i`, or -1. */
function scanUrl(text: string, i: number, runEnd: number): number {
  const run = text.slice(i, runEnd);
  const isUrl = URL_START.test(run);
  const at = run.indexOf('@');
  const isEmail = at > 0 && /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u.test(run);
  let end = runEnd;
  const opened = count(text, i, end, '(');
  let closed = count(text, i, end, ')');
  while (end > i && URL_TRAILING.has(text[end - 1] ?? '')) {
    // keep a closing bracket the URL itself opened (`.../Foo_(bar)`)
    if (text[end - 1] === ')') {
      if (opened >= closed) break;
      closed--;
    }
    end--;
  }
  if (isUrl || isEmail) return end > i + 4 ? end : -1;
  const bare = text.slice(i, end);
  return /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?$/u.test(bare) && DOMAIN_END.test(bare.split('/')[0] ?? '') ? end : -1;
}

/** A number (`500,000`, `1.1`, `2nd`, `1990s`) starting at digit `i`. */
function scanNumber(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length && isDigit(text[j] ?? '')) j++;
    const sep = text[j];
    if ((sep === ',' || sep === '.') && isDigit(text[j + 1] ?? '')) j++;
    else break;
  }
  const suffix = /^(?:st|nd|rd|th|s)\b/iu.exec(text.slice(j, j + 3));
  if (suffix && !isLetter(charAt(text, j + suffix[0].length))) j += suffix[0].length;
  return j;
}

/** Letters, marks and digits from `i`, with apostrophes between letters kept inside. */
function scanWordBody(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const ch = charAt(text, j);
    if (isLetter(ch) || isMark(ch) || isDigit(ch)) j += ch.length;
    else if (APOSTROPHES.has(ch) && isLetter(charAt(text, j + 1)) && !startsClitic(text, j)) j += 1;
    else break;
  }
  return j;
}

/** True when an apostrophe at `j` begins a clitic (`’s`, `’re`) that is a token of its own. */
function startsClitic(text: string, j: number): boolean {
  for (const c of CLITICS) {
    if (text.slice(j + 1, j + 1 + c.length).toLowerCase() === c && !isLetter(charAt(text, j + 1 + c.length))) return true;
  }
  return false;
}

/** `n't` at the end of a word body from `start` to `end`: returns where the clitic begins, or -1. */
function negativeClitic(text: string, start: number, end: number): number {
  const tail = text.slice(end - 3, end).toLowerCase().replace('\u2019', "'");
  return end - start > 3 && tail === "n't" ? end - 3 : -1;
}

/**
 * Splits `text` into raw tokens in one left-to-right pass. Every character that is not white
 * space lands in exactly one token.
 */
export function scan(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  let i = 0;
  let runStart = -1;
  let runEnd = -1;
  while (i < text.length) {
    const ch = charAt(text, i);
    if (isSpace(ch)) {
      i += ch.length;
      continue;
    }
    const previous = tokens[tokens.length - 1];
    const atRunStart = !previous || previous.end < i;
    if (atRunStart) {
      runStart = i;
      runEnd = endOfRun(text, i);
    }
    // a URL starts a run of non-space characters, or follows one opening bracket or quote
    const urlCandidate = atRunStart || (i === runStart + 1 && OPENERS.has(text[runStart] ?? ''));
    if (urlCandidate && (isLetter(ch) || isDigit(ch))) {
      const url = scanUrl(text, i, runEnd);
      if (url > i) {
        tokens.push({ start: i, end: url, kind: 'url' });
        i = url;
        continue;
      }
    }
    if (isDigit(ch)) {
      const end = scanNumber(text, i);
      tokens.push({ start: i, end, kind: 'number' });
      i = end;
      continue;
    }
    if (isLetter(ch)) {
      i = scanWord(text, i, tokens);
      continue;
    }
    if (APOSTROPHES.has(ch) && previous?.end === i && previous.kind === 'word' && startsClitic(text, i)) {
      let end = i + 1;
      while (isLetter(charAt(text, end))) end++;
      tokens.push({ start: i, end, kind: 'word' });
      i = end;
      continue;
    }
    if (TERMINALS.has(ch) || HYPHENS.has(ch) || ch === '*' || ch === '=' || ch === '_' || ch === '~') {
      // runs of one kind of mark stay one token (`...`, `?!`, `--`, `***`)
      let end = i + 1;
      const same = TERMINALS.has(ch) ? TERMINALS : new Set([ch]);
      while (end < text.length && same.has(text[end] ?? '')) end++;
      tokens.push({ start: i, end, kind: PUNCTUATION.test(ch) ? 'punct' : 'symbol' });
      i = end;
      continue;
    }
    let end = i + ch.length;
    while (end < text.length && isMark(charAt(text, end))) end += charAt(text, end).length;
    tokens.push({ start: i, end, kind: PUNCTUATION.test(ch) ? 'punct' : 'symbol' });
    i = end;
  }
  return tokens;
}

/** Scans a word at `i` (with initialisms, abbreviations and `n't`) and returns where it ends. */
function scanWord(text: string, i: number, tokens: RawToken[]): number {
  // initialisms: U.S., e.g., i.e., a.m.
  const initialism = /^(?:\p{L}\.){2,}/u.exec(text.slice(i, i + 24));
  if (initialism && !isLetter(charAt(text, i + initialism[0].length))) {
    const end = i + initialism[0].length;
    tokens.push({ start: i, end, kind: 'word', abbreviation: 'initialism' });
    return end;
  }
  let end = scanWordBody(text, i);
  const neg = negativeClitic(text, i, end);
  if (neg > 0) {
    tokens.push({ start: i, end: neg, kind: 'word' }, { start: neg, end, kind: 'word' });
    return end;
  }
  if (text[end] === '.') {
    const word = text.slice(i, end);
    const group = abbreviationGroup(word.toLowerCase());
    const after = nextNonSpace(text, end + 1);
    // `I.` is the pronoun ending a sentence far more often than an initial
    const single = end - i === 1 && isUpper(word) && word !== 'I';
    if (group === 'never_final' || group === 'final_before_capital') {
      tokens.push({ start: i, end: end + 1, kind: 'word', abbreviation: group });
      return end + 1;
    }
    if (group === 'before_number' && isDigit(after)) {
      tokens.push({ start: i, end: end + 1, kind: 'word', abbreviation: 'never_final' });
      return end + 1;
    }
    if (single && isUpper(after)) {
      // an initial (`J. R. R. Tolkien`): the period is part of it and ends no sentence
      tokens.push({ start: i, end: end + 1, kind: 'word', abbreviation: 'initial' });
      return end + 1;
    }
  }
  tokens.push({ start: i, end, kind: 'word' });
  return end;
}

function nextNonSpace(text: string, i: number): string {
  let j = i;
  while (j < text.length && isSpace(charAt(text, j))) j += charAt(text, j).length;
  return charAt(text, j);
}
