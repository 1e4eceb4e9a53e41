import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isQuestion, sentenceTokens, spanOfTokens, tokenIndexAt, tokenRangeOf, type Doc } from '../src/index.js';
import { docOf } from './helpers.js';

const doc = docOf('Hi there|Bye now'); // Hi[0,2) there[3,8) Bye[9,12) now[13,16)

describe('spans', () => {
  it('builds a span from a token range, with offsets and text from the Doc', () => {
    expect(spanOfTokens(doc, 1, 3)).toEqual({ start: 3, end: 12, text: 'there Bye', tokenStart: 1, tokenEnd: 3 });
  });

  it.each([
    [2, 2],
    [3, 2],
    [-1, 1],
    [3, 5],
  ])('refuses the token range %i..%i, saying which ranges exist', (a, b) => {
    expect(() => spanOfTokens(doc, a, b)).toThrow(/expected a token range inside 0..4/);
  });

  it.each([
    [0, 0],
    [1, 0],
    [2, 1], // the space after `Hi`: the next token
    [3, 1],
    [12, 3],
    [16, 4], // past the last token
  ])('finds the token at offset %i: %i', (offset, index) => expect(tokenIndexAt(doc, offset)).toBe(index));

  it.each([
    [0, 2, { tokenStart: 0, tokenEnd: 1 }],
    [1, 4, { tokenStart: 0, tokenEnd: 2 }],
    [2, 3, undefined], // only white space
    [4, 10, { tokenStart: 1, tokenEnd: 3 }],
    [16, 20, undefined],
  ])('covers characters [%i, %i) with tokens %j', (start, end, range) => expect(tokenRangeOf(doc, start, end)).toEqual(range));

  it('lists the tokens of a sentence, and none for a sentence that does not exist', () => {
    expect(sentenceTokens(doc, 1).map((t) => t.text)).toEqual(['Bye', 'now']);
    expect(sentenceTokens(doc, 5)).toEqual([]);
  });

  it('agrees with a linear scan for any Doc and offset', () => {
    const words = fc.array(fc.stringMatching(/^[a-z]{1,5}$/), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(words, fc.nat(200), (ws, offset) => {
        const d = docOf(ws.join(' '));
        const linear = d.tokens.findIndex((t) => t.end > offset);
        expect(tokenIndexAt(d, offset)).toBe(linear < 0 ? d.tokens.length : linear);
      }),
    );
  });
});

/** `docOf`, with every token that holds no letter marked as punctuation. */
function punctuated(source: string): Doc {
  const built = docOf(source);
  for (const token of built.tokens) if (!/\p{L}/u.test(token.text)) token.kind = 'punct';
  return built;
}

describe('isQuestion', () => {
  it.each([
    ['What should we expect ?', true],
    ['Will the corridor reopen ?!', true],
    ['He asked , “ Is it over ? ”', true],
    ['( Is it over ? )', true],
    ['It is over .', false],
    ['Is it over', false],
    ['What ?|It is over .', false],
  ])('%j → %s', (source, expected) => {
    const built = punctuated(source);
    expect(isQuestion(built, built.sentences.length - 1)).toBe(expected);
  });

  it('is false for a sentence index the Doc does not have', () => {
    expect(isQuestion(punctuated('Why ?'), 3)).toBe(false);
  });
});
