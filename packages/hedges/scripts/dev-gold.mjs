// Builds a development essay and its gold from an annotated source: `{h:may}` hedge, `{b:clearly}`
// booster, `{w:some analysts argue}` weasel, `{n:May}` a non-cue, `{a:...}` an optional cue; an
// optional holder after `@` (`{h@Russia:does not expect}`). Writes fixtures/dev/hedges-<name>.txt
// and fixtures/gold/hedges/hedges-<name>.json (the scorer's format; no entity or relation gold).
// usage: node scripts/dev-gold.mjs SOURCE.md [...]
import fs from 'node:fs';
import path from 'node:path';

const root = new URL('../../../', import.meta.url);
const KINDS = { h: 'hedge', b: 'booster', w: 'weasel', n: 'none', a: 'any' };
for (const file of process.argv.slice(2)) {
  const source = fs.readFileSync(file, 'utf8');
  const name = `hedges-${path.basename(file).replace(/\.[^.]+$/, '')}`;
  let text = '';
  const cues = [];
  let last = 0;
  for (const m of source.matchAll(/\{([hbwna])(?:@([^:}]+))?:([^}]+)\}/g)) {
    text += source.slice(last, m.index);
    const start = text.length;
    text += m[3];
    const cue = { start, end: text.length, kind: KINDS[m[1]], text: m[3], holder: m[2] ?? (m[1] === 'w' ? 'other' : 'author') };
    if (m[1] === 'a') { cue.kind = 'any'; cue.optional = true; }
    cues.push(cue);
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  fs.writeFileSync(new URL(`fixtures/dev/${name}.txt`, root), text);
  const gold = { doc: name, text, cues, entities: [], relations: [], optionalRelations: [], sentences: [] };
  fs.mkdirSync(new URL('fixtures/gold/hedges/', root), { recursive: true });
  fs.writeFileSync(new URL(`fixtures/gold/hedges/${name}.json`, root), `${JSON.stringify(gold, null, 1)}\n`);
  console.log(`${name}: ${cues.length} cues, ${text.split(/\s+/).length} words`);
}
