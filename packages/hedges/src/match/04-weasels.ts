import { W } from '../words.js';
import type { SentenceContext } from './context.js';

/** An open-ended weasel: a vague source and its attribution verb, tokens `[start, end)`. */
export interface VagueSource {
  start: number;
  end: number;
}

const PRONOUN_QUANTIFIERS = new Set(['some', 'many', 'others', 'few', 'most', 'several']);
const MODIFIER_LIMIT = 3;
const VAGUE_DETERMINERS = new Set(['some', 'many', 'most', 'several', 'numerous', 'various', 'countless']);

/** Verbs of saying and believing: what makes any quantified plural (`some users consider`) a source. */
const MENTAL_VERBS = new Set(['say', 'says', 'said', 'argue', 'argued', 'believe', 'believed', 'claim', 'claimed', 'think', 'thought', 'fear', 'feared', 'contend', 'insist', 'maintain', 'worry', 'warn', 'warned', 'suspect', 'suspected', 'assert', 'feel', 'felt', 'expect', 'expected', 'predict', 'predicted', 'speculate', 'estimate', 'allege', 'reckon', 'doubt', 'wonder', 'consider', 'considered', 'agree', 'agreed', 'contend', 'hope', 'regard', 'regarded', 'see', 'saw', 'view', 'viewed', 'worried', 'concerned', 'insisted', 'contended', 'maintained', 'asserted', 'speculated', 'estimated', 'alleged', 'reckoned', 'doubted', 'wondered', 'hoped']);

const BE_PAST = new Set(['is', 'are', 'was', 'were', 'be']);
const STATES_OF_MIND = new Set(['worried', 'concerned', 'convinced', 'agreed', 'alarmed', 'divided', 'persuaded', 'satisfied', 'resigned']);

/** Sources named only by the view they hold (`critics of the plan`, `opponents of the deal`). */
const CRITICS = new Set(['critics', 'opponents', 'supporters', 'proponents', 'advocates', 'detractors', 'skeptics', 'sceptics', 'defenders', 'champions']);

const AS_VERBS = new Set(['see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regards', 'regarded', 'describe', 'describes', 'described', 'consider', 'considers', 'considered']);

const QUOTES = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019']);

/** An `as` within `limit` tokens, over a quoted title (`regard the film 'The Score' as a remake`) but no other punctuation. */
function asWithin(c: SentenceContext, from: number, limit: number): boolean {
  for (let j = from; j < c.end && j < from + limit && (!c.isPunct(j) || QUOTES.has(c.n(j))); j++) if (c.n(j) === 'as') return true;
  return false;
}

const RELATIVES = new Set(['which', 'that', 'what', 'whom']);

/** `which some consider`, `what many see as`: a vague source whose object the relative pronoun took. */
function gapRelative(c: SentenceContext, v: number): boolean {
  let h = v - 1;
  while (h > c.start && v - h <= 3 && W.attributionAdverbs.has(c.n(h))) h--;
  return PRONOUN_QUANTIFIERS.has(c.n(h)) && RELATIVES.has(c.n(h - 1));
}

/**
 * `consider X to be Y`, `consider Lemieux the best`, `consider this album his finest`: a judgement
 * in a small clause, as `regard X as Y` is; not `will consider the bill` (deliberation, after a modal).
 */
function smallClause(c: SentenceContext, v: number): boolean {
  if (c.has(v - 1, 'Modal') || c.has(v - 2, 'Modal')) return false;
  for (let j = v + 1; j < c.end && j <= v + 6 && !c.isPunct(j); j++) if (c.n(j) === 'to' && c.n(j + 1) === 'be') return true;
  const complement = (j: number) => c.has(j, 'Determiner') || c.has(j, 'Possessive') || (c.has(j, 'Adjective') && !c.has(j, 'Noun')) || c.n(j) === 'more' || c.n(j) === 'less';
  if (c.has(v + 1, 'Pronoun') || c.has(v + 1, 'ProperNoun')) return complement(v + 2);
  if (c.has(v + 1, 'Determiner') && c.isNounOnly(v + 2) && complement(v + 3)) return true;
  // a longer object noun phrase, then an indefinite complement: `consider literacy rates a crucial measure`,
  // `consider the name "stem cell" a misnomer`
  for (let j = v + 2; j < c.end && j <= v + 9; j++) {
    if ((c.n(j) === 'a' || c.n(j) === 'an') && c.isNounOnly(j - 1) || (c.n(j) === 'a' || c.n(j) === 'an') && QUOTES.has(c.n(j - 1))) return true;
    if (!(c.has(j, 'Noun') || QUOTES.has(c.n(j)) || c.has(j, 'Adjective') || c.n(j) === 'the')) return false;
  }
  return false;
}

/** A vague quantifier at `i` that is not part of a comparison (`as many goals`, `how many`). */
function quantifierAt(c: SentenceContext, i: number): boolean {
  return VAGUE_DETERMINERS.has(c.n(i)) && !['as', 'how', 'so', 'too', 'the'].includes(c.n(i - 1));
}

/** Walks left over the modifiers of a source noun; the NP start, or -1 when the source is specific. */
function vagueNounPhrase(c: SentenceContext, head: number): number {
  let start = head;
  for (let j = head - 1, steps = 0; j >= c.start && steps <= MODIFIER_LIMIT; j--, steps++) {
    const w = c.n(j);
    if (W.vagueQuantifiers.has(w)) return j;
    if (W.definiteDeterminers.has(w)) {
      // `some of the analysts` is still vague
      return c.n(j - 1) === 'of' && W.vagueQuantifiers.has(c.n(j - 2)) ? j - 2 : -1;
    }
    if (w === "'s" || w === 's' || c.has(j, 'Organization') || c.has(j, 'Person')) return -1;
    if (c.isPunct(j) || c.has(j, 'Verb') || c.has(j, 'Preposition') || c.has(j, 'Conjunction') || w === 'a' || w === 'an') {
      if ((w === 'of' && c.n(j - 1) === 'number') || w === 'a') continue;
      return start;
    }
    start = j;
  }
  return start;
}

/** `according to (some) (Western) diplomats`: the index of the vague source noun, or -1. */
function accordingTo(c: SentenceContext, from: number): number {
  for (let j = from; j < c.end && j < from + 4; j++) {
    const w = c.n(j);
    if (W.vagueSources.has(w) && !PRONOUN_QUANTIFIERS.has(w)) return vagueNounPhrase(c, j) >= 0 ? j : -1;
    if (c.isPunct(j) || W.definiteDeterminers.has(w) || c.has(j, 'ProperNoun') && !c.has(j, 'Demonym')) return -1;
  }
  return -1;
}

/**
 * Finds vague attributions the lexicon's fixed patterns cannot list: a source noun phrase
 * without a name (`some analysts`, `Western officials`, `critics`, `many in Brussels`) as the
 * subject of a verb of saying or thinking (`argue`, `said`, `feared`).
 */
export function findVagueSources(c: SentenceContext): VagueSource[] {
  const found: VagueSource[] = [];
  for (let v = c.start + 1; v < c.end; v++) {
    if (c.n(v) === 'to' && c.n(v - 1) === 'according') {
      const source = accordingTo(c, v + 1);
      if (source > 0) found.push({ start: v - 1, end: source + 1 });
      continue;
    }
    if (!W.attributionVerbs.has(c.n(v)) || W.displayObjects.has(c.n(v + 1))) continue;
    // `voters believe in the project`: trust, not a claim
    if (c.n(v).startsWith('believ') && c.n(v + 1) === 'in') continue;
    if (c.isNounOnly(v) && !PRONOUN_QUANTIFIERS.has(c.n(v - 1)) && c.n(v + 1) !== 'that') continue;
    // `many see this as`: seeing and viewing attribute only with `as`
    if (AS_VERBS.has(c.n(v)) && !asWithin(c, v + 1, 10) && !(c.n(v).startsWith('consider') && (smallClause(c, v) || gapRelative(c, v)))) continue;
    let h = v - 1;
    let passive = false;
    for (let steps = 0; h > c.start && steps < 3 && (W.attributionAdverbs.has(c.n(h)) || W.negators.has(c.n(h))); steps++) {
      if ((c.n(h) === 'been' || c.n(h) === 'being') && !c.n(v).endsWith('ing')) passive = true;
      // `Turkish officers were expected at the bases`: the officers are expected, they expect nothing;
      // a state of mind is no passive (`some users are worried that`)
      if (BE_PAST.has(c.n(h)) && c.n(v).endsWith('ed') && !STATES_OF_MIND.has(c.n(v))) passive = true;
      h--;
    }
    // `surveys has been noted`: the source is what was noted, not who noted it
    if (passive) continue;
    if (c.isPunct(h)) continue;
    const head = c.n(h);
    let start = -1;
    if (W.vagueSources.has(head) && !PRONOUN_QUANTIFIERS.has(head)) start = vagueNounPhrase(c, h);
    // any plural after a vague quantifier: `some users consider`, `most Americans felt`
    else if (MENTAL_VERBS.has(c.n(v)) && c.has(h, 'Plural') && quantifierAt(c, h - 1)) start = h - 1;
    else if (MENTAL_VERBS.has(c.n(v)) && c.has(h, 'Plural') && (c.has(h - 1, 'Adjective') || c.isNounOnly(h - 1)) && quantifierAt(c, h - 2)) start = h - 2;
    else if (PRONOUN_QUANTIFIERS.has(head) && c.n(h - 1) !== '-' && (h === c.start || c.isPunct(h - 1) || c.has(h - 1, 'Conjunction') || RELATIVES.has(c.n(h - 1)))) start = h;
    // a people named by a quantified nationality word: `many Vietnamese regarded`, `some Britons feel`
    else if (MENTAL_VERBS.has(c.n(v)) && c.has(h, 'Demonym') && quantifierAt(c, h - 1)) start = h - 1;
    else {
      for (let p = h - 1; p >= c.start && p >= h - 4; p--) {
        if (c.isPunct(p)) break;
        // `critics of the naval mission claim`: people named only by the view they hold are unnamed
        if (c.n(p) === 'of' && CRITICS.has(c.n(p - 1)) && MENTAL_VERBS.has(c.n(v))) {
          start = vagueNounPhrase(c, p - 1);
          break;
        }
        if (!W.locativePrepositions.has(c.n(p))) continue;
        // `many in Brussels feared`, `critics in Berlin have warned`
        if (PRONOUN_QUANTIFIERS.has(c.n(p - 1)) && !W.definiteDeterminers.has(c.n(p - 2))) start = p - 1;
        // `analysts at the International Crisis Group` are named; `critics in Berlin` are not
        else if (W.vagueSources.has(c.n(p - 1)) && !PRONOUN_QUANTIFIERS.has(c.n(p - 1)) && !W.vagueSpecifiers.has(c.n(p)) && !c.has(h, 'Organization')) start = vagueNounPhrase(c, p - 1);
        break;
      }
    }
    // `the gap between results and surveys`: a noun phrase inside a prepositional phrase is no subject
    if (start > c.start && c.has(start - 1, 'Preposition') && !W.locativePrepositions.has(c.n(start)) && !RELATIVES.has(c.n(start - 1))) continue;
    if (start >= 0) found.push({ start, end: v + 1 });
  }
  return found;
}
