import fs from 'node:fs';
import { analyze } from '@essaylens/pipeline';
import { tagsOf } from '@essaylens/parse';
const [file, pattern] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const doc = analyze(text, { id: 'x' });
const { actorGroups } = await import('../dist/src/relations/01-groups.js');
doc.sentences.forEach((s, i) => {
  if (!new RegExp(pattern).test(s.text)) return;
  console.log(`\n[${i}] ` + doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t, k) => `${t.text}/${t.stem}/${tagsOf(doc, s.tokenStart + k).filter(x => ['Verb','Noun','Adjective','Adverb','Preposition','Gerund','Auxiliary','Passive'].includes(x)).map(x=>x.slice(0,4)).join('|')}`).join(' '));
  console.log('mentions', doc.layers.entities.mentions.filter(m => m.sentence === i).map(m => `${m.text}=>${m.canonical}:${m.type}`).join(', '));
  console.log('groups', actorGroups(doc, i).map(g => g.names.join('+') + (g.possessive ? "'s" : '')).join(' | '));
  console.log('rels', doc.layers.relations.relations.filter(r => r.sentence === i).map(r => `${r.source} ${r.polarity} ${r.target} [${r.cue.text}/${r.rule}]`).join('; '));
});
