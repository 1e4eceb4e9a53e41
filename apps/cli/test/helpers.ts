import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, expect } from 'vitest';

/** The installed entry point, which runs the BUILT command (dist), as users run it. */
export const BIN = fileURLToPath(new URL('../bin/essaylens.js', import.meta.url));

/** The repository root, for fixtures. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What a finished command left. */
export interface Result {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `essaylens ARGS` to completion as a child process.
 *
 * @param args - the arguments after `essaylens`.
 * @param options - standard input bytes, working folder, or a user id to run as.
 */
export function run(args: readonly string[], options: { input?: string | Buffer; cwd?: string; uid?: number; stdout?: number } = {}): Result {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '0' },
  };
  if (options.uid !== undefined) Object.assign(spawnOptions, { uid: options.uid, gid: options.uid });
  if (options.stdout !== undefined) spawnOptions.stdio = ['pipe', options.stdout, 'pipe'];
  const result = spawnSync(process.execPath, [BIN, ...args], spawnOptions);
  if (result.error) throw result.error;
  return { status: result.status, signal: result.signal, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/** Asserts a clean run (exit 0, nothing on standard error), showing standard error if not. */
export function expectOk(result: Result): void {
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
}

/** Starts `essaylens ARGS` without waiting, for tests that interrupt it. */
export function start(args: readonly string[], cwd = ROOT) {
  return spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, readable by every user, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'essaylens-test-'));
  chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
}

/** A CSV file parsed into records of strings (header row included). */
export function readCsv(file: string): string[][] {
  return parse(readFileSync(file, 'utf8'), { bom: true }) as string[][];
}

/** A CSV file as objects keyed by its header. */
export function readCsvObjects(file: string): Array<Record<string, string>> {
  return parse(readFileSync(file, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
}

/** Every file in a folder (hidden ones included), sorted. */
export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Every file in a folder with its contents, to compare whole runs byte for byte. */
export function snapshotDir(dir: string): Record<string, string> {
  return Object.fromEntries(listDir(dir).map((name) => [name, readFileSync(path.join(dir, name), 'latin1')]));
}

/** The tables every run writes, with errors. */
export const TABLE_FILES = [
  'entities.csv', 'entity_counts.csv', 'errors.csv', 'forecasts.csv', 'hedges.csv', 'relations.csv', 'sentences.csv', 'stance.csv', 'summary.csv', 'tokens.csv',
];

/**
 * The user id to run a child as so that file permissions apply: as root, `nobody` (65534),
 * because root reads and writes whatever the mode bits say; otherwise the current user.
 * `undefined` when this process cannot switch users or `nobody` cannot run the command; the
 * permission tests are then skipped, since root cannot be denied anything.
 */
export function unprivilegedUid(): number | undefined | null {
  if (process.getuid?.() !== 0) return null;
  // `nobody` must be able to read the command itself (a checkout inside a private folder is not).
  const probe = spawnSync(process.execPath, [BIN, '--version'], { uid: 65534, gid: 65534, cwd: tmpdir() });
  return probe.status === 0 ? 65534 : undefined;
}

/** Short texts on several topics, for corpus tests. */
export const ESSAYS = [
  'The central bank may raise rates again in June. Markets, however, clearly expect a pause.',
  'Germany and France signed the accord on Tuesday. Analysts doubt it will last beyond 2025.',
  'Oil prices fell 3% after OPEC met in Vienna. Saudi Arabia will probably cut output.',
  'Perhaps the trade talks will stall. Beijing insists that tariffs must go first.',
  'It is certain that Nairobi will host the summit. Some observers suggest it could be delayed.',
];
