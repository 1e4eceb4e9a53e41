#!/usr/bin/env node
// Linear time on hostile input: each pathological text is timed at one size and at four times
// that size; time linear in the size gives a ratio near 4 (a quadratic step would give 16).
//
//   node apps/cli/bench/linear.mjs          tokenizer at 1 MB vs 4 MB plus 20 MB lines;
//                                           whole pipeline at 64 KB vs 256 KB
//   node apps/cli/bench/linear.mjs --full   whole pipeline at 1 MB vs 4 MB too (minutes:
//                                           compromise parses about 60 KB/s)
import { parseArgs } from 'node:util';
import { analyze } from '@essaylens/pipeline';
import { tokenize } from '@essaylens/tokenize';

const { values } = parseArgs({ options: { full: { type: 'boolean', default: false } } });
const KB = 1024;
const MB = 1024 * KB;

/** Texts of exactly `n` characters built by repeating a unit. */
const cases = {
  'no line breaks (prose)': 'The minister said the talks may resume soon, though few expect a deal. ',
  'no punctuation': 'lorem ipsum dolor sit amet ',
  '!!!!': '!',
  'U.S.U.S.': 'U.S.',
  'a.b.c.': 'a.b.c.',
  '?!?!': '?!',
  'one word': 'x',
  'quotes and brackets': '"([',
};
const make = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Seconds for `fn(text)`: the best of `tries` runs, so another process's burst counts less. */
function time(fn, text, tries = 1) {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    globalThis.gc?.();
    const started = process.hrtime.bigint();
    fn(text);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return best;
}

function table(title, fn, small, factor = 4) {
  console.log(`\n${title}: ${small / KB} KB against ${(small * factor) / KB} KB`);
  console.log(`${'input'.padEnd(26)}${'small s'.padStart(10)}${'large s'.padStart(10)}${'ratio'.padStart(8)}`);
  let worst = 0;
  for (const [name, unit] of Object.entries(cases)) {
    fn(make(unit, 4 * KB)); // warm up the code paths
    const a = time(fn, make(unit, small), 3);
    const b = time(fn, make(unit, small * factor), 3);
    const ratio = b / a;
    worst = Math.max(worst, ratio);
    console.log(`${name.padEnd(26)}${a.toFixed(3).padStart(10)}${b.toFixed(3).padStart(10)}${ratio.toFixed(2).padStart(8)}`);
  }
  return worst;
}

const tokenizeWorst = table('tokenize', (text) => tokenize(text, { id: 'bench' }), MB);
for (const name of ['no line breaks (prose)', 'U.S.U.S.']) {
  const twenty = make(cases[name], 20 * MB);
  const t5 = time((text) => tokenize(text, { id: 'bench' }), twenty.slice(0, 5 * MB));
  const t20 = time((text) => tokenize(text, { id: 'bench' }), twenty);
  console.log(`\ntokenize, a 20 MB document of ${name} with no line break: ${t20.toFixed(2)} s (5 MB: ${t5.toFixed(2)} s, ratio ${(t20 / t5).toFixed(2)})`);
}
const pipelineWorst = table('whole pipeline (analyze)', (text) => analyze(text, { id: 'bench' }), values.full ? MB : 64 * KB);
console.log(`\nworst ratio: tokenize ${tokenizeWorst.toFixed(2)}, pipeline ${pipelineWorst.toFixed(2)} (4 is linear, 16 quadratic)`);
