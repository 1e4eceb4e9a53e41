import type { Span } from '@essaylens/doc';

/** `hedge` lowers commitment, `booster` raises it, `weasel` attributes to an unnamed source. */
export type CueKind = 'hedge' | 'booster' | 'weasel';

/** One cue: the shortest span that carries it, negation and self-mention included. */
export interface Cue extends Span {
  kind: CueKind;
  /** Lexicon family (`modal`, `epistemic_verb`, `adverb`, `adjective`, `multiword`, `negated_booster`, `self_mention`, `weasel`, ...). */
  family: string;
  /** `author`, the canonical name of the entity holding the belief, or `other`. */
  holder: string;
  negated: boolean;
  /** ICD 203 band, as fractions in [0, 1]; null when the cue names no likelihood. */
  probabilityLow: number | null;
  probabilityHigh: number | null;
  /** For comparatives (`more likely`): which way the likelihood moves. */
  direction: 'up' | 'down' | null;
  /** Index of the sentence holding the cue. */
  sentence: number;
}

/** The `hedges` layer. */
export interface HedgesLayer {
  cues: Cue[];
}

declare module '@essaylens/doc' {
  interface Layers {
    hedges?: HedgesLayer;
  }
}
