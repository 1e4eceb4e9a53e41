/** Negation and denial scope: whether a cue is denied in its clause, and where its predicate starts. */
import type { Doc } from '@essaylens/doc';
import { hasTag } from '@essaylens/parse';
import { startsWithAny } from '../stems.js';

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'without', 'hardly', 'barely']);

/** Verbs that deny what follows them (`has avoided criticising Tehran`, `refused to back`). */
const NEGATIVE_IMPLICATIVES = ['avoid', 'refrain', 'refus', 'declin', 'fail'];

/** True when a negator or a denying verb stands between the predicate's start and token `to`. */
export function negatedBefore(doc: Doc, from: number, to: number): boolean {
  for (let t = predicateStart(doc, from, to); t < to; t++) {
    const token = doc.tokens[t]!;
    if (NEGATORS.has(token.normal)) return true;
    if (hasTag(doc, t, 'Verb') && startsWithAny(token.stem, NEGATIVE_IMPLICATIVES)) return true;
  }
  return false;
}

const CONTRASTIVE = new Set(['but', 'yet', 'although', 'though', 'while', 'whereas']);
export const LINKING_ADVERBS = new Set(['still', 'also', 'now', 'even', 'then', 'often', 'has', 'have', 'had', 'will', 'would', 'is', 'are', 'was', 'were']);

/**
 * Where the predicate holding token `to` starts: after the last `but`/`yet`/`although`/`while`,
 * or the last `and` that opens a coordinated verb phrase (`refuses to recognise X and still relies on Y`: the refusal does not
 * reach `relies`), else at `from`.
 */
export function predicateStart(doc: Doc, from: number, to: number): number {
  for (let t = to - 1; t > from; t--) {
    // a concessive or contrastive conjunction opens a new clause whatever follows it
    if (CONTRASTIVE.has(doc.tokens[t]!.normal)) return t + 1;
    // (`has not struck the Houthis since 2022, even as the United States has bombed them`)
    if (doc.tokens[t]!.normal === 'as' && doc.tokens[t - 1]?.normal === 'even') return t + 1;
    // `did not help itself by hosting Russian warships`: the means happened whatever the verb says
    if (doc.tokens[t]!.normal === 'by' && doc.tokens[t + 1]?.normal.endsWith('ing')) return t + 1;
    if (doc.tokens[t]!.normal !== 'and') continue;
    let v = t + 1;
    // (`..., and she has defended`: a subject pronoun opens the new predicate too)
    if (['she', 'he', 'it', 'they', 'we'].includes(doc.tokens[v]?.normal ?? '')) v++;
    while (v < to && (hasTag(doc, v, 'Adverb') || LINKING_ADVERBS.has(doc.tokens[v]!.normal))) v++;
    // compromise may read the cue verb itself as a noun after `still` (`and still relies on`)
    if (v === to || (hasTag(doc, v, 'Verb') && !hasTag(doc, v, 'Gerund'))) return t + 1;
  }
  return from;
}
