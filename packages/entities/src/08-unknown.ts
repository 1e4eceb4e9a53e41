import type { Doc } from '@essaylens/doc';
import { tagsOf } from '@essaylens/parse';
import type { EntityType } from './layer.js';
import people from '../data/people.json' with { type: 'json' };
import { COMMON_ENDING, headClass, isCommonWord, isDateWord, isPersonWord, isSentenceInitial, isTitleWord, looksCommon } from './05-words.js';
import { endsSyllable, textOf, type Candidate } from './07-candidates.js';

const SPEECH = /^(?:said|says|argued|argues|wrote|writes|warned|warns|noted|notes|told|insisted|insists|claimed|claims|observed|remarked|quipped)$/u;
// `Rice said`, `Rice once said`: a speech verb right after the word, one adverb allowed between
const speaks = (doc: Doc, i: number) =>
  SPEECH.test(doc.tokens[i]?.normal ?? '') || (/^(?:once|also|later|famously|recently|\p{L}+ly)$/u.test(doc.tokens[i]?.normal ?? '') && SPEECH.test(doc.tokens[i + 1]?.normal ?? ''));
// words that open a sentence and a comma without naming anything (`However, the`, `Worse, a`)
const NOT_DESCRIBED = ['Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'Adverb', 'Comparative', 'Superlative', 'Date', 'QuestionWord', 'Expression', 'Value'];
const APPOSITION = /^(?:the|a|an|which|whose|who)$/u;
const PARTICIPLE = /^(?:founded|based|headquartered|led|owned|run|created|backed|chaired|controlled)$/u;
// bodies a leader heads: the name before them is the leader's (`the Biden presidency`)
const LED_BODY = /^(?:administration|administrations|government|governments|presidency|premiership|cabinet|campaign|era|years|doctrine)$/u;
// capitalised words before `government` that name a party, a coalition or a kind of government
const NOT_LEADER = /^(?:labour|conservative|tory|liberal|green|greens|socialist|socialists|republican|democratic|democrat|coalition|national|federal|provisional|interim|military|transitional|caretaker|unity|junta|communist|nationalist|centrist|populist)$/u;
const ALONG = /^(?:along|upstream|downstream|dammed|damming|dams|dam|cross|crossed|crossing|banks)$/u;
const WATER = /^(?:river|rivers|basin|delta|estuary|watershed|headwaters|tributary|tributaries)$/u;
/** Words the document writes capitalised inside sentences, and words it writes in lower case. */
export interface Seen {
  capitalised: Set<string>;
  lower: Set<string>;
}

/**
 * A sentence-initial singular noun before one unknown name is a given name (`Hun Manet, who`),
 * when the text never writes the noun in lower case; otherwise the opening word is ordinary.
 */
export function opensWithGivenName(doc: Doc, start: number, end: number, seen: Seen): boolean {
  if (end - start !== 2 || !isSentenceInitial(doc, start) || seen.lower.has(doc.tokens[start]!.normal)) return false;
  const tags = tagsOf(doc, start);
  const singular = tags.includes('Singular') && !tags.some((t) => t === 'Plural' || t === 'Date' || t === 'Uncountable' || t === 'Adjective' || t === 'Verb');
  return singular && doc.tokens[start + 1]!.kind === 'word' && !isCommonWord(doc.tokens[start + 1]!.normal) && !isTitleWord(doc, start);
}

/** Accents and case folded away: `Orbán` and `Orban` are one key. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/**
 * The names and aliases of `data/people.json`. compromise knows them as people, but its own
 * `X's government` rule retags a possessed name as an organisation (`Viktor Orbán's government`);
 * a run that is exactly one of these names stays a person.
 */
const KNOWN_PEOPLE: ReadonlySet<string> = new Set(people.entries.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])].map(fold)));

/** `text` is a name or an alias of `data/people.json` (accents and case aside). */
export const isKnownPerson = (text: string): boolean => KNOWN_PEOPLE.has(fold(text));

/** What a run of capitalised words that no lexicon knows most likely names. */
function guessType(doc: Doc, start: number, end: number): EntityType {
  const tags = new Set<string>();
  for (let i = start; i < end; i++) for (const tag of tagsOf(doc, i)) tags.add(tag);
  if ([...tags].some((t) => t === 'FirstName' || t === 'LastName' || t === 'MaleName' || t === 'FemaleName')) return 'PERSON';
  if (isKnownPerson(textOf(doc, start, end))) return 'PERSON';
  const word = doc.tokens[start]!;
  const following = doc.tokens[end]?.normal ?? '';
  if (end - start === 1 && word.kind === 'word' && !/^[\p{Lu}\d&]+$/u.test(word.text)) {
    // `the Trump administration`, `the Modi government`: compromise reads the pair as one
    // organisation, but the name before the body a leader heads is the leader (parties are in the lexicon)
    if (LED_BODY.test(following) && !NOT_LEADER.test(word.normal)) return 'PERSON';
    // `the Teesta river`, `the Kosi basin`: a name before a word for water is the river
    if (WATER.test(following)) return 'LOC';
    // `along the Mahakali`, `downstream on the X`: words of a course make the name a river
    if (doc.tokens[start - 1]?.normal === 'the' && ALONG.test(doc.tokens[start - 2]?.normal ?? '')) return 'LOC';
  }
  // after `in`, `at` or `near` a name is a place (`talks in Sharm el-Sheikh`)
  if (start > 0 && /^(?:in|at|near|outside|across)$/u.test(doc.tokens[start - 1]!.normal)) return 'GPE';
  if (tags.has('Person')) return 'PERSON';
  // a hyphened lower-case syllable is a Korean-style given name (`Geun-hye`)
  for (let i = start + 2; i < end; i++) if (endsSyllable(doc, i)) return 'PERSON';
  if (tags.has('Organization')) return 'ORG';
  if (tags.has('Country') || tags.has('City')) return 'GPE';
  if (tags.has('Place') || tags.has('Region')) return 'LOC';
  if (doc.tokens[end - 1]!.kind === 'number') return 'MISC';
  const text = textOf(doc, start, end);
  // a model designator (`K2`, `A400M`) is a thing, not an organisation
  if (/^\p{Lu}{1,3}\d+\p{Lu}?$/u.test(text)) return 'MISC';
  if (/^[\p{Lu}\d&]{2,}$/u.test(text)) return 'ORG';
  // a name that speaks or holds a post is a person (`Velina is Director of`, `Tinubu said`)
  const next = doc.tokens[end]?.normal ?? '';
  if (/^(?:believes|added)$/u.test(next) || speaks(doc, end)) return 'PERSON';
  if ((next === 'is' || next === 'was') && end + 1 < doc.tokens.length && isTitleWord(doc, end + 1)) return 'PERSON';
  // two to four capitalised words without a head noun are most often a personal name, unless
  // every one is an ordinary English word (`Great Powers`, `White Punks`)
  if (end - start >= 2) {
    for (let i = start; i < end; i++) if (doc.tokens[i]!.kind === 'word' && !isCommonWord(doc.tokens[i]!.normal)) return 'PERSON';
    return 'MISC';
  }
  return start > 0 && doc.tokens[start - 1]!.normal === 'the' ? 'MISC' : 'ORG';
}

/**
 * An unknown name from capitalisation alone, or nothing when the words read as ordinary
 * English: a sentence-initial common word, a lone title or head noun, a month.
 */
export function unknownName(doc: Doc, start: number, end: number, heading: boolean, seen: Seen): Candidate | undefined {
  // a sentence-initial word the text also uses in lower case is an ordinary word (`Joint exercises`),
  // unless an apposition describes it as a name (`Anthropic, founded by ...`) or it speaks (`Rice once said`)
  const word = doc.tokens[start]!.normal;
  // a plural of an ordinary noun (`Bondholders, led by`) is not described as a name; `Gécamines` is
  const ordinaryPlural = tagsOf(doc, start).includes('Plural') && (/ers$/u.test(word) || isCommonWord(word.replace(/e?s$/u, '')) || isCommonWord(word.replace(/s$/u, '')));
  // an ordinary word (`Inflation, which peaked`) needs a participle (`Anthropic, founded by`)
  const apposition = doc.tokens[end]?.text === ',' ? (doc.tokens[end + 1]?.normal ?? '') : '';
  const appositive = isCommonWord(word) ? PARTICIPLE.test(apposition) : APPOSITION.test(apposition) || PARTICIPLE.test(apposition);
  const described = end - start === 1 && !ordinaryPlural && !COMMON_ENDING.test(word) && !tagsOf(doc, start).some((t) => NOT_DESCRIBED.includes(t)) && (appositive || speaks(doc, end));
  const given = opensWithGivenName(doc, start, end, seen);
  while (!described && !given && start < end && isSentenceInitial(doc, start) && (looksCommon(doc, start) || seen.lower.has(doc.tokens[start]!.normal))) start++;
  while (start < end && isTitleWord(doc, start)) start++;
  if (start >= end) return undefined;
  const single = end - start === 1;
  // a lone letter is an initial or a label (`F` in `F-16`, `Plan B`), not a name
  if (single && /^\p{L}$/u.test(doc.tokens[start]!.text)) return undefined;
  if (single && (headClass(doc.tokens[start]!.text) || isDateWord(doc, start))) return undefined;
  if (single && isSentenceInitial(doc, start)) {
    const tags = tagsOf(doc, start);
    const named = tags.some((t) => t === 'Person' || t === 'Place' || t === 'Organization' || t === 'Acronym');
    const next = tagsOf(doc, start + 1);
    // an unknown word opening a sentence is a name unless it modifies the word after it
    const after = doc.tokens[start + 1];
    const modifier = after?.kind === 'word' && /^\p{Ll}/u.test(after.text) && next.some((t) => t === 'Noun' || t === 'Adjective') && !next.includes('Verb');
    const brand = /^\p{Lu}\p{Ll}+\p{Lu}/u.test(doc.tokens[start]!.text);
    if (!named && !brand && !seen.capitalised.has(doc.tokens[start]!.normal) && modifier) return undefined;
  }
  // in a title-case heading capitals say nothing: keep persons and names the body capitalises too
  if (heading && !isPersonWord(doc, start)) {
    for (let i = start; i < end; i++) if (doc.tokens[i]!.kind === 'word' && !seen.capitalised.has(doc.tokens[i]!.normal)) return undefined;
  }
  return { tokenStart: start, tokenEnd: end, type: guessType(doc, start, end), canonical: textOf(doc, start, end), source: 'unknown' };
}
