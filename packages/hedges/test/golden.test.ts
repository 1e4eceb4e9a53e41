import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeStages, assertDoc } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { parseStage } from '@essaylens/parse';
import { entitiesStage } from '@essaylens/entities';
import { rowsToCsv } from '@essaylens/report';
import { hedgesStage, hedgesTable } from '../src/index.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => fs.readFileSync(new URL(path, root), 'utf8');

describe('seed essay', () => {
  const doc = composeStages([parseStage(), entitiesStage(), hedgesStage()])(tokenize(read('fixtures/essays/seed-essay.txt'), { id: 'seed-essay' }));

  it('matches the reviewed golden hedges.csv (regenerate with scripts/update-golden.mjs)', () => {
    expect(rowsToCsv(hedgesTable.columns, hedgesTable.rows(doc))).toBe(read('fixtures/expected/seed-essay/hedges.csv'));
  });

  it('keeps every cue on the Doc’s token grid', () => {
    expect(() => assertDoc(doc)).not.toThrow();
  });
});
