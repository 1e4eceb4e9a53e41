import type { Doc } from '@essaylens/doc';
import type { LexiconMatch } from './04-gazetteer.js';
import { CONNECTORS, PARTICLES, STATE_FORMS, headClass, isCommonWord, isNameWord, isPersonWord } from './05-words.js';

export type Matches = ReadonlyArray<LexiconMatch | undefined>;
export type HeadClass = NonNullable<ReturnType<typeof headClass>>;
/** What a run has met so far: a head noun (and its class), a lexicon name, a tail after the head (`of ...`). */
export interface RunState {
  hasHead: HeadClass | false;
  hasMatch: boolean;
  hasTail: boolean;
}
export const textOf = (doc: Doc, a: number, b: number) => doc.text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end);
export const joined = (doc: Doc, a: number, b: number) => doc.tokens[a]!.end === doc.tokens[b]!.start;

// `Jae-myung`, `Geun-hye`: a lower-case syllable hyphened to a name, never an English word (`US-led`)
export const syllable = (doc: Doc, dash: number, limit: number, matches: Matches) =>
  dash + 1 < limit && doc.tokens[dash]!.text === '-' && !matches[dash - 1] && joined(doc, dash - 1, dash) && joined(doc, dash, dash + 1) &&
  /^\p{Ll}+$/u.test(doc.tokens[dash + 1]!.text) && !isCommonWord(doc.tokens[dash + 1]!.normal);

/** True when token `i` is the lower-case syllable closing a hyphened name (`myung` in `Jae-myung`). */
export const endsSyllable = (doc: Doc, i: number): boolean =>
  i >= 2 && doc.tokens[i - 1]!.text === '-' && isNameWord(doc, i - 2) && /^\p{Ll}+$/u.test(doc.tokens[i]!.text) && joined(doc, i - 2, i - 1) && joined(doc, i - 1, i) && !isCommonWord(doc.tokens[i]!.normal);

// `al-Burhan`, `el-Sheikh`: a particle joined by a hyphen to the next capitalised word
export const hyphenated = (doc: Doc, dash: number, limit: number) =>
  dash + 1 < limit && doc.tokens[dash]!.text === '-' && joined(doc, dash - 1, dash) && joined(doc, dash, dash + 1) && isNameWord(doc, dash + 1);

/** How many tokens at `j` join the run to the name part after them (0: the run ends). */
export function joinerAt(doc: Doc, j: number, limit: number, matches: Matches, state: RunState): number {
  const { hasHead, hasMatch, hasTail } = state;
  const token = doc.tokens[j]!;
  const nextIsName = (k: number) => k < limit && (isNameWord(doc, k) || matches[k] !== undefined);
  // `Procter & Gamble`, `Korea Hydro & Nuclear Power`: an ampersand always joins
  if (token.text === '&' && nextIsName(j + 1)) return 1;
  // `Kingdom of Denmark`: a formal state name
  if (token.normal === 'of' && j >= 1 && STATE_FORMS.test(doc.tokens[j - 1]!.normal)) {
    const width = doc.tokens[j + 1]?.normal === 'the' ? 2 : 1;
    if (matches[j + width]?.form.type === 'GPE') return width;
  }
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
