import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The template of the consumer project (package.json, tsconfig.json, the script). */
export const template = path.join(root, 'tests/consumer/project');

/** One publishable workspace: its folder and its package.json. */
export interface Workspace {
  dir: string;
  name: string;
  manifest: Record<string, unknown> & { name: string; version: string; dependencies?: Record<string, string> };
}

/** Every package under `packages/`, plus the CLI app, as npm would publish them. */
export function publishableWorkspaces(): Workspace[] {
  const dirs = readdirSync(path.join(root, 'packages'))
    .map((name) => `packages/${name}`)
    .filter((dir) => existsSync(path.join(root, dir, 'package.json')))
    .sort();
  return [...dirs, 'apps/cli'].map((dir) => {
    const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as Workspace['manifest'];
    return { dir, name: manifest.name, manifest };
  });
}

/**
 * The environment for child npm and node processes. `npm test` runs this file under npm,
 * which exports its own settings (`npm_config_local_prefix` pointing at the workspace root,
 * among others); a child npm would obey them and install into the monorepo. Only the cache
 * and registry settings are kept, so a CI cache keeps working.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_') && !keep.has(lower)) continue;
    if (key === 'INIT_CWD' || key === 'NODE_OPTIONS' || key.startsWith('VITEST') || key === 'NODE_ENV') continue;
    env[key] = value;
  }
  return env;
}

/** The result of a child process, with its output as text. */
export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion without a shell; throws with its output when it fails. */
export function run(command: string, args: readonly string[], options: SpawnSyncOptions & { allowFailure?: boolean } = {}): Ran {
  const result = spawnSync(command, args, { encoding: 'utf8', env: cleanEnv(), maxBuffer: 64 * 1024 * 1024, ...options });
  const ran = { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
  if (!options.allowFailure && (result.error || result.status !== 0)) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${ran.stdout}\n${ran.stderr}`);
  }
  return ran;
}

/**
 * The npm package a loaded file belongs to, from its path or file URL: the name after the last
 * `node_modules/` (scoped names keep their scope). Undefined for files outside node_modules.
 */
export function packageOf(file: string): string | undefined {
  const marker = '/node_modules/';
  const at = file.lastIndexOf(marker);
  if (at < 0) return undefined;
  const [first, second] = file.slice(at + marker.length).split('/');
  return first?.startsWith('@') ? `${first}/${second}` : first;
}
