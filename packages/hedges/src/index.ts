// PLACEHOLDER until issue 4 lands: the stage adds an empty layer so the pipeline is wired.
import type {} from '@essaylens/parse';
import { withLayer, type Stage, type TableSpec } from '@essaylens/doc';
export type { Cue, CueKind, HedgesLayer } from './layer.js';

export function hedgesStage(_options: { lexicon?: unknown } = {}): Stage {
  return { name: 'hedges', requires: ['parse'], adds: 'hedges', run: (doc) => withLayer(doc, 'hedges', { cues: [] }) };
}
export const hedgesTables: readonly TableSpec[] = [
  { name: 'hedges', columns: ['doc_id', 'sentence_id', 'start', 'end', 'text', 'kind', 'holder', 'negated', 'probability_low', 'probability_high', 'family'], rows: () => [] },
];
