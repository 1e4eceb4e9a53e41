import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// An ESM loader hook that reports any `import` of compromise-dates on stderr.
const HOOK = `data:text/javascript,export async function resolve(s, c, next) { if (s.includes('compromise-dates')) process.stderr.write('ESM-LOADED'); return next(s, c); }`;

// Runs in a fresh Node process, on the built packages, so nothing another test loaded counts;
// catches both an ESM import (the hook) and a CommonJS require (require.cache).
function loadedAfter(body: string): boolean {
  const script = `
    import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url);
    ${body}
    console.log(Object.keys(require.cache).some((k) => k.includes('compromise-dates')));
  `;
  const out = spawnSync(process.execPath, ['--no-warnings', '--experimental-loader', HOOK, '--input-type=module', '-e', script], { cwd: new URL('..', import.meta.url), encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return out.stdout.trim() === 'true' || out.stderr.includes('ESM-LOADED');
}

describe('compromise-dates is loaded only by the stance stage, lazily', () => {
  it('is not loaded by importing @essaylens/entities and @essaylens/hedges', () => {
    expect(loadedAfter(`await import('@essaylens/entities'); await import('@essaylens/hedges');`)).toBe(false);
  }, 30_000);

  it('is not loaded by importing @essaylens/stance either', () => {
    expect(loadedAfter(`await import('@essaylens/stance');`)).toBe(false);
  }, 30_000);

  it('is loaded once the stance stage is built', () => {
    expect(loadedAfter(`const { stanceStage } = await import('@essaylens/stance'); stanceStage();`)).toBe(true);
  }, 30_000);
});

describe('the shared parse is the same with the stance stage built', () => {
  // compromise-dates' own words would retag 15 of the first 50 essays in fixtures/ (seed and dev)
  it('leaves compromise’s tags on every fixture essay as they were', () => {
    const script = `
      import fs from 'node:fs';
      const { tokenize } = await import('@essaylens/tokenize');
      const { parse } = await import('@essaylens/parse');
      const root = '../../fixtures/';
      const files = [root + 'essays/seed-essay.txt', ...fs.readdirSync(root + 'dev').filter((f) => f.endsWith('.txt')).map((f) => root + 'dev/' + f)];
      const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
      const tags = () => JSON.stringify(texts.map((text) => parse(tokenize(text)).layers.parse.terms.map((t) => t.tags)));
      const before = tags();
      const { stanceStage } = await import('@essaylens/stance');
      stanceStage();
      console.log(before === tags());
    `;
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('..', import.meta.url), encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    expect(out.stdout.trim()).toBe('true');
    // (a limit, not a timing: it parses every fixture essay twice, 160 and more, in a child process)
  }, 120_000);
});
