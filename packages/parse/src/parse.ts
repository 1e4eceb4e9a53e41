import { createRequire } from 'node:module';
import type nlpModule from 'compromise';

import { expectDoc, withLayer, type Doc, type Stage } from '@essaylens/doc';
import { alignTerms, type CompromiseTerm } from './align.js';
import { chunkBounds } from './chunks.js';
import type { ParseLayer, ParseTerm } from './layer.js';

// compromise's one-file CommonJS build is the same library as its ES modules, and it loads in
// about 270 ms against about 450 ms for the 436 module files: most of the command's cold start.
const nlp = createRequire(import.meta.url)('compromise') as typeof nlpModule;

/** A compromise document (`nlp(text)`), as the compromise package types it. */
export type CompromiseView = ReturnType<typeof nlp>;
/** The compromise function, with whatever plugins were added to it. */
export type Compromise = typeof nlp;

/** One compromise call's result and where its text starts in the Doc. */
export interface ParsedChunk {
  offset: number;
  view: CompromiseView;
}

// compromise's views are live objects, not data: they ride beside the JSON layer, keyed by it,
// so a stage that wants compromise's match engine gets the one parse the Doc already has.
const views = new WeakMap<ParseLayer, ParsedChunk[]>();

/**
 * Parses the Doc with compromise once and adds the `parse` layer: compromise's terms with
 * their tags and chunks, placed on the Doc's tokens by character offset.
 *
 * @param doc - a tokenized Doc.
 * @param engine - the compromise function to use, with any plugins already added; default
 *   plain compromise.
 * @returns a new Doc with the `parse` layer.
 * @example
 * const doc = parse(tokenize('Russia does not expect China to help.'));
 * tagsOf(doc, 0); // ['Noun', 'Singular', 'Place', 'ProperNoun', 'Country']
 */
export function parse(doc: Doc, engine: Compromise = nlp): Doc {
  expectDoc(doc, 'parse');
  const terms: ParseTerm[] = [];
  const termOfToken = new Array<number>(doc.tokens.length).fill(-1);
  const chunks: ParsedChunk[] = [];
  for (const { start, end, firstToken } of chunkBounds(doc)) {
    const view = engine(doc.text.slice(start, end));
    chunks.push({ offset: start, view });
    alignTerms(doc, (view as unknown as { docs: CompromiseTerm[][] }).docs, { base: start, firstToken }, terms, termOfToken);
  }
  const layer: ParseLayer = { terms, termOfToken };
  views.set(layer, chunks);
  return withLayer(doc, 'parse', layer);
}

/**
 * The compromise views behind a Doc's `parse` layer, for stages that use compromise's match
 * engine. Empty when the Doc was rebuilt from JSON, where only the aligned terms survive.
 */
export function compromiseChunks(doc: Doc): readonly ParsedChunk[] {
  const layer = doc.layers.parse;
  return layer ? (views.get(layer) ?? []) : [];
}

/** compromise's tags for token `index` (empty for punctuation and tokens it did not tag). */
export function tagsOf(doc: Doc, index: number): readonly string[] {
  const layer = doc.layers.parse;
  const term = layer ? layer.terms[layer.termOfToken[index] ?? -1] : undefined;
  return term ? term.tags : [];
}

/** True when compromise gave token `index` the tag. */
export function hasTag(doc: Doc, index: number, tag: string): boolean {
  return tagsOf(doc, index).includes(tag);
}

/**
 * The parse stage for `composeStages`. Plugins are added to compromise once, here, so every
 * stage after it reads a parse that already knows their words.
 *
 * @param plugins - compromise plugins (`{ words: {...} }`, compromise-dates, ...).
 */
export function parseStage(plugins: readonly object[] = []): Stage {
  for (const plugin of plugins) addPluginOnce(plugin);
  return { name: 'parse', requires: ['tokens'], adds: 'parse', run: (doc) => parse(doc) };
}

const added = new WeakSet<object>();

/** Adds a compromise plugin unless it was added before (compromise's plugins are global). */
export function addPluginOnce(plugin: object): void {
  if (added.has(plugin)) return;
  added.add(plugin);
  nlp.plugin(plugin as Parameters<typeof nlp.plugin>[0]);
}

export { nlp };
