// PLACEHOLDER until issue 5 lands: the stages add empty layers so the pipeline is wired.
import type {} from '@essaylens/entities';
import type {} from '@essaylens/hedges';
import type {} from '@essaylens/parse';
import { withLayer, type Stage, type TableSpec } from '@essaylens/doc';
export type { Epistemic, Forecast, Relation, RelationsLayer, SentenceFunction, SentenceStance, StanceLayer } from './layer.js';

export function stanceStage(): Stage {
  return { name: 'stance', requires: ['parse', 'entities', 'hedges'], adds: 'stance', run: (doc) => withLayer(doc, 'stance', { sentences: [], forecasts: [] }) };
}
export function relationsStage(): Stage {
  return { name: 'relations', requires: ['parse', 'entities'], adds: 'relations', run: (doc) => withLayer(doc, 'relations', { relations: [] }) };
}
export const stanceTables: readonly TableSpec[] = [
  { name: 'stance', columns: ['doc_id', 'sentence_id', 'certainty', 'epistemic', 'function', 'polarity'], rows: () => [] },
  { name: 'relations', columns: ['doc_id', 'sentence_id', 'source', 'target', 'polarity', 'cue', 'start', 'end'], rows: () => [] },
  { name: 'forecasts', columns: ['doc_id', 'sentence_id', 'holder', 'statement', 'probability_low', 'probability_high', 'time_text', 'window_start', 'window_end'], rows: () => [] },
  { name: 'summary', columns: ['doc_id', 'words', 'sentences', 'hedges', 'boosters', 'hedges_per_1000_words', 'boosters_per_1000_words', 'mean_certainty'], rows: () => [] },
];
