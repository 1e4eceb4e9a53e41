import { assertDoc, type Doc } from '@essaylens/doc';
import { analyze, tables } from '@essaylens/pipeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Every row of every table whose `start`, `end` and `text` say where it is must slice back. */
function checkRows(doc: Doc): number {
  let checked = 0;
  for (const table of tables) {
    for (const row of table.rows(doc)) {
      expect(row.doc_id, table.name).toBe(doc.id);
      if (typeof row.start === 'number' && typeof row.end === 'number' && typeof row.text === 'string') {
        expect(doc.text.slice(row.start, row.end), `${table.name} row`).toBe(row.text);
        checked++;
      }
    }
  }
  return checked;
}

const WORDS = ['Russia', 'China', 'may', 'will', 'not', 'certainly', 'perhaps', 'U.S.', "don't", 'NATO-led', 'Putin’s', '42%', '1,000', 'http://x.org/a?b', 'e.g.', 'Mr.'];
const PIECES = [
  '.', '!', '?', '…', '"', '“', '”', '(', ')', '-', '—', "'", '\n', '\r\n', '\r', '\t', ' ', '\u00a0', '\u200b', '\u200d', '\u202e', '\u2028',
  '\u0301', '\u05d0\u05d1', '\u0627\u0644', '👍🏽', '👩‍💻', '🇦🇹', '𝟏', '\u0000', '\u0007', '\u001b[31m', '\ufeff', '\ud800', '\udfff', '=1+1', '@x',
];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...WORDS, ' ', ' ', '. ', ', '), { maxLength: 60 }).map((parts) => parts.join('')),
);

describe('hostile input: the whole pipeline under arbitrary Unicode', () => {
  it('never throws, every Doc passes assertDoc, and every row slices back to its text', () => {
    let rows = 0;
    fc.assert(
      fc.property(text, (input) => {
        const doc = analyze(input, { id: 'prop' });
        assertDoc(doc);
        expect(doc.text).toBe(input);
        rows += checkRows(doc);
      }),
      { numRuns: 400 },
    );
    expect(rows).toBeGreaterThan(0);
  });
});
