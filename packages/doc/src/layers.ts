import type { Doc, LayerName, Layers } from './types.js';

/** True when the Doc already carries the named layer. */
export function hasLayer(doc: Doc, name: LayerName): boolean {
  if (name === 'tokens') return Array.isArray(doc.tokens);
  return (doc.layers as Record<string, unknown>)[name] !== undefined;
}

/**
 * Returns the named layer, or throws a message that says which stage should have run.
 *
 * @param doc - the Doc to read.
 * @param name - the layer wanted.
 * @param by - the stage asking, named in the error.
 * @example
 * const entities = requireLayer(doc, 'entities', 'findHedges');
 */
export function requireLayer<K extends Extract<keyof Layers, string>>(
  doc: Doc,
  name: K,
  by: string,
): NonNullable<Layers[K]> {
  const layer = (doc?.layers as Layers | undefined)?.[name];
  if (layer === undefined || layer === null) {
    throw new TypeError(
      `${by}: expected a Doc with a \`${name}\` layer, got \`${String(layer)}\` (did the ${name} stage run first?)`,
    );
  }
  return layer as NonNullable<Layers[K]>;
}

/**
 * Returns a new Doc with one more layer. The input Doc is left as it was, so a stage never
 * changes what another stage produced.
 */
export function withLayer<K extends Extract<keyof Layers, string>>(doc: Doc, name: K, value: Layers[K]): Doc {
  // Not `{ ...doc.layers, [name]: value }`: Node 20's V8 gives every object made by a spread
  // followed by a new key a hidden class of its own, which keeps every function that reads
  // `doc.layers` re-optimising for the whole run. Copying with Object.assign shares one.
  return { ...doc, layers: Object.assign({}, doc.layers, { [name]: value }) };
}

/** Throws unless `doc` looks like a tokenized Doc (used by every stage on its input). */
export function expectDoc(doc: unknown, by: string): asserts doc is Doc {
  const d = doc as Partial<Doc> | null | undefined;
  if (!d || typeof d.text !== 'string' || !Array.isArray(d.tokens) || !Array.isArray(d.sentences)) {
    const got = d === null || d === undefined ? String(d) : typeof d.text !== 'string' ? 'an object without `text`' : 'an object without `tokens`';
    throw new TypeError(`${by}: expected a Doc with a \`tokens\` layer, got ${got} (did tokenize run?)`);
  }
}
