import type { Doc, Token } from '../src/index.js';

/**
 * A small Doc built by hand from words separated by single spaces, one sentence per `|`, so
 * these tests do not depend on the tokenizer.
 */
export function docOf(source: string): Doc {
  const text = source.replaceAll('|', ' ');
  const tokens: Token[] = [];
  const sentences: Doc['sentences'] = [];
  let at = 0;
  source.split('|').forEach((part, s) => {
    const first = tokens.length;
    for (const word of part.split(' ')) {
      if (word) tokens.push({ start: at, end: at + word.length, text: word, normal: word.toLowerCase(), kind: 'word', stem: word.toLowerCase(), sentence: s });
      at += word.length + 1;
    }
    const a = tokens[first]!;
    const b = tokens[tokens.length - 1]!;
    sentences.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), tokenStart: first, tokenEnd: tokens.length });
  });
  return { id: 't', text, tokens, sentences, layers: {}, meta: {} };
}
