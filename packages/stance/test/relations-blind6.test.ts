import { describe, expect, it } from 'vitest';
import { findRelations } from '../src/index.js';
import { actorsIn, docWith, type MentionSpec } from './helpers.js';

/** Actors the shared helper does not know, added for these cases. */
const EXTRA: MentionSpec[] = [
  { text: 'Mali', canonical: 'Mali' },
  { text: 'Niger', canonical: 'Niger' },
  { text: 'Latvia', canonical: 'Latvia' },
  { text: 'Vietnam', canonical: 'Vietnam' },
];

function mentions(text: string): MentionSpec[] {
  const out = actorsIn(text);
  for (const spec of EXTRA) {
    let nth = 0;
    for (const _ of text.matchAll(new RegExp(`(?<![\\p{L}])${spec.text}(?![\\p{L}])`, 'gu'))) out.push({ ...spec, nth: nth++ });
  }
  return out;
}

const pairs = (text: string) =>
  findRelations(docWith(text, mentions(text))).layers.relations!.relations.map((r) => `${[r.source, r.target].sort().join('|')}${r.polarity}`).sort();

// Rules added after the sixth round of blind dev essays (South China Sea, Niger, Belarus border).
describe('relations, sixth blind round', () => {
  it.each([
    ['an ending verb reaches past a modifier read as a noun', 'Japan suspended its military cooperation with Russia.', ['Japan|Russia-']],
    ['the same cooperation restored keeps its polarity', 'Japan restored its military cooperation with Russia.', ['Japan|Russia+']],
    ['a disparaging verb turns a cooperation noun', 'Japan mocked the alliance with Washington.', ['Japan|United States-']],
    ['`, and X and Y have` starts a clause with a coordinated subject', 'The EU imposed sanctions on Russia, and Lithuania and Latvia have joined Poland.', ['European Union|Russia-', 'Latvia|Poland+', 'Lithuania|Poland+']],
    ['a past form after a parenthesis is the verb', 'Mali and Niger, both run by juntas of their own, sided with Russia.', ['Mali|Russia+', 'Niger|Russia+']],
    ['`joint patrols with` is cooperation', 'Australia now holds joint patrols with the Philippines.', ['Australia|Philippines+']],
    ['`quarrel with` is confrontation', 'Vietnam, which has its own quarrel with Beijing, stayed silent.', ['China|Vietnam-']],
  ])('%s', (_rule, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
