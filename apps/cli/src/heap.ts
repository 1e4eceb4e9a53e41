import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * How far a thread's heap may grow past its last collected size before a full collection is
 * forced. V8 lets the heap of a busy thread swell for a long time before collecting, so peak
 * memory would creep up with the length of a run; with this bound it depends on the largest
 * document, not on the number of documents.
 */
const SLACK_BYTES = 32 * 1024 * 1024;

let exposed: (() => void) | undefined;

/**
 * Makes a full collection callable in this thread and in every worker started afterwards
 * (V8's `--expose-gc`, set at run time). Call once in the main thread before any worker.
 */
export function exposeCollection(): void {
  v8.setFlagsFromString('--expose-gc');
  exposed = vm.runInNewContext('gc') as () => void;
}

const used = () => v8.getHeapStatistics().used_heap_size;

/**
 * Returns a function to call after each document: it forces a full collection when the heap
 * has grown more than 32 MB since the last one. Does nothing when collection is not exposed.
 */
export function heapGuard(): () => void {
  const collect = (globalThis as { gc?: () => void }).gc ?? exposed;
  let ceiling = used() + SLACK_BYTES;
  return () => {
    if (!collect || used() < ceiling) return;
    collect();
    ceiling = used() + SLACK_BYTES;
  };
}
