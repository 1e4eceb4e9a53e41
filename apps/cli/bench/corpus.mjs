#!/usr/bin/env node
// Throughput and memory of the real command on a real corpus (the Szeged wiki sample in
// ../shared): peak memory for the corpus and for ten times the corpus (flat memory means the
// ratio stays under 1.2), and documents per second with --jobs 1 and --jobs 2.
//
//   node apps/cli/bench/corpus.mjs [--docs N] [--corpus FILE.jsonl]
//
// The corpus is the first N documents (default 1000) of the JSONL file; "ten times" repeats
// them ten times under new ids, so both runs see the same kind of text.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const bin = path.join(root, 'apps/cli/bin/essaylens.js');
const { values } = parseArgs({ options: { docs: { type: 'string', default: '1000' }, corpus: { type: 'string' } } });
const corpusFile = values.corpus ?? path.resolve(root, '../shared/data/szeged-wiki/wiki.jsonl');
if (!existsSync(corpusFile)) {
  console.error(`bench: no corpus at ${corpusFile}; pass --corpus FILE.jsonl`);
  process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), 'essaylens-bench-'));
const lines = readFileSync(corpusFile, 'utf8').split('\n').filter((line) => line.trim() !== '').slice(0, Number(values.docs));
const once = path.join(work, 'corpus.jsonl');
const tenfold = path.join(work, 'corpus-x10.jsonl');
writeFileSync(once, `${lines.join('\n')}\n`);
writeFileSync(tenfold, Array.from({ length: 10 }, (_, copy) => lines.map((line) => {
  const record = JSON.parse(line);
  return JSON.stringify({ ...record, id: `${record.id}#${copy}` });
}).join('\n')).join('\n') + '\n');

function runCli(input, jobs) {
  const rssFile = path.join(work, 'rss');
  const out = path.join(work, `out-${jobs}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', path.join(here, 'peak-rss.mjs'), bin, 'analyze', input, '--input-format', 'jsonl', '--out', out, '--jobs', String(jobs), '--quiet'], {
    env: { ...process.env, ESSAYLENS_PEAK_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(result.stderr);
    throw new Error(`essaylens exited with ${result.status}`);
  }
  rmSync(out, { recursive: true, force: true });
  return { seconds, peak: Number(readFileSync(rssFile, 'utf8')) };
}

const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;
const bytes = Buffer.byteLength(lines.join('\n'));
console.log(`corpus: ${lines.length} documents, ${(bytes / 1024).toFixed(0)} KB, from ${path.relative(root, corpusFile)}`);

const j1 = runCli(once, 1);
const j2 = runCli(once, 2);
const x10 = runCli(tenfold, 2);
const rows = [
  ['run', 'documents', 'seconds', 'docs/s', 'peak memory'],
  ['--jobs 1', lines.length, j1.seconds.toFixed(1), (lines.length / j1.seconds).toFixed(1), mb(j1.peak)],
  ['--jobs 2', lines.length, j2.seconds.toFixed(1), (lines.length / j2.seconds).toFixed(1), mb(j2.peak)],
  ['--jobs 2, 10x corpus', lines.length * 10, x10.seconds.toFixed(1), ((lines.length * 10) / x10.seconds).toFixed(1), mb(x10.peak)],
];
for (const row of rows) console.log(row.map((cell, i) => String(cell).padEnd(i === 0 ? 22 : 12)).join(''));
const ratio = x10.peak / j2.peak;
console.log(`peak memory, 10x corpus / corpus (--jobs 2): ${ratio.toFixed(3)} (must stay under 1.2)`);
console.log(`speed-up of --jobs 2 over --jobs 1: ${(j1.seconds / j2.seconds).toFixed(2)}x`);
rmSync(work, { recursive: true, force: true });
if (ratio >= 1.2) {
  console.error('bench: memory grows with the corpus');
  process.exit(1);
}
