import { readFileSync } from 'node:fs';
import { parseOptions, type Options } from './options.js';
import { HELP, UsageError } from './usage.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Reads the command line. `--help` and `--version` are answered without loading the pipeline
 * (compromise and the lexicons take most of a second to load); anything else is read against
 * the pipeline's table names, which also gives a bad `--tables` its message.
 */
async function readOptions(argv: readonly string[]): Promise<Options> {
  try {
    const quick = parseOptions(argv, []);
    if (quick.command !== 'analyze') return quick;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
  }
  const { tables } = await import('@essaylens/pipeline');
  return parseOptions(argv, tables.map((table) => table.name));
}

/**
 * Runs the command line and resolves to the exit code: 0 when every input was analysed, 1
 * when some input failed or the reports could not be written, 2 for bad usage (a bad option
 * or an unusable `--lexicon`).
 *
 * @param argv - the arguments after `essaylens`.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = await readOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`essaylens: ${error.message}\nRun \`essaylens --help\` for every option, with examples.\n`);
    return 2;
  }
  if (options.command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.command === 'version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const { runAnalyze } = await import('./run.js');
  return runAnalyze(options);
}
