import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { script } from './paths.js';

/** A finished child process: its wall time, and its peak memory when it was measured. */
export interface ProcessRun {
  ms: number;
  peakRssKb?: number;
  stdout: string;
}

/**
 * Runs `node ARGS` to completion and times it from spawn to exit, as a user waiting at a
 * prompt would. With `peak`, also records the process's peak resident memory.
 *
 * @throws Error with the child's stderr when it exits with a non-zero code.
 */
export function runNode(args: readonly string[], options: { cwd?: string; peak?: boolean } = {}): ProcessRun {
  const env = { ...process.env };
  let peakFile: string | undefined;
  const nodeArgs = [...args];
  if (options.peak) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'essaylens-bench-rss-'));
    peakFile = path.join(dir, 'peak');
    env['PEAK_RSS_FILE'] = peakFile;
    nodeArgs.unshift('--import', pathToFileURL(script('peak-rss')).href);
  }
  const start = performance.now();
  const result = spawnSync(process.execPath, nodeArgs, { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ').slice(0, 300)} failed (exit ${result.status}):\n${result.stderr}`);
  }
  const run: ProcessRun = { ms, stdout: result.stdout };
  if (peakFile) {
    run.peakRssKb = Number(readFileSync(peakFile, 'utf8'));
    rmSync(path.dirname(peakFile), { recursive: true, force: true });
  }
  return run;
}
