// PLACEHOLDER until issue 3 lands: the stage adds an empty layer so the pipeline is wired.
import type {} from '@essaylens/parse';
import { withLayer, type Stage, type TableSpec } from '@essaylens/doc';
export type { EntitiesLayer, EntitySummary, EntityType, Mention } from './layer.js';

export function entitiesStage(_options: { lexicon?: unknown } = {}): Stage {
  return { name: 'entities', requires: ['parse'], adds: 'entities', run: (doc) => withLayer(doc, 'entities', { mentions: [], entities: [] }) };
}
export const entitiesTables: readonly TableSpec[] = [
  { name: 'entities', columns: ['doc_id', 'sentence_id', 'start', 'end', 'text', 'canonical', 'type'], rows: () => [] },
  { name: 'entity_counts', columns: ['doc_id', 'canonical', 'type', 'mentions', 'first_sentence_id'], rows: () => [] },
];
