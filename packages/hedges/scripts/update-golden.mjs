// Regenerates fixtures/expected/seed-essay/hedges.csv from the built packages. Run it on purpose
// (`npm run golden -w @essaylens/hedges` after a build) and review the diff; tests never write it.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeStages } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { parseStage } from '@essaylens/parse';
import { entitiesStage } from '@essaylens/entities';
import { rowsToCsv } from '@essaylens/report';
import { hedgesStage, hedgesTable } from '../dist/src/index.js';

const root = new URL('../../../', import.meta.url);
const text = fs.readFileSync(new URL('fixtures/essays/seed-essay.txt', root), 'utf8');
const doc = composeStages([parseStage(), entitiesStage(), hedgesStage()])(tokenize(text, { id: 'seed-essay' }));
const out = new URL('fixtures/expected/seed-essay/hedges.csv', root);
fs.mkdirSync(new URL('.', out), { recursive: true });
fs.writeFileSync(out, rowsToCsv(hedgesTable.columns, hedgesTable.rows(doc)));
console.log(`wrote ${fileURLToPath(out)}`);
