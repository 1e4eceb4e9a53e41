// Using essaylens from your own code: `npm install @essaylens/pipeline` (it brings the rest).
import assert from 'node:assert/strict';
import { analyze, tables } from '@essaylens/pipeline';
import { tokenize } from '@essaylens/tokenize';
import { parse } from '@essaylens/parse';
import { entitiesStage } from '@essaylens/entities';
import { hedgesStage } from '@essaylens/hedges';
import { stanceStage } from '@essaylens/stance';
import { rowsToCsv, tableToCsv } from '@essaylens/report';

const text = `What to expect from the summit in Beijing?

| February 2nd, 2022

Russian President Vladimir Putin will meet Xi Jinping in Beijing. Putin clearly wants China on his side. I do not anticipate a Russian military attack on Ukraine before February 20.`;

// 1. Everything at once: one Doc with every layer, and every report table as CSV text.
const doc = analyze(text, { id: 'summit' });

for (const layer of ['parse', 'entities', 'hedges', 'stance', 'relations'] as const) assert.ok(doc.layers[layer], layer);

const csv = Object.fromEntries(tables.map((table) => [table.name, tableToCsv(table, [doc])]));
assert.match(csv['hedges'] ?? '', /^doc_id,sentence_id,start,end,text,kind,holder,negated,probability_low,probability_high/);
assert.match(csv['sentences'] ?? '', /^doc_id,sentence_id,start,end,text\b.*\nsummit,0,0,42,What to expect from the summit in Beijing\?,/s);

// 2. Each package on its own, for a pipeline of your own.
const tokenized = tokenize(text, { id: 'summit' });
assert.equal(tokenized.sentences.length, 5, 'title, dateline and three sentences');
assert.deepEqual(tokenized.tokens.slice(-4).map((t) => t.text), ['before', 'February', '20', '.']);

const findEntities = entitiesStage();
const findHedges = hedgesStage();
const tagStance = stanceStage();
const parsed = parse(tokenized);
const withEntities = findEntities.run(parsed);
const withHedges = findHedges.run(withEntities);
const withStance = tagStance.run(withHedges);
assert.ok(withStance.layers.stance);

const sheet = rowsToCsv(['cue', 'kind'], [{ cue: '=HYPERLINK("x")', kind: 'hedge' }]);
assert.equal(sheet, `cue,kind\n"'=HYPERLINK(""x"")",hedge\n`, 'a formula is neutralised, quotes doubled');

console.log('essaylens works from a fresh project');
