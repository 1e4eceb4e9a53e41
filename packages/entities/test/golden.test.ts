import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertDoc } from '@essaylens/doc';
import { rowsToCsv } from '@essaylens/report';
import { entitiesTables, mentionAt } from '../src/index.js';
import { analyse } from './helpers.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => fs.readFileSync(new URL(path, root), 'utf8');

describe('seed essay', () => {
  const doc = analyse(read('fixtures/essays/seed-essay.txt'));

  it.each(entitiesTables.map((t) => [t.name, t] as const))('matches the reviewed golden %s.csv (regenerate with scripts/update-golden.mjs)', (name, table) => {
    const csv = rowsToCsv(table.columns, table.rows({ ...doc, id: 'seed-essay' }));
    expect(csv).toBe(read(`fixtures/expected/seed-essay/${name}.csv`));
  });

  it('keeps every mention on the Doc’s token grid', () => {
    expect(() => assertDoc(doc)).not.toThrow();
  });

  it('finds the mention covering a token', () => {
    const mentions = doc.layers.entities!.mentions;
    const putin = mentions.find((m) => m.text === 'Russian President Putin')!;
    expect(mentionAt(doc, putin.tokenStart + 1)).toBe(putin);
    expect(mentionAt(doc, 0)).toBeUndefined();
  });
});
