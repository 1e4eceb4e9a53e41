// `npm run bench`: essaylens against compromise alone on the same documents, stage by stage,
// whole-process cold start, --jobs scaling and peak memory. Prints a table and writes
// bench/results.json. BENCH_WORDS sets the corpus size (default 6,000 words, about a minute on
// an idle 2-core machine).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tokenize } from '@essaylens/tokenize';
import { buildCorpus, type BenchDoc } from './corpus.js';
import { cliBin, root, script, seedEssay } from './paths.js';
import { runNode, type ProcessRun } from './processes.js';
import { median, round } from './stats.js';
import type { Pass, Timings } from './timing.js';

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
function materialise(name: string, docs: readonly BenchDoc[]): { dir: string; json: string; files: string[] } {
  const dir = path.join(work, name);
  mkdirSync(dir);
  const files = docs.map((doc) => {
    const file = path.join(dir, `${doc.id}.txt`);
    writeFileSync(file, doc.text);
    return file;
  });
  const json = path.join(work, `${name}.json`);
  writeFileSync(json, JSON.stringify(docs));
  return { dir, json, files };
}

function measure(mode: string, corpus: string, warmups: number, runs: number): Timings {
  return JSON.parse(runNode([script('measure'), mode, corpus, String(warmups), String(runs)]).stdout) as Timings;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

const loadBefore = os.loadavg()[0]!;
const corpus = buildCorpus(targetWords);
const big = buildCorpus(targetWords * 10);
const corpusWords = words(corpus);
const bigWords = words(big);
const small = materialise('corpus', corpus);
const large = materialise('corpus-x10', big);
const hasJobs = runNode([cliBin, '--help']).stdout.includes('--jobs');
const cli = (files: readonly string[], jobs: number): ProcessRun =>
  runNode([cliBin, 'analyze', ...files, '--out', path.join(work, `out-${jobs}`), ...(hasJobs ? ['--jobs', String(jobs)] : [])]);

log(`essaylens bench: ${corpusWords} words in ${corpus.length} documents; node ${process.version}, ${os.availableParallelism()} cores, load ${loadBefore.toFixed(1)}`);

// Floor and pipeline alternate round by round, so a busy spell on a shared machine falls on both.
const passes: Record<'floor' | 'pipeline', Pass[]> = { floor: [], pipeline: [] };
for (let r = 0; r < ROUNDS; r++) {
  log(`round ${r + 1}/${ROUNDS}: compromise alone, then the pipeline`);
  passes.floor.push(...measure('floor', small.json, 1, 2)['floor']!);
  passes.pipeline.push(...measure('pipeline', small.json, 1, 2)['pipeline']!);
}
log('each stage alone');
const stages = measure('stages', small.json, 1, 3);

log('the CLI writing every table, --jobs 1 and --jobs 2');
const cliRuns: Record<'jobs1' | 'jobs2', ProcessRun[]> = { jobs1: [], jobs2: [] };
for (let r = 0; r < ROUNDS; r++) {
  cliRuns.jobs1.push(cli(small.files, 1));
  if (hasJobs) cliRuns.jobs2.push(cli(small.files, 2));
}

log('cold start: essaylens on the seed essay against node + compromise on it');
const cold: Record<'essaylens' | 'floor', ProcessRun[]> = { essaylens: [], floor: [] };
for (let r = 0; r < COLD_RUNS; r++) {
  cold.essaylens.push(runNode([cliBin, 'analyze', seedEssay, '--out', path.join(work, 'cold')]));
  cold.floor.push(runNode([script('floor-cold'), seedEssay]));
}

log('ten times the corpus through the CLI: peak memory, --jobs 1 and --jobs 2');
const bigJobs1 = cli(large.files, 1);
const bigJobs2 = hasJobs ? cli(large.files, 2) : undefined;

// How far compromise alone scales from one worker thread to two on this machine: the ceiling
// for --jobs 2, measured the same way (corpus and 10x corpus, extra words per extra second).
log('compromise alone in 1 and 2 worker threads, corpus and 10x corpus');
const floorJobs = (dir: string, threads: number) => runNode([script('floor-jobs'), dir, String(threads)]);
const floorThreads = { small1: floorJobs(small.dir, 1), small2: floorJobs(small.dir, 2), big1: floorJobs(large.dir, 1), big2: floorJobs(large.dir, 2) };
const loadAfter = os.loadavg()[0]!;

/** Medians of wall and CPU milliseconds. */
const medians = (runs: ReadonlyArray<Pass | ProcessRun>) => ({
  wall: median(runs.map((r) => ('wall' in r ? r.wall : r.ms))),
  cpu: median(runs.map((r) => ('cpu' in r ? r.cpu : r.cpuMs))),
});
const floor = medians(passes.floor);
const row = (runs: ReadonlyArray<Pass | ProcessRun>) => {
  const m = medians(runs);
  return {
    medianMs: round(m.wall, 1),
    medianCpuMs: round(m.cpu, 1),
    wordsPerSecond: Math.round((corpusWords / m.wall) * 1000),
    timesFloor: round(m.wall / floor.wall),
    timesFloorCpu: round(m.cpu / floor.cpu),
  };
};
const coldEssaylens = medians(cold.essaylens);
const coldFloor = medians(cold.floor);
const cli1 = medians(cliRuns.jobs1);
const cli2 = hasJobs ? medians(cliRuns.jobs2) : undefined;
// Throughput is the rate at which more text gets done: the extra words of the 10x corpus over
// the extra time, so the one-off start-up (node, compromise, lexicons, workers) cancels out.
const throughput = (bigRun: ProcessRun, smallWall: number) => Math.round(((bigWords - corpusWords) / (bigRun.ms - smallWall)) * 1000);
const throughput1 = throughput(bigJobs1, cli1.wall);
const throughput2 = bigJobs2 && cli2 ? throughput(bigJobs2, cli2.wall) : undefined;
const peakSmall = median(cliRuns.jobs1.map((r) => r.peakRssKb));
const floorThroughput1 = throughput(floorThreads.big1, floorThreads.small1.ms);
const floorThroughput2 = throughput(floorThreads.big2, floorThreads.small2.ms);
// The share of the --jobs 1 run's CPU that went to threads other than the one running the
// pipeline (V8's optimising compiler and garbage collector): CPU a second worker cannot have.
const helperThreadShare = bigJobs1.mainThreadCpuMs === null ? null : 1 - bigJobs1.mainThreadCpuMs / bigJobs1.cpuMs;

type Verdict = { value: number | null; target: string; met: boolean | null };
const verdict = (value: number | null, target: string, met?: (v: number) => boolean): Verdict => ({
  value: value === null ? null : round(value),
  target,
  met: value === null || !met ? null : met(value),
});

const results = {
  measuredAt: new Date().toISOString(),
  machine: {
    node: process.version,
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    loadAverage: { before: round(loadBefore), after: round(loadAfter) },
  },
  corpus: {
    documents: corpus.length,
    words: corpusWords,
    essays: corpus.filter((doc) => !doc.id.startsWith('wiki-')).length,
    wikipediaArticles: corpus.filter((doc) => doc.id.startsWith('wiki-')).length,
    x10: { documents: big.length, words: bigWords },
  },
  inProcess: {
    floor: row(passes.floor),
    pipeline: row(passes.pipeline),
    stages: Object.fromEntries(Object.entries(stages).map(([name, runs]) => [name, row(runs)])),
  },
  cli: {
    jobs1: row(cliRuns.jobs1),
    ...(cli2 ? { jobs2: row(cliRuns.jobs2) } : {}),
    x10: {
      jobs1: { ms: round(bigJobs1.ms, 1), extraWordsPerSecond: throughput1, peakRssMb: round(bigJobs1.peakRssKb / 1024, 1) },
      ...(bigJobs2 ? { jobs2: { ms: round(bigJobs2.ms, 1), extraWordsPerSecond: throughput2, peakRssMb: round(bigJobs2.peakRssKb / 1024, 1) } } : {}),
      jobs1HelperThreadCpuShare: helperThreadShare === null ? null : round(helperThreadShare),
    },
  },
  floorThreads: {
    oneThread: { extraWordsPerSecond: floorThroughput1 },
    twoThreads: { extraWordsPerSecond: floorThroughput2 },
  },
  coldStart: {
    essaylens: { medianMs: round(coldEssaylens.wall, 1), medianCpuMs: round(coldEssaylens.cpu, 1) },
    floor: { medianMs: round(coldFloor.wall, 1), medianCpuMs: round(coldFloor.cpu, 1) },
  },
  memory: { corpusPeakRssMb: round(peakSmall / 1024, 1), x10PeakRssMb: round(bigJobs1.peakRssKb / 1024, 1) },
  targets: {
    pipelineVsFloor: verdict(floor.wall ? medians(passes.pipeline).wall / floor.wall : null, '<= 1.3 (wall)', (v) => v <= 1.3),
    pipelineVsFloorCpu: verdict(medians(passes.pipeline).cpu / floor.cpu, '<= 1.3 (CPU)', (v) => v <= 1.3),
    jobs2Throughput: verdict(throughput2 ? throughput2 / throughput1 : null, '>= 1.7 (extra words per extra second)', (v) => v >= 1.7),
    floorTwoThreads: verdict(floorThroughput2 / floorThroughput1, 'none: compromise alone, 2 worker threads / 1, the ceiling for jobs2Throughput'),
    coldStartVsFloor: verdict(coldEssaylens.wall / coldFloor.wall, '<= 1.5 (wall)', (v) => v <= 1.5),
    coldStartVsFloorCpu: verdict(coldEssaylens.cpu / coldFloor.cpu, '<= 1.5 (CPU)', (v) => v <= 1.5),
    memory10xVs1x: verdict(bigJobs1.peakRssKb / peakSmall, '<= 1.2 (peak RSS, --jobs 1)', (v) => v <= 1.2),
    cliVsFloor: verdict(cli1.wall / floor.wall, 'none: a whole process, start-up and writing included'),
  } satisfies Record<string, Verdict>,
  runs: { rounds: ROUNDS, coldRuns: COLD_RUNS, passes, stages, cli: cliRuns, cold, x10: { jobs1: bigJobs1, jobs2: bigJobs2 }, floorThreads },
};
// the child processes' stdout is not worth keeping
for (const run of [...cliRuns.jobs1, ...cliRuns.jobs2, ...cold.essaylens, ...cold.floor, bigJobs1, ...(bigJobs2 ? [bigJobs2] : []), ...Object.values(floorThreads)]) run.stdout = '';

const out = path.join(root, 'bench/results.json');
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

type Row = ReturnType<typeof row>;
const tableRows: Array<[string, Row]> = [
  ['compromise alone (the floor)', results.inProcess.floor],
  ['pipeline, every layer', results.inProcess.pipeline],
  ...Object.entries(results.inProcess.stages).map(([name, r]): [string, Row] => [`  stage: ${name}`, r]),
  ['CLI, every CSV, --jobs 1 (process)', results.cli.jobs1],
  ...(results.cli.jobs2 ? [['CLI, every CSV, --jobs 2 (process)', results.cli.jobs2] as [string, Row]] : []),
];
const pad = (value: string | number, width: number) => String(value).padStart(width);
const lines = [
  '',
  `essaylens bench: ${corpusWords} words, ${corpus.length} documents (${results.corpus.essays} essays, ${results.corpus.wikipediaArticles} Wikipedia articles); medians of ${ROUNDS * 2} passes; load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}`,
  `${'measure'.padEnd(36)}${pad('wall ms', 9)}${pad('CPU ms', 9)}${pad('words/s', 9)}${pad('x floor', 9)}${pad('CPU x', 7)}`,
  ...tableRows.map(
    ([name, r]) => `${name.padEnd(36)}${pad(r.medianMs.toFixed(0), 9)}${pad(r.medianCpuMs.toFixed(0), 9)}${pad(r.wordsPerSecond, 9)}${pad(r.timesFloor.toFixed(2), 9)}${pad(r.timesFloorCpu.toFixed(2), 7)}`,
  ),
  '',
  `cold start, median of ${COLD_RUNS}: essaylens ${coldEssaylens.wall.toFixed(0)} ms (CPU ${coldEssaylens.cpu.toFixed(0)}), node + compromise ${coldFloor.wall.toFixed(0)} ms (CPU ${coldFloor.cpu.toFixed(0)})`,
  `10x corpus (${bigWords} words): --jobs 1 ${throughput1} extra words/s${throughput2 ? `, --jobs 2 ${throughput2} extra words/s` : ' (--jobs not available)'}`,
  `compromise alone in worker threads, 10x corpus: 1 thread ${floorThroughput1} extra words/s, 2 threads ${floorThroughput2}`,
  helperThreadShare === null ? 'CPU outside the main thread, --jobs 1: not measured on this system' : `CPU outside the main thread (V8 compiler, GC), --jobs 1 on the 10x corpus: ${(helperThreadShare * 100).toFixed(0)}%`,
  `peak RSS, --jobs 1: corpus ${results.memory.corpusPeakRssMb} MB, 10x corpus ${results.memory.x10PeakRssMb} MB`,
  '',
  'targets:',
  ...Object.entries(results.targets).map(([name, r]) => `  ${r.met === null ? '    ' : r.met ? 'ok  ' : 'MISS'} ${name.padEnd(20)} ${pad(r.value ?? 'n/a', 6)}  (target ${r.target})`),
  '',
  `written to ${path.relative(process.cwd(), out) || out}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
