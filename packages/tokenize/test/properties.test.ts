import { assertDoc } from '@essaylens/doc';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/index.js';

// Arbitrary Unicode (astral code points and lone surrogates included) mixed with the pieces
// the tokenizer has rules for, so the rules meet each other and meet noise.
const pieces = fc.constantFrom(
  ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2028', '.', '. ', '...', '?!', '!', ',', '-', '--', '–',
  '“', '”', '"', "'", '’', '’s', "n't", '(', ')', 'U.S.', 'e.g.', 'Mr.', 'J.', 'No.', 'etc.', 'Ph.D.', 'a', 'The', 'Russia',
  'China-Russia', '$', '100', '1.1', '500,000', '2nd', '%', 'www.example.com', 'https://x.org/a_(b)', 'me@x.org', 'x.com',
  '\u0301', '\u200d', '\u00ad', '😀', '👍🏽', '🇦🇹', '𝟏', '𝒜', '\ud800', '\udc00', '½', '。',
);
const text = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 1000) };
const LINE_BREAK = /[\n\r\u2028\u2029\u000b\u000c]/u;

describe('tokenize, for any text', () => {
  it('produces a Doc that passes assertDoc', () => fc.assert(fc.property(text, (t) => assertDoc(tokenize(t))), RUNS));

  it('gives every token text equal to its slice of the text', () => {
    fc.assert(fc.property(text, (t) => tokenize(t).tokens.every((k) => t.slice(k.start, k.end) === k.text)), RUNS);
  });

  it('rebuilds the text exactly from the tokens and the white space between them', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { tokens } = tokenize(t);
        let rebuilt = '';
        let at = 0;
        for (const k of tokens) {
          const gap = t.slice(at, k.start);
          expect(gap).toMatch(/^\s*$/u);
          rebuilt += gap + k.text;
          at = k.end;
        }
        expect(t.slice(at)).toMatch(/^\s*$/u);
        expect(rebuilt + t.slice(at)).toBe(t);
      }),
      RUNS,
    );
  });

  it('covers every token with exactly one sentence, in order', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = tokenize(t);
        const covered = doc.sentences.flatMap((s, i) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((k) => [k.sentence, i]));
        expect(covered).toHaveLength(doc.tokens.length);
        for (const [says, is] of covered) expect(says).toBe(is);
      }),
      RUNS,
    );
  });

  it('never lets a sentence run across a line break', () => {
    fc.assert(fc.property(text, (t) => tokenize(t).sentences.every((s) => !LINE_BREAK.test(s.text))), RUNS);
  });

  it('never cuts a surrogate pair, and never starts a token with a combining mark unless white space is before it', () => {
    const cuts = (t: string, i: number) => /[\ud800-\udbff]/.test(t[i - 1] ?? '') && /[\udc00-\udfff]/.test(t[i] ?? '');
    const markFirst = (t: string, start: number) => /^\p{M}/u.test(t.slice(start, start + 2)) && start > 0 && !/\s/u.test(t[start - 1]!);
    fc.assert(fc.property(text, (t) => tokenize(t).tokens.every((k) => !cuts(t, k.start) && !cuts(t, k.end) && !markFirst(t, k.start))), RUNS);
  });

  it('is deterministic and its Doc survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = tokenize(t, { id: 'p' });
        expect(tokenize(t, { id: 'p' })).toEqual(doc);
        expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
      }),
      RUNS,
    );
  });
});
