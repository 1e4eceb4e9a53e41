import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { script } from './paths.js';

/** A finished child process: wall time, CPU time and peak memory. */
export interface ProcessRun {
  ms: number;
  cpuMs: number;
  /** CPU time of the main thread alone (Linux), null where the system does not say. */
  mainThreadCpuMs: number | null;
  peakRssKb: number;
  stdout: string;
}

/**
 * Runs `node ARGS` to completion and times it from spawn to exit, as a user waiting at a
 * prompt would. A preloaded module records the child's CPU time and peak resident memory; it
 * is the same one small module for every process measured, so comparisons stay fair.
 *
 * @throws Error with the child's stderr when it exits with a non-zero code.
 */
export function runNode(args: readonly string[], options: { cwd?: string } = {}): ProcessRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'essaylens-bench-usage-'));
  const usageFile = path.join(dir, 'usage.json');
  const env = { ...process.env, USAGE_FILE: usageFile };
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(script('peak-rss')).href, ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  try {
    if (result.status !== 0) throw new Error(`node ${args.join(' ').slice(0, 300)} failed (exit ${result.status}):\n${result.stderr}`);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { peakRssKb: number; cpuMs: number; mainThreadCpuMs: number | null };
    return { ms, ...usage, stdout: result.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
