// Sentence-level uncertainty on the Szeged Wikipedia corpus: a sentence is uncertain when it holds
// at least one hedge or weasel cue (boosters do not count); the gold says uncertain when the
// sentence has any cue mark. Prints precision, recall and F1:
//   1. every hedge and weasel cue against every gold mark (the figure to report);
//   2. the same against the corpus's epistemic and doxastic marks only (no `if`/`whether`);
//   3. for information: without the reporting-verb cues the corpus never marks (`claim`,
//      `is said to`), which its guidelines treat as certain and ours as hedge and weasel.
// Needs the built packages. usage: node bench/szeged.mjs [--misses] [--limit N]
import { composeStages } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { parseStage } from '@essaylens/parse';
import { hedgesStage } from '../dist/src/index.js';
import { readSzeged } from './corpus.mjs';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const REPORTING = /^(?:(?:it )?(?:is|are|was|were|has been|have been|been) (?:said|claimed)(?: to)?|(?:have |has )?claim(?:s|ed|ing)?)$/i;
const run = composeStages([parseStage(), hedgesStage()]);
const tally = () => ({ tp: 0, fp: 0, fn: 0 });
const all = tally(), speculative = tally(), unreported = tally();
const count = (t, predicted, gold) => { if (predicted && gold) t.tp++; else if (predicted) t.fp++; else if (gold) t.fn++; };
const misses = { fp: [], fn: [] };
let sentences = 0;
for (const article of readSzeged().slice(0, limit)) {
  const doc = run(tokenize(article.text, { id: article.id }));
  const cues = (doc.layers.hedges?.cues ?? []).filter((c) => c.kind !== 'booster');
  for (const s of article.sentences) {
    sentences++;
    const mine = cues.filter((c) => c.start >= s.start && c.start < s.end);
    const predicted = mine.length > 0;
    count(all, predicted, s.uncertain);
    count(speculative, predicted, s.speculative);
    count(unreported, mine.some((c) => !REPORTING.test(c.text)), s.uncertain);
    if (predicted && !s.uncertain) misses.fp.push(`${mine.map((c) => c.text).join(' | ')} :: ${article.text.slice(s.start, s.end)}`);
    if (!predicted && s.uncertain) misses.fn.push(`[${s.cues.join(' | ')}] :: ${article.text.slice(s.start, s.end)}`);
  }
}
const score = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp), r = tp / (tp + fn);
  return { tp, fp, fn, p: +p.toFixed(3), r: +r.toFixed(3), f1: +((2 * p * r) / (p + r)).toFixed(3) };
};
console.log(JSON.stringify({ gold: 'any cue mark', sentences, uncertain: all.tp + all.fn, ...score(all) }));
console.log(JSON.stringify({ gold: 'epistemic and doxastic marks only', uncertain: speculative.tp + speculative.fn, ...score(speculative) }));
console.log(JSON.stringify({ gold: 'any cue mark', without: 'claim, is said to', ...score(unreported) }));
if (args.includes('--misses')) {
  console.log('\n# false positives'); misses.fp.forEach((m) => console.log(m));
  console.log('\n# false negatives'); misses.fn.forEach((m) => console.log(m));
}
