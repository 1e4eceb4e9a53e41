import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertDoc, composeStages } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { parseStage } from '@essaylens/parse';
import { entitiesPlugin, entitiesStage } from '@essaylens/entities';
import { hedgesStage } from '@essaylens/hedges';
import { rowsToCsv } from '@essaylens/report';
import { relationsStage, stanceStage, stanceTables } from '../src/index.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => fs.readFileSync(new URL(path, root), 'utf8');

describe('seed essay', () => {
  const run = composeStages([parseStage([entitiesPlugin]), entitiesStage(), hedgesStage(), stanceStage(), relationsStage()]);
  const doc = run(tokenize(read('fixtures/essays/seed-essay.txt'), { id: 'seed-essay' }));

  it.each(stanceTables.map((t) => [t.name, t] as const))('matches the reviewed golden %s.csv (regenerate with scripts/update-golden.mjs)', (name, table) => {
    expect(rowsToCsv(table.columns, table.rows(doc))).toBe(read(`fixtures/expected/seed-essay/${name}.csv`));
  });

  it('holds the two dated forecasts about a military attack with their windows and bands', () => {
    const attack = doc.layers.stance!.forecasts.filter((f) => /military attack/.test(f.statement.text) && f.timeText);
    expect(attack.map((f) => [f.timeText, f.windowStart, f.windowEnd, f.probabilityLow, f.probabilityHigh, f.direction])).toEqual([
      ['before February 20', '2022-02-02', '2022-02-19', 0.2, 0.45, null],
      ['After February 20', '2022-02-21', null, null, null, 'up'],
    ]);
  });

  it('keeps every span of its layers on the Doc’s token grid', () => {
    expect(() => assertDoc(doc)).not.toThrow();
  });

  it('never touches the layers other stages made', () => {
    const before = composeStages([parseStage([entitiesPlugin]), entitiesStage(), hedgesStage()])(tokenize(read('fixtures/essays/seed-essay.txt'), { id: 'seed-essay' }));
    expect(doc.layers.entities).toEqual(before.layers.entities);
    expect(doc.layers.hedges).toEqual(before.layers.hedges);
  });
});
