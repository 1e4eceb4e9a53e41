// `npm run profile -w @essaylens/bench [-- pipeline|floor|stages|cold]`: runs one measurement
// under `node --cpu-prof` and prints where the time goes, by package and by function (self
// time, the time spent in the function's own code). The .cpuprofile is kept for Chrome DevTools.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus } from './corpus.js';
import { cliBin, root, script, seedEssay } from './paths.js';
import { runNode } from './processes.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The owner of a script URL: an npm package, a workspace package, node itself, or the VM. */
export function ownerOf(url: string): string {
  if (url === '') return '(vm: gc, idle, native)';
  if (url.startsWith('node:')) return 'node';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first?.startsWith('@') ? `${first}/${second}` : first ?? url;
  }
  const workspace = /\/(packages|apps|bench)\/([^/]+)\//.exec(url);
  if (workspace) return workspace[1] === 'packages' ? `@essaylens/${workspace[2]}` : workspace[2] === 'cli' ? 'essaylens' : 'bench';
  return url;
}

/**
 * Inclusive time in milliseconds (the function and everything it calls) of the functions of
 * essaylens's own packages: which stage or helper the time is spent under.
 */
export function inclusiveTimes(profile: CpuProfile): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.replace(`file://${root}/`, '')}:${lineNumber + 1}`;
  };
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const node = nodes.get(current)!;
      if (!/\/(packages|apps)\//.test(node.callFrame.url) || node.callFrame.url.includes('/node_modules/')) continue;
      const key = label(node);
      if (seen.has(key)) continue;
      seen.add(key);
      times.set(key, (times.get(key) ?? 0) + ms);
    }
  });
  return times;
}

/** Self time in milliseconds by owner and by function, from a V8 CPU profile. */
export function selfTimes(profile: CpuProfile): { total: number; byOwner: Map<string, number>; byFunction: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    total += ms;
    const owner = ownerOf(frame.url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
    const file = frame.url === '' ? '' : ` ${frame.url.replace(/^.*\/node_modules\//, '').replace(`file://${root}/`, '')}:${frame.lineNumber + 1}`;
    const key = `${frame.functionName || '(anonymous)'}${file}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  });
  return { total, byOwner, byFunction };
}

function top(map: Map<string, number>, total: number, count: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
}

const mode = process.argv[2] ?? 'pipeline';
const dir = path.join(root, 'bench/profiles', `${mode}-${Date.now()}`);
mkdirSync(dir, { recursive: true });
if (mode === 'cold') {
  runNode(['--cpu-prof', '--cpu-prof-dir', dir, cliBin, 'analyze', seedEssay, '--out', path.join(os.tmpdir(), 'essaylens-profile-cold')]);
} else {
  const corpus = path.join(dir, 'corpus.json');
  writeFileSync(corpus, JSON.stringify(buildCorpus(Number(process.env['BENCH_WORDS'] ?? 6_000))));
  runNode(['--cpu-prof', '--cpu-prof-dir', dir, script('measure'), mode, corpus, '1', '3']);
}
for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
  const { total, byOwner, byFunction } = selfTimes(profile);
  process.stdout.write(
    [
      `${mode}: ${total.toFixed(0)} ms of samples (${path.relative(root, path.join(dir, file))})`,
      'self time by package:', ...top(byOwner, total, 12),
      'self time by function:', ...top(byFunction, total, 25),
      'inclusive time of essaylens functions:', ...top(inclusiveTimes(profile), total, 25),
      '',
    ].join('\n'),
  );
}
