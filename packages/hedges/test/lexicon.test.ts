import { describe, expect, it } from 'vitest';
import { LexiconError } from '@essaylens/doc';
import { composeStages } from '@essaylens/doc';
import { parseStage } from '@essaylens/parse';
import { tokenize } from '@essaylens/tokenize';
import { expandPattern, hedgesStage } from '../src/index.js';

describe('token patterns', () => {
  it.each([
    ['may|might well?', [['may', 'well'], ['may'], ['might', 'well'], ['might']]],
    ['it is|has_become clear', [['it', 'is', 'clear'], ['it', 'has', 'become', 'clear']]],
    ['so-called', [['so', '-', 'called']]],
    ['it’s', [["it's"]]],
  ])('%s', (pattern, expected) => expect(expandPattern(pattern)).toEqual(expected));
});

describe('user lexicon `cues` section', () => {
  const cuesWith = (lexicon: unknown, text: string) =>
    (composeStages([parseStage(), hedgesStage({ lexicon })])(tokenize(text)).layers.hedges?.cues ?? []).map((c) => [c.text, c.kind, c.family, c.probabilityLow]);

  it('adds an entry, with its band', () => {
    expect(cuesWith({ cues: [{ text: 'on the cards', kind: 'hedge', family: 'multiword', band: 'likely' }] }, 'A deal is on the cards.')).toEqual([['on the cards', 'hedge', 'multiword', 0.55]]);
  });

  it('ignores the sections of other packages', () => {
    expect(cuesWith({ entities: [{ text: 'Dragonbear' }] }, 'Prices will probably rise.')).toEqual([['probably', 'hedge', 'adverb', 0.55]]);
  });

  it.each([
    [{ cues: {} }, 'cues'],
    [{ cues: [{ text: 'x' }] }, 'cues[0].kind'],
    [{ cues: [{ text: '', kind: 'hedge' }] }, 'cues[0].text'],
    [{ cues: [{ text: 'x', kind: 'hedge', band: 'sure thing' }] }, 'cues[0].band'],
    [{ cues: [{ text: 'x', kind: 'hedge', direction: 'sideways' }] }, 'cues[0].direction'],
    [{ cues: [{ text: 'x', kind: 'hedge', rule: 'nope' }] }, 'cues[0].rule'],
    [{ cues: [{ text: 'x', kind: 'hedge', subject: 'yes' }] }, 'cues[0].subject'],
    [[], '(top level)'],
  ])('rejects %j naming %s', (lexicon, field) => {
    expect(() => hedgesStage({ lexicon })).toThrow(LexiconError);
    try {
      hedgesStage({ lexicon });
    } catch (error) {
      expect((error as LexiconError).field).toBe(field);
    }
  });
});
