import type {} from '@essaylens/parse';
import type { Stage, TableSpec } from '@essaylens/doc';
import { compileHedges, withHedges, type HedgesOptions } from './find-hedges.js';
import { hedgesTable } from './tables.js';

export type { Cue, CueKind, HedgesLayer } from './layer.js';
export { findHedges, compileHedges, cuesOf, withHedges, type HedgesOptions } from './find-hedges.js';
export { BANDS, bandOf, isBand, type BandName } from './bands.js';
export type { CueEntry, CompiledLexicon } from './lexicon/types.js';
export { expandPattern } from './lexicon/01-pattern.js';
export { hedgesTable } from './tables.js';

/**
 * The hedges stage for `composeStages`: compiles the lexicon once (built-in plus the user
 * lexicon's `cues` section), then adds the `hedges` layer to each Doc. It requires `parse`; it
 * reads `entities` when an earlier stage added it.
 *
 * @param options - `lexicon`: a parsed user lexicon; other sections are ignored.
 * @throws LexiconError when the `cues` section does not fit its schema (at build time).
 */
export function hedgesStage(options: HedgesOptions = {}): Stage {
  const lexicon = compileHedges(options);
  return { name: 'hedges', requires: ['parse'], adds: 'hedges', run: (doc) => withHedges(doc, lexicon) };
}

/** The report tables this package contributes: `hedges.csv`. */
export const hedgesTables: readonly TableSpec[] = [hedgesTable];
