import type { Readable } from 'node:stream';
import { describeValue } from '@essaylens/doc';
import { firstInvalidUtf8 } from './decode.js';

/** One JSONL record, checked: its id, text and the rest of its fields as metadata. */
export interface JsonlRecord {
  kind: 'doc';
  /** Where it came from, `file:line`, for error messages. */
  input: string;
  id: string;
  text: string;
  meta: Record<string, unknown>;
}

/** A line that is not a usable record. */
export interface JsonlProblem {
  kind: 'error';
  input: string;
  problem: string;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function checkRecord(line: string, input: string): JsonlRecord | JsonlProblem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'error', input, problem: `not valid JSON (${(error as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'error', input, problem: `expected a JSON object with "id" and "text", got ${describeValue(value)}` };
  }
  const { id, text, ...meta } = value as Record<string, unknown>;
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return { kind: 'error', input, problem: `field \`id\`: expected a string or number, got ${id === undefined ? 'nothing' : describeValue(id)}` };
  }
  if (typeof text !== 'string') {
    return { kind: 'error', input, problem: `field \`text\`: expected a string, got ${text === undefined ? 'nothing' : describeValue(text)}` };
  }
  return { kind: 'doc', input, id: String(id), text, meta };
}

/**
 * Reads JSON Lines (`{"id": ..., "text": ..., ...metadata}` per line) from a stream, one record
 * at a time, so a corpus of any size flows through in constant memory. Blank lines are skipped,
 * a final line without a newline counts, a CR before the newline is dropped, and a line that is
 * not valid UTF-8 or JSON, or lacks `id` or `text`, becomes a problem naming `name:line`.
 *
 * @param stream - the bytes (a file or standard input).
 * @param name - the input's name for messages (`stdin` for standard input).
 */
export async function* readJsonl(stream: Readable, name: string): AsyncGenerator<JsonlRecord | JsonlProblem> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNumber = 0;
  let fileOffset = 0;
  const finish = (line: Buffer): JsonlRecord | JsonlProblem | undefined => {
    lineNumber++;
    const lineStart = fileOffset;
    fileOffset += line.length + 1;
    let start = 0;
    if (lineNumber === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) start = 3;
    let end = line.length;
    if (line[end - 1] === 0x0d) end--;
    const body = line.subarray(start, end);
    const input = `${name}:${lineNumber}`;
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) return { kind: 'error', input, problem: `not valid UTF-8: a bad byte sequence at byte offset ${lineStart + start + bad} of ${name}` };
    const text = decoder.decode(body);
    if (text.trim() === '') return undefined;
    return checkRecord(text, input);
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, nl);
      const line = pendingBytes > 0 ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      pendingBytes = 0;
      from = nl + 1;
      const record = finish(line);
      if (record) yield record;
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingBytes += chunk.length - from;
    }
  }
  if (pendingBytes > 0) {
    const record = finish(Buffer.concat(pending));
    if (record) yield record;
  }
}
