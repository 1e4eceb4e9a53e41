/**
 * `the two governments`, `both countries`, `the two sides`: a plural description that stands for
 * a pair named just before, and `X and Y accused each other`. Kept conservative, like the other
 * anaphora: a description resolves only when exactly two actors of its kind are in reach.
 */
import type { Doc } from '@essaylens/doc';
import { actorMentions, relationActor } from '../actors.js';
import type { Group } from './01-groups.js';

/** Heads of a pair description, and the entity types their antecedents must have. */
const STATE_KINDS = ['GPE', 'ORG', 'NORP'];
const PERSON_KINDS = ['PERSON'];
const PAIR_HEADS = new Map<string, readonly string[]>([
  ['governments', STATE_KINDS], ['countries', STATE_KINDS], ['states', STATE_KINDS], ['capitals', STATE_KINDS],
  ['nations', STATE_KINDS], ['neighbours', STATE_KINDS], ['neighbors', STATE_KINDS], ['sides', STATE_KINDS],
  ['leaders', PERSON_KINDS], ['presidents', PERSON_KINDS],
]);

/**
 * The pair descriptions of a sentence as groups of two: `the two governments` or `both
 * countries` stands for the two actors of its kind named in this sentence before it and the one
 * before; with fewer or more candidates, none.
 */
export function pairDescriptions(doc: Doc, sentence: number): Group[] {
  const s = doc.sentences[sentence]!;
  const out: Group[] = [];
  for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
    const kinds = PAIR_HEADS.get(doc.tokens[t]!.normal);
    if (!kinds) continue;
    const a = doc.tokens[t - 1]!.normal;
    const start = a === 'both' ? t - 1 : a === 'two' && doc.tokens[t - 2]?.normal === 'the' ? t - 2 : -1;
    if (start < s.tokenStart) continue;
    const names: string[] = [];
    const members: string[] = [];
    const types: string[] = [];
    for (let k = Math.max(0, sentence - 1); k <= sentence; k++) {
      for (const m of actorMentions(doc, k)) {
        if ((k === sentence && m.tokenEnd > start) || !kinds.includes(m.type)) continue;
        const name = relationActor(doc, m.canonical);
        if (names.includes(name)) continue;
        names.push(name); members.push(m.canonical); types.push(m.type);
      }
    }
    if (names.length !== 2) continue;
    out.push({ names, members, types, tokenStart: start, tokenEnd: t + 1, possessive: false, hyphenated: false, closed: true, norp: false });
  }
  return out;
}

/** `accused each other`, `sanctioned one another`: the reciprocal object right after a cue. */
export function reciprocalAt(doc: Doc, t: number): boolean {
  const a = doc.tokens[t]?.normal;
  const b = doc.tokens[t + 1]?.normal;
  return (a === 'each' && b === 'other') || (a === 'one' && b === 'another');
}
