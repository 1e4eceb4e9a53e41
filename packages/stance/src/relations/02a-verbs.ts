/**
 * Verbs compromise tags as something else: a participle after an auxiliary read as an adjective,
 * a finite verb after a name read as a plural noun, a past form after `which` read as an
 * adjective, a bare present after a plural subject read as a singular noun. The cue matcher and
 * the subject test both ask here, so they agree on what is a verb.
 */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { actorMentions } from '../actors.js';

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', "'s", "'re", "'ve"]);

/** compromise's verb tag, or a participle after an auxiliary that it read as an adjective (`is supporting`). */
export function isVerb(doc: Doc, t: number): boolean {
  if (hasTag(doc, t, 'Verb')) return true;
  const word = doc.tokens[t]!.normal;
  let b = t - 1;
  while (b >= 0 && hasTag(doc, b, 'Adverb')) b--;
  // (`Rwanda's backing of`: a possessive `'s` after a name is no auxiliary)
  const possessive = doc.tokens[b]?.normal === "'s" && actorMentions(doc, doc.tokens[t]!.sentence).some((m) => m.tokenEnd === b);
  if ((word.endsWith('ing') || word.endsWith('ed')) && AUXILIARIES.has(doc.tokens[b]?.normal ?? '') && !possessive) return true;
  // `Mali and Burkina Faso, both run by juntas, sided with Niger`: compromise may read a past
  // tense after a parenthesis as a noun; a past form followed by its preposition is a verb
  if (word.length > 4 && word.endsWith('ed') && !hasTag(doc, t, 'Adjective') && !DETERMINERS.has(doc.tokens[t - 1]?.normal ?? '') && PAST_LINKS.has(doc.tokens[t + 1]?.normal ?? '')) return true;
  return misreadVerb(doc, t);
}

/** A verb compromise tagged as something else, read off its neighbours (the helpers below). */
export function misreadVerb(doc: Doc, t: number): boolean {
  return finiteAfterActor(doc, t) || afterRelative(doc, t) || relativeVerb(doc, t) || bareVerbAfterPlural(doc, t);
}

/**
 * `Japan and South Korea back Ukraine`, `The Americans train Mongolian peacekeepers`: after a
 * plural subject (a coordination of actors, or a plural nationality) compromise reads a bare
 * present verb as a singular noun. It is the verb when nothing later in the clause is one (`trade
 * ties are deep` has its verb in `are`; a plural in `-s` that compromise calls a verb is a noun).
 */
export function bareVerbAfterPlural(doc: Doc, t: number): boolean {
  const token = doc.tokens[t];
  if (!token || token.kind !== 'word' || token.text !== token.normal || token.normal.endsWith('s') || !hasTag(doc, t, 'Noun') || hasTag(doc, t, 'Plural')) return false;
  const b = skipMidAdverbsBack(doc, t);
  const mentions = actorMentions(doc, token.sentence);
  const last = mentions.find((m) => m.tokenEnd === b + 1);
  if (!last) return false;
  const plural = (last.type === 'NORP' && last.text.endsWith('s')) || mentions.some((m) => m.tokenEnd <= last.tokenStart && last.tokenStart - m.tokenEnd <= 2 && doc.tokens.slice(m.tokenEnd, last.tokenStart).some((w) => w.normal === 'and'));
  if (!plural) return false;
  const end = doc.sentences[token.sentence]!.tokenEnd;
  for (let k = t + 1; k < end; k++) {
    const word = doc.tokens[k]!.normal;
    if (word === ',' || word === ';' || CLAUSE_OPENERS.has(word)) break;
    if (hasTag(doc, k, 'Copula') || hasTag(doc, k, 'Auxiliary') || hasTag(doc, k, 'Modal') || (hasTag(doc, k, 'Verb') && !word.endsWith('s') && !hasTag(doc, k, 'Gerund') && !hasTag(doc, k, 'Infinitive'))) return false;
  }
  return true;
}

/** Words that open another clause, past which a later verb is not the clause's. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'while', 'when', 'because', 'but', 'and', 'as', 'if', 'although', 'where']);

/**
 * `ECOWAS, which suspended Guinea`: compromise may read a past form right after a subject
 * relative pronoun as an adjective; before a determiner or an actor it is the relative's verb.
 */
function relativeVerb(doc: Doc, t: number): boolean {
  const word = doc.tokens[t]!.normal;
  if (!(word.endsWith('ed') || IRREGULAR_PAST.has(word)) || word.length < 4) return false;
  const b = skipMidAdverbsBack(doc, t);
  if (!['which', 'who'].includes(doc.tokens[b]?.normal ?? '')) return false;
  return objectOpensAt(doc, doc.tokens[t]!.sentence, t + 1);
}

/**
 * `The Caribbean Community, which brokered ..., backs the American proposal`: after a relative
 * clause closed by its comma, a word in `-s` before a determiner or an actor is the main verb.
 */
function afterRelative(doc: Doc, t: number): boolean {
  const word = doc.tokens[t]!.normal;
  if (doc.tokens[t - 1]?.normal !== ',' || !word.endsWith('s') || word.endsWith('ss') || word.length < 4) return false;
  const sentence = doc.sentences[doc.tokens[t]!.sentence]!;
  let relative = -1;
  for (let b = t - 2; b >= sentence.tokenStart; b--) if (['which', 'who'].includes(doc.tokens[b]!.normal) && doc.tokens[b - 1]?.normal === ',') { relative = b; break; }
  if (relative < 0) return false;
  return objectOpensAt(doc, doc.tokens[t]!.sentence, t + 1);
}

/** Adverbs between a subject and its verb that compromise may tag otherwise (`Turkey still disputes`). */
const MID_ADVERBS = new Set(['still', 'also', 'now', 'already', 'openly', 'repeatedly', 'often', 'even', 'again', 'quietly', 'publicly']);

/** The token before `t`, past adverbs (`Turkey still disputes`: `Turkey`). */
function skipMidAdverbsBack(doc: Doc, t: number): number {
  let b = t - 1;
  while (b >= 0 && (hasTag(doc, b, 'Adverb') || MID_ADVERBS.has(doc.tokens[b]!.normal))) b--;
  return b;
}

/** An object opens at token `t`: a determiner, or an actor of sentence `sentence`. */
function objectOpensAt(doc: Doc, sentence: number, t: number): boolean {
  return DETERMINERS.has(doc.tokens[t]?.normal ?? '') || actorMentions(doc, sentence).some((m) => m.tokenStart === t);
}

/**
 * `Turkey still disputes Greek sovereignty`: compromise may read a finite verb as a plural noun
 * after an adverb. A word in `-s` or `-ed` right after an actor's name (past such adverbs) and
 * before a determiner or another actor is the actor's verb.
 */
function finiteAfterActor(doc: Doc, t: number): boolean {
  const word = doc.tokens[t]!.normal;
  const irregular = IRREGULAR_PAST.has(word);
  if (!irregular && (!(word.endsWith('s') || word.endsWith('ed')) || word.endsWith('ss') || word.length < 4 || !(hasTag(doc, t, 'Noun') || hasTag(doc, t, 'Verb')))) return false;
  const b = skipMidAdverbsBack(doc, t);
  const sentence = doc.tokens[t]!.sentence;
  const mentions = actorMentions(doc, sentence);
  const actor = mentions.find((m) => m.tokenEnd === b + 1 && m.type !== 'NORP');
  if (!actor) return false;
  const next = t + 1;
  // (`the field, which Iran contests with Kuwait`: after an object relative's subject, a word in `-s` is its verb)
  if (RELATIVE_OBJECTS.has(doc.tokens[actor.tokenStart - 1]?.normal ?? '') && PAST_LINKS.has(doc.tokens[next]?.normal ?? '')) return true;
  // (`Algiers cut diplomatic relations`: a past form that is also a noun, before its object's adjective)
  return objectOpensAt(doc, sentence, next) || (irregular && hasTag(doc, next, 'Adjective'));
}

/** Past forms identical to their base and to a noun, which compromise may read as nouns after a name. */
const IRREGULAR_PAST = new Set(['cut', 'shut', 'hit', 'split', 'set', 'put', 'quit']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);
const RELATIVE_OBJECTS = new Set(['which', 'that', 'whom']);
const PAST_LINKS = new Set(['with', 'to', 'on', 'against', 'by', 'behind', 'alongside', 'toward', 'towards', 'from']);
