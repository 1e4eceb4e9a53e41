import type { CompiledLexicon, CueEntry, TrieNode } from './types.js';
import { expandPattern } from './01-pattern.js';

const node = (): TrieNode => ({ next: new Map(), entries: [] });

/** Adds every sequence of `entry.text` to the trie; earlier entries keep priority at a node. */
export function insert(root: TrieNode, entry: CueEntry): number {
  const sequences = expandPattern(entry.text);
  for (const sequence of sequences) {
    let at = root;
    for (const token of sequence) {
      let child = at.next.get(token);
      if (!child) at.next.set(token, (child = node()));
      at = child;
    }
    at.entries.push(entry);
  }
  return sequences.length;
}

/**
 * Compiles cue entries and non-cue patterns once into two token tries, so matching a text costs
 * one walk per token, bounded by the longest pattern, whatever the size of the lexicon.
 *
 * @param cues - entries in priority order (user entries first, so they win at the same node).
 * @param nonCues - patterns that are never cues.
 */
export function compileLexicon(cues: readonly CueEntry[], nonCues: readonly string[]): CompiledLexicon {
  const cueRoot = node();
  const nonCueRoot = node();
  let size = 0;
  for (const entry of cues) size += insert(cueRoot, entry);
  for (const text of nonCues) insert(nonCueRoot, { text, kind: 'hedge', family: 'non_cue', source: '' });
  return { cues: cueRoot, nonCues: nonCueRoot, size };
}

/**
 * The matches starting at token `from`: for each trie node with entries along the walk, the end
 * token index and the entries, longest first.
 */
export function matchesAt(root: TrieNode, normals: readonly string[], from: number, limit: number): Array<{ end: number; entries: CueEntry[] }> {
  const found: Array<{ end: number; entries: CueEntry[] }> = [];
  let at: TrieNode | undefined = root;
  for (let i = from; i < limit && at; i++) {
    at = at.next.get(normals[i] as string);
    if (at && at.entries.length) found.push({ end: i + 1, entries: at.entries });
  }
  return found.reverse();
}
