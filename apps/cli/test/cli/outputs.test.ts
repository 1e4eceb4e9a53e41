import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESSAYS, TABLE_FILES, expectOk, listDir, readCsv, run, snapshotDir, tempDir } from '../helpers.js';

function jsonlCorpus(dir: string, count = 12): string[] {
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `d${String(i).padStart(2, '0')}`, text: `${ESSAYS[i % ESSAYS.length]} Item ${i}.`, batch: i % 3 }));
  writeFileSync(path.join(dir, 'corpus.jsonl'), `${lines.join('\n')}\n`);
  return lines;
}

describe('outputs', () => {
  it('writes every table and errors.csv into --out, each with its contract header', () => {
    const dir = tempDir();
    const result = run(['analyze', 'fixtures/essays/seed-essay.txt', '--out', path.join(dir, 'r'), '--jobs', '1']);
    expectOk(result);
    expect(listDir(path.join(dir, 'r'))).toEqual(TABLE_FILES);
    expect(readCsv(path.join(dir, 'r/sentences.csv'))[0]!.slice(0, 5)).toEqual(['doc_id', 'sentence_id', 'start', 'end', 'text']);
    expect(readCsv(path.join(dir, 'r/errors.csv'))).toEqual([['input', 'problem']]);
  });

  it('writes to ./reports by default', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), ESSAYS[0]!);
    expectOk(run(['analyze', 'a.txt', '--jobs', '1'], { cwd: dir }));
    expect(listDir(path.join(dir, 'reports'))).toEqual(TABLE_FILES);
  });

  it('writes only the tables chosen with --tables, in JSON or JSONL with --format', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'One. Two.');
    expectOk(run(['analyze', 'a.txt', '--tables', 'sentences,tokens', '--format', 'json', '--out', 'j', '--jobs', '1'], { cwd: dir }));
    expect(listDir(path.join(dir, 'j'))).toEqual(['errors.json', 'sentences.json', 'tokens.json']);
    const sentences = JSON.parse(readFileSync(path.join(dir, 'j/sentences.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(sentences.map((row) => [row.doc_id, row.start, row.end, row.text])).toEqual([['a', 0, 4, 'One.'], ['a', 5, 9, 'Two.']]);
    expect(JSON.parse(readFileSync(path.join(dir, 'j/errors.json'), 'utf8'))).toEqual([]);
    expectOk(run(['analyze', 'a.txt', '--tables', 'sentences', '--format', 'jsonl', '--out', 'l', '--jobs', '1'], { cwd: dir }));
    expect(readFileSync(path.join(dir, 'l/sentences.jsonl'), 'utf8')).toBe(
      '{"doc_id":"a","sentence_id":0,"start":0,"end":4,"text":"One.","tokens":2}\n{"doc_id":"a","sentence_id":1,"start":5,"end":9,"text":"Two.","tokens":2}\n',
    );
  });

  it('streams one table to standard output with --out -, and starts CSV with a BOM on --bom', () => {
    const result = run(['analyze', '-', '--tables', 'sentences', '--out', '-', '--bom', '--jobs', '1'], { input: 'Yes. No.' });
    expectOk(result);
    expect(result.stdout).toBe('\ufeffdoc_id,sentence_id,start,end,text,tokens\nstdin,0,0,4,Yes.,2\nstdin,1,5,8,No.,2\n');
  });

  it('streams the summary with its metadata columns, and JSON arrays, to standard output', () => {
    const summary = run(['analyze', '-', '--input-format', 'jsonl', '--tables', 'summary', '--out', '-', '--jobs', '1'], {
      input: '{"id":"a","text":"Rates may rise.","src":"x"}\n{"id":"b","text":"Surely not."}\n',
    });
    expectOk(summary);
    const [header, a, b] = summary.stdout.trim().split('\n');
    expect(header!.startsWith('doc_id,words,sentences,')).toBe(true);
    expect(header!.endsWith(',src')).toBe(true);
    expect(a!.startsWith('a,3,1,')).toBe(true);
    expect(a!.endsWith(',x')).toBe(true);
    expect(b!.endsWith(',')).toBe(true);
    const json = run(['analyze', '-', '--tables', 'sentences', '--format', 'json', '--out', '-', '--jobs', '1'], { input: 'One. Two.' });
    expect(JSON.parse(json.stdout)).toEqual([
      { doc_id: 'stdin', sentence_id: 0, start: 0, end: 4, text: 'One.', tokens: 2 },
      { doc_id: 'stdin', sentence_id: 1, start: 5, end: 9, text: 'Two.', tokens: 2 },
    ]);
  });

  it('refuses --out - with several tables in CSV (exit 2, one clear line)', () => {
    const result = run(['analyze', '-', '--out', '-'], { input: 'x' });
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('essaylens: --out - writes one table to standard output: choose it with --tables NAME (or use --format jsonl for whole documents)');
  });

  it.each([
    [['analyze'], 'analyze needs at least one input'],
    [['frobnicate', 'a.txt'], 'unknown command "frobnicate"'],
    [['analyze', 'a.txt', '--format', 'xlsx'], '--format: expected one of csv, json, jsonl, got "xlsx"'],
    [['analyze', 'a.txt', '--tables', 'hedges,nope'], '--tables: expected table names from'],
    [['analyze', 'a.txt', '--jobs', '0'], '--jobs: expected a whole number from 1 to 999, got "0"'],
    [['analyze', 'a.txt', '--colour'], "Unknown option '--colour'"],
    [['analyze', '-', '-'], 'standard input (-) can be read only once'],
  ])('exits 2 for bad usage: %j', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('lists every option in --help, each with an example', () => {
    const result = run(['--help']);
    expectOk(result);
    for (const option of ['--input-format', '--out', '--tables', '--format', '--bom', '--jobs', '--lexicon', '--quiet', '--help', '--version']) {
      expect(result.stdout).toContain(option);
      if (!['--help', '--version'].includes(option)) expect(result.stdout).toMatch(new RegExp(`essaylens analyze [^\\n]*${option}`));
    }
  });

  it('writes the same bytes with --jobs 2 as with --jobs 1, in input order', () => {
    const dir = tempDir();
    jsonlCorpus(dir, 16);
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(path.join(dir, 'good.txt'), ESSAYS[4]!);
    const args = ['analyze', 'corpus.jsonl', 'bad.txt', 'missing.txt', 'good.txt'];
    const one = run([...args, '--input-format', 'text', '--out', 'x', '--jobs', '1'], { cwd: dir });
    const jsonl1 = run(['analyze', 'corpus.jsonl', '--input-format', 'jsonl', '--out', 'one', '--jobs', '1'], { cwd: dir });
    const jsonl2 = run(['analyze', 'corpus.jsonl', '--input-format', 'jsonl', '--out', 'two', '--jobs', '2'], { cwd: dir });
    expect([jsonl1.status, jsonl2.status]).toEqual([0, 0]);
    expect(snapshotDir(path.join(dir, 'two'))).toEqual(snapshotDir(path.join(dir, 'one')));
    const ids = readCsv(path.join(dir, 'one/sentences.csv')).slice(1).map((row) => row[0]);
    expect([...new Set(ids)]).toEqual(Array.from({ length: 16 }, (_, i) => `d${String(i).padStart(2, '0')}`));
    const text2 = run([...args, '--out', 'y', '--jobs', '2'], { cwd: dir });
    expect([one.status, text2.status]).toEqual([1, 1]);
    expect(text2.stderr).toBe(one.stderr);
    expect(snapshotDir(path.join(dir, 'y'))).toEqual(snapshotDir(path.join(dir, 'x')));
  });

  it('is a pure filter with --input-format jsonl --format jsonl --out -: shards concatenated equal one run', () => {
    const dir = tempDir();
    const lines = jsonlCorpus(dir, 10);
    const whole = run(['analyze', '-', '--input-format', 'jsonl', '--format', 'jsonl', '--out', '-', '--jobs', '2'], { input: `${lines.join('\n')}\n` });
    expectOk(whole);
    expect(whole.stderr).toBe('');
    const shards = [lines.slice(0, 3), lines.slice(3, 4), lines.slice(4)].map((shard) =>
      run(['analyze', '-', '--input-format', 'jsonl', '--format', 'jsonl', '--out', '-', '--jobs', '1'], { input: `${shard.join('\n')}\n` }).stdout,
    );
    expect(shards.join('')).toBe(whole.stdout);
    const docs = whole.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; meta: Record<string, unknown>; tables: Record<string, unknown[]> });
    expect(docs.map((doc) => doc.id)).toEqual(lines.map((line) => (JSON.parse(line) as { id: string }).id));
    expect(docs[4]!.meta).toEqual({ batch: 1 });
    expect(Object.keys(docs[0]!.tables)).toEqual(TABLE_FILES.filter((f) => f !== 'errors.csv').map((f) => f.replace('.csv', '')).sort((a, b) => order(a) - order(b)));
  });

  it('keeps a failed record in the filter stream as an error line, so a reducer can count it', () => {
    const result = run(['analyze', '-', '--input-format', 'jsonl', '--format', 'jsonl', '--out', '-', '--jobs', '1'], { input: '{"id":"a","text":"Fine."}\nnot json\n' });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[1]).toEqual({ input: 'stdin:2', error: expect.stringContaining('not valid JSON') });
    expect(result.stderr).toMatch(/^essaylens: stdin:2: not valid JSON/);
  });
});

const PIPELINE_ORDER = ['sentences', 'tokens', 'entities', 'entity_counts', 'hedges', 'stance', 'relations', 'forecasts', 'summary'];
function order(name: string): number {
  return PIPELINE_ORDER.indexOf(name);
}
