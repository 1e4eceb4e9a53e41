import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import type { Row } from '@essaylens/doc';
import { rowsToCsv } from '@essaylens/report';
import type { Format } from '../options.js';
import { spoolFile, type Target } from './targets.js';

/** Appends one table's rows, document by document, to a target in one format. */
export interface TableWriter {
  /** Appends a rendered chunk (CSV records without header, or JSON lines). */
  add(chunk: string): Promise<void>;
  /** Writes what closes the format and seals the target. */
  finish(): Promise<void>;
  /** Makes the sealed output visible (the rename), once every writer has finished. */
  publish(): Promise<void>;
  /** Throws the output away. */
  abort(): Promise<void>;
}

interface WriterOptions {
  format: Format;
  columns: readonly string[];
  bom: boolean;
  /** The summary table in CSV: spooled, so metadata columns can join the header at the end. */
  spool?: { dir: string; name: string; extraColumns: () => readonly string[] };
}

function jsonArrayWriter(target: Target): TableWriter {
  let first = true;
  let started = false;
  return {
    async add(chunk) {
      if (!started) {
        await target.channel.write('[');
        started = true;
      }
      let text = '';
      for (const line of chunk.split('\n')) {
        if (line === '') continue;
        text += `${first ? '\n' : ',\n'}${line}`;
        first = false;
      }
      await target.channel.write(text);
    },
    async finish() {
      await target.channel.write(`${started ? '' : '['}${first ? ']\n' : '\n]\n'}`);
      await target.seal();
    },
    publish: () => target.publish(),
    abort: () => target.abort(),
  };
}

function plainWriter(target: Target, head: string): TableWriter {
  let started = false;
  const start = async () => {
    if (!started) await target.channel.write(head);
    started = true;
  };
  return {
    async add(chunk) {
      await start();
      await target.channel.write(chunk);
    },
    async finish() {
      await start();
      await target.seal();
    },
    publish: () => target.publish(),
    abort: () => target.abort(),
  };
}

/**
 * The summary table in CSV: its rows are spooled as JSON lines to a scratch file, and on
 * `finish` the header (the table's columns plus every metadata column seen) and the rows are
 * streamed to the target. Memory stays flat; only the column names are kept.
 */
async function spooledCsvWriter(target: Target, options: WriterOptions & { spool: NonNullable<WriterOptions['spool']> }): Promise<TableWriter> {
  const spool = await spoolFile(options.spool.dir === '-' ? tmpdir() : options.spool.dir, options.spool.name);
  return {
    add: (chunk) => spool.channel.write(chunk),
    async finish() {
      await spool.close();
      const columns = [...options.columns, ...options.spool.extraColumns()];
      await target.channel.write(rowsToCsv(columns, [], { bom: options.bom }));
      const lines = createInterface({ input: spool.read(), crlfDelay: Infinity });
      for await (const line of lines) {
        if (line !== '') await target.channel.write(rowsToCsv(columns, [JSON.parse(line) as Row], { header: false }));
      }
      await spool.remove();
      await target.seal();
    },
    publish: () => target.publish(),
    async abort() {
      await spool.remove();
      await target.abort();
    },
  };
}

/**
 * A writer for one table in the chosen format: CSV with one header (and a byte-order mark when
 * asked), a JSON array, or JSON Lines.
 */
export async function tableWriter(target: Target, options: WriterOptions): Promise<TableWriter> {
  if (options.format === 'json') return jsonArrayWriter(target);
  if (options.format === 'jsonl') return plainWriter(target, '');
  if (options.spool) return spooledCsvWriter(target, { ...options, spool: options.spool });
  return plainWriter(target, rowsToCsv(options.columns, [], { bom: options.bom }));
}
