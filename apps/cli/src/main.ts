import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Doc, Row } from '@essaylens/doc';
import { analyze, tables } from '@essaylens/pipeline';
import { InputError, readInput } from './read-input.js';
import { HELP, UsageError } from './usage.js';
import { writeTables } from './write-tables.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Runs the command line and resolves to the exit code: 0 when every input was analysed, 1
 * when some input failed, 2 for bad usage.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o', default: 'reports' },
        bom: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'analyze') return usage(command ? `unknown command \`${command}\`` : 'no command given');
  if (files.length === 0) return usage('analyze needs at least one input file');

  const docs: Doc[] = [];
  const errors: Row[] = [];
  for (const file of files) {
    try {
      const input = await readInput(file);
      docs.push(analyze(input.text, { id: input.id }));
    } catch (error) {
      const problem = error instanceof InputError ? error.problem : `analysis failed: ${(error as Error).message}`;
      process.stderr.write(`essaylens: ${file}: ${problem}\n`);
      errors.push({ input: file, problem });
    }
  }
  try {
    await writeTables(values.out, tables, docs, errors, { bom: values.bom });
  } catch (error) {
    process.stderr.write(`essaylens: cannot write reports to ${values.out}: ${(error as Error).message}\n`);
    return 1;
  }
  return errors.length > 0 ? 1 : 0;
}

function usage(message: string): never {
  process.stderr.write(`essaylens: ${message}\n\n${HELP}`);
  throw new UsageError(message);
}
