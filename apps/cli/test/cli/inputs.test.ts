import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESSAYS, readCsvObjects, run, tempDir, expectOk } from '../helpers.js';

function corpus(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'in/b/deeper'), { recursive: true });
  writeFileSync(path.join(dir, 'in/zeta.txt'), ESSAYS[0]!);
  writeFileSync(path.join(dir, 'in/alpha.md'), ESSAYS[1]!);
  writeFileSync(path.join(dir, 'in/b/beta.txt'), ESSAYS[2]!);
  writeFileSync(path.join(dir, 'in/b/deeper/gamma.TXT'), ESSAYS[3]!);
  writeFileSync(path.join(dir, 'in/b/notes.csv'), 'not,an,essay\n');
  writeFileSync(path.join(dir, 'in/b/image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  return dir;
}

function docIds(out: string): string[] {
  return [...new Set(readCsvObjects(path.join(out, 'sentences.csv')).map((row) => row.doc_id!))];
}

describe('inputs', () => {
  it('walks a folder recursively, keeping .txt and .md files in name order', () => {
    const dir = corpus();
    const result = run(['analyze', 'in', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(result.stderr).toBe('');
    expectOk(result);
    expect(docIds(path.join(dir, 'out'))).toEqual(['alpha', 'beta', 'gamma', 'zeta']);
  });

  it('expands globs, including ** for any depth, and takes a named file whatever its extension', () => {
    const dir = corpus();
    expectOk(run(['analyze', 'in/**/*.txt', '--out', 'g1', '--jobs', '1'], { cwd: dir }));
    expect(docIds(path.join(dir, 'g1'))).toEqual(['beta', 'zeta']);
    expect(run(['analyze', 'in/b/*', '--out', 'g2', '--jobs', '1'], { cwd: dir }).status).toBe(1); // image.png is binary
    // A folder that a glob matches is walked like any folder argument.
    expect(docIds(path.join(dir, 'g2'))).toEqual(['beta', 'gamma', 'notes']);
  });

  it('reports a glob that matches nothing as a failed input', () => {
    const dir = corpus();
    const result = run(['analyze', 'in/*.docx', 'in/zeta.txt', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('essaylens: in/*.docx: no file matches this pattern\n');
    expect(docIds(path.join(dir, 'out'))).toEqual(['zeta']);
  });

  it('reads standard input as one document with doc_id stdin, offsets into the text as sent', () => {
    const dir = tempDir();
    const text = 'Rates may rise.\r\nOr not.';
    const result = run(['analyze', '-', '--out', 'out', '--jobs', '1'], { cwd: dir, input: text });
    expect(result.stderr).toBe('');
    expectOk(result);
    const rows = readCsvObjects(path.join(dir, 'out/sentences.csv'));
    expect(rows.map((row) => [row.doc_id, text.slice(Number(row.start), Number(row.end)), row.text])).toEqual([
      ['stdin', 'Rates may rise.', 'Rates may rise.'],
      ['stdin', 'Or not.', 'Or not.'],
    ]);
  });

  it('reads JSONL from a file and from standard input, carrying metadata into summary', () => {
    const dir = tempDir();
    const lines = ESSAYS.slice(0, 3).map((text, i) => JSON.stringify({ id: `e${i}`, text, source: 'wire', year: 2020 + i, tags: ['a', i] }));
    writeFileSync(path.join(dir, 'c.jsonl'), `${lines.join('\n')}\n`);
    const fromFile = run(['analyze', 'c.jsonl', '--input-format', 'jsonl', '--out', 'f', '--jobs', '1'], { cwd: dir });
    const fromStdin = run(['analyze', '-', '--input-format', 'jsonl', '--out', 's', '--jobs', '1'], { cwd: dir, input: lines.join('\r\n') });
    expect([fromFile.status, fromStdin.status]).toEqual([0, 0]);
    for (const out of ['f', 's']) {
      expect(docIds(path.join(dir, out))).toEqual(['e0', 'e1', 'e2']);
      const summary = readCsvObjects(path.join(dir, out, 'summary.csv'));
      // Metadata columns follow the summary table's own columns, in the records' key order.
      expect(Object.keys(summary[0] ?? {}).slice(0, 8)).toEqual(['doc_id', 'words', 'sentences', 'hedges', 'boosters', 'hedges_per_1000_words', 'boosters_per_1000_words', 'mean_certainty']);
      expect(Object.keys(summary[0] ?? {}).slice(-3)).toEqual(['source', 'year', 'tags']);
      expect(summary.map((row) => [row.doc_id, row.source, row.year, row.tags])).toEqual([
        ['e0', 'wire', '2020', '["a",0]'], ['e1', 'wire', '2021', '["a",1]'], ['e2', 'wire', '2022', '["a",2]'],
      ]);
    }
  });

  it('turns a bad JSONL line into an error row naming file and line, and goes on', () => {
    const dir = tempDir();
    const body = [
      JSON.stringify({ id: 'ok1', text: ESSAYS[0] }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'notext' }),
      JSON.stringify([1, 2]),
      '',
      JSON.stringify({ id: 7, text: ESSAYS[1] }),
    ].join('\n');
    writeFileSync(path.join(dir, 'c.jsonl'), body);
    const result = run(['analyze', 'c.jsonl', '--input-format', 'jsonl', '--out', 'out', '--jobs', '1'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(docIds(path.join(dir, 'out'))).toEqual(['ok1', '7']);
    const errors = readCsvObjects(path.join(dir, 'out/errors.csv'));
    expect(errors.map((row) => row.input)).toEqual(['c.jsonl:2', 'c.jsonl:3', 'c.jsonl:4']);
    expect(errors[1]!.problem).toBe('field `text`: expected a string, got nothing');
    expect(errors[2]!.problem).toBe('expected a JSON object with "id" and "text", got an array');
    expect(result.stderr.trim().split('\n')).toHaveLength(3);
  });

  it('unions metadata columns across records, leaves missing ones empty, and renames a clash with meta_', () => {
    const dir = tempDir();
    const lines = [
      JSON.stringify({ id: 'a', text: ESSAYS[0], source: 'wire' }),
      JSON.stringify({ id: 'b', text: ESSAYS[1], words: 'clash', lang: 'en' }),
    ];
    writeFileSync(path.join(dir, 'c.jsonl'), lines.join('\n'));
    expectOk(run(['analyze', 'c.jsonl', '--input-format', 'jsonl', '--out', 'out', '--jobs', '1'], { cwd: dir }));
    const summary = readCsvObjects(path.join(dir, 'out/summary.csv'));
    expect(Object.keys(summary[0]!).slice(-3)).toEqual(['source', 'meta_words', 'lang']);
    expect(summary.map((row) => [row.doc_id, row.source, row.meta_words, row.lang])).toEqual([['a', 'wire', '', ''], ['b', '', 'clash', 'en']]);
    expect(summary[1]!.words).toMatch(/^\d+$/);
  });
});
