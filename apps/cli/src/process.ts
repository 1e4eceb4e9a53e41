import { Worker } from 'node:worker_threads';
import type { Doc } from '@essaylens/doc';
import type { Analyzer } from '@essaylens/pipeline';
import type { Rendered } from './render.js';

/** One document to analyse. */
export interface Job {
  id: string;
  text: string;
  meta: Record<string, unknown>;
}

/** A document's result: its rendered rows, or why it failed. */
export type Outcome = { ok: true; rendered: Rendered } | { ok: false; problem: string };

/** Runs documents; results may come back in any order, the caller puts them in input order. */
export interface Processor {
  run(job: Job): Promise<Outcome>;
  close(): Promise<void>;
}

/** Analyses and renders one document; an exception in a stage becomes a failed outcome. */
export function processJob(analyze: Analyzer, render: (doc: Doc) => Rendered, job: Job): Outcome {
  try {
    return { ok: true, rendered: render(analyze(job.text, { id: job.id, meta: job.meta })) };
  } catch (error) {
    return { ok: false, problem: `analysis failed: ${(error as Error)?.message ?? String(error)}` };
  }
}

/** `--jobs 1`: everything in this thread, yielding between documents so Ctrl-C is heard. */
export function inlineProcessor(analyze: Analyzer, render: (doc: Doc) => Rendered): Processor {
  return {
    run: (job) => new Promise((resolve) => setImmediate(() => resolve(processJob(analyze, render, job)))),
    close: async () => {},
  };
}

interface Slot {
  worker: Worker;
  current: { job: Job; resolve: (outcome: Outcome) => void } | undefined;
}

/**
 * `--jobs N`: up to N worker threads, started as work arrives, each analysing one document at
 * a time. A worker that crashes fails only the document it held and is replaced.
 *
 * @param size - the most workers to run.
 * @param workerData - what every worker needs to build its analyzer and renderer.
 */
export function workerProcessor(size: number, workerData: unknown): Processor {
  const slots: Slot[] = [];
  const queue: Array<{ job: Job; resolve: (outcome: Outcome) => void }> = [];
  const url = new URL('./worker.js', import.meta.url);

  const fail = (slot: Slot, problem: string) => {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    slot.current?.resolve({ ok: false, problem });
    slot.current = undefined;
    void slot.worker.terminate();
    dispatch();
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(url, { workerData }), current: undefined };
    slot.worker.on('message', (outcome: Outcome) => {
      const done = slot.current;
      slot.current = undefined;
      done?.resolve(outcome);
      dispatch();
    });
    slot.worker.on('error', (error) => fail(slot, `analysis crashed: ${error.message}`));
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) fail(slot, `analysis crashed: the worker stopped with code ${code}`);
    });
    slots.push(slot);
    return slot;
  };
  function dispatch(): void {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.current === undefined) ?? (slots.length < size ? spawn() : undefined);
      if (!slot) return;
      const next = queue.shift()!;
      slot.current = next;
      slot.worker.postMessage(next.job);
    }
  }
  return {
    run: (job) =>
      new Promise((resolve) => {
        queue.push({ job, resolve });
        dispatch();
      }),
    async close() {
      const all = slots.splice(0);
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}
