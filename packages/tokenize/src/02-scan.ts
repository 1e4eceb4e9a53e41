import { APOSTROPHES, HYPHENS, TERMINALS, charAt, isDigit, isLetter, isMark, isNumeric, isSpace, markKind } from './01-chars.js';
import { scanUrl } from './url.js';
import { scanClitic, scanNumber, scanWord, skipMarks, startsClitic, type RawToken } from './word.js';

export type { RawToken } from './word.js';

const OPENERS = new Set(['(', '[', '<', '"', "'", '\u201c', '\u2018', '\u00ab']);

/** Index just past the run of non-space characters starting at `i`. */
function endOfRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && !isSpace(charAt(text, j))) j += charAt(text, j).length;
  return j;
}

function isRegionalIndicator(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x1f1e6 && c <= 0x1f1ff;
}

/**
 * The end of a sign or emoji starting at `i`: the character with its combining marks, skin-tone
 * and tag modifiers, zero-width-joined partners (`👩‍💻`) and the second half of a flag (`🇦🇹`).
 */
function scanCluster(text: string, i: number): number {
  const first = charAt(text, i);
  let end = i + first.length;
  if (isRegionalIndicator(first) && isRegionalIndicator(charAt(text, end))) end += 2;
  for (;;) {
    const ch = charAt(text, end);
    const c = ch.codePointAt(0) ?? 0;
    if (isMark(ch) || (c >= 0x1f3fb && c <= 0x1f3ff) || (c >= 0xe0020 && c <= 0xe007f)) end += ch.length;
    else if (ch === '\u200d' && charAt(text, end + 1) !== '' && !isSpace(charAt(text, end + 1))) end += 1 + charAt(text, end + 1).length;
    else return end;
  }
}

/**
 * The longest mark run kept as one token. Longer runs (`!!!!…` to a megabyte, from a scraper)
 * are cut into tokens of this size so that later stages can split the text between them:
 * compromise takes time quadratic in one unbroken run of punctuation.
 */
const MAX_MARK_RUN = 64;

/** A run of one kind of mark (`...`, `?!`, `--`, `***`) starting at `i`, at most `MAX_MARK_RUN` long. */
function scanMarkRun(text: string, i: number, ch: string): number {
  const same = (c: string) => (TERMINALS.has(ch) ? TERMINALS.has(c) : c === ch);
  let end = i + 1;
  while (end < text.length && end - i < MAX_MARK_RUN && same(text[end] ?? '')) end++;
  return skipMarks(text, end);
}

/**
 * Splits `text` into raw tokens in one left-to-right pass. Every character that is not white
 * space lands in exactly one token, and each step moves forwards, so the pass is linear.
 */
export function scan(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  let i = 0;
  let runStart = -1;
  let runEnd = -1;
  const push = (start: number, end: number, kind: RawToken['kind']) => {
    tokens.push({ start, end, kind });
    return end;
  };
  while (i < text.length) {
    const ch = charAt(text, i);
    if (isSpace(ch)) {
      i += ch.length;
      continue;
    }
    const previous = tokens[tokens.length - 1];
    if (!previous || previous.end < i) {
      runStart = i;
      runEnd = endOfRun(text, i);
    }
    // a URL starts a run of non-space characters, or follows one opening bracket or quote
    const urlCandidate = i === runStart || (i === runStart + 1 && OPENERS.has(text[runStart] ?? ''));
    const url = urlCandidate && (isLetter(ch) || isDigit(ch)) ? scanUrl(text, i, runEnd) : -1;
    if (url > i) i = push(i, url, 'url');
    else if (isDigit(ch)) i = push(i, scanNumber(text, i), 'number');
    // `.5` at the start of a run is a number, not a full stop
    else if (ch === '.' && i === runStart && isDigit(charAt(text, i + 1))) i = push(i, scanNumber(text, i + 1), 'number');
    else if (isLetter(ch)) i = scanWord(text, i, tokens);
    else if (isNumeric(ch)) i = push(i, skipMarks(text, i + ch.length), 'number');
    else if (APOSTROPHES.has(ch) && previous?.end === i && previous.kind !== 'punct' && previous.kind !== 'symbol' && startsClitic(text, i)) {
      i = push(i, scanClitic(text, i), 'word');
    } else if (TERMINALS.has(ch) || HYPHENS.has(ch) || ch === '*' || ch === '=' || ch === '_' || ch === '~') {
      i = push(i, scanMarkRun(text, i, ch), markKind(ch));
    } else i = push(i, scanCluster(text, i), markKind(ch));
  }
  return tokens;
}
