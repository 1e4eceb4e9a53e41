export type { Doc, Token, TokenKind, Span, Sentence, Layers, LayerName } from './types.js';
export { hasLayer, requireLayer, withLayer, expectDoc } from './layers.js';
export { spanOfTokens, tokenIndexAt, tokenRangeOf, sentenceTokens, isQuestion } from './spans.js';
export { composeStages, type Stage } from './stages.js';
export { assertDoc, DocInvariantError } from './assert.js';
export type { Cell, Row, TableSpec } from './tables.js';
export { LexiconError, describeValue } from './lexicon-error.js';
export { lexiconEntries, lexiconText, lexiconStrings, type LexiconEntry } from './lexicon-fields.js';
