import { W } from '../words.js';
import type { SentenceContext } from './context.js';

/**
 * Readings of a cue word that its neighbours decide, whatever compromise tagged: a noun or an
 * adjective rather than a verb, a name that says what a thing is, a sign that marks something.
 */

/** Tokens `[start, end)` of the match being read. */
interface Span {
  start: number;
  end: number;
}

const NOUN_BEFORE = new Set(['such', 'its', 'his', 'their', 'our', 'my', 'your', "'s", 'whose', 'every', 'each', 'no', 'any']);
const PREDICATE_AFTER_NOUN = new Set(['of', 'that', 'about', 'over', 'among', 'in', 'for']);

/**
 * A noun reading shown by the words around it, whatever compromise tagged: a possessive or
 * `such` before it (`their fear`, `Russia's fear`, `such fears`), an adjective before it (`a deep
 * fear`, `widespread fears`; not a quantifier subject: `many fear`), or a demonstrative before and a
 * verb, punctuation or `of` after it (`That fear is unfounded`, `this claim, however,`), where
 * `analysts that fear a default` keeps the verb.
 */
export function nounByContext(c: SentenceContext, m: Span): boolean {
  const prev = c.n(m.start - 1);
  if (NOUN_BEFORE.has(prev) || (c.has(m.start - 1, 'Possessive') && !W.selfMentions.has(prev))) return true;
  // `two suspects`, `three claims`: a cardinal counts a noun
  // (not a Roman numeral, `Leo XIII predicts`, a year, `in 951 claiming`, nor a pronoun: `the two seems`, `one assumes`)
  const count = c.doc.tokens[m.start - 1]?.kind === 'number' || (c.has(m.start - 1, 'Cardinal') && !/^[IVXLCDM]+$/u.test(c.text(m.start - 1)));
  if (count && prev !== 'one' && !c.has(m.start - 1, 'Date') && !W.definiteDeterminers.has(c.n(m.start - 2)) && !c.has(m.start - 2, 'Preposition')) return true;
  if (c.has(m.start, 'Noun') && c.has(m.start - 1, 'Adjective') && !c.has(m.start - 1, 'Adverb') && !c.has(m.start - 1, 'Pronoun') && !W.vagueQuantifiers.has(prev)) return true;
  if ((prev === 'that' || prev === 'this') && c.has(m.start - 1, 'Determiner')) {
    const next = m.end;
    return c.isPunct(next) || c.has(next, 'Copula') || c.has(next, 'Modal') || c.has(next, 'Auxiliary') || (PREDICATE_AFTER_NOUN.has(c.n(next)) && c.n(next) !== 'that') || (c.has(next, 'Verb') && !c.has(next, 'Infinitive') && c.isNounOnly(m.start));
  }
  return false;
}

/** `as the title suggests`, `as its name indicates`: the name says what the thing is, no inference. */
export function asTheNameSays(c: SentenceContext, i: number): boolean {
  for (let j = i - 1; j >= c.start && j >= i - 4 && !c.isPunct(j); j--) {
    // not `such as X indicate that`, not the causal `as it indicates that`
    if (c.n(j) === 'as') return c.n(j - 1) !== 'such' && (c.has(j + 1, 'Determiner') || c.has(j + 1, 'Possessive')) && c.n(i + 1) !== 'that';
  }
  return false;
}

/** `used to indicate an end`, `serves to indicate`: a sign marks something; nothing is inferred. */
export const MARKING_PURPOSE = new Set(['used', 'serves', 'serve', 'served', 'meant', 'intended', 'designed', 'chosen']);

/**
 * A participle used as an adjective before its noun (`other suggested origins`, `Predicted effects
 * of the tax`, `an estimated 20,000`): no one is doing the suggesting here and now. A noun or
 * pronoun subject before it (`analysts predicted growth`) keeps the verb.
 */
export function attributiveParticiple(c: SentenceContext, m: Span): boolean {
  if (!c.n(m.end - 1).endsWith('ed') || c.has(m.end, 'Pronoun')) return false;
  const prev = m.start - 1;
  const before = prev < c.start || c.isPunct(prev) || c.has(prev, 'Determiner') || ['other', 'some', 'many', 'several', 'various', 'most'].includes(c.n(prev)) || (c.has(prev, 'Adjective') && !c.has(prev, 'Noun'));
  return before && (c.isNounOnly(m.end) || c.doc.tokens[m.end]?.kind === 'number' || c.has(m.end, 'Value'));
}

/** `prevalence estimates have varied`, `reserve estimates are`: a noun compound, not a verb. */
export function compoundNoun(c: SentenceContext, m: Span): boolean {
  if (c.n(m.end) === 'that' || !c.isNounOnly(m.start - 1) || c.has(m.start - 1, 'ProperNoun') || c.has(m.start - 1, 'Plural')) return false;
  return c.isPunct(m.end) || c.has(m.end, 'Preposition') || c.has(m.end, 'Copula') || c.has(m.end, 'Auxiliary');
}

/** `alleges George Lisicase stole`, `claims he was`, `imply there is`: a pronoun, `there` or a name, then its finite verb. */
export function clauseWithNameSubject(c: SentenceContext, i: number): boolean {
  // `felt himself obliged`: a reflexive is an object, not the subject of a clause
  if (c.has(i, 'Pronoun') || c.n(i) === 'there') return !/sel(f|ves)$/u.test(c.n(i)) && c.has(i + 1, 'Verb') && !c.has(i + 1, 'Gerund');
  let j = i;
  while (j < c.end && j < i + 4 && c.has(j, 'ProperNoun')) j++;
  return j > i && c.has(j, 'Verb') && !c.has(j, 'Gerund');
}

const SUBJECT_SKIP = new Set(['also', 'later', 'originally', 'once', 'still', 'now', 'repeatedly', 'long', 'publicly', 'openly', 'himself', 'herself', 'itself', 'further', 'even', 'always', 'often', 'previously', 'initially', 'first', 'falsely', 'wrongly']);
const SPECIFIC_PRONOUNS = new Set(['he', 'she', 'it']);
const PASSIVE_BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const SPECIFIC_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'this', "'s"]);

/** A name at `i`: compromise's tags, an entities-layer mention ending there, or a capital inside the sentence (`Gazprom`). */
function named(c: SentenceContext, i: number): boolean {
  if (c.has(i, 'ProperNoun') || c.has(i, 'Person') || c.has(i, 'Organization')) return true;
  const mentions = (c.doc.layers as { entities?: { mentions?: Array<{ tokenEnd: number }> } }).entities?.mentions;
  if (mentions?.some((m) => m.tokenEnd - 1 === i)) return true;
  return i > c.start && c.has(i, 'Noun') && /^\p{Lu}/u.test(c.text(i));
}

/**
 * A named or specific subject right before the verb at `i`, over adverbs, auxiliaries and negation:
 * a name (`Matrixx claimed`, `Jeffrey Russell claims`), `he`/`she`/`it`, or a definite noun phrase
 * (`the company has claimed`, `its website claims`). Bare plurals, quantified and relative subjects
 * (`critics claim`, `users who claimed`, `some claim`) and coordinations are not specific.
 */
export function specificSubject(c: SentenceContext, i: number): boolean {
  let h = i - 1;
  while (h >= c.start && i - h <= 5 && (SUBJECT_SKIP.has(c.n(h)) || W.auxiliaries.has(c.n(h)) || W.negators.has(c.n(h)))) {
    // `it has long been claimed`, `cannot be claimed`: a passive hides who claims
    if (PASSIVE_BE.has(c.n(h))) return false;
    h--;
  }
  if (h < c.start || c.isPunct(h)) return false;
  const w = c.n(h);
  if (SPECIFIC_PRONOUNS.has(w)) return true;
  if (c.has(h, 'Pronoun') || W.vagueQuantifiers.has(w) || c.has(h, 'Demonym')) return false;
  if (named(c, h)) {
    // `critics of the Federal Reserve claim`: the name is inside the subject, not its head
    let first = h;
    while (first > c.start && named(c, first - 1)) first--;
    if (c.n(first - 1) === 'the') first--;
    return !c.has(h, 'Plural') && !(c.has(first - 1, 'Preposition') && c.has(first - 2, 'Noun'));
  }
  if (!c.has(h, 'Noun') || c.has(h, 'Plural') && !SPECIFIC_DETERMINERS.has(c.n(h - 1)) && !SPECIFIC_DETERMINERS.has(c.n(h - 2))) return false;
  // a singular or a determined noun phrase: `the company`, `the story`, `its website`, `the protesters`
  for (let j = h - 1; j >= c.start && j >= h - 4; j--) {
    // `critics of the mission claim`: the phrase is inside the subject, whose head comes before it
    if (SPECIFIC_DETERMINERS.has(c.n(j)) || c.has(j, 'Possessive')) return !(c.has(j - 1, 'Preposition') && c.has(j - 2, 'Noun'));
    if (!(c.has(j, 'Adjective') || c.has(j, 'Noun'))) return false;
  }
  return false;
}

/**
 * `what he believes.`, `what real people think`: the belief named as a topic by a free relative
 * that closes its clause (or joins another verb: `think and write about`), not a judgement made here.
 */
export function beliefAsTopic(c: SentenceContext, m: Span): boolean {
  const closes = CLAUSE_END.has(c.n(m.end)) || m.end >= c.end || (c.n(m.end) === 'and' && c.has(m.end + 1, 'Verb'));
  // `what I think`: the writer's own view stays a self-mention
  if (!closes || W.selfMentions.has(c.n(m.start - 1))) return false;
  for (let j = m.start - 1; j >= c.start && j >= m.start - 4; j--) {
    if (c.n(j) === 'what') return true;
    if (c.isPunct(j) || c.has(j, 'Verb') && !c.has(j, 'Auxiliary')) return false;
  }
  return c.n(m.end) === 'and';
}

const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', '"', "'", '\u201d', '\u2019']);
const PROPOSERS = new Set(['he', 'she', 'they', 'you']);

/**
 * `the planner will suggest a combination`, `the minister suggested a meeting`: a person proposing a
 * course of action, not evidence suggesting a conclusion (`the data suggest a slowdown`) or a scholar
 * suggesting a hypothesis (`Higley suggests a common story`), which keep the hedge.
 */
export function proposal(c: SentenceContext, m: Span): boolean {
  // the object is a course of action (`a meeting`, `a combination of savings`), not a hypothesis (`a common story`)
  let o = m.end;
  while (o < c.end && o <= m.end + 3 && (c.has(o, 'Determiner') || c.has(o, 'Possessive') || c.has(o, 'Adjective') || c.has(o, 'Demonym'))) o++;
  if (o === m.end || !W.proposalObjects.has(c.n(o))) return false;
  let h = m.start - 1;
  while (h >= c.start && (W.auxiliaries.has(c.n(h)) || c.has(h, 'Adverb'))) h--;
  return PROPOSERS.has(c.n(h)) || c.has(h, 'Person') || c.has(h, 'ProperNoun') || c.has(h, 'Actor');
}
