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

/**
 * Places compromise's terms on the Doc's tokens by character offset. compromise keeps the text
 * losslessly as `pre + text + post` per term, so a cursor walking the terms finds each term's
 * offsets without searching; a term whose text is not where the cursor says (compromise changed
 * it) is looked up forwards instead. One pass over terms and tokens together: linear.
 *
 * @param base - offset of the parsed chunk within `doc.text`.
 */
export function alignTerms(doc: Doc, sentences: readonly (readonly CompromiseTerm[])[], base: number, into: ParseTerm[], termOfToken: number[]): void {
  const { text, tokens } = doc;
  let cursor = base;
  let token = 0;
  while (token < tokens.length && tokens[token]!.end <= base) token++;
  for (const sentence of sentences) {
    for (const term of sentence) {
      cursor += term.pre.length;
      let start = cursor;
      if (term.text && text.startsWith(term.text, start) === false) {
        const found = text.indexOf(term.text, start - term.pre.length);
        if (found >= 0 && found - start < 64) start = found;
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
