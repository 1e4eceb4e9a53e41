import { assertDoc, type Doc } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, CHUNK_TOKENS, MAX_RUN_CHARS, compromiseChunks, parse } from '../src/index.js';

/** Checks that the parse layer is well placed on the Doc's tokens; returns the layer. */
function expectAligned(doc: Doc) {
  const { terms, termOfToken } = doc.layers.parse!;
  expect(termOfToken).toHaveLength(doc.tokens.length);
  terms.forEach((term, k) => {
    expect(term.tokenStart).toBeLessThan(term.tokenEnd);
    expect(term.start).toBeLessThan(term.end);
    expect(term.start).toBeLessThan(doc.tokens[term.tokenEnd - 1]!.end);
    expect(doc.tokens[term.tokenStart]!.start).toBeLessThan(term.end);
    if (k > 0) expect(term.start).toBeGreaterThanOrEqual(terms[k - 1]!.end);
  });
  termOfToken.forEach((k, i) => {
    if (k === -1) return;
    expect(terms[k]!.tokenStart).toBeLessThanOrEqual(i);
    expect(terms[k]!.tokenEnd).toBeGreaterThan(i);
  });
  return { terms, termOfToken };
}

describe('parsing a huge document in chunks', () => {
  const sentence = 'Russia and China will meet again in Vienna next year, officials said. ';
  const doc = parse(tokenize(sentence.repeat(Math.ceil((3.5 * CHUNK_CHARS) / sentence.length))));

  it(`cuts it at sentence ends into chunks of at most ${CHUNK_CHARS} characters`, () => {
    const chunks = compromiseChunks(doc);
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    const sentenceStarts = new Set(doc.sentences.map((s) => s.start));
    for (const chunk of chunks) {
      expect(sentenceStarts.has(chunk.offset)).toBe(true);
      expect(chunk.view.text().length).toBeLessThanOrEqual(CHUNK_CHARS);
      expect(doc.text.startsWith(chunk.view.text(), chunk.offset)).toBe(true);
    }
  });

  it('keeps every word aligned with the term of the same word, in every chunk', () => {
    const { terms, termOfToken } = expectAligned(doc);
    doc.tokens.forEach((token, i) => {
      if (token.kind === 'word') expect(terms[termOfToken[i]!]?.normal).toBe(token.normal);
    });
  });

  it('cuts one enormous sentence at token boundaries, and keeps it aligned', () => {
    const long = parse(tokenize('and the war went on '.repeat(Math.ceil((2.5 * CHUNK_CHARS) / 20))));
    expect(long.sentences).toHaveLength(1);
    expect(compromiseChunks(long).length).toBeGreaterThanOrEqual(3);
    const { terms, termOfToken } = expectAligned(long);
    long.tokens.forEach((token, i) => expect(terms[termOfToken[i]!]?.normal).toBe(token.normal));
  });

  it(`holds at most ${CHUNK_TOKENS} tokens per chunk`, () => {
    const dense = parse(tokenize('a, '.repeat(CHUNK_TOKENS)));
    expect(compromiseChunks(dense).length).toBeGreaterThanOrEqual(2);
    expectAligned(dense);
  });

  it(`leaves runs of more than ${MAX_RUN_CHARS} characters without white space out of the parse`, () => {
    const text = `Hello ${'!'.repeat(MAX_RUN_CHARS + 1)} there ${'x'.repeat(MAX_RUN_CHARS + 1)} friend ${'y'.repeat(MAX_RUN_CHARS)}`;
    const hostile = parse(tokenize(text));
    const { termOfToken } = expectAligned(hostile);
    const covered = hostile.tokens.filter((_, i) => termOfToken[i] !== -1).map((t) => t.text);
    expect(covered).toEqual(['Hello', 'there', 'friend', 'y'.repeat(MAX_RUN_CHARS)]);
  });
});

describe('parse, for any text', () => {
  const text = fc.array(
    fc.oneof(
      fc.constantFrom(' ', '\n', '\r\n', '\r', '\u00a0', '. ', '’s', "n't", '-', '$100', 'U.S.', 'Russia', 'may', 'www.x.com', '“', '”', '😀', '\u0301'),
      fc.string({ unit: 'binary', maxLength: 5 }),
    ),
    { maxLength: 30 },
  ).map((parts) => parts.join(''));

  it('places every term on the tokens it covers, in order, and the Doc still passes assertDoc', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = parse(tokenize(t));
        expectAligned(doc);
        assertDoc(doc);
      }),
      { numRuns: 300 },
    );
  });
});
