import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const NATURAL_ROOT = /node_modules[\\/]natural[\\/]lib[\\/]natural[\\/]index\.js$/;

/**
 * Imports `specifier` in a fresh node process (as a user of the built package would) and
 * returns what the import printed and which CommonJS modules it loaded.
 */
function importInChild(specifier: string): { printed: string; loaded: string[] } {
  // writes go to a buffer during the import; anything written around it breaks the JSON below
  const script = `
    import { createRequire } from 'node:module';
    import { writeSync } from 'node:fs';
    const writes = [];
    for (const stream of [process.stdout, process.stderr]) stream.write = (chunk) => (writes.push(String(chunk)), true);
    await import(${JSON.stringify(specifier)});
    writeSync(1, JSON.stringify({ printed: writes.join(''), loaded: Object.keys(createRequire(import.meta.url).cache) }));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as { printed: string; loaded: string[] };
}

describe('importing @essaylens/tokenize (the built package)', () => {
  it('prints nothing and loads natural’s Porter stemmer by path, never natural’s package root', () => {
    const { printed, loaded } = importInChild('@essaylens/tokenize');
    expect(printed).toBe('');
    expect(loaded.some((file) => file.includes('porter_stemmer'))).toBe(true);
    expect(loaded.filter((file) => NATURAL_ROOT.test(file))).toEqual([]);
  });

  it('would notice natural’s root: importing `natural` itself does load its index', () => {
    const { loaded } = importInChild('natural');
    expect(loaded.some((file) => NATURAL_ROOT.test(file))).toBe(true);
  });
});
