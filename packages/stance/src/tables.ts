import type { Doc, Row, TableSpec } from '@essaylens/doc';
import { summaryRow } from './summary.js';

/** `stance.csv`: one row per sentence. */
export const stanceTable: TableSpec = {
  name: 'stance',
  columns: ['doc_id', 'sentence_id', 'certainty', 'epistemic', 'function', 'polarity', 'holder', 'actors'],
  rows: (doc: Doc): Row[] =>
    (doc.layers.stance?.sentences ?? []).map((s) => ({
      doc_id: doc.id, sentence_id: s.sentence, certainty: s.certainty, epistemic: s.epistemic, function: s.function, polarity: s.polarity, holder: s.holder, actors: s.actors.join('; '),
    })),
};

/** `relations.csv`: one row per actor pair a sentence relates, with the cue that carries it. */
export const relationsTable: TableSpec = {
  name: 'relations',
  columns: ['doc_id', 'sentence_id', 'source', 'target', 'polarity', 'cue', 'start', 'end', 'family', 'rule'],
  rows: (doc: Doc): Row[] =>
    (doc.layers.relations?.relations ?? []).map((r) => ({
      doc_id: doc.id, sentence_id: r.sentence, source: r.source, target: r.target, polarity: r.polarity, cue: r.cue.text, start: r.cue.start, end: r.cue.end, family: r.family ?? null, rule: r.rule ?? null,
    })),
};

/** `forecasts.csv`: one row per forecast, with its band and its time window. */
export const forecastsTable: TableSpec = {
  name: 'forecasts',
  columns: ['doc_id', 'sentence_id', 'holder', 'statement', 'probability_low', 'probability_high', 'time_text', 'window_start', 'window_end', 'direction', 'certainty'],
  rows: (doc: Doc): Row[] =>
    (doc.layers.stance?.forecasts ?? []).map((f) => ({
      doc_id: doc.id, sentence_id: f.sentence, holder: f.holder, statement: f.statement.text, probability_low: f.probabilityLow, probability_high: f.probabilityHigh,
      time_text: f.timeText, window_start: f.windowStart, window_end: f.windowEnd, direction: f.direction ?? null, certainty: f.certainty ?? null,
    })),
};

/** `summary.csv`: one row per document. */
export const summaryTable: TableSpec = {
  name: 'summary',
  columns: [
    'doc_id', 'words', 'sentences', 'hedges', 'boosters', 'hedges_per_1000_words', 'boosters_per_1000_words', 'mean_certainty',
    'weasels', 'weasels_per_1000_words', 'forecasts', 'forecasts_per_1000_words', 'actors', 'top_actors', 'relations',
    'most_certain_sentence_id', 'least_certain_sentence_id', 'document_date',
    'self_mentions_per_1000_words', 'negations_per_1000_words', 'future_per_1000_words', 'evaluative_per_1000_words',
  ],
  rows: (doc: Doc): Row[] => [summaryRow(doc)],
};

/** The stance package's tables, in CLI order: stance, relations, forecasts, summary. */
export const stanceTables: readonly TableSpec[] = [stanceTable, relationsTable, forecastsTable, summaryTable];
