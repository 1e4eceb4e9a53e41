import type { Doc, Stage } from '@essaylens/doc';
import type { BenchDoc } from './corpus.js';
import { timePasses, type Timings } from './timing.js';

/**
 * Times each stage alone over the corpus: the documents are first brought up to the layers
 * the stage requires (untimed), then only `stage.run` is timed. The stages are built as
 * `createAnalyzer` builds them, after it has run once, so compromise has the same plugins.
 */
export async function timeStages(docs: readonly BenchDoc[], warmups: number, runs: number): Promise<Timings> {
  const [{ tokenize }, { parseStage }, { entitiesPlugin, entitiesStage }, { hedgesStage }, { relationsStage, stanceStage }, { createAnalyzer, tables }, { rowsToCsv }] =
    await Promise.all([
      import('@essaylens/tokenize'),
      import('@essaylens/parse'),
      import('@essaylens/entities'),
      import('@essaylens/hedges'),
      import('@essaylens/stance'),
      import('@essaylens/pipeline'),
      import('@essaylens/report'),
    ]);
  createAnalyzer()('Warm up.');
  // Keep in step with createAnalyzer in packages/pipeline/src/index.ts.
  const stages: Stage[] = [parseStage([entitiesPlugin]), entitiesStage(), hedgesStage(), stanceStage(), relationsStage()];

  const timings: Timings = {};
  timings['tokenize'] = timePasses(() => docs.map((doc) => tokenize(doc.text, { id: doc.id })), warmups, runs);
  let current: Doc[] = docs.map((doc) => tokenize(doc.text, { id: doc.id }));
  for (const stage of stages) {
    const input = current;
    timings[stage.name] = timePasses(() => input.map((doc) => stage.run(doc)), warmups, runs);
    current = input.map((doc) => stage.run(doc));
  }
  const analysed = current;
  timings['report'] = timePasses(
    () => tables.reduce((size, table) => size + rowsToCsv(table.columns, analysed.flatMap((doc) => table.rows(doc))).length, 0),
    warmups,
    runs,
  );
  return timings;
}
