import type { Span } from '@essaylens/doc';

/** One compromise term, placed on the Doc's tokens. */
export interface ParseTerm {
  /** Character offsets of the term's own text (without the punctuation compromise attaches). */
  start: number;
  end: number;
  /** The Doc tokens the term covers: `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  /** compromise's normal form (`russia's`). */
  normal: string;
  /** compromise's tags (`Noun`, `ProperNoun`, `Country`, `Modal`, `Month`, ...). */
  tags: string[];
  /** compromise's chunk (`Noun`, `Verb`, `Adjective`, `Pivot`), when it gave one. */
  chunk: string | null;
}

/** The `parse` layer: compromise's reading of the Doc, aligned to its tokens. */
export interface ParseLayer {
  terms: ParseTerm[];
  /** For each Doc token, the index of the term covering it, or -1 (punctuation, white space). */
  termOfToken: number[];
}

declare module '@essaylens/doc' {
  interface Layers {
    parse?: ParseLayer;
  }
}

export type { Span };
