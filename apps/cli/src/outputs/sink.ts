import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { TableSpec } from '@essaylens/doc';
import { rowsToCsv, rowsToJsonLines } from '@essaylens/report';
import type { Format } from '../options.js';
import { SUMMARY, type Rendered } from '../render.js';
import { fileTarget, stdoutTarget } from './targets.js';
import { tableWriter, type TableWriter } from './writers.js';

/** Where a run's results go, document by document, in input order. */
export interface Sink {
  /** Appends one analysed document's rendered chunks. */
  add(rendered: Rendered): Promise<void>;
  /** Records an input that failed. */
  addError(input: string, problem: string, id?: string): Promise<void>;
  /** Completes every output and makes it visible; returns the files written. */
  finish(): Promise<string[]>;
  /** Throws every unfinished output away. */
  abort(): Promise<void>;
}

/** What the sink needs to know about the run. */
export interface SinkOptions {
  out: string;
  format: Format;
  bom: boolean;
  /** The tables chosen, in pipeline order. */
  tables: readonly TableSpec[];
  mode: 'tables' | 'docs';
}

const ERROR_COLUMNS = ['input', 'problem'] as const;

/**
 * Opens the outputs of a run: one file per table plus `errors` in the output folder (each under
 * a temporary name until `finish`), or one stream on standard output (`--out -`), where failed
 * inputs are reported on standard error only (and, for whole-document JSONL, as an
 * `{"input", "error"}` line in the stream so a downstream job can count them).
 */
export async function openSink(options: SinkOptions): Promise<Sink> {
  const summaryExtra: string[] = [];
  const spoolFor = (table: TableSpec, dir: string) =>
    options.format === 'csv' && table.name === SUMMARY ? { dir, name: table.name, extraColumns: () => summaryExtra } : undefined;
  const writers: TableWriter[] = [];
  let errorWriter: TableWriter | undefined;
  let docsErrors = false;
  const written: string[] = [];
  try {
    if (options.out === '-') {
      if (options.mode === 'docs') {
        writers.push(await tableWriter(stdoutTarget(), { format: 'jsonl', columns: [], bom: false }));
        docsErrors = true;
      } else {
        const table = options.tables[0]!;
        writers.push(await tableWriter(stdoutTarget(), { format: options.format, columns: table.columns, bom: options.bom, spool: spoolFor(table, '-') }));
      }
    } else {
      await mkdir(options.out, { recursive: true });
      for (const table of options.tables) {
        const file = path.join(options.out, `${table.name}.${options.format}`);
        writers.push(await tableWriter(await fileTarget(file), { format: options.format, columns: table.columns, bom: options.bom, spool: spoolFor(table, options.out) }));
        written.push(file);
      }
      const errorsFile = path.join(options.out, `errors.${options.format}`);
      errorWriter = await tableWriter(await fileTarget(errorsFile), { format: options.format, columns: ERROR_COLUMNS, bom: options.bom });
      written.push(errorsFile);
    }
  } catch (error) {
    await Promise.all([...writers, ...(errorWriter ? [errorWriter] : [])].map((writer) => writer.abort()));
    throw error;
  }
  const all = () => [...writers, ...(errorWriter ? [errorWriter] : [])];
  return {
    async add(rendered) {
      for (const key of rendered.summaryKeys) if (!summaryExtra.includes(key)) summaryExtra.push(key);
      for (let i = 0; i < writers.length; i++) await writers[i]!.add(rendered.chunks[i] ?? '');
    },
    async addError(input, problem, id) {
      const row = { input, problem };
      if (errorWriter) {
        await errorWriter.add(options.format === 'csv' ? rowsToCsv(ERROR_COLUMNS, [row], { header: false }) : rowsToJsonLines(ERROR_COLUMNS, [row]));
      } else if (docsErrors) {
        await writers[0]!.add(`${JSON.stringify({ ...(id === undefined ? {} : { id }), input, error: problem })}\n`);
      }
    },
    async finish() {
      // Every file is complete and on disk before the first rename, so a failure while
      // finishing leaves the previous reports as they were.
      for (const writer of all()) await writer.finish();
      for (const writer of all()) await writer.publish();
      return written;
    },
    async abort() {
      await Promise.all(all().map((writer) => writer.abort()));
    },
  };
}
