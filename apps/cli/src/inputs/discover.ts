import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { compileGlob, isGlob } from './glob.js';
import { describeFsError } from './problems.js';

/** One input the run will read, or one that failed before reading; in the order given. */
export type Source =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'stdin' }
  | { kind: 'error'; input: string; problem: string };

interface Walk {
  extensions: readonly string[];
  out: Source[];
}

/**
 * Lists the files under a folder, depth first in name order, keeping those with a wanted
 * extension. Symbolic links are followed; a link back to a folder on the current path is a
 * loop and is reported once instead of being walked forever.
 */
async function walkFolder(dir: string, ancestors: ReadonlySet<string>, walk: Walk): Promise<void> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    if (ancestors.has(real)) {
      walk.out.push({ kind: 'error', input: dir, problem: `a symbolic link loop: this folder leads back to ${real}` });
      return;
    }
    names = (await readdir(dir)).sort();
  } catch (error) {
    walk.out.push({ kind: 'error', input: dir, problem: describeFsError(error) });
    return;
  }
  const inside = new Set(ancestors).add(real);
  for (const name of names) {
    const child = path.join(dir, name);
    let info;
    try {
      info = await stat(child);
    } catch (error) {
      walk.out.push({ kind: 'error', input: child, problem: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) await walkFolder(child, inside, walk);
    else if (info.isFile() && walk.extensions.includes(path.extname(name).toLowerCase())) {
      walk.out.push({ kind: 'file', path: child, size: info.size });
    }
  }
}

/** Expands a glob into the files it matches, in name order. */
async function expandGlob(pattern: string, walk: Walk): Promise<void> {
  const { base, segments } = compileGlob(pattern);
  const found: string[] = [];
  const visit = async (dir: string, index: number, ancestors: ReadonlySet<string>): Promise<void> => {
    const segment = segments[index];
    if (segment === undefined) return;
    let real: string;
    let entries;
    try {
      real = await realpath(dir);
      if (ancestors.has(real)) return;
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    const inside = new Set(ancestors).add(real);
    // `**` also matches no folder at all: try the rest of the pattern right here.
    if (segment === '**') await visit(dir, index + 1, ancestors);
    for (const entry of entries) {
      const child = dir === '.' ? entry.name : path.join(dir, entry.name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(child).then((s) => s.isDirectory(), () => false)));
      if (segment === '**') {
        if (isDir && !entry.name.startsWith('.')) await visit(child, index, inside);
        continue;
      }
      if (!segment.test(entry.name)) continue;
      if (index === segments.length - 1) found.push(child);
      else if (isDir) await visit(child, index + 1, inside);
    }
  };
  await visit(base, 0, new Set());
  if (found.length === 0) {
    walk.out.push({ kind: 'error', input: pattern, problem: 'no file matches this pattern' });
    return;
  }
  // The same order as a folder walk: name order, segment by segment.
  const byPath = (a: string, b: string) => {
    const x = a.split(path.sep);
    const y = b.split(path.sep);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return x.length - y.length;
  };
  for (const file of [...new Set(found)].sort(byPath)) await addPath(file, walk);
}

async function addPath(input: string, walk: Walk): Promise<void> {
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    walk.out.push({ kind: 'error', input, problem: describeFsError(error) });
    return;
  }
  if (info.isDirectory()) await walkFolder(input, new Set(), walk);
  else walk.out.push({ kind: 'file', path: input, size: info.size });
}

/**
 * Turns the command line's inputs into the sources to read, in order: a file as given (any
 * extension), a folder's `.txt` and `.md` files (or `.jsonl` ones for JSONL input) found
 * recursively in name order, a glob's matches in name order, `-` for standard input. Inputs
 * that cannot be listed become `error` sources, so the run reports them and goes on.
 *
 * @param inputs - the positional arguments after `analyze`.
 * @param extensions - the extensions, lower case with the dot, a folder walk keeps.
 */
export async function discoverSources(inputs: readonly string[], extensions: readonly string[]): Promise<Source[]> {
  const walk: Walk = { extensions, out: [] };
  for (const input of inputs) {
    if (input === '-') walk.out.push({ kind: 'stdin' });
    else if (isGlob(input)) {
      // A file whose name really holds `*` or `[` is taken as it is.
      const exists = await stat(input).then(() => true, () => false);
      if (exists) await addPath(input, walk);
      else await expandGlob(input, walk);
    } else await addPath(input, walk);
  }
  return walk.out;
}
