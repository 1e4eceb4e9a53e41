/**
 * The kinds of token the tokenizer produces.
 * - `word`: letters, with inner apostrophes, hyphen parts and initials (`U.S.`).
 * - `number`: digits with their separators (`1.1`, `500,000`, `2022`).
 * - `punct`: sentence and clause punctuation, quotes, brackets, dashes.
 * - `symbol`: currency, percent, ampersand and other signs.
 * - `url`: a web address or e-mail address, kept whole.
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url';

/** One token: a half-open `[start, end)` range of UTF-16 code units into `Doc.text`. */
export interface Token {
  start: number;
  end: number;
  /** Exactly `doc.text.slice(start, end)`. */
  text: string;
  /** Lower case, curly apostrophes and quotes folded to straight ones. */
  normal: string;
  kind: TokenKind;
  /** Porter stem of `normal` for words, `normal` itself otherwise. */
  stem: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** A range of tokens with the character offsets they cover. */
export interface Span {
  start: number;
  end: number;
  /** Exactly `doc.text.slice(start, end)`. */
  text: string;
  /** Index of the first token of the span. */
  tokenStart: number;
  /** Index one past the last token of the span. */
  tokenEnd: number;
}

/** A sentence: a span of whole tokens. Titles, datelines and bare URLs are sentences of their own. */
export type Sentence = Span;

/**
 * The named layers later stages add to a Doc. Stage packages extend this interface by
 * declaration merging (`declare module '@essaylens/doc' { interface Layers { hedges?: ... } }`),
 * so each layer stays typed without this package knowing about it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Layers {}

/** The name of a layer a stage can require or add; `tokens` is the tokenizer's. */
export type LayerName = 'tokens' | Extract<keyof Layers, string>;

/**
 * A document: the text exactly as read, its tokens and sentences, and the layers stages add.
 * Docs are plain JSON-serialisable data; stages return a new Doc instead of changing one.
 */
export interface Doc {
  /** The document's id: a file name without extension, `stdin`, or a JSONL record's `id`. */
  id: string;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  layers: Layers;
  /** Metadata carried along unchanged (a JSONL record's extra fields, for example). */
  meta: Record<string, unknown>;
}
