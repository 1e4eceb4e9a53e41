import type { Doc, Row, TableSpec } from '@essaylens/doc';

/** `sentences.csv`: one row per sentence. */
export const sentencesTable: TableSpec = {
  name: 'sentences',
  columns: ['doc_id', 'sentence_id', 'start', 'end', 'text', 'tokens'],
  rows: (doc: Doc): Row[] =>
    doc.sentences.map((s, i) => ({ doc_id: doc.id, sentence_id: i, start: s.start, end: s.end, text: s.text, tokens: s.tokenEnd - s.tokenStart })),
};

/** `tokens.csv`: one row per token. */
export const tokensTable: TableSpec = {
  name: 'tokens',
  columns: ['doc_id', 'sentence_id', 'token_id', 'start', 'end', 'text', 'normal', 'kind', 'stem'],
  rows: (doc: Doc): Row[] =>
    doc.tokens.map((t, i) => ({
      doc_id: doc.id, sentence_id: t.sentence, token_id: i, start: t.start, end: t.end, text: t.text, normal: t.normal, kind: t.kind, stem: t.stem,
    })),
};
