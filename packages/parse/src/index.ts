export type { ParseLayer, ParseTerm } from './layer.js';
export { parse, parseStage, compromiseChunks, tagsOf, hasTag, addPluginOnce, nlp, type Compromise, type CompromiseView, type ParsedChunk } from './parse.js';
export { CHUNK_CHARS, CHUNK_TOKENS, MAX_RUN_CHARS } from './chunks.js';
