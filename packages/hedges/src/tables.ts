import type { Doc, Row, TableSpec } from '@essaylens/doc';
import './layer.js';

/** `hedges.csv`: one row per cue; the contract's columns, then `family` and `direction`. */
export const hedgesTable: TableSpec = {
  name: 'hedges',
  columns: ['doc_id', 'sentence_id', 'start', 'end', 'text', 'kind', 'holder', 'negated', 'probability_low', 'probability_high', 'family', 'direction'],
  rows: (doc: Doc): Row[] =>
    (doc.layers.hedges?.cues ?? []).map((cue) => ({
      doc_id: doc.id,
      sentence_id: cue.sentence,
      start: cue.start,
      end: cue.end,
      text: cue.text,
      kind: cue.kind,
      holder: cue.holder,
      negated: cue.negated,
      probability_low: cue.probabilityLow,
      probability_high: cue.probabilityHigh,
      family: cue.family,
      direction: cue.direction,
    })),
};
