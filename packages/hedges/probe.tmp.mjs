import { composeStages } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { parseStage, tagsOf } from '@essaylens/parse';
import { hedgesStage } from './dist/src/index.js';
const run = composeStages([parseStage(), hedgesStage()]);
for (const t of process.argv.slice(2)) {
  const d = run(tokenize(t));
  if (process.env.TAGS) console.log(d.tokens.map((tok, i) => `${tok.text}[${tagsOf(d, i).filter(x=>!['Singular','TitleCase'].includes(x)).join(',')}]`).join(' '));
  console.log('  =>', d.layers.hedges.cues.map(c => `${c.text}|${c.kind}|${c.family}|${c.holder}${c.negated?'|neg':''}|${c.probabilityLow ?? ''}-${c.probabilityHigh ?? ''}`).join('  ;  '));
}
