// Using essaylens from your own code: `npm install @essaylens/pipeline` (it brings the rest).
import assert from 'node:assert/strict';
import { analyze, tables } from '@essaylens/pipeline';
import { tokenize } from '@essaylens/tokenize';
import { parseStage } from '@essaylens/parse';
import { entitiesPlugin, entitiesStage } from '@essaylens/entities';
import { findHedges } from '@essaylens/hedges';
import { findRelations, findStance } from '@essaylens/stance';
import { rowsToCsv, tableToCsv } from '@essaylens/report';

const text = `What to expect from the summit in Beijing?

| February 2nd, 2022

Russian President Vladimir Putin will meet Xi Jinping in Beijing. Putin clearly wants China on his side. I do not anticipate a Russian military attack on Ukraine before February 20.`;

// 1. Everything at once: one Doc with every layer, and every report table as CSV text.
const doc = analyze(text, { id: 'summit' });

const putin = doc.layers.entities?.mentions.find((m) => m.text === 'Putin');
assert.equal(putin?.canonical, 'Vladimir Putin');
assert.equal(putin?.type, 'PERSON');

const cue = doc.layers.hedges?.cues.find((c) => c.text === 'I do not anticipate');
assert.ok(cue, 'the negated, self-mentioned cue is found whole');
assert.equal(cue.kind, 'hedge');
assert.equal(cue.negated, true);
assert.equal(cue.holder, 'author');
assert.ok(cue.probabilityHigh !== null && cue.probabilityHigh <= 0.45, 'I do not anticipate: unlikely or below');
assert.equal(text.slice(cue.start, cue.end), cue.text);
assert.equal(doc.layers.hedges?.cues.find((c) => c.text === 'clearly')?.kind, 'booster');

const stance = doc.layers.stance?.sentences.find((s) => s.sentence === cue.sentence);
assert.equal(stance?.epistemic, 'hedged');
assert.equal(stance?.function, 'forecast');
const forecast = doc.layers.stance?.forecasts.find((f) => f.sentence === cue.sentence);
assert.equal(forecast?.windowEnd, '2022-02-19', 'before February 20, dated by the dateline');

const csv = Object.fromEntries(tables.map((table) => [table.name, tableToCsv(table, [doc])]));
assert.match(csv['sentences'] ?? '', /^doc_id,sentence_id,start,end,text\b.*\nsummit,0,0,42,What to expect from the summit in Beijing\?,/s);
assert.match(csv['entities'] ?? '', /\nsummit,\d+,\d+,\d+,Putin,Vladimir Putin,PERSON\b/);
assert.match(csv['hedges'] ?? '', /\nsummit,\d+,\d+,\d+,I do not anticipate,hedge,author,true,/);

// 2. Each package on its own, for a pipeline of your own.
const tokenized = tokenize(text, { id: 'summit' });
assert.equal(tokenized.sentences.length, 5, 'title, dateline and three sentences');
assert.deepEqual(tokenized.tokens.slice(-4).map((t) => t.text), ['before', 'February', '20', '.']);

const parsed = parseStage([entitiesPlugin]).run(tokenized); // compromise, once, knowing the entity lexicon
const withEntities = entitiesStage().run(parsed);
assert.ok(withEntities.layers.entities?.mentions.some((m) => m.canonical === 'Xi Jinping' && m.type === 'PERSON'));
const withHedges = findHedges(withEntities);
assert.deepEqual(withHedges.layers.hedges?.cues.map((c) => [c.text, c.kind]), doc.layers.hedges?.cues.map((c) => [c.text, c.kind]));
const withStance = findRelations(findStance(withHedges));
assert.deepEqual(withStance.layers.stance, doc.layers.stance);

const sheet = rowsToCsv(['cue', 'kind'], [{ cue: '=HYPERLINK("x")', kind: 'hedge' }]);
assert.equal(sheet, `cue,kind\n"'=HYPERLINK(""x"")",hedge\n`, 'a formula is neutralised, quotes doubled');

console.log('essaylens works from a fresh project');
