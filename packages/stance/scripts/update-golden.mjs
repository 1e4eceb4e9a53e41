// Regenerates fixtures/expected/seed-essay/{stance,relations,forecasts,summary}.csv from the built
// packages. Run it on purpose (`npm run golden -w @essaylens/stance` after building entities,
// hedges and stance) and review the diff; tests never write these files.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeStages } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { parseStage } from '@essaylens/parse';
import { entitiesPlugin, entitiesStage } from '@essaylens/entities';
import { hedgesStage } from '@essaylens/hedges';
import { rowsToCsv } from '@essaylens/report';
import { relationsStage, stanceStage, stanceTables } from '../dist/src/index.js';

const root = new URL('../../../', import.meta.url);
const text = fs.readFileSync(new URL('fixtures/essays/seed-essay.txt', root), 'utf8');
const run = composeStages([parseStage([entitiesPlugin]), entitiesStage(), hedgesStage(), stanceStage(), relationsStage()]);
const doc = run(tokenize(text, { id: 'seed-essay' }));
for (const table of stanceTables) {
  const out = new URL(`fixtures/expected/seed-essay/${table.name}.csv`, root);
  fs.mkdirSync(new URL('.', out), { recursive: true });
  fs.writeFileSync(out, rowsToCsv(table.columns, table.rows(doc)));
  console.log(`wrote ${fileURLToPath(out)}`);
}
