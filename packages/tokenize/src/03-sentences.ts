import { CLOSERS, TERMINALS, charAt, isLineBreak, isLower, isUpper } from './01-chars.js';
import { isNameHead, isSentenceStarter } from './abbreviations.js';
import type { RawToken } from './02-scan.js';
import { orthographyOf, type Orthography } from './orthography.js';

/** True when the white space between two tokens holds a line or paragraph break. */
function breaksLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreak(text[i] ?? '')) return true;
  return false;
}

function isTerminal(text: string, token: RawToken): boolean {
  return token.kind === 'punct' && TERMINALS.has(text[token.start] ?? '');
}

/**
 * True when token `k` is the `.` of a list marker (`1.`, `12.`, `b.`): a number of at most three
 * digits or a single letter, first on its line, with the period straight after it.
 */
function isListMarkerPeriod(text: string, tokens: readonly RawToken[], k: number): boolean {
  const token = tokens[k]!;
  const marker = tokens[k - 1];
  if (!marker || token.end - token.start !== 1 || text[token.start] !== '.' || marker.end !== token.start) return false;
  const length = marker.end - marker.start;
  const short = marker.kind === 'number' ? length <= 3 && /^\d+$/u.test(text.slice(marker.start, marker.end)) : marker.kind === 'word' && length === 1;
  const before = tokens[k - 2];
  return short && (!before || breaksLine(text, before.end, marker.start));
}

/**
 * Decides where sentences end, per ANNOTATION.md: a line break always ends one; `.`, `?`, `!`
 * end one (with closing quotes and brackets that follow at once) unless a lower-case word
 * follows or the period is a list marker's (`1. Hurricanes`); abbreviations and initials end
 * one only in the cases their group allows.
 *
 * @returns the index one past the last token of each sentence.
 */
export function sentenceEnds(text: string, tokens: readonly RawToken[]): number[] {
  const ends: number[] = [];
  let orthography: Orthography | undefined;
  // built on first use: only a capitalised word after an initialism needs it
  const spelling = () => (orthography ??= orthographyOf(text, tokens, (a, b) => breaksLine(text, a.end, b.start)));
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as RawToken;
    let last = k;
    let next = tokens[k + 1];
    if (!next) break;
    const listMarker = isListMarkerPeriod(text, tokens, k);
    if (isTerminal(text, token) && !listMarker) {
      // closing quotes and brackets written straight after the mark belong to this sentence
      while (next && next.start === tokens[last]!.end && next.kind === 'punct' && CLOSERS.has(text[next.start] ?? '')) {
        last++;
        next = tokens[last + 1];
      }
      if (!next) break;
    }
    const lineBreak = breaksLine(text, tokens[last]!.end, next.start);
    if (lineBreak || (!listMarker && endsSentenceBefore(text, token, next, spelling))) ends.push(last + 1);
    k = last;
  }
  if (tokens.length > 0) ends.push(tokens.length);
  return ends;
}

function endsSentenceBefore(text: string, token: RawToken, next: RawToken, spelling: () => Orthography): boolean {
  const first = charAt(text, next.start);
  // a spaced ellipsis (`. . .`) ends, if at all, at its last dot
  if (isTerminal(text, token)) return !isTerminal(text, next) && (next.kind !== 'word' || !isLower(first));
  if (token.abbreviation === 'final_before_capital') return isUpper(first);
  if (token.abbreviation === 'initialism' || token.abbreviation === 'initial') {
    if (!isUpper(first) || next.kind !== 'word') return false;
    const word = text.slice(next.start, next.end).toLowerCase();
    if (isSentenceStarter(word)) return true;
    const { lower, upperMid } = spelling();
    return token.abbreviation === 'initialism' && lower.has(word) && !upperMid.has(word) && !isNameHead(word);
  }
  return false;
}
