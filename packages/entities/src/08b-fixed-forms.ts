import type { Doc } from '@essaylens/doc';
import type { LexiconMatch } from './04-gazetteer.js';
import { isFirstName, isNameWord, isSentenceInitial, looksCommon } from './05-words.js';

// Names whose shape, not their words, decides what they are: holidays (dates, not entities) and
// firms named by a possessive and a city. Both are checked before runs of capitalised words,
// because the possessive would otherwise cut them in two (`New` + `Day`, `Lloyd` + `London`).

type Matches = ReadonlyArray<LexiconMatch | undefined>;
const POSSESSIVE = /^['’]s$/u;
/**
 * The end of a holiday's name starting at `start` (`New Year's Day`, `Valentine's Day`, `Victory
 * Day`, `New Year's Eve`, `Lunar New Year`), or -1. A holiday is a date, not an entity
 * (OntoNotes' DATE): left out, its words cannot become a stray name (`New` as an organisation).
 */
export function holidayEnd(doc: Doc, start: number, limit: number): number {
  let j = start;
  while (j < limit && j - start < 4 && doc.tokens[j]!.kind === 'word' && /^\p{Lu}/u.test(doc.tokens[j]!.text)) {
    // `New Year`, with or without `'s Day`
    if (doc.tokens[j]!.normal === 'new' && doc.tokens[j + 1]?.normal === 'year') {
      const after = j + 2;
      if (POSSESSIVE.test(doc.tokens[after]?.text ?? '') && /^(?:Day|Eve)$/u.test(doc.tokens[after + 1]?.text ?? '')) return after + 2;
      return after;
    }
    j++;
    const possessive = POSSESSIVE.test(doc.tokens[j]?.text ?? '');
    const day = doc.tokens[possessive ? j + 1 : j];
    // `Doris Day` is a person: a given name before `Day` without a possessive is not a holiday
    if (j < limit && /^(?:Day|Eve)$/u.test(day?.text ?? '') && (possessive || !isFirstName(doc, start))) return possessive ? j + 2 : j + 1;
  }
  return -1;
}

/**
 * A firm named by a possessive and its city (`Lloyd's of London`, `Harrington's of Glasgow`):
 * the end of the name starting at `start`, or -1. The possessive is part of the name here.
 */
export function possessiveFirmEnd(doc: Doc, start: number, limit: number, matches: Matches): number {
  const t = doc.tokens;
  if (matches[start] || !isNameWord(doc, start) || (isSentenceInitial(doc, start) && looksCommon(doc, start))) return -1;
  if (!POSSESSIVE.test(t[start + 1]?.text ?? '') || t[start + 2]?.normal !== 'of' || start + 3 >= limit) return -1;
  const place = matches[start + 3];
  if (place) return place.form.type === 'GPE' || place.form.type === 'LOC' ? place.tokenEnd : -1;
  return isNameWord(doc, start + 3) && /^\p{Lu}/u.test(t[start + 3]!.text) ? start + 4 : -1;
}

