export type { ParseLayer, ParseTerm } from './layer.js';
export { parse, parseStage, compromiseChunks, tagsOf, hasTag, addPluginOnce, nlp, CHUNK_CHARS, type Compromise, type CompromiseView, type ParsedChunk } from './parse.js';
