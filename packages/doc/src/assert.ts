import type { Doc, Span } from './types.js';

/** Thrown by `assertDoc`; the message names the broken invariant and where. */
export class DocInvariantError extends Error {
  override name = 'DocInvariantError';
}

const WHITESPACE = /^\s*$/u;

function fail(message: string): never {
  throw new DocInvariantError(message);
}

function checkTokens(doc: Doc): void {
  let previousEnd = 0;
  doc.tokens.forEach((token, i) => {
    if (!(token.start >= previousEnd && token.end > token.start && token.end <= doc.text.length)) {
      fail(`token ${i} [${token.start}, ${token.end}) is empty, out of order or overlaps the one before (which ends at ${previousEnd})`);
    }
    const gap = doc.text.slice(previousEnd, token.start);
    if (!WHITESPACE.test(gap)) fail(`the gap before token ${i} is not white space: ${JSON.stringify(gap)}`);
    if (doc.text.slice(token.start, token.end) !== token.text) {
      fail(`token ${i} text ${JSON.stringify(token.text)} differs from its slice ${JSON.stringify(doc.text.slice(token.start, token.end))}`);
    }
    previousEnd = token.end;
  });
  const tail = doc.text.slice(previousEnd);
  if (!WHITESPACE.test(tail)) fail(`text after the last token is not white space: ${JSON.stringify(tail.slice(0, 40))}`);
}

function checkSentences(doc: Doc): void {
  let nextToken = 0;
  doc.sentences.forEach((sentence, i) => {
    if (sentence.tokenStart !== nextToken || sentence.tokenEnd <= sentence.tokenStart) {
      fail(`sentence ${i} covers tokens ${sentence.tokenStart}..${sentence.tokenEnd}; expected it to start at token ${nextToken} and hold at least one`);
    }
    checkSpan(doc, sentence, `sentence ${i}`);
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      if (doc.tokens[t]?.sentence !== i) fail(`token ${t} says it is in sentence ${String(doc.tokens[t]?.sentence)}, but sentence ${i} holds it`);
    }
    nextToken = sentence.tokenEnd;
  });
  if (nextToken !== doc.tokens.length) fail(`sentences end at token ${nextToken}, but the Doc has ${doc.tokens.length} tokens`);
}

function checkSpan(doc: Doc, span: Span | { start: number; end: number; text: string }, where: string): void {
  if (doc.text.slice(span.start, span.end) !== span.text) {
    fail(`${where} text ${JSON.stringify(span.text)} differs from its slice [${span.start}, ${span.end}) ${JSON.stringify(doc.text.slice(span.start, span.end))}`);
  }
  if ('tokenStart' in span && typeof span.tokenStart === 'number') {
    const first = doc.tokens[span.tokenStart];
    const last = doc.tokens[span.tokenEnd - 1];
    if (!first || !last || first.start !== span.start || last.end !== span.end) {
      fail(`${where} [${span.start}, ${span.end}) does not match its tokens ${span.tokenStart}..${span.tokenEnd}`);
    }
  }
}

/** Every object in a layer with numeric `start`/`end` and a string `text` is a span to check. */
function checkLayerSpans(doc: Doc, value: unknown, where: string, starts: Set<number>, ends: Set<number>): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkLayerSpans(doc, item, `${where}[${i}]`, starts, ends));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string') {
    checkSpan(doc, record as unknown as Span, where);
    if (!starts.has(record.start) || !ends.has(record.end)) {
      fail(`${where} [${record.start}, ${record.end}) does not sit on token boundaries`);
    }
  }
  for (const [key, child] of Object.entries(record)) {
    if (child && typeof child === 'object') checkLayerSpans(doc, child, `${where}.${key}`, starts, ends);
  }
}

/**
 * Checks a Doc's invariants and throws `DocInvariantError` at the first one broken:
 * tokens sorted, non-empty and non-overlapping; the gaps between them white space; every
 * token, sentence and layer span's text equal to its slice of `doc.text`; sentences contiguous
 * over all tokens; layer spans on token boundaries.
 *
 * @param doc - the Doc to check.
 * @example
 * assertDoc(analyze(text)); // throws if any stage produced a span off the token grid
 */
export function assertDoc(doc: Doc): void {
  if (!doc || typeof doc.text !== 'string' || !Array.isArray(doc.tokens) || !Array.isArray(doc.sentences)) {
    fail('expected a Doc with `text`, `tokens` and `sentences`');
  }
  checkTokens(doc);
  checkSentences(doc);
  const starts = new Set(doc.tokens.map((t) => t.start));
  const ends = new Set(doc.tokens.map((t) => t.end));
  for (const [name, layer] of Object.entries(doc.layers ?? {})) checkLayerSpans(doc, layer, `layers.${name}`, starts, ends);
}
