import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeStages } from '@essaylens/doc';
import { parseStage } from '@essaylens/parse';
import { tokenize } from '@essaylens/tokenize';
import { hedgesStage } from '../src/index.js';

const run = composeStages([parseStage(), hedgesStage()]);
const words = ['Russia', 'may', 'not', 'expect', 'a', 'deal', 'probably', 'clearly', 'I', 'do', 'believe', 'it', 'is', 'possible', 'that', 'some', 'analysts', 'argue', 'May', 'could', 'show', 'the', 'uncertain', 'would', 'none', 'of', 'this', 'certain', '.', ',', '?', '’s'];
const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));

describe('invariants', () => {
  it('every cue slices to its text, on token boundaries, inside its sentence', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const doc = run(tokenize(text));
        for (const cue of doc.layers.hedges?.cues ?? []) {
          expect(text.slice(cue.start, cue.end)).toBe(cue.text);
          expect(doc.tokens[cue.tokenStart]?.start).toBe(cue.start);
          expect(doc.tokens[cue.tokenEnd - 1]?.end).toBe(cue.end);
          expect(doc.tokens[cue.tokenStart]?.sentence).toBe(cue.sentence);
          if (cue.probabilityLow !== null) expect(cue.probabilityLow).toBeLessThanOrEqual(cue.probabilityHigh ?? -1);
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('is deterministic and leaves the other layers as they were', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const parsed = composeStages([parseStage()])(tokenize(text));
        const a = hedgesStage().run(parsed);
        const b = hedgesStage().run(parsed);
        expect(a.layers.hedges).toEqual(b.layers.hedges);
        expect(a.layers.parse).toBe(parsed.layers.parse);
        expect(a.tokens).toBe(parsed.tokens);
      }),
      { numRuns: 30 },
    );
  }, 30_000);
});
