// Speed of the matcher alone, in words per second: the corpus is tokenized and parsed first (not
// timed); then only the hedges stage runs, over the whole set, a few rounds. Needs the built packages.
import { composeStages } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { parseStage } from '@essaylens/parse';
import { compileHedges, withHedges } from '../dist/src/index.js';
import { readSzeged } from './corpus.mjs';

const ARTICLES = 1500;
const ROUNDS = 5;
const prepare = composeStages([parseStage()]);
const docs = readSzeged().slice(0, ARTICLES).map((a) => prepare(tokenize(a.text, { id: a.id })));
const words = docs.reduce((n, d) => n + d.tokens.filter((t) => t.kind === 'word').length, 0);
const lexicon = compileHedges();
let cues = 0;
for (const doc of docs) cues += withHedges(doc, lexicon).layers.hedges.cues.length; // warm-up
const started = process.hrtime.bigint();
for (let round = 0; round < ROUNDS; round++) for (const doc of docs) withHedges(doc, lexicon);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`hedges matcher: ${Math.round((words * ROUNDS) / seconds).toLocaleString('en')} words/s (${words.toLocaleString('en')} words × ${ROUNDS} rounds in ${seconds.toFixed(2)} s; ${cues} cues; lexicon of ${lexicon.size} token sequences)`);
