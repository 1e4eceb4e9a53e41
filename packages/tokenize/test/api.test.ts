import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@essaylens/tokenize', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual(['normalize', 'tokenize']);
  });

  it('returns a Doc with tokens and sentences, the id and meta given, and no other layer', () => {
    const doc = api.tokenize('Hi.', { id: 'x', meta: { source: 'test' } });
    expect(doc).toMatchObject({ id: 'x', text: 'Hi.', layers: {}, meta: { source: 'test' } });
    expect(doc.tokens).toHaveLength(2);
    expect(doc.sentences).toHaveLength(1);
  });

  it('names the document `doc` when no id is given', () => expect(api.tokenize('').id).toBe('doc'));

  it.each([[null], [undefined], [42], [{ text: 'x' }]])('rejects %j with a message saying a string was expected', (value) => {
    expect(() => api.tokenize(value as unknown as string)).toThrow(/expected the text as a string/);
  });
});
