import type { Doc } from '@essaylens/doc';

/**
 * compromise's time grows faster than linearly on long inputs, so a huge document is parsed
 * in chunks cut at sentence ends (or, inside one enormous sentence, at token boundaries) of at
 * most this many characters. Essays are far below it and are parsed in one call.
 */
export const CHUNK_CHARS = 20_000;

/**
 * The most tokens one chunk holds. Text of short tokens without spaces (`a.b.c.…`) is slow
 * for compromise per character, so such text is cut into shorter chunks.
 */
export const CHUNK_TOKENS = 4_000;

/**
 * A stretch of text without white space longer than this (`!!!!…`, `U.S.U.S.…`, a
 * 200,000-letter "word") is no prose compromise can tag, and compromise takes time quadratic
 * in it: its tokens are left out of the parse (no term covers them).
 */
export const MAX_RUN_CHARS = 1_000;

/** For each token, whether it lies in a run of touching tokens longer than `MAX_RUN_CHARS`. */
function overlongRuns(doc: Doc): boolean[] {
  const { tokens } = doc;
  const skip = new Array<boolean>(tokens.length).fill(false);
  let runStart = 0;
  for (let t = 1; t <= tokens.length; t++) {
    if (t < tokens.length && tokens[t]!.start === tokens[t - 1]!.end) continue;
    if (tokens[t - 1]!.end - tokens[runStart]!.start > MAX_RUN_CHARS) skip.fill(true, runStart, t);
    runStart = t;
  }
  return skip;
}

/** One stretch of the Doc to hand to compromise: characters `[start, end)`, tokens from `firstToken`. */
export interface ChunkBounds {
  start: number;
  end: number;
  firstToken: number;
}

/** Cuts the Doc into chunks for compromise in one pass over its sentences and tokens. */
export function chunkBounds(doc: Doc): ChunkBounds[] {
  const { tokens } = doc;
  const skip = overlongRuns(doc);
  const bounds: ChunkBounds[] = [];
  let first = 0;
  const close = (end: number) => {
    if (end > first) bounds.push({ start: tokens[first]!.start, end: tokens[end - 1]!.end, firstToken: first });
    first = end;
  };
  const tooBig = (endChar: number, endToken: number) => endChar - tokens[first]!.start > CHUNK_CHARS || endToken - first > CHUNK_TOKENS;
  for (const sentence of doc.sentences) {
    if (sentence.tokenStart > first && tooBig(sentence.end, sentence.tokenEnd)) close(sentence.tokenStart);
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      if (skip[t]) {
        close(t);
        first = t + 1;
      } else if (t > first && tooBig(tokens[t]!.end, t + 1)) close(t);
    }
  }
  close(tokens.length);
  return bounds;
}
