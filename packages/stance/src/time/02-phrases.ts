import type { Doc, Span } from '@essaylens/doc';
import { spanOfTokens } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';

/** Prepositions that open a time phrase and say which side of the date the window lies. */
export const TIME_PREPOSITIONS = ['before', 'after', 'by', 'until', 'till', 'from', 'since', 'in', 'within', 'during', 'through', 'on', 'ahead', 'beyond', 'around', 'throughout'] as const;
/** Words that carry a time phrase on between the date words compromise tags (`the end of 2023`). */
const INNER = new Set(['the', 'end', 'beginning', 'start', 'middle', 'early', 'late', 'mid', 'of', ',', 'this', 'next', 'coming', 'last', 'first', 'second', 'half', 'quarter']);
const RELATIVE = new Set(['this', 'next', 'coming', 'last', 'later', 'upcoming']);

const isDateWord = (doc: Doc, t: number) => hasTag(doc, t, 'Date') || hasTag(doc, t, 'Month') || hasTag(doc, t, 'Year');

/**
 * The time phrases of a sentence, found on the shared parse: runs of tokens compromise tags
 * `Date`, `Month` or `Year` (and `next`/`this` + `Duration`: `next month`), with the words that
 * glue them (`the end of`) and one opening preposition (`before`, `after`, `by`, `in`, ...).
 */
export function timePhrases(doc: Doc, sentence: number): Span[] {
  const s = doc.sentences[sentence]!;
  const found: Span[] = [];
  let t = s.tokenStart;
  while (t < s.tokenEnd) {
    const relative = RELATIVE.has(doc.tokens[t]!.normal) && t + 1 < s.tokenEnd && (isDateWord(doc, t + 1) || hasTag(doc, t + 1, 'Duration'));
    if (!isDateWord(doc, t) && !relative) { t++; continue; }
    let start = t;
    let end = t + 1;
    while (end < s.tokenEnd && (isDateWord(doc, end) || hasTag(doc, end, 'Duration') || doc.tokens[end]!.kind === 'number' || (INNER.has(doc.tokens[end]!.normal) && end + 1 < s.tokenEnd && (isDateWord(doc, end + 1) || INNER.has(doc.tokens[end + 1]!.normal))))) end++;
    while (end > start + 1 && INNER.has(doc.tokens[end - 1]!.normal)) end--;
    while (start > s.tokenStart && INNER.has(doc.tokens[start - 1]!.normal)) start--;
    const before = doc.tokens[start - 1];
    if (start > s.tokenStart && before && (TIME_PREPOSITIONS as readonly string[]).includes(before.normal)) start--;
    found.push(spanOfTokens(doc, start, end));
    t = end;
  }
  return found;
}
