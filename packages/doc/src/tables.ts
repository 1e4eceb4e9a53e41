import type { Doc } from './types.js';

/** A report cell: strings, numbers and booleans; `null` is an empty cell. */
export type Cell = string | number | boolean | null;

/** A report row keyed by column name. */
export type Row = Record<string, Cell>;

/**
 * A report table: its file name, its columns in order, and how a Doc becomes rows. Stage
 * packages export one per layer; the report package renders any of them.
 */
export interface TableSpec {
  /** File name without extension (`hedges` → `hedges.csv`). */
  name: string;
  /** Column names in output order; the contract's required columns come first. */
  columns: readonly string[];
  /** The rows this Doc contributes (every row carries `doc_id`). */
  rows(doc: Doc): Row[];
}
