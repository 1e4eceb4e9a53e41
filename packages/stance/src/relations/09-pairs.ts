/**
 * `the two governments`, `both countries`, `the three juntas`: a plural description that stands
 * for a pair or list named just before, and `X and Y accused each other`. Kept conservative, like
 * the other anaphora: a pair description resolves when exactly two actors of its kind are in
 * reach, otherwise only to a coordination of the number it says.
 */
import type { Doc } from '@essaylens/doc';
import { actorMentions, relationActor } from '../actors.js';
import { actorGroups, beforeGroup, PREPOSITIONS, type Group } from './01-groups.js';
import type { Emit } from './03-find.js';

/** Heads of a pair description, and the entity types their antecedents must have. */
const STATE_KINDS = ['GPE', 'ORG', 'NORP'];
const PERSON_KINDS = ['PERSON'];
const PAIR_HEADS = new Map<string, readonly string[]>([
  ['governments', STATE_KINDS], ['countries', STATE_KINDS], ['states', STATE_KINDS], ['capitals', STATE_KINDS],
  ['nations', STATE_KINDS], ['neighbours', STATE_KINDS], ['neighbors', STATE_KINDS], ['sides', STATE_KINDS],
  ['juntas', STATE_KINDS], ['regimes', STATE_KINDS], ['allies', STATE_KINDS], ['rivals', STATE_KINDS], ['powers', STATE_KINDS],
  ['leaders', PERSON_KINDS], ['presidents', PERSON_KINDS],
]);

/** Numbers a plural description may give (`the three juntas`). */
const COUNTS = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5]]);
/** How many sentences back a counted description's coordination may be. */
const LIST_REACH = 2;

/**
 * The plural descriptions of a sentence as groups: `the two governments` or `both countries`
 * stands for the two actors of its kind named in this sentence before it and the one before;
 * `the three juntas` (or a pair description with more candidates in reach) for the last
 * coordination of that many actors of its kind, here before it (`here`, the sentence's groups) or
 * in the sentences before. Otherwise none.
 */
export function pairDescriptions(doc: Doc, sentence: number, here: readonly Group[]): Group[] {
  const s = doc.sentences[sentence]!;
  const out: Group[] = [];
  for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
    const kinds = PAIR_HEADS.get(doc.tokens[t]!.normal);
    if (!kinds) continue;
    const a = doc.tokens[t - 1]!.normal;
    const count = a === 'both' ? 2 : COUNTS.get(a) ?? 0;
    const start = a === 'both' ? t - 1 : count && doc.tokens[t - 2]?.normal === 'the' ? t - 2 : -1;
    if (start < s.tokenStart) continue;
    // (with more candidates than two, a pair description takes only a pair coordinated in this
    // sentence, or in the one before when this one names no actor before it: `ties between New
    // Delhi and Beijing have thawed since the two sides agreed`)
    const found = count > 2
      ? countedList(doc, sentence, here, start, count, kinds)
      : twoNamed(doc, sentence, start, kinds) ?? countedList(doc, sentence, here, start, 2, kinds, here.some((g) => g.tokenEnd <= start && g.types.some((type) => kinds.includes(type))) ? 0 : 1);
    if (found) out.push({ names: [...found.names], members: [...found.members], types: [...found.types], tokenStart: start, tokenEnd: t + 1, possessive: false, hyphenated: false, closed: true, norp: false });
  }
  return out;
}

/** The actors of `kinds` named in this sentence before `start` and in the one before, when they are exactly two. */
function twoNamed(doc: Doc, sentence: number, start: number, kinds: readonly string[]): Pick<Group, 'names' | 'members' | 'types'> | undefined {
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
  return names.length === 2 ? { names, members, types } : undefined;
}

/** The last closed coordination of exactly `count` actors of `kinds` before `before`, here or in the `reach` sentences before. */
function countedList(doc: Doc, sentence: number, here: readonly Group[], before: number, count: number, kinds: readonly string[], reach = LIST_REACH): Group | undefined {
  const fits = (g: Group) => g.closed && g.names.length === count && g.types.every((type) => kinds.includes(type));
  const own = [...here].reverse().find((g) => g.tokenEnd <= before && fits(g));
  if (own) return own;
  for (let k = sentence - 1; k >= Math.max(0, sentence - reach); k--) {
    const found = [...actorGroups(doc, k)].reverse().find(fits);
    if (found) return found;
  }
  return undefined;
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
