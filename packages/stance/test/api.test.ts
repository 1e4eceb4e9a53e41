import { describe, expect, it } from 'vitest';
import * as stance from '../src/index.js';

describe('@essaylens/stance public API', () => {
  it('exports the stages, the table specs in CLI order and the certainty formula', () => {
    expect(typeof stance.stanceStage).toBe('function');
    expect(typeof stance.relationsStage).toBe('function');
    expect(typeof stance.findStance).toBe('function');
    expect(typeof stance.findRelations).toBe('function');
    expect(typeof stance.certaintyOf).toBe('function');
    expect(stance.stanceTables.map((t) => t.name)).toEqual(['stance', 'relations', 'forecasts', 'summary']);
  });

  it.each([
    ['stance', ['doc_id', 'sentence_id', 'certainty', 'epistemic', 'function', 'polarity']],
    ['relations', ['doc_id', 'sentence_id', 'source', 'target', 'polarity', 'cue', 'start', 'end']],
    ['forecasts', ['doc_id', 'sentence_id', 'holder', 'statement', 'probability_low', 'probability_high', 'time_text', 'window_start', 'window_end']],
    ['summary', ['doc_id', 'words', 'sentences', 'hedges', 'boosters', 'hedges_per_1000_words', 'boosters_per_1000_words', 'mean_certainty']],
  ])('the %s table starts with the contract columns', (name, columns) => {
    const table = stance.stanceTables.find((t) => t.name === name)!;
    expect(table.columns.slice(0, columns.length)).toEqual(columns);
  });

  it('declares what each stage needs and adds', () => {
    expect(stance.stanceStage()).toMatchObject({ name: 'stance', requires: ['parse', 'entities', 'hedges'], adds: 'stance' });
    expect(stance.relationsStage()).toMatchObject({ name: 'relations', requires: ['parse', 'entities'], adds: 'relations' });
  });
});
