import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

const words = ['Russia', 'China', 'the', 'West', 'Moscow', 'said', 'President', 'Putin', 'US-led', 'NATO', '(SCO)', 'and', 'of', 'Bank', 'in', 'Vienna.', 'Xi', '’s', 'Mr.', 'Smith', 'Institute', 'for', 'Energy', 'Policy', 'GDP', 'may', '\n\n'];
const text = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((parts) => parts.join(' '));

describe('invariants', () => {
  it('mentions slice to their text, are sorted, never overlap and sit in their sentence', () => {
    fc.assert(
      fc.property(text, (input) => {
        const doc = analyse(input);
        let last = -1;
        for (const m of doc.layers.entities!.mentions) {
          expect(doc.text.slice(m.start, m.end)).toBe(m.text);
          expect(m.tokenStart).toBeGreaterThanOrEqual(last);
          expect(doc.tokens[m.tokenStart]!.sentence).toBe(m.sentence);
          expect(m.text).not.toMatch(/[.,;:!?’']$|’s$/u);
          last = m.tokenEnd;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and leaves the other layers alone', () => {
    fc.assert(
      fc.property(text, (input) => {
        const a = analyse(input);
        const b = analyse(input);
        expect(a.layers.entities).toEqual(b.layers.entities);
        expect(Object.keys(a.layers).sort()).toEqual(['entities', 'parse']);
      }),
      { numRuns: 50 },
    );
  });
});
