import type { Doc } from '@essaylens/doc';
import { textOf } from './06-joiners.js';
import type { Candidate } from './07-candidates.js';
import { isKnownPerson } from './08-unknown.js';

/**
 * `Santiago Peña`, `Lima Barreto`: a capital the lexicon knows, set right before a surname that
 * the capitalisation rules typed a person, is the person's first name. The two become one
 * personal name, so the short form `Peña` links to it and no state is named where none is meant.
 * Only a capital joins: a country's name before a surname (`Kenya Airways` aside) is rare, and a
 * region's is more often a place (`Sahel Jihadists`).
 */
export function firstNamesFromCapitals(doc: Doc, candidates: Candidate[]): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const place = candidates[k]!;
    const person = candidates[k + 1]!;
    // (a well-known person is named already: `in Moscow Putin said` lacks only its comma)
    if (place.source !== 'lexicon' || place.match?.form.kind !== 'capital' || person.type !== 'PERSON' || person.source === 'lexicon' || isKnownPerson(textOf(doc, person.tokenStart, person.tokenEnd))) continue;
    // (one space between them and nothing else: `Santiago, Chile` is a place)
    if (person.tokenStart !== place.tokenEnd || doc.text.slice(doc.tokens[place.tokenEnd - 1]!.end, doc.tokens[person.tokenStart]!.start) !== ' ') continue;
    place.tokenEnd = person.tokenEnd;
    place.type = 'PERSON';
    place.source = 'person';
    place.nameStart = place.tokenStart;
    place.canonical = textOf(doc, place.tokenStart, place.tokenEnd);
    place.match = undefined;
    candidates.splice(k + 1, 1);
  }
}
