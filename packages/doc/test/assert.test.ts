import { describe, expect, it } from 'vitest';
import { DocInvariantError, assertDoc, type Doc } from '../src/index.js';
import { docOf } from './helpers.js';

const good = docOf('Hi there|Bye now');
const withToken = (i: number, change: object): Doc => ({ ...good, tokens: good.tokens.map((t, k) => (k === i ? { ...t, ...change } : t)) });
const withLayers = (layers: object): Doc => ({ ...good, layers: layers as Doc['layers'] });

describe('assertDoc', () => {
  it('accepts a well-formed Doc, with layers whose spans sit on token boundaries', () => {
    expect(() => assertDoc(good)).not.toThrow();
    expect(() => assertDoc(withLayers({ x: { items: [{ start: 0, end: 8, text: 'Hi there', tokenStart: 0, tokenEnd: 2 }] } }))).not.toThrow();
  });

  it('accepts the empty Doc', () => {
    expect(() => assertDoc({ id: 'e', text: '  \n', tokens: [], sentences: [], layers: {}, meta: {} })).not.toThrow();
  });

  it.each<[string, Doc, RegExp]>([
    ['something that is no Doc', null as unknown as Doc, /expected a Doc/],
    ['a token whose text differs from its slice', withToken(1, { text: 'here' }), /token 1 text "here" differs/],
    ['an empty token', withToken(1, { end: 3 }), /token 1 \[3, 3\) is empty/],
    ['overlapping tokens', withToken(1, { start: 1 }), /overlaps/],
    ['a token past the end of the text', withToken(3, { end: 99 }), /token 3/],
    ['a gap that is not white space', { ...good, text: 'Hi-there Bye now' }, /gap before token 1 is not white space/],
    ['text after the last token that is not white space', { ...good, text: `${good.text} !` }, /after the last token/],
    ['sentences that miss tokens', { ...good, sentences: [good.sentences[0]!] }, /sentences end at token 2, but the Doc has 4 tokens/],
    ['a sentence that does not start where the last one ended', { ...good, sentences: [good.sentences[1]!, good.sentences[0]!] }, /sentence 0 covers tokens 2..4/],
    ['a token that names the wrong sentence', withToken(0, { sentence: 1 }), /token 0 says it is in sentence 1/],
    ['a sentence whose text differs from its slice', { ...good, sentences: [{ ...good.sentences[0]!, text: 'Hi' }, good.sentences[1]!] }, /sentence 0 text/],
    ['a layer span whose text differs from its slice', withLayers({ x: [{ start: 0, end: 2, text: 'Ho' }] }), /layers.x\[0\] text "Ho"/],
    ['a layer span off the token grid', withLayers({ x: [{ start: 1, end: 2, text: 'i' }] }), /layers.x\[0\] \[1, 2\) does not sit on token boundaries/],
    ['a nested layer span whose tokens disagree with its offsets', withLayers({ x: { a: { start: 0, end: 2, text: 'Hi', tokenStart: 1, tokenEnd: 2 } } }), /layers.x.a .* does not match its tokens 1..2/],
  ])('rejects %s, naming what broke', (_, bad, message) => {
    expect(() => assertDoc(bad)).toThrow(DocInvariantError);
    expect(() => assertDoc(bad)).toThrow(message);
  });
});
