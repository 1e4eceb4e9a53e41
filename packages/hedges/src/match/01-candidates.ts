import { matchesAt } from '../lexicon/02-compile.js';
import type { CompiledLexicon, CueEntry } from '../lexicon/types.js';
import type { SentenceContext } from './context.js';
import { RULES } from './rules.js';

/** A lexicon match that passed its context rule: tokens `[start, end)`. */
export interface Candidate {
  start: number;
  end: number;
  entry: CueEntry;
}

/**
 * Walks the sentence once through the compiled tries. At each token the longest match whose
 * entry passes its context rule wins and the walk resumes after it; a match overlapping a
 * non-cue pattern (`proven reserves`, `as expected`) is dropped.
 */
export function findCandidates(c: SentenceContext, lexicon: CompiledLexicon): Candidate[] {
  const blocked = new Uint8Array(c.end - c.start);
  for (let i = c.start; i < c.end; i++) {
    const [longest] = matchesAt(lexicon.nonCues, c.normals, i, c.end);
    if (longest) blocked.fill(1, i - c.start, longest.end - c.start);
  }
  const found: Candidate[] = [];
  for (let i = c.start; i < c.end; ) {
    const taken = take(c, lexicon, i);
    if (!taken) {
      i++;
      continue;
    }
    if (!blocked.subarray(taken.start - c.start, taken.end - c.start).includes(1)) found.push(taken);
    i = taken.end;
  }
  return found;
}

function take(c: SentenceContext, lexicon: CompiledLexicon, i: number): Candidate | undefined {
  for (const { end, entries } of matchesAt(lexicon.cues, c.normals, i, c.end)) {
    for (const entry of entries) {
      const rule = entry.rule ? RULES[entry.rule] : undefined;
      if (!rule || rule(c, { start: i, end })) return { start: i, end, entry };
    }
  }
  return undefined;
}
