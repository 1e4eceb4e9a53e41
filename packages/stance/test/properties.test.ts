import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertDoc } from '@essaylens/doc';
import { findRelations, findStance, stanceStage } from '../src/index.js';
import { actorsIn, docWith } from './helpers.js';

stanceStage();

const SENTENCES = [
  'China and Russia have joined forces.',
  'Russia was isolated by the West in 2014.',
  'I do not anticipate an attack before February 20.',
  'After February 20, an attack is more likely.',
  'Beijing is siding with Moscow, while Washington opposes NATO expansion.',
  'The rivalry between the US and China will deepen next year.',
  'What will Japan do?',
  'India, and Western sanctions, hurt Iran.',
  '| February 2nd, 2022',
  'Israel views Iran as a threat.',
];

describe('invariants over arbitrary essays made of known sentences', () => {
  const essay = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 8 }).map((s) => s.join(' '));

  it('keeps every span on the token grid and certainty in [0, 1]', () => {
    fc.assert(fc.property(essay, (text) => {
      const doc = findRelations(findStance(docWith(text, actorsIn(text))));
      assertDoc(doc);
      for (const s of doc.layers.stance!.sentences) expect(s.certainty).toBeGreaterThanOrEqual(0);
      for (const s of doc.layers.stance!.sentences) expect(s.certainty).toBeLessThanOrEqual(1);
      expect(doc.layers.stance!.sentences).toHaveLength(doc.sentences.length);
    }), { numRuns: 25 });
  }, 60_000);

  it('is deterministic: the same text gives the same layers', () => {
    fc.assert(fc.property(essay, (text) => {
      const a = findRelations(findStance(docWith(text, actorsIn(text))));
      const b = findRelations(findStance(docWith(text, actorsIn(text))));
      expect(b.layers.stance).toEqual(a.layers.stance);
      expect(b.layers.relations).toEqual(a.layers.relations);
    }), { numRuns: 15 });
  }, 60_000);

  it('relates only actors the sentence names, never an actor to itself', () => {
    fc.assert(fc.property(essay, (text) => {
      const doc = findRelations(findStance(docWith(text, actorsIn(text))));
      for (const r of doc.layers.relations!.relations) {
        expect(r.source).not.toBe(r.target);
        const names = doc.layers.entities!.mentions.filter((m) => m.sentence === r.sentence).map((m) => m.canonical);
        expect(names).toEqual(expect.arrayContaining([r.source, r.target]));
      }
    }), { numRuns: 25 });
  }, 60_000);
});
