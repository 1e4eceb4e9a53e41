// `npm run bench`: essaylens against compromise alone on the same documents, stage by stage,
// whole-process cold start, --jobs scaling and peak memory. Prints a table and writes
// bench/results.json. BENCH_WORDS sets the corpus size (default 6,000 words, about a minute).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tokenize } from '@essaylens/tokenize';
import { buildCorpus, type BenchDoc } from './corpus.js';
import { cliBin, root, script, seedEssay } from './paths.js';
import { runNode } from './processes.js';
import { median, round } from './stats.js';
import type { Timings } from './timing.js';

const targetWords = Number(process.env['BENCH_WORDS'] ?? 6_000);
const ROUNDS = 3;
const COLD_RUNS = 5;

const work = mkdtempSync(path.join(os.tmpdir(), 'essaylens-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function words(docs: readonly BenchDoc[]): number {
  let count = 0;
  for (const doc of docs) for (const token of tokenize(doc.text).tokens) if (token.kind === 'word' || token.kind === 'number') count++;
  return count;
}

/** Writes the documents as one .txt file each (the file name is the doc_id) and as JSON. */
function materialise(name: string, docs: readonly BenchDoc[]): { json: string; files: string[] } {
  const dir = path.join(work, name);
  mkdirSync(dir);
  const files = docs.map((doc) => {
    const file = path.join(dir, `${doc.id}.txt`);
    writeFileSync(file, doc.text);
    return file;
  });
  const json = path.join(work, `${name}.json`);
  writeFileSync(json, JSON.stringify(docs));
  return { json, files };
}

function measure(mode: string, corpus: string, warmups: number, runs: number): Timings {
  return JSON.parse(runNode([script('measure'), mode, corpus, String(warmups), String(runs)]).stdout) as Timings;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

const corpus = buildCorpus(targetWords);
const big = buildCorpus(targetWords * 10);
const corpusWords = words(corpus);
const bigWords = words(big);
const small = materialise('corpus', corpus);
const large = materialise('corpus-x10', big);
const help = runNode([cliBin, '--help']).stdout;
const hasJobs = help.includes('--jobs');
const jobs = (n: number) => (hasJobs ? ['--jobs', String(n)] : []);
const cli = (files: readonly string[], n: number, peak = false) =>
  runNode([cliBin, 'analyze', ...files, '--out', path.join(work, `out-${n}`), ...jobs(n)], { peak });

log(`essaylens bench: ${corpusWords} words in ${corpus.length} documents; node ${process.version}, ${os.availableParallelism()} cores`);

// Floor and pipeline alternate round by round, so a busy spell on a shared machine falls on both.
const passes: Timings = { floor: [], pipeline: [] };
for (let r = 0; r < ROUNDS; r++) {
  log(`round ${r + 1}/${ROUNDS}: compromise alone, then the pipeline`);
  passes['floor']!.push(...measure('floor', small.json, 1, 2)['floor']!);
  passes['pipeline']!.push(...measure('pipeline', small.json, 1, 2)['pipeline']!);
}
log('each stage alone');
const stages = measure('stages', small.json, 1, 3);

log('the CLI writing every table, --jobs 1 and --jobs 2');
const cliRuns: Record<string, number[]> = { jobs1: [], jobs2: [] };
for (let r = 0; r < ROUNDS; r++) {
  cliRuns['jobs1']!.push(cli(small.files, 1).ms);
  if (hasJobs) cliRuns['jobs2']!.push(cli(small.files, 2).ms);
}

log('cold start: essaylens on the seed essay against node + compromise on it');
const cold: Record<string, number[]> = { essaylens: [], floor: [] };
for (let r = 0; r < COLD_RUNS; r++) {
  cold['essaylens']!.push(runNode([cliBin, 'analyze', seedEssay, '--out', path.join(work, 'cold')]).ms);
  cold['floor']!.push(runNode([script('floor-cold'), seedEssay]).ms);
}

log('peak memory and throughput: the corpus, and ten times as much text');
const memorySmall = cli(small.files, 1, true);
const memoryBig = cli(large.files, 1, true);
const bigJobs2 = hasJobs ? cli(large.files, 2, true) : undefined;

const floorMs = median(passes['floor']!);
const rate = (ms: number, count = corpusWords) => Math.round((count / ms) * 1000);
const row = (ms: number, count = corpusWords) => ({ medianMs: round(ms, 1), wordsPerSecond: rate(ms, count), timesFloor: round(ms / floorMs) });

const results = {
  measuredAt: new Date().toISOString(),
  machine: { node: process.version, cores: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? 'unknown' },
  corpus: {
    documents: corpus.length,
    words: corpusWords,
    essays: corpus.filter((doc) => !doc.id.startsWith('wiki-')).length,
    wikipediaArticles: corpus.filter((doc) => doc.id.startsWith('wiki-')).length,
    x10: { documents: big.length, words: bigWords },
  },
  runs: { rounds: ROUNDS, coldRuns: COLD_RUNS, passes, stages, cli: cliRuns, cold },
  inProcess: {
    floor: row(floorMs),
    pipeline: row(median(passes['pipeline']!)),
    stages: Object.fromEntries(Object.entries(stages).map(([name, times]) => [name, row(median(times))])),
  },
  cli: {
    jobs1: row(median(cliRuns['jobs1']!)),
    ...(hasJobs ? { jobs2: row(median(cliRuns['jobs2']!)) } : {}),
    x10Jobs1: { ms: round(memoryBig.ms, 1), wordsPerSecond: rate(memoryBig.ms, bigWords) },
    ...(bigJobs2 ? { x10Jobs2: { ms: round(bigJobs2.ms, 1), wordsPerSecond: rate(bigJobs2.ms, bigWords) } } : {}),
  },
  coldStart: { essaylensMs: round(median(cold['essaylens']!), 1), floorMs: round(median(cold['floor']!), 1) },
  memory: {
    corpusPeakRssMb: round(memorySmall.peakRssKb! / 1024, 1),
    x10PeakRssMb: round(memoryBig.peakRssKb! / 1024, 1),
    ...(bigJobs2 ? { x10Jobs2PeakRssMb: round(bigJobs2.peakRssKb! / 1024, 1) } : {}),
  },
  ratios: {} as Record<string, { value: number | null; target: string; met: boolean | null }>,
};

const ratio = (value: number | null, target: string, met: (v: number) => boolean) => ({ value: value === null ? null : round(value), target, met: value === null ? null : met(value) });
results.ratios = {
  pipelineVsFloor: ratio(results.inProcess.pipeline.medianMs / floorMs, '<= 1.3', (v) => v <= 1.3),
  // Throughput is the rate at which more text gets done: the 9x corpus of extra words over the
  // extra time, so the one-off start-up (node, compromise, lexicons, workers) cancels out.
  jobs2Throughput: ratio(
    bigJobs2 ? (memoryBig.ms - median(cliRuns['jobs1']!)) / (bigJobs2.ms - median(cliRuns['jobs2']!)) : null,
    '>= 1.7 (extra words per extra second, 10x vs 1x corpus)',
    (v) => v >= 1.7,
  ),
  jobs2WholeRun: { value: bigJobs2 ? round(memoryBig.ms / bigJobs2.ms) : null, target: 'none: 10x corpus, start-up included', met: null },
  coldStartVsFloor: ratio(results.coldStart.essaylensMs / results.coldStart.floorMs, '<= 1.5', (v) => v <= 1.5),
  memory10xVs1x: ratio(memoryBig.peakRssKb! / memorySmall.peakRssKb!, '<= 1.2', (v) => v <= 1.2),
  cliVsFloor: { value: round(results.cli.jobs1.medianMs / floorMs), target: 'none: whole process, start-up and writing included', met: null },
};

const out = path.join(root, 'bench/results.json');
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const pad = (value: string | number, width: number) => String(value).padStart(width);
type Row = ReturnType<typeof row>;
const tableRows: Array<[string, Row]> = [
  ['compromise alone (the floor)', results.inProcess.floor],
  ['pipeline, every layer', results.inProcess.pipeline],
  ...Object.entries(results.inProcess.stages).map(([name, r]): [string, Row] => [`  stage: ${name}`, r]),
  ['CLI, every CSV, --jobs 1 (process)', results.cli.jobs1],
  ...(results.cli.jobs2 ? [['CLI, every CSV, --jobs 2 (process)', results.cli.jobs2] as [string, Row]] : []),
];
const lines = [
  '',
  `essaylens bench: ${corpusWords} words, ${corpus.length} documents (${results.corpus.essays} essays, ${results.corpus.wikipediaArticles} Wikipedia articles); medians of ${ROUNDS * 2} passes`,
  `${'measure'.padEnd(34)}${pad('ms', 9)}${pad('words/s', 10)}${pad('x floor', 9)}`,
  ...tableRows.map(([name, r]) => `${name.padEnd(34)}${pad(r.medianMs, 9)}${pad(r.wordsPerSecond, 10)}${pad(r.timesFloor.toFixed(2), 9)}`),
  '',
  `cold start: essaylens ${results.coldStart.essaylensMs} ms, node + compromise ${results.coldStart.floorMs} ms`,
  `peak RSS: corpus ${results.memory.corpusPeakRssMb} MB, 10x corpus ${results.memory.x10PeakRssMb} MB`,
  `10x corpus through the CLI: --jobs 1 ${results.cli.x10Jobs1.wordsPerSecond} words/s${results.cli.x10Jobs2 ? `, --jobs 2 ${results.cli.x10Jobs2.wordsPerSecond} words/s` : ' (--jobs not available yet)'}`,
  '',
  'targets:',
  ...Object.entries(results.ratios).map(([name, r]) => `  ${r.met === null ? '-' : r.met ? 'ok  ' : 'MISS'} ${name.padEnd(18)} ${r.value ?? 'n/a'} (target ${r.target})`),
  '',
  `written to ${path.relative(process.cwd(), out) || out}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
