import { describe, expect, it } from 'vitest';
import { withLayer, type Doc } from '@essaylens/doc';
import { parse } from '@essaylens/parse';
import { tokenize } from '@essaylens/tokenize';
import { findHedges } from '../src/index.js';

/** A parsed Doc with an entities layer naming every token whose text is a key of `names`. */
function withEntities(text: string, names: Record<string, string>): Doc {
  const doc = parse(tokenize(text));
  const mentions = doc.tokens.flatMap((t, i) =>
    names[t.text] ? [{ start: t.start, end: t.end, text: t.text, tokenStart: i, tokenEnd: i + 1, canonical: names[t.text], type: 'GPE', sentence: t.sentence }] : [],
  );
  return withLayer(doc, 'entities' as never, { mentions, entities: [] } as never);
}

const holders = (doc: Doc) => (findHedges(doc).layers.hedges?.cues ?? []).map((c) => [c.text, c.holder]);

describe('holder', () => {
  it.each([
    ['Russia does not expect China to help.', { Russia: 'Russia', China: 'China' }, [['does not expect', 'Russia']]],
    ['Moscow does not expect a deal.', { Moscow: 'Russia' }, [['does not expect', 'Russia']]],
    ['China and Russia anticipate a retreat.', { China: 'China', Russia: 'Russia' }, [['anticipate', 'China & Russia']]],
    ['Russia is testing the West, knowing that no one will intervene.', { Russia: 'Russia' }, [['knowing', 'Russia']]],
  ])('%s', (text, names, expected) => expect(holders(withEntities(text, names))).toEqual(expected));

  it.each([
    ['I expect talks in March.', [['I expect', 'author']]],
    ['The talks are expected to focus on trade.', [['are expected', 'author']]],
    ['Prices will probably rise.', [['probably', 'author']]],
    ['Russia does not expect China to help.', [['does not expect', 'other']]],
    ['Some analysts argue that the rally is over.', [['Some analysts argue', 'other']]],
  ])('without entities: %s', (text, expected) => expect(holders(parse(tokenize(text)))).toEqual(expected));
});
