import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@essaylens/parse', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['CHUNK_CHARS', 'CHUNK_TOKENS', 'MAX_RUN_CHARS', 'addPluginOnce', 'compromiseChunks', 'hasTag', 'nlp', 'parse', 'parseStage', 'tagsOf'].sort(),
    );
  });
});
