import type { Doc, Span } from './types.js';

/**
 * The span covering tokens `[tokenStart, tokenEnd)`, with offsets and text taken from the Doc,
 * so every span any stage reports sits on the Doc's own token boundaries.
 *
 * @throws RangeError when the range is empty or outside the Doc.
 */
export function spanOfTokens(doc: Doc, tokenStart: number, tokenEnd: number): Span {
  const first = doc.tokens[tokenStart];
  const last = doc.tokens[tokenEnd - 1];
  if (!first || !last || tokenEnd <= tokenStart) {
    throw new RangeError(`spanOfTokens: expected a token range inside 0..${doc.tokens.length}, got ${tokenStart}..${tokenEnd}`);
  }
  return { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end), tokenStart, tokenEnd };
}

/**
 * Index of the token containing character `offset`, or of the first token after it when the
 * offset falls in white space; `doc.tokens.length` when no token follows. Binary search.
 */
export function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((doc.tokens[mid] as Doc['tokens'][number]).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The smallest token range covering characters `[start, end)`, or `undefined` when no token
 * lies inside it (the range is white space or outside the text).
 */
export function tokenRangeOf(doc: Doc, start: number, end: number): { tokenStart: number; tokenEnd: number } | undefined {
  const tokenStart = tokenIndexAt(doc, start);
  let tokenEnd = tokenStart;
  while (tokenEnd < doc.tokens.length && (doc.tokens[tokenEnd] as Doc['tokens'][number]).start < end) tokenEnd++;
  return tokenEnd > tokenStart ? { tokenStart, tokenEnd } : undefined;
}

/** The tokens of sentence `index`. */
export function sentenceTokens(doc: Doc, index: number): Doc['tokens'] {
  const sentence = doc.sentences[index];
  return sentence ? doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd) : [];
}

/** Closing quotes and brackets that may follow a sentence's final mark (`…now?”`). */
const CLOSING = /^["'\u201d\u2019)\]]+$/u;

/**
 * True when sentence `index` is a question: its last token, before closing quotes and
 * brackets, is a mark run holding `?` (`?`, `?!`, `??`).
 */
export function isQuestion(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[index];
  if (!sentence) return false;
  for (let t = sentence.tokenEnd - 1; t >= sentence.tokenStart; t--) {
    const token = doc.tokens[t] as Doc['tokens'][number];
    if (token.kind !== 'punct') return false;
    if (token.text.includes('?')) return true;
    if (!CLOSING.test(token.text)) return false;
  }
  return false;
}
