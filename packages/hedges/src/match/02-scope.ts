import { W } from '../words.js';
import type { Candidate } from './01-candidates.js';
import type { SentenceContext } from './context.js';

/** A candidate with its negation, self-mention and auxiliaries: the span the cue reports. */
export interface Scoped extends Candidate {
  /** First token of the reported span (at or before `start`). */
  spanStart: number;
  /** One past the last token of the reported span (at or after `end`). */
  spanEnd: number;
  negated: boolean;
  /** The negation follows the cue (`probably not`, `clearly not`): it flips the band, not the kind. */
  negatedAfter: boolean;
  selfMention: boolean;
  /** First token of the auxiliary chain before the cue (== start when none). */
  chainStart: number;
  passive: boolean;
}

const NEGATIVE_SUBJECTS = new Set(['none', 'nobody', 'nothing', 'neither', 'noone']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', "'m"]);
const LINKING = new Set(['become', 'becomes', 'became', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed']);
const RIGHT_NEGATABLE = new Set(['modal', 'adverb', 'adjective']);

/**
 * Widens a candidate to the span that carries the cue (ANNOTATION.md: negation and self-mention
 * are part of it): the auxiliaries and negation before it (`does not expect`), a first-person
 * subject (`I do not anticipate`), a negative subject (`None of this is certain`), and a `not`
 * right after a modal or adverb (`may not`, `probably not`).
 */
export function scope(c: SentenceContext, cand: Candidate): Scoped {
  let chainStart = cand.start;
  let negated = false;
  let negStart = -1;
  let hasBe = false;
  let hasLinking = false;
  for (let j = cand.start - 1; j >= c.start && cand.start - j <= 6; j--) {
    const w = c.n(j);
    if (W.negators.has(w)) {
      negated = true;
      negStart = j;
    } else if (!W.auxiliaries.has(w)) break;
    if (BE.has(w)) hasBe = true;
    if (LINKING.has(w)) hasLinking = true;
    chainStart = j;
  }
  // the chain may run over words the lexicon shares (`could well`), so trim leading non-auxiliaries
  if (negated && negStart > chainStart) chainStart = Math.min(chainStart, negStart);
  let spanStart = cand.start;
  let spanEnd = cand.end;
  const family = cand.entry.family;
  const verbal = family === 'epistemic_verb' || family === 'adjective' || family === 'self_mention';
  // passives and perfects carry their auxiliary (`are expected`, `has shown`); adjectives their
  // linking verb when it adds meaning (`remains unclear`), not a bare `is`
  const perfect = c.n(chainStart) === 'has' || c.n(chainStart) === 'have';
  const widen = family === 'adjective' ? hasLinking : verbal && (hasBe || hasLinking || perfect);
  if (negated || widen) spanStart = chainStart;
  if (!negated) chainStart = verbal ? chainStart : cand.start;
  const subject = chainStart - 1;
  const selfMention = verbal && W.selfMentions.has(c.n(subject)) && !c.isPunct(subject);
  if (selfMention) spanStart = subject;
  if (!negated) {
    for (let j = chainStart - 1; j >= c.start && chainStart - j <= 4; j--) {
      if (c.isPunct(j) || (c.has(j, 'Verb') && !c.has(j, 'Auxiliary'))) break;
      if (NEGATIVE_SUBJECTS.has(c.n(j)) || (c.n(j) === 'no' && c.n(j + 1) === 'one')) {
        negated = true;
        spanStart = j;
        break;
      }
    }
  }
  let negatedAfter = false;
  if (!negated && RIGHT_NEGATABLE.has(family) && (c.n(cand.end) === 'not' || c.n(cand.end) === "n't")) {
    negated = negatedAfter = true;
    spanEnd = cand.end + 1;
  }
  const passive = hasBe && /ed$|wn$|ught$/u.test(c.n(cand.end - 1));
  // written out, not `{ ...cand, spanStart, ... }`: V8 (Node 20) gives each object built by a
  // spread plus new keys a hidden class of its own, and the readers of scoped candidates then
  // keep deoptimising
  return { start: cand.start, end: cand.end, entry: cand.entry, spanStart, spanEnd, negated, negatedAfter, selfMention, chainStart, passive };
}
