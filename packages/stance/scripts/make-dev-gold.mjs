// Writes fixtures/gold/stance/<doc>.json from the hand-written relation annotations below and
// the dev essays' text. Entities are listed only so the scorer resolves aliases (every one is
// optional: this gold scores relations); sentences come from the tokenizer (reviewed by hand).
// usage (after building tokenize): node packages/stance/scripts/make-dev-gold.mjs
import fs from 'node:fs';
import path from 'node:path';
import { tokenize } from '@essaylens/tokenize';
import spec from './dev-gold-spec.json' with { type: 'json' };

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
for (const [doc, d] of Object.entries(spec.docs)) {
  const text = fs.readFileSync(path.join(root, 'fixtures/dev', `${doc}.txt`), 'utf8');
  const entities = [];
  for (const [type, canon] of d.actors) {
    for (const alias of canon) {
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${esc(alias)}(?![\\p{L}])`, 'gu'))) {
        entities.push({ start: m.index, end: m.index + alias.length, text: alias, canon, type, optional: true });
      }
    }
  }
  const sentences = tokenize(text, { id: doc }).sentences.map((s) => [s.start, s.end]);
  const gold = { doc, text, cues: [], entities, relations: d.relations, optionalRelations: d.optional, sentences };
  fs.writeFileSync(path.join(root, 'fixtures/gold/stance', `${doc}.json`), JSON.stringify(gold, null, 1) + '\n');
  console.log(doc, entities.length, 'entity spans', d.relations.length, 'relations');
}
