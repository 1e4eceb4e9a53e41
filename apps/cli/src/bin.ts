import { main } from './main.js';
import { removeTemps } from './outputs/temp-files.js';

// However the process ends, no temporary report file stays behind; the previous reports,
// renamed into place only at the very end of a run, are never touched by an interrupted one.
process.on('exit', removeTemps);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    removeTemps();
    process.stderr.write(`\nessaylens: interrupted (${signal}); no reports were written and earlier ones are untouched\n`);
    process.exit(code);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    removeTemps();
    process.stderr.write(`essaylens: internal error, please report it: ${(error as Error)?.message ?? String(error)}\n`);
    if (process.env.ESSAYLENS_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    process.exitCode = 1;
  },
);
