import { describe, expect, it } from 'vitest';
import { findRelations } from '../src/index.js';
import { actorsIn, docWith, relationPairs } from './helpers.js';

/** The co-mention rows found in `text`, as `A|B±` strings. */
function salient(text: string): string[] {
  return findRelations(docWith(text, actorsIn(text)))
    .layers.relations!.relations.filter((r) => r.rule === 'co-mention')
    .map((r) => `${[r.source, r.target].sort().join('|')}${r.polarity}`);
}

// The essay's salient pair: named together in three sentences or more, related by no rule.
describe('relations: the pair an essay keeps naming together', () => {
  it.each([
    [
      'three sentences with hostile words give one hostile pair',
      'Japan and China met in May. Tensions over the islands keep Japan and China apart. Japan watches China warily, and the dispute festers.',
      ['China|Japan-'],
    ],
    [
      'friendly words give a friendly pair',
      'Japan and India met in May. Japan and India talk often as trade grows. Japan and India spoke warmly of a better year.',
      ['India|Japan+'],
    ],
    ['two sentences are a passing mention', 'Japan and China met in May. Tensions between the islands of Japan and China festered.', []],
    ['words leaning both ways give none', 'Japan and China met in May. Japan and China talked. Japan and China were tense and cooperative at once.', []],
    ['a rule that relates the pair leaves no co-mention row', 'Japan sanctioned China. Japan and China met in May. Japan and China have tense ties.', []],
  ])('%s', (_name, text, expected) => {
    expect(salient(text)).toEqual(expected);
  });

  it('takes only the pair named together most often', () => {
    const text = 'Japan, China and India met. Japan eyed China amid the feud. Japan and China spoke, and India watched the hostility. Japan saw China at the summit amid tension.';
    expect(salient(text)).toEqual(['China|Japan-']);
  });

  it('cites the sentence leaning most its way, at its first word of that polarity', () => {
    const text = 'Japan and China met. Japan and China spoke amid the feud and the hostility. Japan and China spoke.';
    const row = findRelations(docWith(text, actorsIn(text))).layers.relations!.relations.find((r) => r.rule === 'co-mention');
    expect(row?.sentence).toBe(1);
    expect(row?.cue.text).toBe('feud');
    expect(row?.family).toBe('setting');
  });

  it('does not change the pairs the rules find', () => {
    expect(relationPairs('Japan sanctioned China.')).toEqual(['China|Japan-']);
  });
});
