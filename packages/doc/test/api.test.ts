import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@essaylens/doc', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['DocInvariantError', 'LexiconError', 'assertDoc', 'composeStages', 'describeValue', 'expectDoc', 'hasLayer', 'isQuestion', 'lexiconEntries', 'lexiconStrings', 'lexiconText', 'requireLayer', 'sentenceTokens', 'spanOfTokens', 'tokenIndexAt', 'tokenRangeOf', 'withLayer'].sort(),
    );
  });
});
