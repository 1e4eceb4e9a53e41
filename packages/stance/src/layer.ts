import type { Span } from '@essaylens/doc';

export type Epistemic = 'hedged' | 'boosted' | 'mixed' | 'neutral';
export type SentenceFunction = 'forecast' | 'attribution' | 'evaluation' | 'assertion';

/** Stance of one sentence. */
export interface SentenceStance {
  sentence: number;
  /** In [0, 1]; the package README gives the formula. */
  certainty: number;
  epistemic: Epistemic;
  function: SentenceFunction;
  /** Evaluative polarity, negative below 0, positive above. */
  polarity: number;
  /** The holder for `attribution` sentences (`author` otherwise). */
  holder: string;
  /** Canonical names of the actors the sentence mentions. */
  actors: string[];
}

/** A forecast the writer or another holder makes, with its time window when it has one. */
export interface Forecast {
  sentence: number;
  holder: string;
  statement: Span;
  probabilityLow: number | null;
  probabilityHigh: number | null;
  timeText: string | null;
  /** ISO dates (YYYY-MM-DD), inclusive; null when open or unknown. */
  windowStart: string | null;
  windowEnd: string | null;
  /** For comparatives (`more likely`): which way the likelihood moves; null otherwise. */
  direction?: 'up' | 'down' | null;
  /** The sentence's certainty (see the README's formula). */
  certainty?: number;
}

/** A relation between two actors, cited by its cue. */
export interface Relation {
  sentence: number;
  source: string;
  target: string;
  polarity: '+' | '-';
  cue: Span;
  /** The cue family (`support`, `rivalry`, `sanctions`, ...) from `data/relation-cues.json`. */
  family?: string;
  /** The rule that found the pair: `svo`, `between`, `by`, `possessor`, `pair`, `compound`, `viewed-as`, `relational`, ..., or `co-mention` for the essay's salient pair (see the README). */
  rule?: string;
}

/** The `stance` layer. */
export interface StanceLayer {
  sentences: SentenceStance[];
  forecasts: Forecast[];
  /** The document's own date (YYYY-MM-DD) that time phrases were resolved against, if found. */
  documentDate?: string | null;
}

/** The `relations` layer. */
export interface RelationsLayer {
  relations: Relation[];
}

declare module '@essaylens/doc' {
  interface Layers {
    stance?: StanceLayer;
    relations?: RelationsLayer;
  }
}
