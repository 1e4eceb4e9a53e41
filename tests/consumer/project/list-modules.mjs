// Imports one module specifier bare and writes every file that import loaded (ES modules via a
// loader hook, CommonJS files from the require cache) as JSON to the file named by argv[3].
import { writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const [specifier, outFile, logFile] = process.argv.slice(2);
register('./record-hook.mjs', import.meta.url, { data: { logFile } });
await import(specifier);
const cjs = Object.keys(createRequire(import.meta.url).cache);
writeFileSync(outFile, JSON.stringify(cjs));
