import { main } from './main.js';
import { UsageError } from './usage.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`essaylens: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
