import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Job } from '../process.js';
import { decodeText, DecodeError } from './decode.js';
import type { Source } from './discover.js';
import { readJsonl } from './jsonl.js';
import { describeFsError } from './problems.js';

/** One unit of the run, in input order: a document to analyse or an input that failed. */
export type Item =
  | { kind: 'job'; input: string; job: Job; bytes: number }
  | { kind: 'error'; input: string; problem: string; id?: string; bytes: number };

/** The doc_id of a file: its name without the extension. */
export function docIdOf(file: string): string {
  return path.basename(file, path.extname(file));
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function textItem(input: string, id: string, bytes: Buffer): Item {
  try {
    return { kind: 'job', input, job: { id, text: decodeText(bytes), meta: {} }, bytes: bytes.length };
  } catch (error) {
    if (error instanceof DecodeError) return { kind: 'error', input, id, problem: error.message, bytes: bytes.length };
    throw error;
  }
}

async function* jsonlItems(stream: Readable, name: string): AsyncGenerator<Item> {
  try {
    for await (const record of readJsonl(stream, name)) {
      if (record.kind === 'error') yield { kind: 'error', input: record.input, problem: record.problem, bytes: 0 };
      else yield { kind: 'job', input: record.input, job: { id: record.id, text: record.text, meta: record.meta }, bytes: Buffer.byteLength(record.text) };
    }
  } catch (error) {
    yield { kind: 'error', input: name, problem: describeFsError(error), bytes: 0 };
  }
}

/**
 * Reads the sources one at a time and yields their documents: a whole file (or standard input)
 * as one document, or each line of a JSONL input as one. Nothing is read ahead beyond what the
 * caller pulls, so memory holds only the documents in flight.
 */
export async function* readItems(sources: readonly Source[], format: 'text' | 'jsonl'): AsyncGenerator<Item> {
  for (const source of sources) {
    if (source.kind === 'error') {
      yield { kind: 'error', input: source.input, problem: source.problem, bytes: 0 };
    } else if (format === 'jsonl') {
      yield* source.kind === 'stdin' ? jsonlItems(process.stdin, 'stdin') : jsonlItems(createReadStream(source.path), source.path);
    } else if (source.kind === 'stdin') {
      yield textItem('stdin', 'stdin', await readAll(process.stdin));
    } else {
      let bytes: Buffer;
      try {
        bytes = await readFile(source.path);
      } catch (error) {
        yield { kind: 'error', input: source.path, id: docIdOf(source.path), problem: describeFsError(error), bytes: source.size };
        continue;
      }
      yield textItem(source.path, docIdOf(source.path), bytes);
    }
  }
}
