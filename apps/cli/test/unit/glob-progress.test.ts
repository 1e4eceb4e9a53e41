import { describe, expect, it } from 'vitest';
import { compileGlob, isGlob } from '../../src/inputs/glob.js';
import { progressLine } from '../../src/progress.js';

function matches(pattern: string, name: string): boolean {
  const { segments } = compileGlob(pattern);
  const last = segments[segments.length - 1];
  return last instanceof RegExp && last.test(name);
}

describe('globs', () => {
  it.each([
    ['essays/*.txt', { base: 'essays', count: 1 }],
    ['essays/**/*.md', { base: 'essays', count: 2 }],
    ['*.txt', { base: '.', count: 1 }],
    ['/data/in/[ab]*/x?.txt', { base: '/data/in', count: 2 }],
  ])('splits %s into its fixed folder and the segments to match', (pattern, { base, count }) => {
    const compiled = compileGlob(pattern);
    expect(compiled.base).toBe(base);
    expect(compiled.segments).toHaveLength(count);
  });

  it.each([
    ['*.txt', 'essay.txt', true],
    ['*.txt', '.hidden.txt', false],
    ['.*.txt', '.hidden.txt', true],
    ['essay-?.md', 'essay-1.md', true],
    ['essay-?.md', 'essay-10.md', false],
    ['[ab]*', 'beta', true],
    ['[!ab]*', 'beta', false],
    ['a+b(c).txt', 'a+b(c).txt', true],
    ['*.txt', 'x.txt.bak', false],
  ])('%s matches %s: %s', (pattern, name, expected) => {
    expect(matches(pattern, name)).toBe(expected);
  });

  it.each([['a.txt', false], ['*.txt', true], ['x?', true], ['[ab]', true], ['dir/file', false]])('isGlob(%s) is %s', (input, expected) => {
    expect(isGlob(input)).toBe(expected);
  });
});

describe('progressLine', () => {
  it('shows a bar, documents, words per second and time left when the total is known', () => {
    expect(progressLine({ docs: 3, words: 3000, bytesDone: 50, bytesTotal: 100, elapsedMs: 2000 }, 20)).toBe('[#####     ] 50%  3 docs  1,500 words/s  0:02 left');
  });

  it('shows counts and rate only when the total is unknown (standard input)', () => {
    expect(progressLine({ docs: 1200, words: 90_000, bytesDone: 10, bytesTotal: undefined, elapsedMs: 60_000 })).toBe('1,200 docs  1,500 words/s');
  });

  it('writes hours once the time left passes one', () => {
    expect(progressLine({ docs: 1, words: 10, bytesDone: 1, bytesTotal: 10_000, elapsedMs: 1000 })).toMatch(/2:46:39 left$/);
  });
});
