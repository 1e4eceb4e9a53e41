import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Doc, Row, TableSpec } from '@essaylens/doc';
import { rowsToCsv, type CsvOptions } from '@essaylens/report';

/**
 * Writes `contents` to `file` whole or not at all: it goes to a temporary name in the same
 * folder first and is renamed over the target only once it is complete, so a crash never
 * leaves a half-written file or clobbers the last good one.
 */
export async function writeFileAtomic(file: string, contents: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, contents);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes one CSV file per table for the given Docs into `dir`, plus `errors.csv`. */
export async function writeTables(
  dir: string,
  tables: readonly TableSpec[],
  docs: readonly Doc[],
  errors: readonly Row[],
  options: CsvOptions,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const table of tables) {
    const rows = docs.flatMap((doc) => table.rows(doc));
    const file = path.join(dir, `${table.name}.csv`);
    await writeFileAtomic(file, rowsToCsv(table.columns, rows, options));
    written.push(file);
  }
  const errorsFile = path.join(dir, 'errors.csv');
  await writeFileAtomic(errorsFile, rowsToCsv(['input', 'problem'], errors, options));
  written.push(errorsFile);
  return written;
}
