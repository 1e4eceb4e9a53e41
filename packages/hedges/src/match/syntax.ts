import { W } from '../words.js';
import type { SentenceContext } from './context.js';
import { nounByContext } from './readings.js';

/**
 * What the context rules share: the rule shape, the word classes several rule families test, and
 * the readings they build on (a verb, a predicative adjective, the verb after adverbs).
 */

/** A match the rules judge: tokens `[start, end)` of the sentence. */
export interface RuleInput {
  start: number;
  end: number;
}

/** A context rule: true when the match is a cue here. */
export type Rule = (c: SentenceContext, m: RuleInput) => boolean;

/** Words that open a clause after a verb or adjective (`unclear whether`, `show that`). */
export const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'who', 'where', 'which']);
const PRONOUN_BEFORE_IS = new Set(['it', 'that', 'there', 'what', 'he', 'she', 'this', 'who', 'here', 'which', 'nothing', 'everything', 'one']);
/** Auxiliaries before a participle: a perfect or a passive (`has shown`, `is indicated`). */
export const PERFECT_OR_PASSIVE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'being', "'s", "'ve"]);
/** The modal auxiliaries. */
export const MODALS = new Set(['may', 'might', 'could', 'would', 'can', 'will', 'should', 'must']);
const SKIPPABLE = new Set(['not', "n't", 'never', 'still', 'yet', 'now', 'so', 'very', 'quite', 'entirely', 'fully', 'far', 'from', 'all', 'too', 'increasingly', 'less', 'more', 'by', 'means', 'always', 'already', 'hardly', 'altogether', 'completely', 'absolutely', 'perfectly', 'abundantly', 'painfully', 'crystal', 'reasonably', 'fairly', 'highly', 'much', 'also', 'equally', 'just', 'me', 'us', 'to', 'becoming', 'getting', 'now', 'then', 'thus', 'therefore', 'however', ',']);

/** True when something before `i` (skipping degree adverbs and negation) is a linking verb. */
export function afterCopula(c: SentenceContext, i: number): boolean {
  for (let j = i - 1, steps = 0; j >= c.start && steps < 5; j--, steps++) {
    const w = c.n(j);
    // `'s` is `is` after a pronoun (`it's clear`), a possessive after a name (`Russia's impossible demands`)
    if (w === "'s") return PRONOUN_BEFORE_IS.has(c.n(j - 1));
    if (W.copulas.has(w)) return true;
    if (!SKIPPABLE.has(w)) return false;
  }
  return false;
}

/** Predicative use (`is uncertain`, `unclear whether`), not attributive (`an uncertain phase`). */
export const predicative: Rule = (c, m) => afterCopula(c, m.start) || COMPLEMENTIZERS.has(c.n(m.end)) || (c.n(m.end) === 'to' && !c.isNounOnly(m.end + 1)) || objectComplement(c, m);

/** `has left the outlook unclear.`: an adjective closing its clause after a noun complements it; it modifies nothing. */
function objectComplement(c: SentenceContext, m: RuleInput): boolean {
  return (c.n(m.end) === ',' || c.n(m.end) === '.' || c.n(m.end) === ';' || m.end === c.end) && c.isNounOnly(m.start - 1) && m.start - 1 > c.start;
}

/** The first token after `i` that is not an adverb (`could also transfer` → `transfer`). */
export function nextVerb(c: SentenceContext, i: number): number {
  let j = i;
  while (j < c.end && (c.has(j, 'Adverb') || c.n(j) === 'also' || c.n(j) === 'only')) j++;
  return j;
}

/** A verb reading: not a bare noun, and not after a determiner (`that claim`, `the show`). */
const SUBJECT_BEFORE_VERB = new Set(['that', 'which', 'who', 'it', 'this', 'they', 'he', 'she', 'we', 'i', 'also', 'not', "n't", 'to', 'often', 'still']);
export const verb: Rule = (c, m) => {
  if (c.n(m.end) === '-' || c.n(m.start - 1) === '-') return false;
  if (nounByContext(c, m)) return false;
  // compromise reads `research that suggests` as a plural noun; a subject word before it says verb
  if (SUBJECT_BEFORE_VERB.has(c.n(m.start - 1))) return true;
  // a noun subject and a that-clause: `bankers in Frankfurt fear that`, however compromise tagged it
  if (c.n(m.end) === 'that' && c.has(m.start - 1, 'Noun') && !W.determiners.has(c.n(m.start - 1))) return true;
  return !c.isNounOnly(m.start) && !W.determiners.has(c.n(m.start - 1));
};
