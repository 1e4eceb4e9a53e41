import { stringify } from 'csv-stringify/sync';
import type { Cell, Doc, Row, TableSpec } from '@essaylens/doc';
import { neutralizeFormula } from './neutralize.js';

/** Options for CSV output. */
export interface CsvOptions {
  /** Start the file with a UTF-8 byte-order mark so Excel reads it as UTF-8. Default false. */
  bom?: boolean;
  /** Write the header row. Default true. */
  header?: boolean;
}

const BOM = '\ufeff';

function cell(value: Cell | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? neutralizeFormula(value) : value;
}

/**
 * Renders rows as RFC 4180 CSV: comma-separated, CRLF-free `\n` records, a field quoted when
 * it holds a comma, quote or line break, and formula-like strings neutralised.
 *
 * @param columns - column names in order; a row's other keys are ignored.
 * @param rows - the records.
 * @returns the CSV text (empty string when there are no rows and no header).
 */
export function rowsToCsv(columns: readonly string[], rows: readonly Row[], options: CsvOptions = {}): string {
  const records = rows.map((row) => columns.map((column) => cell(row[column])));
  const body = stringify(options.header === false ? records : [columns.map((c) => neutralizeFormula(c)), ...records], {
    record_delimiter: '\n',
    quote_record_delimiter: true,
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
  return options.bom ? BOM + body : body;
}

/**
 * Renders rows as JSON Lines: one object per row, its keys in column order, a missing cell as
 * `null`. JSON is not opened by spreadsheets, so strings are written exactly as they are.
 *
 * @param columns - column names in order; a row's other keys are ignored.
 * @param rows - the records.
 * @returns one line per row, each ending in `\n` (empty string for no rows).
 * @example
 * rowsToJsonLines(['doc_id', 'words'], [{ doc_id: 'a', words: 3 }]); // '{"doc_id":"a","words":3}\n'
 */
export function rowsToJsonLines(columns: readonly string[], rows: readonly Row[]): string {
  let out = '';
  for (const row of rows) {
    const record: Record<string, Cell> = {};
    for (const column of columns) record[column] = row[column] ?? null;
    out += `${JSON.stringify(record)}\n`;
  }
  return out;
}

/**
 * Renders a table for a set of Docs as one CSV text.
 *
 * @example
 * const csv = tableToCsv(sentencesTable, [doc]);
 */
export function tableToCsv(table: TableSpec, docs: Iterable<Doc>, options: CsvOptions = {}): string {
  const rows: Row[] = [];
  for (const doc of docs) rows.push(...table.rows(doc));
  return rowsToCsv(table.columns, rows, options);
}
