import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertDoc } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { describe, expect, it } from 'vitest';
import { readCsvObjects, run, tempDir, expectOk } from '../helpers.js';
// The tokenizer's URL scanner, tested directly: a whole-document run costs seconds to tokenize.
import { scanUrl } from '../../../../packages/tokenize/src/url.js';

// Time is measured by `npm run bench` (apps/cli/bench/linear.mjs: 1 MB against 4 MB, and a
// 20 MB line); these tests prove that the same inputs complete and stay well-formed.
const MB = 1 << 20;
const pathological: Array<[string, string]> = [
  ['!!!! repeated to 1 MB', '!'.repeat(MB)],
  ['U.S.U.S. repeated to 1 MB', 'U.S.'.repeat(MB / 4)],
  ['a.b.c. repeated to 1 MB', 'a.b.c.'.repeat(Math.floor(MB / 6))],
  ['?!?! repeated to 1 MB', '?!'.repeat(MB / 2)],
  ['---- repeated to 1 MB', '-'.repeat(MB)],
  ['a 1 MB word', 'x'.repeat(MB)],
  ['a 1 MB line of words with no punctuation', 'word '.repeat(MB / 5)],
  ['1 MB of quotes and brackets', '"(['.repeat(Math.floor(MB / 3))],
  ['1 MB of URL-like text', `http://${'a.'.repeat(MB / 2)}`],
];

describe('hostile input: size and pathological punctuation', () => {
  it.each(pathological)('tokenizes %s into a valid Doc whose tokens stay short enough to parse in chunks', (_label, text) => {
    const doc = tokenize(text, { id: 'big' });
    assertDoc(doc);
    expect(doc.tokens.length).toBeGreaterThan(0);
    let longestMark = 0;
    for (const t of doc.tokens) if (t.kind === 'punct' || t.kind === 'symbol') longestMark = Math.max(longestMark, t.end - t.start);
    expect(longestMark).toBeLessThanOrEqual(64);
  });

  it.each([
    ['a 200,000-character run with no punctuation', 'lorem ipsum dolor sit amet '.repeat(7408).slice(0, 200_000)],
    ['40,000 exclamation marks', '!'.repeat(40_000)],
    ['U.S. repeated to 40,000 characters', 'U.S.'.repeat(10_000)],
  ])('runs the whole command on %s and every sentence slices back', (_label, text) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.txt'), text);
    const result = run(['analyze', 'big.txt', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(result.stderr).toBe('');
    expectOk(result);
    const sentences = readCsvObjects(path.join(dir, 'out/sentences.csv'));
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(s.text!.replace(/^'/, '')).toBe(text.slice(Number(s.start), Number(s.end)));
  });

  it('tries an 8 MB run with no space as an address without exhausting the stack', () => {
    // A regular expression with a repeated group keeps one backtracking entry per repetition;
    // on 4 million of them (`U.S.U.S.…`, 8 MB) V8 throws "Maximum call stack size exceeded".
    const run8 = 'U.S.'.repeat(2 * MB);
    expect(scanUrl(run8, 0, run8.length)).toBe(-1);
    const mail = `${'a.'.repeat(4 * MB)}@example.com`;
    expect(scanUrl(mail, 0, mail.length)).toBe(-1);
  });
});
