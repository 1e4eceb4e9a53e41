import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A document read from disk, decoded. */
export interface InputDoc {
  input: string;
  id: string;
  text: string;
}

/** An input that could not be read; `problem` says why in words a user can act on. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly input: string, readonly problem: string) {
    super(`${input}: ${problem}`);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The doc_id of a file: its name without the extension. */
export function docIdOf(file: string): string {
  return path.basename(file, path.extname(file));
}

/**
 * Reads and decodes one file as UTF-8, dropping a byte-order mark. Throws `InputError`
 * naming the problem for a missing or unreadable file, or bytes that are not UTF-8 text.
 */
export async function readInput(file: string): Promise<InputDoc> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? 'no such file' :
      code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
      code === 'EISDIR' ? 'is a folder, not a file' :
      `cannot be read (${code ?? (error as Error).message})`;
    throw new InputError(file, problem);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(file, `binary file (a NUL byte at offset ${nul}), not text`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(file, 'not valid UTF-8 text');
  }
  return { input: file, id: docIdOf(file), text };
}
