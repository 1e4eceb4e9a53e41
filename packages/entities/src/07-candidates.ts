import type { Doc } from '@essaylens/doc';
import type { EntityType } from './layer.js';
import type { LexiconMatch } from './04-gazetteer.js';
import { CONNECTORS, PARTICLES, headClass, isDateWord, isNameWord, isSentenceInitial, titleEndAt } from './05-words.js';

import { endsSyllable, hyphenated, joinerAt, joined, syllable, textOf, type Matches, type RunState } from './06-joiners.js';

/** A mention before canonical names are linked across the document. */
export interface Candidate {
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  canonical: string;
  /** Where it came from: a lexicon form, a title + name, or capitalisation alone. */
  source: 'lexicon' | 'person' | 'unknown';
  match?: LexiconMatch;
  /** For a person: the first token of the name after any title. */
  nameStart?: number;
}

/** The end of a personal name starting at `start` (`Kassym-Jomart Tokayev`, `Ursula von der Leyen`). */
function nameEnd(doc: Doc, start: number, limit: number, matches: Matches): number {
  let end = start;
  while (end < limit && isNameWord(doc, end) && !matches[end] && !headClass(doc.tokens[end]!.text) && !isDateWord(doc, end)) {
    end++;
    const next = doc.tokens[end];
    if (!next || end + 1 >= limit) break;
    let after = end;
    while (after < limit && PARTICLES.has(doc.tokens[after]!.normal) && after - end < 3) after++;
    const joins = (next.text === '-' && joined(doc, end - 1, end) && joined(doc, end, end + 1)) || after > end;
    if (syllable(doc, end, limit, matches)) end += 2;
    else if (next.text === '-' && joins && isNameWord(doc, end + 1)) end++;
    else if (after > end && after < limit && isNameWord(doc, after)) end = after;
    else if (PARTICLES.has(next.normal) && hyphenated(doc, end + 1, limit)) end += 2;
  }
  while (end > start && !isNameWord(doc, end - 1) && !endsSyllable(doc, end - 1)) end--;
  return end;
}

/**
 * A title and the name after it (`President Putin`, `Prime Minister Narendra Modi`), with a
 * nationality adjective or state in front when the title is capitalised (`Russian President
 * Putin`): ANNOTATION.md makes the title part of the person mention.
 */
export function personAt(doc: Doc, start: number, limit: number, matches: Matches): Candidate | undefined {
  let titleStart = start;
  const pre = matches[start];
  if (pre && (pre.form.kind === 'adjective' || pre.form.type === 'GPE') && /^\p{Lu}/u.test(doc.tokens[pre.tokenEnd]?.text ?? '')) titleStart = pre.tokenEnd;
  let titleEnd = titleEndAt(doc, titleStart, limit);
  if (titleEnd < 0) return undefined;
  // stacked titles (`Supreme Leader Ayatollah Ali Khamenei`, `Energy Minister Prince Abdulaziz`)
  for (let next = titleEndAt(doc, titleEnd, limit); next > titleEnd && isNameWord(doc, next); next = titleEndAt(doc, titleEnd, limit)) titleEnd = next;
  const end = nameEnd(doc, titleEnd, limit, matches);
  if (end === titleEnd) return undefined;
  return { tokenStart: start, tokenEnd: end, type: 'PERSON', canonical: textOf(doc, titleEnd, end), source: 'person', nameStart: titleEnd };
}

/** The end of the run of capitalised words (and their joiners) that starts at `start`. */
export function runEnd(doc: Doc, start: number, limit: number, matches: Matches): number {
  let j = start;
  const state: RunState = { hasHead: false, hasMatch: false, hasTail: false };
  while (j < limit) {
    const match = matches[j];
    if (match) {
      state.hasMatch = true;
      j = match.tokenEnd;
    } else if (isNameWord(doc, j) && !isDateWord(doc, j)) {
      state.hasHead = headClass(doc.tokens[j]!.text) ?? state.hasHead;
      j++;
      // a programme or plan named with its year or number (`Vision 2030`, `Agenda 2063`)
      if (j < limit && doc.tokens[j]!.kind === 'number' && /^\d{1,4}$/u.test(doc.tokens[j]!.text) && !isSentenceInitial(doc, j - 1)) return j + 1;
      // a model or type code (`F-16`, `Su-35`)
      if (j + 1 < limit && doc.tokens[j]!.text === '-' && joined(doc, j - 1, j) && joined(doc, j, j + 1) && doc.tokens[j + 1]!.kind === 'number') return j + 2;
    } else break;
    // joiners may follow one another (`Tehreek` `-e` `-` `Taliban`)
    let joinedOn = true;
    while (j < limit && !matches[j] && !(isNameWord(doc, j) && !isDateWord(doc, j))) {
      const width = joinerAt(doc, j, limit, matches, state);
      if (width === 0) {
        joinedOn = false;
        break;
      }
      if (state.hasHead && /^(?:of|for|on)$/u.test(doc.tokens[j]!.normal)) state.hasTail = true;
      j += width;
    }
    if (!joinedOn) break;
  }
  return j;
}

const TYPE_OF_HEAD: Record<string, EntityType> = { org: 'ORG', event: 'EVENT', misc: 'MISC', place: 'LOC' };

/** The type a run of unknown capitalised words gets from its head noun, if it has one. */
function headType(doc: Doc, start: number, end: number, matches: Matches): EntityType | undefined {
  let type: EntityType | undefined;
  for (let i = start; i < end; i++) {
    const match = matches[i];
    // a known body named by its head alone closes a longer name (`Nigeria Labour Congress`)
    const closing = match !== undefined && match.tokenEnd === end && match.tokenEnd - i === 1 && i > start && headClass(doc.tokens[i]!.text) === 'org';
    if (match && !closing) {
      i = match.tokenEnd - 1;
      continue;
    }
    if (CONNECTORS.has(doc.tokens[i]!.normal) && type) return type;
    const head = headClass(doc.tokens[i]!.text);
    if (head && (i > start || end - start > 2)) type = TYPE_OF_HEAD[head];
  }
  return type;
}

export { headType, textOf, endsSyllable };
