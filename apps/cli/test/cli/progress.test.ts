import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, run, tempDir, expectOk } from '../helpers.js';

// `script` gives the command a real terminal, which is the only place the bar may appear.
const hasScript = existsSync('/usr/bin/script');

function inTerminal(args: string[]): string {
  const out = tempDir();
  const command = [process.execPath, BIN, ...args, '--out', path.join(out, 'r'), '>/dev/null'].map((a) => (a === '>/dev/null' ? a : `'${a}'`)).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
  expectOk(result);
  return result.stdout;
}

describe('progress', () => {
  it.skipIf(!hasScript)('draws a bar with documents, words per second and 100% on a terminal', () => {
    const screen = inTerminal(['analyze', 'fixtures/essays/seed-essay.txt', '--jobs', '1']);
    expect(screen).toMatch(/\[#{10}\] 100% {2}1 docs {2}[\d,]+ words\/s/);
  });

  it.skipIf(!hasScript)('stays silent on a terminal with --quiet', () => {
    expect(inTerminal(['analyze', 'fixtures/essays/seed-essay.txt', '--jobs', '1', '--quiet'])).toBe('');
  });

  it('writes nothing to standard error when it is not a terminal', () => {
    const result = run(['analyze', 'fixtures/essays/seed-essay.txt', '--out', path.join(tempDir(), 'r'), '--jobs', '1']);
    expectOk(result);
    expect(result.stderr).toBe('');
  });
});
