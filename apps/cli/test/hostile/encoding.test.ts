import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_FILES, readCsv, readCsvObjects, run, tempDir, expectOk } from '../helpers.js';

function analyzeBytes(name: string, bytes: Buffer, extra: string[] = []) {
  const dir = tempDir();
  writeFileSync(path.join(dir, name), bytes);
  const result = run(['analyze', name, ...extra, '--out', 'out', '--jobs', '1'], { cwd: dir });
  return { dir, out: path.join(dir, 'out'), result };
}

describe('hostile input: empty and odd encodings', () => {
  it.each([['empty.txt', ''], ['blank.txt', '   \n\t\r\n  \u00a0 \u3000\n']])('%s gives zero rows in every table and no error', (name, text) => {
    const { out, result } = analyzeBytes(name, Buffer.from(text, 'utf8'));
    expect(result.stderr).toBe('');
    expectOk(result);
    for (const file of TABLE_FILES) {
      const rows = readCsv(path.join(out, file));
      expect(rows.length, file).toBeGreaterThanOrEqual(1); // the header is always there
      if (file === 'summary.csv') {
        // Exactly one summary row, for the document, with zero words and sentences.
        const summary = readCsvObjects(path.join(out, file));
        expect(summary).toHaveLength(1);
        expect([summary[0]!.doc_id, summary[0]!.words, summary[0]!.sentences]).toEqual([path.basename(name, '.txt'), '0', '0']);
      } else expect(rows.slice(1), file).toEqual([]);
    }
  });

  it.each([
    ['a NUL byte', Buffer.from('Hello\u0000world', 'latin1'), 'binary file: a NUL byte at byte offset 5, not text'],
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'binary file: a NUL byte at byte offset 8, not text'],
    ['a lone continuation byte', Buffer.concat([Buffer.from('abc'), Buffer.from([0x80]), Buffer.from('def')]), 'not valid UTF-8: a bad byte sequence at byte offset 3 (0x80)'],
    ['Latin-1 text', Buffer.from('Caf\u00e9 au lait', 'latin1'), 'not valid UTF-8: a bad byte sequence at byte offset 3 (0xe9)'],
    ['an overlong encoding', Buffer.from([0x61, 0xc0, 0xaf]), 'not valid UTF-8: a bad byte sequence at byte offset 1 (0xc0)'],
    ['an encoded surrogate', Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]), 'not valid UTF-8: a bad byte sequence at byte offset 2 (0xed)'],
    ['a sequence cut at the end', Buffer.concat([Buffer.from('\u00e9t\u00e9 '), Buffer.from([0xe2, 0x82])]), 'not valid UTF-8: a bad byte sequence at byte offset 6 (0xe2)'],
    ['odd-length UTF-16', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'UTF-16 text with an odd number of bytes (5); the file is cut short or not UTF-16'],
  ])('reports %s with the file name and byte offset, and the run goes on', (_label, bytes, problem) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.txt'), bytes);
    writeFileSync(path.join(dir, 'good.txt'), 'This one is fine.');
    const result = run(['analyze', 'bad.txt', 'good.txt', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`essaylens: bad.txt: ${problem}\n`);
    expect(readCsvObjects(path.join(dir, 'out/errors.csv'))).toEqual([{ input: 'bad.txt', problem }]);
    expect(readCsvObjects(path.join(dir, 'out/sentences.csv')).map((row) => row.doc_id)).toEqual(['good']);
  });

  const text = 'Prices may rise.\r\nThey will not fall.\rSurely?\n';
  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ['UTF-8 without a BOM', Buffer.from(text, 'utf8')],
  ])('honours %s; CRLF and lone CR keep offsets into the text as read', (_label, bytes) => {
    const { out, result } = analyzeBytes('crlf.txt', bytes);
    expect(result.stderr).toBe('');
    expectOk(result);
    const sentences = readCsvObjects(path.join(out, 'sentences.csv'));
    expect(sentences.map((row) => [row.start, row.end, row.text])).toEqual([
      ['0', '16', 'Prices may rise.'],
      ['18', '37', 'They will not fall.'],
      ['38', '45', 'Surely?'],
    ]);
    for (const row of readCsvObjects(path.join(out, 'tokens.csv'))) expect(text.slice(Number(row.start), Number(row.end))).toBe(row.text);
  });

  it('reads a BOM-prefixed UTF-8 file identically to one without it', () => {
    const plain = analyzeBytes('same.txt', Buffer.from(text, 'utf8'));
    const bom = analyzeBytes('same.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    for (const file of TABLE_FILES) expect(readFileSync(path.join(bom.out, file), 'utf8'), file).toBe(readFileSync(path.join(plain.out, file), 'utf8'));
  });
});
