// Sentence-level uncertainty on the Szeged Wikipedia corpus: a sentence is uncertain when it holds
// at least one hedge or weasel cue (boosters do not count). Prints precision, recall and F1, and
// with --misses some false positives and negatives. Needs the built packages.
// usage: node bench/szeged.mjs [--misses] [--limit N]
import { composeStages } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { parseStage } from '@essaylens/parse';
import { hedgesStage } from '../dist/src/index.js';
import { readSzeged } from './corpus.mjs';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const run = composeStages([parseStage(), hedgesStage()]);
let tp = 0, fp = 0, fn = 0, tn = 0;
const spec = { tp: 0, fp: 0, fn: 0 };
const misses = { fp: [], fn: [] };
for (const article of readSzeged().slice(0, limit)) {
  const doc = run(tokenize(article.text, { id: article.id }));
  const kinds = new Set((process.env.KINDS ?? 'hedge,weasel').split(','));
  const drop = new RegExp(process.env.DROP ?? '^$', 'i');
  const cues = (doc.layers.hedges?.cues ?? []).filter((c) => kinds.has(c.kind) && !drop.test(c.text));
  for (const s of article.sentences) {
    const mine = cues.filter((c) => c.start >= s.start && c.start < s.end);
    const predicted = mine.length > 0;
    if (predicted && s.speculative) spec.tp++; else if (predicted) spec.fp++; else if (s.speculative) spec.fn++;
    if (predicted && s.uncertain) tp++;
    else if (predicted) { fp++; misses.fp.push(`${mine.map((c) => c.text).join(' | ')} :: ${article.text.slice(s.start, s.end)}`); }
    else if (s.uncertain) { fn++; misses.fn.push(`[${s.cues.join(' | ')}] :: ${article.text.slice(s.start, s.end)}`); }
    else tn++;
  }
}
const score = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp), r = tp / (tp + fn);
  return { tp, fp, fn, p: +p.toFixed(3), r: +r.toFixed(3), f1: +((2 * p * r) / (p + r)).toFixed(3) };
};
console.log(JSON.stringify({ sentences: tp + fp + fn + tn, uncertain: tp + fn, ...score({ tp, fp, fn }) }));
console.log(JSON.stringify({ gold: 'epistemic and doxastic cues only (no conditions or investigation)', uncertain: spec.tp + spec.fn, ...score(spec) }));
if (args.includes('--misses')) {
  console.log('\n# false positives'); misses.fp.forEach((m) => console.log(m));
  console.log('\n# false negatives'); misses.fn.forEach((m) => console.log(m));
}
