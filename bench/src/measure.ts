// One measurement in a process of its own, so compromise is exactly as each contender uses it:
// compromise's plugins are global, and the floor must be compromise as its users get it, not
// compromise after essaylens taught it words.
//
//   node measure.js floor|pipeline|stages CORPUS.json WARMUPS RUNS
//
// Prints one JSON object: for each measured thing, the milliseconds of each timed pass over the
// whole corpus.
import { readFileSync } from 'node:fs';
import type { BenchDoc } from './corpus.js';
import { timeStages } from './stages.js';
import { timePasses, type Timings } from './timing.js';

async function floor(docs: readonly BenchDoc[], warmups: number, runs: number): Promise<Timings> {
  const { default: nlp } = await import('compromise');
  // What a compromise user writes for "who and where, with offsets, as JSON".
  const pass = () => {
    let size = 0;
    for (const doc of docs) {
      const view = nlp(doc.text);
      size += JSON.stringify({
        people: view.people().json({ offset: true }),
        places: view.places().json({ offset: true }),
        organizations: view.organizations().json({ offset: true }),
      }).length;
    }
    return size;
  };
  return { floor: timePasses(pass, warmups, runs) };
}

async function pipeline(docs: readonly BenchDoc[], warmups: number, runs: number): Promise<Timings> {
  const { createAnalyzer } = await import('@essaylens/pipeline');
  const analyze = createAnalyzer();
  const pass = () => {
    let size = 0;
    for (const doc of docs) size += analyze(doc.text, { id: doc.id }).tokens.length;
    return size;
  };
  return { pipeline: timePasses(pass, warmups, runs) };
}

const [mode, corpusFile, warmups = '1', runs = '3'] = process.argv.slice(2);
const docs = JSON.parse(readFileSync(corpusFile!, 'utf8')) as BenchDoc[];
const measure = { floor, pipeline, stages: timeStages }[mode as 'floor' | 'pipeline' | 'stages'];
if (!measure) throw new Error(`Expected a mode floor, pipeline or stages, got ${JSON.stringify(mode)}`);
process.stdout.write(`${JSON.stringify(await measure(docs, Number(warmups), Number(runs)))}\n`);
