import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { assertDoc, composeStages, spanOfTokens, type Doc, type Stage } from '../src/index.js';

const doc: Doc = {
  id: 't', text: 'Hi there.', meta: {}, layers: {},
  tokens: [
    { start: 0, end: 2, text: 'Hi', normal: 'hi', kind: 'word', stem: 'hi', sentence: 0 },
    { start: 3, end: 8, text: 'there', normal: 'there', kind: 'word', stem: 'there', sentence: 0 },
    { start: 8, end: 9, text: '.', normal: '.', kind: 'punct', stem: '.', sentence: 0 },
  ],
  sentences: [{ start: 0, end: 9, text: 'Hi there.', tokenStart: 0, tokenEnd: 3 }],
};

describe('@essaylens/doc', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['DocInvariantError', 'LexiconError', 'assertDoc', 'describeValue', 'composeStages', 'expectDoc', 'hasLayer', 'requireLayer', 'sentenceTokens', 'spanOfTokens', 'tokenIndexAt', 'tokenRangeOf', 'withLayer'].sort(),
    );
  });
  it('accepts a well-formed Doc', () => expect(() => assertDoc(doc)).not.toThrow());
  it.each([
    ['a token whose text differs from its slice', { ...doc, tokens: doc.tokens.map((t, i) => (i === 1 ? { ...t, text: 'here' } : t)) }],
    ['overlapping tokens', { ...doc, tokens: doc.tokens.map((t, i) => (i === 1 ? { ...t, start: 1 } : t)) }],
    ['a gap that is not white space', { ...doc, text: 'Hi-there.' }],
    ['sentences that miss tokens', { ...doc, sentences: [{ ...doc.sentences[0]!, tokenEnd: 2 }] }],
    ['a layer span off the token grid', { ...doc, layers: { x: [{ start: 1, end: 2, text: 'i' }] } as Doc['layers'] }],
  ])('rejects %s', (_, bad) => expect(() => assertDoc(bad as Doc)).toThrow(api.DocInvariantError));
  it('builds spans from token ranges', () => expect(spanOfTokens(doc, 1, 3)).toEqual({ start: 3, end: 9, text: 'there.', tokenStart: 1, tokenEnd: 3 }));
  it('fails when a pipeline is built in the wrong order', () => {
    const a: Stage = { name: 'a', requires: ['tokens'], adds: 'tokens', run: (d) => d };
    const needsMissing = { name: 'b', requires: ['nothing' as never], adds: 'tokens', run: (d: Doc) => d } as Stage;
    expect(() => composeStages([a, needsMissing])).toThrow(/Stage `b` requires the `nothing` layer/);
  });
});
