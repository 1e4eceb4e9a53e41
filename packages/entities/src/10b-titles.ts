import type { Doc } from '@essaylens/doc';
import { isPersonWord, titleEndAt } from './05-words.js';
import { textOf } from './06-joiners.js';
import type { Candidate } from './07-candidates.js';

/**
 * A person whose mention opens with a place the lexicon does not know and a title
 * (`Saskatchewan Premier Scott Moe`, `Texas Governor Greg Abbott`) keeps the whole mention, as
 * ANNOTATION.md has titles belong to it, but is named by what follows the last title: the
 * canonical name is `Scott Moe`, so the short form `Moe` links to it and a relation names him.
 */
export function nameAfterTitles(doc: Doc, candidates: Candidate[]): void {
  for (const c of candidates) {
    // a title the person rules already read (`Somali President ...`) set nameStart; a title word
    // inside the name after it is part of the name (`Hassan Sheikh Mohamud`)
    if (c.type !== 'PERSON' || c.nameStart !== undefined) continue;
    for (let k = c.tokenStart + 1; k < c.tokenEnd - 1; k++) {
      // only a place before the title: `Hassan Sheikh Mohamud` opens with a first name
      if (isPersonWord(doc, k - 1)) break;
      const end = titleEndAt(doc, k, c.tokenEnd - 1);
      if (end <= k) continue;
      c.nameStart = end;
      c.canonical = textOf(doc, end, c.tokenEnd);
      break;
    }
  }
}
