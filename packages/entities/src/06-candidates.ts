import type { Doc } from '@essaylens/doc';
import type { EntityType } from './layer.js';
import type { LexiconMatch } from './04-gazetteer.js';
import { CONNECTORS, PARTICLES, headClass, isCommonWord, isDateWord, isNameWord, isPersonWord, isSentenceInitial, titleEndAt } from './05-words.js';

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

type Matches = ReadonlyArray<LexiconMatch | undefined>;
type HeadClass = NonNullable<ReturnType<typeof headClass>>;
/** What a run has met so far: a head noun (and its class), a lexicon name, a tail after the head (`of ...`). */
interface RunState {
  hasHead: HeadClass | false;
  hasMatch: boolean;
  hasTail: boolean;
}
const textOf = (doc: Doc, a: number, b: number) => doc.text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end);
const joined = (doc: Doc, a: number, b: number) => doc.tokens[a]!.end === doc.tokens[b]!.start;

// `Jae-myung`, `Geun-hye`: a lower-case syllable hyphened to a name, never an English word (`US-led`)
const syllable = (doc: Doc, dash: number, limit: number, matches: Matches) =>
  dash + 1 < limit && doc.tokens[dash]!.text === '-' && !matches[dash - 1] && joined(doc, dash - 1, dash) && joined(doc, dash, dash + 1) &&
  /^\p{Ll}+$/u.test(doc.tokens[dash + 1]!.text) && !isCommonWord(doc.tokens[dash + 1]!.normal);

/** True when token `i` is the lower-case syllable closing a hyphened name (`myung` in `Jae-myung`). */
export const endsSyllable = (doc: Doc, i: number): boolean =>
  i >= 2 && doc.tokens[i - 1]!.text === '-' && isNameWord(doc, i - 2) && /^\p{Ll}+$/u.test(doc.tokens[i]!.text) && joined(doc, i - 2, i - 1) && joined(doc, i - 1, i) && !isCommonWord(doc.tokens[i]!.normal);

// `al-Burhan`, `el-Sheikh`: a particle joined by a hyphen to the next capitalised word
const hyphenated = (doc: Doc, dash: number, limit: number) =>
  dash + 1 < limit && doc.tokens[dash]!.text === '-' && joined(doc, dash - 1, dash) && joined(doc, dash, dash + 1) && isNameWord(doc, dash + 1);

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
  const titleEnd = titleEndAt(doc, titleStart, limit);
  if (titleEnd < 0) return undefined;
  const end = nameEnd(doc, titleEnd, limit, matches);
  if (end === titleEnd) return undefined;
  return { tokenStart: start, tokenEnd: end, type: 'PERSON', canonical: textOf(doc, titleEnd, end), source: 'person', nameStart: titleEnd };
}

function joinerAt(doc: Doc, j: number, limit: number, matches: Matches, state: RunState): number {
  const { hasHead, hasMatch, hasTail } = state;
  const token = doc.tokens[j]!;
  const nextIsName = (k: number) => k < limit && (isNameWord(doc, k) || matches[k] !== undefined);
  // `Procter & Gamble`, `Korea Hydro & Nuclear Power`: an ampersand always joins
  if (token.text === '&' && nextIsName(j + 1)) return 1;
  if (token.text === '-' && joined(doc, j - 1, j) && j + 1 < limit && joined(doc, j, j + 1) && nextIsName(j + 1)) return 1;
  if (syllable(doc, j, limit, matches)) return 2;
  if (!hasMatch && PARTICLES.has(token.normal)) {
    // one or more particles before the next part (`von der Leyen`, `de la Rúa`)
    let k = j;
    while (k < limit && PARTICLES.has(doc.tokens[k]!.normal) && k - j < 3) k++;
    if (nextIsName(k)) return k - j;
  }
  if (PARTICLES.has(token.normal) && hyphenated(doc, j + 1, limit)) return 2;
  // a possessive inside a place name (`Simon's Town`), never before an ordinary name (`Putin's Russia`)
  if (token.normal === "'s" && !matches[j - 1] && j + 1 < limit && joined(doc, j - 1, j) && headClass(doc.tokens[j + 1]!.text) === 'place' && isNameWord(doc, j + 1)) return 1;
  // `Stability and Growth Pact`: `and` between plain words when a head noun closes what follows
  // (two words at most before `and`, one at most before the head: `Nippon Steel and Mitsubishi Heavy
  // Industries` is two names)
  let before = 0;
  while (j - before - 1 >= 0 && isNameWord(doc, j - before - 1) && !matches[j - before - 1] && !/^(?:the|a|an)$/u.test(doc.tokens[j - before - 1]!.normal)) before++;
  const oneWordBefore = before >= 1 && before <= 2;
  if (!hasHead && !hasMatch && oneWordBefore && token.normal === 'and' && nextIsName(j + 1) && !matches[j + 1] && !isPersonWord(doc, j + 1)) {
    // the head must close the name: `LG Energy Solution` goes on after `Energy`
    const head = (k: number) => k < limit && !matches[k] && isNameWord(doc, k) && headClass(doc.tokens[k]!.text) !== undefined && headClass(doc.tokens[k]!.text) !== 'place' && !isNameWord(doc, k + 1);
    const acronym = /^[\p{Lu}\d]{2,}$/u.test(doc.tokens[j + 1]!.text);
    if (!acronym && (head(j + 1) || (isNameWord(doc, j + 1) && head(j + 2)))) return 1;
  }
  if (!hasHead || !CONNECTORS.has(token.normal)) return 0;
  // after a head, `and` joins only inside its tail (`Ministry of Trade and Industry`), not two
  // companies (`Adani Green Energy and Tata Power`)
  if (token.normal === 'and' && !hasTail) return 0;
  // nor when what follows is a name with a head of its own (`University of Lagos and Covenant University`)
  if (token.normal === 'and') {
    for (let k = j + 1; k < limit && isNameWord(doc, k) && !matches[k] && k - j <= 4; k++) if (headClass(doc.tokens[k]!.text) && headClass(doc.tokens[k]!.text) !== 'place') return 0;
  }
  // `Dam on the Blue Nile` is a place and where it is; `Panel on Climate Change` is one name
  if (token.normal === 'on' && hasHead === 'place') return 0;
  // `of the`, `for the` inside a long name (`Organization of the Petroleum Exporting Countries`)
  const width = (token.normal === 'of' || token.normal === 'for' || token.normal === 'on') && doc.tokens[j + 1]?.normal === 'the' ? 2 : 1;
  const next = j + width;
  if (!nextIsName(next)) return 0;
  // `World Bank and IMF` is two names: `and` does not join a name to a known organisation or state
  if (token.normal === 'and' && matches[next] && matches[next]!.form.kind !== 'adjective') return 0;
  // nor to an acronym (`Fund and NEOM`); no joiner leads to a person (`Forces of Mohamed Hamdan Dagalo`)
  if (token.normal === 'and' && /^[\p{Lu}\d]{2,}$/u.test(doc.tokens[next]!.text)) return 0;
  if (isPersonWord(doc, next)) return 0;
  return width;
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
    if (match) {
      i = match.tokenEnd - 1;
      continue;
    }
    if (CONNECTORS.has(doc.tokens[i]!.normal) && type) return type;
    const head = headClass(doc.tokens[i]!.text);
    if (head && (i > start || end - start > 2)) type = TYPE_OF_HEAD[head];
  }
  return type;
}

export { headType, textOf };
