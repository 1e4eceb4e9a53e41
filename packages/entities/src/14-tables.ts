import type { Doc, Row, TableSpec } from '@essaylens/doc';

const mentionsOf = (doc: Doc) => doc.layers.entities?.mentions ?? [];

/** `entities.csv`: one row per mention (contract columns). */
export const entitiesTable: TableSpec = {
  name: 'entities',
  columns: ['doc_id', 'sentence_id', 'start', 'end', 'text', 'canonical', 'type'],
  rows: (doc): Row[] =>
    mentionsOf(doc).map((m) => ({ doc_id: doc.id, sentence_id: m.sentence, start: m.start, end: m.end, text: m.text, canonical: m.canonical, type: m.type })),
};

/** `entity_counts.csv`: one row per canonical name, in order of first mention. */
export const entityCountsTable: TableSpec = {
  name: 'entity_counts',
  columns: ['doc_id', 'canonical', 'type', 'mentions', 'first_sentence_id'],
  rows: (doc): Row[] =>
    (doc.layers.entities?.entities ?? []).map((e) => ({ doc_id: doc.id, canonical: e.canonical, type: e.type, mentions: e.mentions, first_sentence_id: e.firstSentence })),
};
