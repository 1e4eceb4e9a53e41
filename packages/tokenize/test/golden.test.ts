import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// the report package's source, not its build: this test must not wait for report's dist, and
// packages/tokenize/turbo.json lists report's sources among this test's inputs
import { rowsToCsv, sentencesTable, tokensTable } from '../../report/src/index.js';
import { tokenize } from '../src/index.js';

// Golden files are written only by `node scripts/update-golden.mjs sentences tokens`, which runs
// the built CLI; this test renders the same tables from tokenize + report and compares bytes.
const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');

describe('golden files: the seed essay', () => {
  const doc = tokenize(fixture('essays/seed-essay.txt'), { id: 'seed-essay' });

  it.each([
    ['sentences', sentencesTable],
    ['tokens', tokensTable],
  ] as const)('%s.csv matches fixtures/expected/seed-essay byte for byte', (name, table) => {
    expect(rowsToCsv(table.columns, table.rows(doc))).toBe(fixture(`expected/seed-essay/${name}.csv`));
  });
});
