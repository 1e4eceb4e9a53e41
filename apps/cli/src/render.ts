import type { Cell, Doc, Row, TableSpec } from '@essaylens/doc';
import { rowsToCsv, rowsToJsonLines } from '@essaylens/report';
import type { Format } from './options.js';

/** How documents become output text: which tables, which format, and tables or whole documents. */
export interface RenderConfig {
  format: Format;
  /** The names of the tables to write, in pipeline order. */
  tables: readonly string[];
  /** `tables`: one chunk per table; `docs`: one JSON line per document holding its tables. */
  mode: 'tables' | 'docs';
}

/** One document rendered: a text chunk per table (or one for the whole document), ready to append. */
export interface Rendered {
  chunks: string[];
  /** Metadata column names this document adds to `summary`, in order. */
  summaryKeys: string[];
  /** Word tokens, for the progress bar. */
  words: number;
}

/** The summary table's name; it alone carries a JSONL record's metadata as extra columns. */
export const SUMMARY = 'summary';

function metaCell(value: unknown): Cell {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return JSON.stringify(value) ?? null;
}

/**
 * The metadata column names for a Doc: each key of `doc.meta`, renamed `meta_<key>` when it
 * would clash with one of the table's own columns, so metadata never overwrites a result.
 */
export function metaColumns(doc: Doc, columns: readonly string[]): Array<[string, string]> {
  return Object.keys(doc.meta ?? {}).map((key) => [key, columns.includes(key) ? `meta_${key}` : key]);
}

function rowsOf(table: TableSpec, doc: Doc): { rows: Row[]; extra: string[] } {
  const rows = table.rows(doc);
  if (table.name !== SUMMARY) return { rows, extra: [] };
  const meta = metaColumns(doc, table.columns);
  if (meta.length === 0) return { rows, extra: [] };
  const withMeta = rows.map((row) => {
    const out: Row = { ...row };
    for (const [key, column] of meta) out[column] = metaCell(doc.meta[key]);
    return out;
  });
  return { rows: withMeta, extra: meta.map(([, column]) => column) };
}

function countWords(doc: Doc): number {
  let words = 0;
  for (const token of doc.tokens) if (token.kind === 'word') words++;
  return words;
}

/**
 * Builds the function that turns an analysed Doc into output text. The same function runs in
 * the main thread (`--jobs 1`) and in every worker, which is what makes `--jobs N` output
 * byte-identical to `--jobs 1`.
 *
 * CSV chunks have no header (the writer adds it once). The summary table in CSV is the
 * exception: its chunk is JSON lines, because its columns are known only when the last
 * document's metadata has been seen.
 */
export function createRenderer(all: readonly TableSpec[], config: RenderConfig): (doc: Doc) => Rendered {
  const chosen = config.tables.map((name) => all.find((table) => table.name === name)!);
  return (doc) => {
    const summaryKeys: string[] = [];
    const parts = chosen.map((table) => {
      const { rows, extra } = rowsOf(table, doc);
      if (table.name === SUMMARY) summaryKeys.push(...extra);
      return { table, rows, columns: [...table.columns, ...extra] };
    });
    const words = countWords(doc);
    if (config.mode === 'docs') {
      const tables: Record<string, unknown[]> = {};
      for (const { table, rows, columns } of parts) tables[table.name] = rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? null])));
      return { chunks: [`${JSON.stringify({ id: doc.id, meta: doc.meta ?? {}, tables })}\n`], summaryKeys, words };
    }
    const chunks = parts.map(({ table, rows, columns }) =>
      config.format === 'csv' && table.name !== SUMMARY ? rowsToCsv(columns, rows, { header: false }) : rowsToJsonLines(columns, rows),
    );
    return { chunks, summaryKeys, words };
  };
}
