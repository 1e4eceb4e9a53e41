import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports the stage, the tables, the verb and the band helpers', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['BANDS', 'bandOf', 'compileHedges', 'cuesOf', 'expandPattern', 'findHedges', 'hedgesStage', 'hedgesTable', 'hedgesTables', 'isBand', 'withHedges'].sort(),
    );
  });

  it('declares what the stage needs and adds', () => {
    const stage = api.hedgesStage();
    expect([stage.name, stage.requires, stage.adds]).toEqual(['hedges', ['parse'], 'hedges']);
  });

  it('writes hedges.csv with the contract columns first, then family and direction', () => {
    expect(api.hedgesTables.map((t) => [t.name, t.columns])).toEqual([
      ['hedges', ['doc_id', 'sentence_id', 'start', 'end', 'text', 'kind', 'holder', 'negated', 'probability_low', 'probability_high', 'family', 'direction']],
    ]);
  });
});
