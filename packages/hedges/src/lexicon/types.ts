import type { CueKind } from '../layer.js';
import type { BandName } from '../bands.js';

/** One lexicon entry, as the data files and the user lexicon's `cues` section write it. */
export interface CueEntry {
  /** Token pattern: space-separated tokens, `a|b` alternatives, a trailing `?` for optional. */
  text: string;
  kind: CueKind;
  family: string;
  /** ICD 203 band the cue names (see `BANDS`). */
  band?: BandName;
  /** Band under negation, when the mirror image is wrong (`not certain` is not `almost no chance`). */
  negatedBand?: BandName;
  /** Kind under negation, when it is not the default (`no doubt` is a booster). */
  negatedKind?: CueKind;
  /** Comparatives: which way the likelihood moves. */
  direction?: 'up' | 'down';
  /** Name of the context rule that decides whether a match is a cue (see `RULES`). */
  rule?: string;
  /** True when the grammatical subject holds the belief (`Russia does not expect`). */
  subject?: boolean;
  /** Where the entry comes from. */
  source: string;
}

/** A trie node: children by token normal form, and the entries ending here, in priority order. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: CueEntry[];
}

/** A compiled lexicon: cue entries and non-cue patterns, each as a token trie. */
export interface CompiledLexicon {
  cues: TrieNode;
  nonCues: TrieNode;
  /** How many token sequences the patterns expanded to (for the README and the benchmark). */
  size: number;
}
