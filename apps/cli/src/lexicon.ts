import { readFile, stat } from 'node:fs/promises';
import { describeValue, LexiconError } from '@essaylens/doc';
import { createAnalyzer } from '@essaylens/pipeline';
import { decodeText, DecodeError } from './inputs/decode.js';
import { describeFsError } from './inputs/problems.js';

/** The largest lexicon file read; a bigger one is almost surely the wrong file. */
export const MAX_LEXICON_BYTES = 16 * 1024 * 1024;

/** A `--lexicon` file that cannot be used; the message names the file and, when known, the field. */
export class LexiconFileError extends Error {
  override name = 'LexiconFileError';
}

function where(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/**
 * Reads and checks a user lexicon: the file must exist, be at most 16 MB of UTF-8 JSON holding
 * an object, and every section must satisfy the entities and hedges stages (which throw
 * `LexiconError` naming the field, e.g. `entities[2].type`). Any failure becomes one message
 * naming the file, never a stack trace.
 *
 * @param file - the path given to `--lexicon`.
 * @returns the parsed lexicon, ready for `createAnalyzer({ lexicon })`.
 * @throws LexiconFileError
 */
export async function loadLexicon(file: string): Promise<unknown> {
  const fail = (problem: string): never => {
    throw new LexiconFileError(`--lexicon ${file}: ${problem}`);
  };
  let text = '';
  try {
    const info = await stat(file);
    if (info.isDirectory()) fail('is a folder, expected a JSON file');
    if (info.size > MAX_LEXICON_BYTES) fail(`is ${(info.size / 1048576).toFixed(1)} MB; a lexicon may be at most ${MAX_LEXICON_BYTES / 1048576} MB`);
    text = decodeText(await readFile(file));
  } catch (error) {
    if (error instanceof LexiconFileError) throw error;
    fail(error instanceof DecodeError ? error.message : describeFsError(error));
  }
  let lexicon: unknown;
  try {
    lexicon = JSON.parse(text);
  } catch (error) {
    fail(`not valid JSON: ${where(text, (error as Error).message)}`);
  }
  if (lexicon === null || typeof lexicon !== 'object' || Array.isArray(lexicon)) {
    fail(`expected a JSON object with \`entities\` and/or \`cues\` sections, got ${describeValue(lexicon)}`);
  }
  try {
    createAnalyzer({ lexicon });
  } catch (error) {
    if (error instanceof LexiconError) fail(error.message);
    fail(`cannot be used: ${(error as Error).message}`);
  }
  return lexicon;
}
