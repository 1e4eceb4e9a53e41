import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LexiconError, assertDoc } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import * as api from '../src/index.js';
import { analyze, createAnalyzer, tables } from '../src/index.js';

const seed = readFileSync(new URL('../../../fixtures/essays/seed-essay.txt', import.meta.url), 'utf8');

/** The CSV contract of DESIGN.md: each table's required columns, in order. */
const CONTRACT: Record<string, string[]> = {
  sentences: ['doc_id', 'sentence_id', 'start', 'end', 'text'],
  tokens: ['doc_id', 'sentence_id', 'token_id', 'start', 'end', 'text'],
  entities: ['doc_id', 'sentence_id', 'start', 'end', 'text', 'canonical', 'type'],
  entity_counts: ['doc_id', 'canonical', 'type', 'mentions', 'first_sentence_id'],
  hedges: ['doc_id', 'sentence_id', 'start', 'end', 'text', 'kind', 'holder', 'negated', 'probability_low', 'probability_high'],
  stance: ['doc_id', 'sentence_id', 'certainty', 'epistemic', 'function', 'polarity'],
  relations: ['doc_id', 'sentence_id', 'source', 'target', 'polarity', 'cue', 'start', 'end'],
  forecasts: ['doc_id', 'sentence_id', 'holder', 'statement', 'probability_low', 'probability_high', 'time_text', 'window_start', 'window_end'],
  summary: ['doc_id', 'words', 'sentences', 'hedges', 'boosters', 'hedges_per_1000_words', 'boosters_per_1000_words', 'mean_certainty'],
};

describe('@essaylens/pipeline', () => {
  it('exports analyze, createAnalyzer and tables', () => {
    expect(Object.keys(api).sort()).toEqual(['analyze', 'createAnalyzer', 'tables']);
  });

  it('returns a Doc with every layer, and the Doc keeps its invariants', () => {
    const doc = analyze(seed, { id: 'seed-essay', meta: { source: 'fixture' } });
    expect(doc.id).toBe('seed-essay');
    expect(doc.meta).toEqual({ source: 'fixture' });
    expect(Object.keys(doc.layers).sort()).toEqual(['entities', 'hedges', 'parse', 'relations', 'stance']);
    expect(() => assertDoc(doc)).not.toThrow();
  });

  it('leaves the tokenizer’s tokens and sentences exactly as they were', () => {
    const doc = analyze(seed);
    const plain = tokenize(seed);
    expect(doc.tokens).toEqual(plain.tokens);
    expect(doc.sentences).toEqual(plain.sentences);
  });

  it('fills the layers from the essay (one cue, one entity, one relation as ANNOTATION.md reads them)', () => {
    const doc = analyze(seed, { id: 'seed-essay' });
    const cue = doc.layers.hedges?.cues.find((c) => c.text === 'I do not anticipate');
    expect(cue).toMatchObject({ kind: 'hedge', holder: 'author', negated: true });
    expect(doc.layers.entities?.mentions.find((m) => m.text === 'Russian President Putin')?.canonical).toBe('Vladimir Putin');
    const pairs = doc.layers.relations?.relations.map((r) => [r.source, r.target].sort().join('|') + r.polarity);
    expect(pairs).toContain('China|Russia+');
  });

  it('is deterministic: the same text gives the same rows', () => {
    const rowsOf = (text: string) => tables.map((table) => table.rows(analyze(text, { id: 'x' })));
    expect(rowsOf(seed)).toEqual(rowsOf(seed));
  });

  it('lists the contract tables in order, each with its required columns first', () => {
    expect(tables.map((t) => t.name)).toEqual(Object.keys(CONTRACT));
    for (const table of tables) expect(table.columns.slice(0, CONTRACT[table.name]!.length)).toEqual(CONTRACT[table.name]);
  });

  it('gives every row of every table the document id', () => {
    const doc = analyze(seed, { id: 'seed-essay' });
    for (const table of tables) for (const row of table.rows(doc)) expect(row.doc_id).toBe('seed-essay');
  });

  it('applies a user lexicon to both entities and cues', () => {
    const run = createAnalyzer({
      lexicon: {
        entities: [{ name: 'Quillfeather Holdings', type: 'ORG', aliases: ['QFH'] }],
        cues: [{ text: 'on the cards', kind: 'hedge' }],
      },
    });
    const doc = run('A merger with QFH is on the cards for next year.', { id: 'lex' });
    expect(doc.layers.entities?.mentions.map((m) => [m.text, m.canonical])).toContainEqual(['QFH', 'Quillfeather Holdings']);
    expect(doc.layers.hedges?.cues.map((c) => [c.text, c.kind])).toContainEqual(['on the cards', 'hedge']);
  });

  it.each([
    [{ entities: [{ name: 'X', type: 'CITY' }] }, 'entities[0].type'],
    [{ cues: [{ text: 'perchance', kind: 'maybe' }] }, 'cues[0].kind'],
  ])('rejects a malformed lexicon with the field at fault (%j)', (lexicon, field) => {
    expect(() => createAnalyzer({ lexicon })).toThrow(LexiconError);
    expect(() => createAnalyzer({ lexicon })).toThrow(field);
  });
});

describe('relations through the whole pipeline', () => {
  it('never pairs a capital that kept its city name with its own state', () => {
    // `in Ottawa` leaves Ottawa a city; the meddling in Canadian elections must not set Ottawa against Canada
    const doc = analyze('The inquiry in Ottawa, which found Beijing the most active state meddling in Canadian elections, keeps ties cold.');
    const pairs = doc.layers.relations!.relations.map((r) => [r.source, r.target].sort().join('|'));
    expect(pairs).not.toContain('Canada|Ottawa');
    expect(doc.layers.entities!.mentions.map((m) => m.canonical)).toEqual(['Ottawa', 'China', 'Canada']);
  });
});
