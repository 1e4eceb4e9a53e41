import { createAnalyzer, tables as allTables } from '@essaylens/pipeline';
import { exposeCollection, heapGuard } from './heap.js';
import { discoverSources } from './inputs/discover.js';
import { readItems, type Item } from './inputs/items.js';
import { describeFsError } from './inputs/problems.js';
import { loadLexicon, LexiconFileError } from './lexicon.js';
import type { Options } from './options.js';
import { openSink, type Sink } from './outputs/sink.js';
import { inlineProcessor, workerProcessor, type Outcome, type Processor } from './process.js';
import { createProgress } from './progress.js';
import { createRenderer, type RenderConfig } from './render.js';

const TEXT_EXTENSIONS = ['.txt', '.md'];
const JSONL_EXTENSIONS = ['.jsonl'];

function say(line: string): void {
  process.stderr.write(`essaylens: ${line}\n`);
}

/**
 * `essaylens analyze`: reads every input, analyses the documents (on worker threads when
 * `jobs` > 1), and streams each document's rows to the outputs in input order.
 *
 * @returns the exit code: 0 when every input was analysed, 1 when an input failed or the
 *   reports could not be written, 2 for an unusable `--lexicon`.
 */
export async function runAnalyze(options: Options): Promise<number> {
  let lexicon: unknown;
  if (options.lexicon !== undefined) {
    try {
      lexicon = await loadLexicon(options.lexicon);
    } catch (error) {
      if (!(error instanceof LexiconFileError)) throw error;
      say(error.message);
      return 2;
    }
  }
  const tableNames = options.tables ?? allTables.map((table) => table.name);
  const tables = allTables.filter((table) => tableNames.includes(table.name));
  const mode = options.out === '-' && options.format === 'jsonl' && tables.length !== 1 ? 'docs' : 'tables';
  const render: RenderConfig = { format: options.format, tables: tableNames, mode };

  const sources = await discoverSources(options.inputs, options.inputFormat === 'jsonl' ? JSONL_EXTENSIONS : TEXT_EXTENSIONS);
  let sink: Sink;
  try {
    sink = await openSink({ out: options.out, format: options.format, bom: options.bom, tables, mode });
  } catch (error) {
    say(`cannot write reports to ${options.out}: ${describeFsError(error)}`);
    return 1;
  }

  const bytesTotal = sources.every((source) => source.kind !== 'stdin') && options.inputFormat === 'text'
    ? sources.reduce((sum, source) => sum + (source.kind === 'file' ? source.size : 0), 0)
    : undefined;
  const progress = createProgress(Boolean(process.stderr.isTTY) && !options.quiet, bytesTotal);
  // In text mode each input (a file or stdin) is one document, so their count caps the useful
  // workers: a lone essay is analysed in this thread, where the pipeline is already loaded,
  // instead of paying a worker's second load of compromise (the cold start of
  // `essaylens analyze essay.txt`).
  const documents = options.inputFormat === 'text' ? sources.length : Infinity;
  exposeCollection();
  const guard = heapGuard();
  const processor: Processor = Math.min(options.jobs, documents) > 1
    ? workerProcessor(options.jobs, { lexicon, render })
    : inlineProcessor(createAnalyzer({ lexicon }), createRenderer(allTables, render));

  let failures = 0;
  // Documents in flight, oldest first. Results are written strictly in this order, which is
  // what makes `--jobs N` byte-identical to `--jobs 1`; the bound keeps memory flat. The
  // writer runs beside the reader, so each result goes out as soon as the ones before it have,
  // even while the reader waits for more input (a filter fed slowly through a pipe).
  const window: Array<{ item: Item; outcome: Promise<Outcome> | undefined }> = [];
  const limit = options.jobs * 2 + 1;
  let readerDone = false;
  let wakeWriter: (() => void) | undefined;
  let wakeReader: (() => void) | undefined;
  const signal = (wake: (() => void) | undefined) => wake?.();

  const writeOne = async () => {
    const { item, outcome } = window[0]!;
    const result = outcome ? await outcome : undefined;
    window.shift();
    signal(wakeReader);
    if (item.kind === 'error' || (result && !result.ok)) {
      const problem = item.kind === 'error' ? item.problem : (result as { problem: string }).problem;
      const id = item.kind === 'error' ? item.id : item.job.id;
      failures++;
      progress.clear();
      say(`${item.input}: ${problem}`);
      await sink.addError(item.input, problem, id);
      progress.tick(0, item.bytes);
      return;
    }
    if (result?.ok) {
      await sink.add(result.rendered);
      progress.tick(result.rendered.words, item.bytes);
    }
    guard();
  };
  const writer = (async () => {
    for (;;) {
      if (window.length > 0) await writeOne();
      else if (readerDone) return;
      else await new Promise<void>((resolve) => (wakeWriter = resolve));
    }
  })();
  let writeFailure: unknown;
  writer.catch((error: unknown) => {
    writeFailure = error;
    signal(wakeReader);
    // The reader may be waiting on a pipe that never ends (a filter's input): stop it too.
    process.stdin.destroy();
  });

  try {
    for await (const item of readItems(sources, options.inputFormat)) {
      while (window.length >= limit && writeFailure === undefined) await new Promise<void>((resolve) => (wakeReader = resolve));
      if (writeFailure !== undefined) break;
      window.push({ item, outcome: item.kind === 'job' ? processor.run(item.job) : undefined });
      signal(wakeWriter);
    }
    readerDone = true;
    signal(wakeWriter);
    await writer;
    await sink.finish();
  } catch (error) {
    progress.clear();
    await sink.abort();
    const target = options.out === '-' ? 'standard output' : options.out;
    say(`cannot write reports to ${target}: ${describeFsError(error)}; nothing was written`);
    return 1;
  } finally {
    await processor.close();
  }
  progress.done();
  return failures > 0 ? 1 : 0;
}
