import fs from 'node:fs';
import { tokenize } from '@essaylens/tokenize';
import { parseStage } from '@essaylens/parse';
import { entitiesPlugin, entitiesStage } from '@essaylens/entities';
import { hedgesStage } from '@essaylens/hedges';
import { stanceStage, relationsStage, resolveWithDates } from '../dist/src/index.js';
const dirs = ['/work/main/fixtures/dev'];
const texts = fs.readdirSync('/work/main/fixtures/dev').map(f => fs.readFileSync('/work/main/fixtures/dev/' + f, 'utf8'));
const stages = [parseStage([entitiesPlugin]), entitiesStage(), hedgesStage(), stanceStage(), relationsStage()];
// warm up on the seed only
for (let r = 0; r < 3; r++) { let d = tokenize(fs.readFileSync('/work/main/fixtures/essays/seed-essay.txt', 'utf8')); for (const s of stages) d = s.run(d); }
const tot = {};
for (const t of texts) { let d = tokenize(t); for (const s of stages) { const t0 = performance.now(); d = s.run(d); tot[s.name] = (tot[s.name] ?? 0) + performance.now() - t0; } }
console.log(texts.length, 'docs', Object.fromEntries(Object.entries(tot).map(([k, v]) => [k, v.toFixed(0)])));
