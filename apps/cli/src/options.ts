import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { UsageError } from './usage.js';

/** Output file formats. */
export type Format = 'csv' | 'json' | 'jsonl';

/** The command line, checked. */
export interface Options {
  command: 'analyze' | 'help' | 'version';
  inputs: string[];
  inputFormat: 'text' | 'jsonl';
  /** An output folder, or `-` for standard output. */
  out: string;
  format: Format;
  /** Table names to write, in the order the pipeline lists them; undefined for all. */
  tables: string[] | undefined;
  bom: boolean;
  jobs: number;
  quiet: boolean;
  lexicon: string | undefined;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

/**
 * Reads the arguments after `essaylens` into `Options`, or throws `UsageError` saying what was
 * expected and what came.
 *
 * @param argv - the arguments, without `node` and the script.
 * @param tableNames - every table the pipeline can write, to check `--tables` against.
 */
export function parseOptions(argv: readonly string[], tableNames: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o', default: 'reports' },
        tables: { type: 'string', short: 't' },
        format: { type: 'string', short: 'f', default: 'csv' },
        'input-format': { type: 'string', default: 'text' },
        bom: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q', default: false },
        lexicon: { type: 'string', short: 'l' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const base = {
    inputs: [] as string[], inputFormat: 'text' as const, out: values.out, format: 'csv' as const, tables: undefined,
    bom: values.bom, jobs: 1, quiet: values.quiet, lexicon: values.lexicon,
  };
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };

  const [command, ...inputs] = positionals;
  if (command === 'help') return { ...base, command: 'help' };
  if (command !== 'analyze') throw new UsageError(command ? `unknown command ${JSON.stringify(command)}; expected \`analyze\`` : 'no command given; expected `analyze`');
  if (inputs.length === 0) throw new UsageError('analyze needs at least one input: a file, a folder, a glob or - for standard input');
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('standard input (-) can be read only once');

  const format = oneOf('--format', values.format, ['csv', 'json', 'jsonl'] as const);
  const inputFormat = oneOf('--input-format', values['input-format'], ['text', 'jsonl'] as const);
  if (values.out === '') throw new UsageError('--out: expected a folder or -, got an empty string');

  let tables: string[] | undefined;
  if (values.tables !== undefined) {
    const wanted = values.tables.split(',').map((name) => name.trim()).filter((name) => name !== '');
    const unknown = wanted.filter((name) => !tableNames.includes(name));
    if (wanted.length === 0 || unknown.length > 0) {
      throw new UsageError(`--tables: expected table names from ${tableNames.join(', ')}, got ${JSON.stringify(values.tables)}`);
    }
    tables = tableNames.filter((name) => wanted.includes(name));
  }
  if (values.out === '-' && format !== 'jsonl' && tables?.length !== 1) {
    throw new UsageError('--out - writes one table to standard output: choose it with --tables NAME (or use --format jsonl for whole documents)');
  }

  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d{0,2}$/.test(values.jobs)) throw new UsageError(`--jobs: expected a whole number from 1 to 999, got ${JSON.stringify(values.jobs)}`);
    jobs = Number(values.jobs);
  }
  return { ...base, command: 'analyze', inputs, inputFormat, format, tables, jobs };
}
