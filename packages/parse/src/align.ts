import type { Doc } from '@essaylens/doc';
import type { ParseTerm } from './layer.js';

/** The parts of a compromise term this module reads. */
export interface CompromiseTerm {
  pre: string;
  text: string;
  post: string;
  normal: string;
  tags: Set<string>;
  chunk?: string | null;
}

/** How far ahead of the cursor a term whose text moved is looked for. */
const SEARCH_WINDOW = 64;

/**
 * Places compromise's terms on the Doc's tokens by character offset. compromise keeps the text
 * losslessly as `pre + text + post` per term, so a cursor walking the terms finds each term's
 * offsets without searching; a term whose text is not where the cursor says (compromise changed
 * it) is looked for in a short window ahead instead. One pass over terms and tokens together:
 * linear.
 *
 * @param chunk - where the parsed chunk starts in `doc.text` (`base`) and its first token.
 */
export function alignTerms(
  doc: Doc,
  sentences: readonly (readonly CompromiseTerm[])[],
  chunk: { base: number; firstToken: number },
  into: ParseTerm[],
  termOfToken: number[],
): void {
  const { text, tokens } = doc;
  let cursor = chunk.base;
  let token = chunk.firstToken;
  for (const sentence of sentences) {
    for (const term of sentence) {
      cursor += term.pre.length;
      let start = cursor;
      if (term.text && !text.startsWith(term.text, start)) {
        const from = start - term.pre.length;
        const found = text.slice(from, start + SEARCH_WINDOW + term.text.length).indexOf(term.text);
        if (found >= 0) start = from + found;
      }
      const end = start + term.text.length;
      cursor = end + term.post.length;
      if (!term.text) continue;
      while (token < tokens.length && tokens[token]!.end <= start) token++;
      const tokenStart = token;
      let tokenEnd = token;
      while (tokenEnd < tokens.length && tokens[tokenEnd]!.start < end) tokenEnd++;
      if (tokenEnd === tokenStart) continue;
      const index = into.length;
      into.push({ start, end, tokenStart, tokenEnd, normal: term.normal, tags: [...term.tags], chunk: term.chunk ?? null });
      for (let t = tokenStart; t < tokenEnd; t++) if (termOfToken[t] === -1) termOfToken[t] = index;
      token = Math.max(token, tokenEnd - 1);
    }
  }
}
