/** Subject patterns: who does the act (pronouns, appositions, subjects before auxiliaries). */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { isSubjectAt, type Group } from './01-groups.js';
import type { CueMatch } from './02-cues.js';
import { LINKING_ADVERBS } from './03a-scope.js';

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** Skips adjectives and adverbs backwards from `t` (exclusive); returns the first other token. */
export function skipModifiersBack(doc: Doc, t: number, floor: number): number {
  let b = t - 1;
  while (b >= floor && b >= t - 4 && (hasTag(doc, b, 'Adjective') || hasTag(doc, b, 'Adverb') || hasTag(doc, b, 'Gerund') || doc.tokens[b]!.normal === 'and')) b--;
  return b;
}

const OPENERS = new Set(['but', 'and', 'yet', 'so', 'still', 'meanwhile', 'instead', 'now', 'then', 'since', ',']);
const PARTICIPLE_LINKS = new Set(['while', 'whereas', 'though', 'although']);

export const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she']);
const PERSONAL = new Set(['he', 'she']);

/**
 * `New Delhi argues ..., and it has criticised`: a clause's subject pronoun, or a subject left
 * out after `but`/`and`, is the sentence's subject.
 */
export function pronounSubject(doc: Doc, clauseStart: number, cue: number, sentenceSubject: Group | undefined, previous: Group | undefined, groups: readonly Group[] = []): Group | undefined {
  const opening = doc.sentences[doc.tokens[clauseStart]!.sentence]!.tokenStart;
  // `Moscow is the beneficiary. It supports ...`: a pronoun opening the sentence is the previous sentence's subject
  if (clauseStart === opening && previous && (!sentenceSubject || sentenceSubject.tokenStart > clauseStart)) {
    // (`But it has deepened ...`: past an opening conjunction or linking adverb)
    let p = clauseStart;
    while (p < clauseStart + 2 && OPENERS.has(doc.tokens[p]!.normal)) p++;
    const word = doc.tokens[p]!.normal;
    const person = previous.types.every((type) => type === 'PERSON');
    const verbNext = hasTag(doc, p + 1, 'Verb') || hasTag(doc, p + 1, 'Auxiliary') || hasTag(doc, p + 1, 'Adverb');
    if (SUBJECT_PRONOUNS.has(word) && PERSONAL.has(word) === person && (word !== 'they' || previous.names.length > 1 || previous.types.includes('NORP') || pluralOwned(doc, previous)) && (word !== 'it' || previous.names.length === 1) && verbNext) return previous;
    return undefined;
  }
  if (!sentenceSubject || sentenceSubject.tokenEnd > clauseStart) return undefined;
  // `... insists that X, but welcomes American investment`: a clause with its subject left out
  let v = clauseStart + 1;
  while (v < cue && hasTag(doc, v, 'Adverb')) v++;
  if (['but', 'yet', 'and'].includes(doc.tokens[clauseStart]!.normal) && hasTag(doc, v, 'Verb') && !hasTag(doc, v, 'Gerund')) return sentenceSubject;
  // `..., while threatening tariffs on India`: a participle after a subordinator shares the subject
  if (PARTICIPLE_LINKS.has(doc.tokens[clauseStart]!.normal) && doc.tokens[v]!.normal.endsWith('ing') && v < cue + 1) return sentenceSubject;
  // `he`/`she` stand for a person, `it`/`they` for anything else: the nearest subject before the
  // clause that fits (`a relationship that Khartoum abandoned when it sided with`), else the
  // sentence's
  for (let t = clauseStart; t < cue; t++) {
    const word = doc.tokens[t]!.normal;
    if (!SUBJECT_PRONOUNS.has(word) || !(hasTag(doc, t + 1, 'Verb') || hasTag(doc, t + 1, 'Auxiliary') || hasTag(doc, t + 1, 'Adverb'))) continue;
    const fits = (g: Group) => PERSONAL.has(word) === g.types.every((type) => type === 'PERSON') && (word !== 'it' || g.names.length === 1);
    const nearest = [...groups].reverse().find((g) => g.tokenEnd <= clauseStart && g.tokenStart > sentenceSubject.tokenStart && isSubjectAt(doc, g) && fits(g));
    if (nearest) return nearest;
    if (PERSONAL.has(word) === sentenceSubject.types.every((type) => type === 'PERSON')) return sentenceSubject;
  }
  return undefined;
}

/** `Mali's colonels`, `Mali's military rulers`: a possessor whose head noun is plural, which `they` may stand for. */
function pluralOwned(doc: Doc, g: Group): boolean {
  if (!g.possessive) return false;
  let t = g.tokenEnd;
  while (t < g.tokenEnd + 2 && hasTag(doc, t, 'Adjective')) t++;
  return hasTag(doc, t, 'Plural');
}

/**
 * `Saudi Arabia and the UAE, Yemen's neighbours, have bombed`: a subject found inside an
 * apposition (after a comma, closed by one) stands for the group before that comma.
 */
export function appositionHead(doc: Doc, groups: readonly Group[], g: Group | undefined): Group | undefined {
  if (!g) return g;
  // (`CARICOM, the Caribbean community, has backed`: a determiner may open the apposition, and
  // an ordinal or a number after it: `Egypt and Jordan, the first Arab states to ...`)
  let comma = g.tokenStart - 1;
  while (comma > g.tokenStart - 3 && (ORDINALS.has(doc.tokens[comma]?.normal ?? '') || hasTag(doc, comma, 'Value'))) comma--;
  if (['the', 'a', 'an'].includes(doc.tokens[comma]?.normal ?? '')) comma--;
  if (doc.tokens[comma]?.normal !== ',') return g;
  const head = groups.find((h) => h.tokenEnd === comma);
  if (!head) return g;
  // (a nationality adjective's head noun, whatever compromise tagged it: `Arab states` as a verb)
  let t = g.norp && doc.tokens[g.tokenEnd]?.kind === 'word' ? g.tokenEnd + 1 : g.tokenEnd;
  while (t < g.tokenEnd + 4 && t < doc.tokens.length && doc.tokens[t]!.normal !== ',' && (hasTag(doc, t, 'Noun') || hasTag(doc, t, 'Adjective'))) t++;
  // (`the first Arab states to make peace with Israel,`: an infinitive or a relative completes the noun)
  if (['to', 'that', 'which', 'who'].includes(doc.tokens[t]?.normal ?? '')) {
    const end = doc.sentences[doc.tokens[t]!.sentence]!.tokenEnd;
    while (t < Math.min(end, g.tokenEnd + 16) && doc.tokens[t]!.normal !== ',') t++;
  }
  return doc.tokens[t]?.normal === ',' ? head : g;
}

const ORDINALS = new Set(['first', 'second', 'third', 'last', 'only', 'two', 'three', 'four', 'five', 'both']);

/** The first subject pronoun in `[from, to)` followed by a verb, auxiliary or adverb (-1 if none). */
export function pronounAfter(doc: Doc, from: number, to: number): number {
  for (let t = from; t < to; t++) {
    // (`furious at what it saw as betrayal`: the subject of a relative is not the clause's)
    if (!SUBJECT_PRONOUNS.has(doc.tokens[t]!.normal) || RELATIVE_WORDS.has(doc.tokens[t - 1]?.normal ?? '')) continue;
    // `it later imposed`: compromise may read the adverb in between as an adjective
    let v = t + 1;
    while (v < t + 3 && (hasTag(doc, v, 'Adverb') || LINKING_ADVERBS.has(doc.tokens[v]!.normal) || doc.tokens[v]!.normal === 'later')) v++;
    if (hasTag(doc, v, 'Verb') || hasTag(doc, v, 'Auxiliary')) return t;
  }
  return -1;
}

/** The token after the auxiliaries and adverbs before `t`: where a subject before them ends. */
export function skipAuxiliariesBack(doc: Doc, t: number, floor: number): number {
  let b = t;
  while (b > floor && (hasTag(doc, b - 1, 'Auxiliary') || hasTag(doc, b - 1, 'Adverb') || hasTag(doc, b - 1, 'Modal') || BE.has(doc.tokens[b - 1]!.normal))) b--;
  return b;
}

const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'its', 'their']);

/**
 * `Sheinbaum has obliged: her government raised tariffs on Chinese cars`: a possessive pronoun
 * heading a clause's subject stands for the subject before it of the right kind (`her`/`his` a
 * person, `its` one actor, `their` a coordination), in this sentence or the one before.
 */
export function possessiveSubject(doc: Doc, clauseStart: number, cue: number, groups: readonly Group[], previous: Group | undefined, isSubject: (g: Group) => boolean): Group | undefined {
  let p = clauseStart;
  while (p < clauseStart + 2 && [':', ',', 'and', 'but', 'yet', ';'].includes(doc.tokens[p]!.normal)) p++;
  const word = doc.tokens[p]?.normal ?? '';
  if (!POSSESSIVE_PRONOUNS.has(word)) return undefined;
  let v = p + 1;
  while (v < p + 3 && hasTag(doc, v, 'Noun') && !hasTag(doc, v, 'Verb')) v++;
  if (v === p + 1 || v > cue) return undefined;
  while (v < cue && (hasTag(doc, v, 'Adverb') || hasTag(doc, v, 'Auxiliary') || AUX.has(doc.tokens[v]!.normal))) v++;
  if (v !== cue && !(hasTag(doc, v, 'Verb') && v < cue)) return undefined;
  const fits = (g: Group) => (word === 'her' || word === 'his' ? g.types.every((t) => t === 'PERSON') : word === 'its' ? g.names.length === 1 && !g.types.includes('PERSON') : g.names.length > 1 || g.types.includes('NORP'));
  const before = groups.filter((g) => g.tokenEnd <= p && isSubject(g) && fits(g));
  if (before.length) return before[before.length - 1];
  return previous && fits(previous) ? previous : undefined;
}

/** Auxiliaries that may open a verb phrase after its subject (`, with France, has led`). */
export const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would']);

/**
 * The cue's subject is a relative pronoun (`that`, `which`, `who`, past auxiliaries and adverbs) on
 * a noun any actor could fill: `any country that struck a deal with`, `every state that joins`.
 * (`a move that irritated Brasilia`, `juntas that expelled` have their actors elsewhere.)
 */
export function commonNounRelative(doc: Doc, groups: readonly Group[], cs: number, cue: number): boolean {
  let t = cue - 1;
  // (a noun cue's own verb first: `that struck a deal`, `that signed a pact`)
  while (t > cs && (hasTag(doc, t, 'Determiner') || hasTag(doc, t, 'Adjective'))) t--;
  if (t < cue - 1 && hasTag(doc, t, 'Verb') && !hasTag(doc, t, 'Auxiliary')) t--;
  while (t > cs && (hasTag(doc, t, 'Auxiliary') || hasTag(doc, t, 'Adverb') || hasTag(doc, t, 'Modal'))) t--;
  if (t < cs || !['that', 'which', 'who'].includes(doc.tokens[t]!.normal) || !hasTag(doc, t - 1, 'Noun') || groups.some((g) => g.tokenEnd === t || g.tokenEnd === t - 1)) return false;
  let d = t - 2;
  while (d > cs && hasTag(doc, d, 'Adjective')) d--;
  return GENERIC_DETERMINERS.has(doc.tokens[d]?.normal ?? '');
}
/** Determiners of a noun any actor could fill (`any country`). */
export const GENERIC_DETERMINERS = new Set(['any', 'every', 'each', 'no', 'whichever']);

/**
 * `Still feuding with Addis Ababa over the dam, Egypt signed ...`: a participle opening the
 * sentence, with no actor before it, has the main clause's subject after its comma.
 */
export function frontedParticipleSubject(doc: Doc, groups: readonly Group[], m: CueMatch): Group | undefined {
  const start = doc.sentences[doc.tokens[m.tokenStart]!.sentence]!.tokenStart;
  if (!m.verb || !doc.tokens[m.tokenStart]!.normal.endsWith('ing') || m.tokenStart - start > 2) return undefined;
  for (let t = start; t < m.tokenStart; t++) if (!hasTag(doc, t, 'Adverb')) return undefined;
  const end = doc.sentences[doc.tokens[m.tokenStart]!.sentence]!.tokenEnd;
  let comma = m.tokenEnd;
  while (comma < end && doc.tokens[comma]!.normal !== ',') comma++;
  return groups.find((g) => g.tokenStart > comma && g.tokenStart <= comma + 2 && isSubjectAt(doc, g));
}

/** Words opening a relative or a free relative, whose subject pronoun belongs to it. */
const RELATIVE_WORDS = new Set(['what', 'which', 'that', 'whom', 'whatever']);
