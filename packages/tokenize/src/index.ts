import type { Doc, Sentence, Token } from '@essaylens/doc';
import { scan } from './02-scan.js';
import { sentenceEnds } from './03-sentences.js';
import { normalize, stem } from './04-normalize.js';

/** Options for `tokenize`. */
export interface TokenizeOptions {
  /** The document id carried into every report row; default `doc`. */
  id?: string;
  /** Metadata kept on the Doc unchanged. */
  meta?: Record<string, unknown>;
}

/**
 * Splits `text` into sentences and tokens with exact character offsets and returns a Doc.
 * The text is kept exactly as given: offsets are UTF-16 indices into it, and the white space
 * between tokens is all that no token covers, so the text rebuilds from the Doc.
 *
 * @param text - the document text, already decoded and without a byte-order mark.
 * @param options - id and metadata of the document.
 * @returns a Doc with `tokens` and `sentences` and no other layer.
 * @example
 * const doc = tokenize('The U.S. will not intervene. Russia’s view is clear.', { id: 'demo' });
 * doc.sentences.length; // 2
 * doc.tokens.map((t) => t.text); // ['The', 'U.S.', 'will', ..., 'Russia', '’s', ...]
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Doc {
  if (typeof text !== 'string') {
    throw new TypeError(`tokenize: expected the text as a string, got ${text === null ? 'null' : typeof text}`);
  }
  const raw = scan(text);
  const ends = sentenceEnds(text, raw);
  const tokens: Token[] = new Array(raw.length);
  const sentences: Sentence[] = [];
  let first = 0;
  ends.forEach((end, s) => {
    for (let i = first; i < end; i++) {
      const { start, end: stop, kind } = raw[i]!;
      const surface = text.slice(start, stop);
      const normal = normalize(surface);
      tokens[i] = { start, end: stop, text: surface, normal, kind, stem: kind === 'word' ? stem(normal) : normal, sentence: s };
    }
    const start = raw[first]!.start;
    const stop = raw[end - 1]!.end;
    sentences.push({ start, end: stop, text: text.slice(start, stop), tokenStart: first, tokenEnd: end });
    first = end;
  });
  return { id: options.id ?? 'doc', text, tokens, sentences, layers: {}, meta: options.meta ?? {} };
}

export { normalize } from './04-normalize.js';
