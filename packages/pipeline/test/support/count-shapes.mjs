// Run as `node --allow-natives-syntax count-shapes.mjs FILE...` (the test does): analyses each
// file with the built pipeline and prints, as JSON, how many distinct V8 hidden classes
// ("maps") each kind of result object has across all the documents. %HaveSameMap is a V8
// intrinsic, only callable with that flag, which is why this is a separate process.
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../dist/src/index.js';

const analyze = createAnalyzer();
/** One representative object per distinct map, by kind. */
const seen = new Map();
function note(kind, value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const representatives = seen.get(kind) ?? [];
  if (!representatives.some((other) => %HaveSameMap(other, value))) representatives.push(value);
  seen.set(kind, representatives);
}

for (const [index, file] of process.argv.slice(2).entries()) {
  const doc = analyze(readFileSync(file, 'utf8'), { id: `doc-${index}` });
  note('doc', doc);
  note('layers', doc.layers);
  for (const token of doc.tokens) note('token', token);
  for (const sentence of doc.sentences) note('sentence', sentence);
  for (const [name, layer] of Object.entries(doc.layers)) {
    note(`${name} layer`, layer);
    for (const [key, items] of Object.entries(layer)) {
      if (Array.isArray(items)) for (const item of items) note(`${name}.${key}`, item);
    }
  }
}
process.stdout.write(JSON.stringify(Object.fromEntries([...seen].map(([kind, list]) => [kind, list.length]))));
