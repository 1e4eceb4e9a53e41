import type { Doc } from '@essaylens/doc';
import { nlp, tagsOf } from '@essaylens/parse';
import heads from '../data/heads.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };
import notNames from '../data/not-names.json' with { type: 'json' };
import commonWords from '../data/common-words.json' with { type: 'json' };
import { isCapitalised, keyOf, namePieces } from './01-keys.js';

const keys = (list: readonly string[]) => new Set(list.map(keyOf));

/** Words that open a state's formal name (`Kingdom of Denmark`, `Republic of Guinea`). */
export const STATE_FORMS = /^(?:kingdom|republic|federation|sultanate|emirate|principality|commonwealth|state|grand duchy)$/u;

/** Head nouns that close a name and decide its type (`Institute` → ORG, `Summit` → EVENT). */
export const HEADS = {
  org: keys(heads.org),
  event: keys(heads.event),
  misc: keys(heads.misc),
  place: keys(heads.place),
};
/** Words that may join the parts of a long name (`Ministry of Foreign Affairs`). */
export const CONNECTORS = keys(heads.connectors);
/** Name particles (`da`, `von`, `bin`) that join the parts of a personal name. */
export const PARTICLES = keys(heads.particles);
const NOT_NAME_ACRONYMS = new Set(notNames.acronyms);
const NOT_NAME_WORDS = new Set(notNames.words);
const FUNCTION_WORDS = new Set(notNames.function);

/** The head-noun class of a token, if it is one. */
export function headClass(text: string): 'org' | 'event' | 'misc' | 'place' | undefined {
  const key = keyOf(text);
  if (HEADS.org.has(key)) return 'org';
  if (HEADS.event.has(key)) return 'event';
  if (HEADS.misc.has(key)) return 'misc';
  if (HEADS.place.has(key)) return 'place';
  return undefined;
}

interface TitleNode {
  next: Map<string, TitleNode>;
  end: boolean;
}
const titleRoot: TitleNode = { next: new Map(), end: false };
for (const title of titles.titles) {
  let node = titleRoot;
  for (const piece of namePieces(title)) {
    const key = keyOf(piece);
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map(), end: false }));
    node = child;
  }
  node.end = true;
}

/** The end of the longest title (`Secretary of State`, `Mr.`) starting at token `start`, or -1. */
export function titleEndAt(doc: Doc, start: number, limit: number): number {
  let node: TitleNode | undefined = titleRoot;
  let best = -1;
  for (let i = start; i < limit; i++) {
    node = node.next.get(keyOf(doc.tokens[i]!.text));
    if (!node) break;
    if (node.end) best = i + 1;
  }
  return best;
}

/** True when the token is a title word on its own (`President`, `Director`). */
export function isTitleWord(doc: Doc, index: number): boolean {
  return titleEndAt(doc, index, index + 1) === index + 1;
}

/** A capitalised word that can be part of a name (not `I`, not a stop-listed acronym). */
export function isNameWord(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word' || !isCapitalised(token.text)) return false;
  if (NOT_NAME_WORDS.has(token.text.replace(/\.$/u, ''))) return false;
  // a pronoun or function word names nothing, unless a name goes on after it (`He Lifeng`)
  if (FUNCTION_WORDS.has(token.text)) {
    const next = doc.tokens[index + 1];
    return next !== undefined && next.kind === 'word' && next.start === token.end + 1 && isCapitalised(next.text) && !FUNCTION_WORDS.has(next.text);
  }
  if (!NOT_NAME_ACRONYMS.has(token.text)) return true;
  // a common acronym is part of a name when a capitalised word follows (`AI Act`, `LNG Canada`)
  const next = doc.tokens[index + 1];
  if (next === undefined || next.start !== token.end + 1) return false;
  // or a number after a name (`Arctic LNG 2`)
  const before = doc.tokens[index - 1];
  if (next.kind === 'number' && before !== undefined && before.end + 1 === token.start && isCapitalised(before.text)) return true;
  return next.kind === 'word' && isCapitalised(next.text) && !NOT_NAME_ACRONYMS.has(next.text) && !NOT_NAME_WORDS.has(next.text);
}

const DATE_TAGS = ['Date', 'Month', 'WeekDay'];
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/**
 * The token is a month, weekday or date (`February`, `Monday`): compromise says so, or it is a
 * month's name that does not follow a first name (`Theresa May`). compromise tags a month that
 * modifies a noun (`the May meeting`, `the March deadline`) as a proper noun, and a month
 * before a semicolon as a person.
 */
export function isDateWord(doc: Doc, index: number): boolean {
  if (tagsOf(doc, index).some((tag) => DATE_TAGS.includes(tag))) return true;
  if (!MONTHS.has(doc.tokens[index]?.normal ?? '')) return false;
  const before = doc.tokens[index - 1];
  return !(before && isCapitalised(before.text) && tagsOf(doc, index - 1).some((tag) => tag === 'FirstName' || tag === 'Person'));
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
/** compromise tags the token as part of a person's name. */
export const isPersonWord = (doc: Doc, index: number) => tagsOf(doc, index).some((t) => PERSON_TAGS.includes(t) && t !== 'Honorific');
/** compromise tags the token as a given name. */
export const isFirstName = (doc: Doc, index: number) => tagsOf(doc, index).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');

const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Verb', 'QuestionWord', 'Pronoun', 'Expression', 'Value', 'Modal', 'Copula', 'Auxiliary'];
// derivational endings of common English words, for a capitalised word that opens a sentence
/** Derivational endings of common English words (`-tion`, `-ism`, `-ly`, ...). */
export const COMMON_ENDING = /(?:ly|tion|sion|isms?|ity|ness|ment|ing|ed|ics|ance|ence|ship|hood|ogy|ise|ize|ous|ive|ful|less|able|ible|al|ary|ery|ward|wise)$/iu;
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
// built on first use: most documents need it for a handful of sentence-initial words only
let common: Set<string> | undefined;
/** True when `word` (lower case) is a common English word (WordNet's tagged lemmas, compromise's lexicon). */
export const isCommonWord = (word: string): boolean => (common ??= new Set(commonWords.words.split(' '))).has(word) || word in lexicon;

/**
 * True when a capitalised word at the start of a sentence reads as an ordinary English word
 * (`However`, `Especially`, `Energy`) rather than a name: WordNet's common words or compromise's
 * lexicon hold it, compromise tags it as a function word or a plural, or it has a common
 * derivational ending. compromise's own
 * person, place and organisation tags override.
 */
export function looksCommon(doc: Doc, index: number): boolean {
  const tags = tagsOf(doc, index);
  if (tags.some((t) => t === 'Person' || t === 'Place' || t === 'Organization' || t === 'Acronym')) return false;
  const word = doc.tokens[index]!.normal;
  // CamelCase is a brand, never an ordinary word (`QatarEnergy`, `OpenAI`)
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(doc.tokens[index]!.text)) return false;
  if (isCommonWord(word) || COMMON_ENDING.test(word) || tags.includes('Plural')) return true;
  if (/s$/u.test(word) && (isCommonWord(word.slice(0, -1)) || COMMON_ENDING.test(word.slice(0, -1)))) return true;
  return tags.some((t) => FUNCTION_TAGS.includes(t)) || (tags.includes('Adjective') && !tags.includes('Demonym'));
}

/** True when the token opens its sentence (after opening quotes or brackets) or follows a colon. */
export function isSentenceInitial(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[doc.tokens[index]!.sentence]!;
  for (let i = index - 1; i >= sentence.tokenStart; i--) {
    const token = doc.tokens[i]!;
    if (token.kind === 'word' || token.kind === 'number' || token.kind === 'url') return false;
    if (token.text === ':' || token.text === '—' || token.text === '|') return true;
  }
  return true;
}
