// Prints the cues found in each sentence given on the command line (TAGS=1 also prints
// compromise's tags per token), for checking a rule by hand. Needs the built package.
// usage: node scripts/probe.mjs "Russia does not expect China to help." [...]
import { composeStages } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { parseStage, tagsOf } from '@essaylens/parse';
import { hedgesStage } from '../dist/src/index.js';

const run = composeStages([parseStage(), hedgesStage()]);
for (const text of process.argv.slice(2)) {
  const doc = run(tokenize(text));
  if (process.env.TAGS) console.log(doc.tokens.map((t, i) => `${t.text}[${tagsOf(doc, i).join(',')}]`).join(' '));
  const cues = doc.layers.hedges?.cues ?? [];
  console.log('  =>', cues.map((c) => `${c.text}|${c.kind}|${c.family}|${c.holder}${c.negated ? '|negated' : ''}|${c.probabilityLow ?? ''}-${c.probabilityHigh ?? ''}${c.direction ? `|${c.direction}` : ''}`).join('  ;  '));
}
