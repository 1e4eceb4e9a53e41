// A worker thread: builds its own analyzer (compromise and the lexicons load once per thread)
// and answers each job with the same rendering the main thread would produce.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, tables } from '@essaylens/pipeline';
import { heapGuard } from './heap.js';
import { processJob, type Job } from './process.js';
import { createRenderer, type RenderConfig } from './render.js';

const data = workerData as { lexicon: unknown; render: RenderConfig };
const analyze = createAnalyzer({ lexicon: data.lexicon });
const render = createRenderer(tables, data.render);

const guard = heapGuard();

parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage(processJob(analyze, render, job));
  guard();
});
