/**
 * `the two governments`, `both countries`, `the two sides`: a plural description that stands for
 * a pair named just before, and `X and Y accused each other`. Kept conservative, like the other
 * anaphora: a description resolves only when exactly two actors of its kind are in reach.
 */
import type { Doc } from '@essaylens/doc';
import { actorMentions, relationActor } from '../actors.js';
import { beforeGroup, PREPOSITIONS, type Group } from './01-groups.js';
import type { Emit } from './03-find.js';

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

/**
 * `Britain, with France, leads the coalition`, `Russia, together with China, vetoed ...`,
 * `..., and, with France, leads`: an actor set between commas after `with` acts jointly with the
 * subject, which is cooperation (ANNOTATION.md: joined forces), unless the joint act already
 * relates it to a third party. The subject is the group right before the first comma, or after
 * `and` the sentence's subject.
 */
export function coAgentPairs(doc: Doc, groups: readonly Group[], sentenceSubject: Group | undefined, verbAt: (t: number) => boolean, actsAfter: (t: number) => boolean, emit: Emit): void {
  for (const b of groups) {
    let w = b.tokenStart - 1;
    if (doc.tokens[w]?.normal === 'the') w--;
    if (doc.tokens[w]?.normal !== 'with') continue;
    let c = w - 1;
    if (['together', 'along'].includes(doc.tokens[c]?.normal ?? '')) c--;
    // (`, with France, leads the coalition`: compromise may read the verb in -s as a plural noun before its object)
    const v = b.tokenEnd + 1;
    if (doc.tokens[c]?.normal !== ',' || doc.tokens[b.tokenEnd]?.normal !== ',' || v >= doc.tokens.length) continue;
    const finite = verbAt(v) || (/[^s]s$/.test(doc.tokens[v]!.normal) && ['the', 'a', 'an', 'its', 'their'].includes(doc.tokens[v + 1]?.normal ?? ''));
    if (!finite) continue;
    const a = doc.tokens[c - 1]?.normal === 'and' ? sentenceSubject : groups.find((g) => g.tokenEnd === c);
    // (`trade with China, with Japan, ...`: an oblique is no co-agent's partner)
    const before = a ? beforeGroup(doc, a) : -1;
    if (!a || a === b || b.possessive || b.norp || PREPOSITIONS.has(doc.tokens[before]?.normal ?? '')) continue;
    // (`Warsaw, together with Hungary and Slovakia, imposed bans on Ukrainian grain`: a joint act
    // on a third party relates each co-agent to that party, not the co-agents to each other)
    if (actsAfter(b.tokenEnd)) continue;
    emit(a.names, b.names, '+', w, b.tokenEnd, 'cooperation', 'co-agent');
  }
}
