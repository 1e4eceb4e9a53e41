import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageOf, publishableWorkspaces, root, run, template, type Workspace } from './harness.js';

interface Packed {
  name: string;
  filename: string;
  files: Array<{ path: string }>;
}

const workspaces = publishableWorkspaces();
const libraries = workspaces.filter((w) => w.dir.startsWith('packages/'));
const typesNodeVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }).version;

let work: string;
let project: string;
let packed: Packed[] = [];

// One setup for every test: pack each workspace the way `npm publish` would, then install the
// tarballs into a project in the system's temp folder, far from the monorepo's node_modules, so
// nothing resolves through a workspace link. Third-party dependencies come from the registry
// (the npm cache first, so a warm CI run does not download them again).
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'essaylens-consumer-'));
  project = path.join(work, 'project');
  const tarballs = path.join(work, 'tarballs');
  mkdirSync(tarballs);
  const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tarballs, ...workspaces.flatMap((w) => ['-w', w.dir])], { cwd: root });
  packed = JSON.parse(pack.stdout) as Packed[];
  cpSync(template, project, { recursive: true });
  run(
    'npm',
    [
      'install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error',
      ...packed.map((p) => path.join(tarballs, p.filename)),
      `@types/node@${typesNodeVersion}`,
    ],
    { cwd: project },
  );
});

afterAll(() => {
  if (work && !process.env['KEEP_CONSUMER_PROJECT']) rmSync(work, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('packs every publishable workspace', () => {
    expect(packed.map((p) => p.name).sort()).toEqual(workspaces.map((w) => w.name).sort());
  });

  it.each(libraries.map((w) => [w.name, w] as const))('%s ships only dist/, README.md, LICENSE and package.json', (name, _w: Workspace) => {
    const files = packed.find((p) => p.name === name)!.files.map((f) => f.path);
    expect(files.filter((file) => !/^(dist\/.+|README\.md|LICENSE|package\.json)$/.test(file))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/src/index.js', 'dist/src/index.d.ts']));
    expect(files.some((file) => file.endsWith('.map') || file.includes('/test/'))).toBe(false);
  });

  it.each(libraries.map((w) => [w.name, w] as const))('%s has a README with the house sections and a code example', (_name, w) => {
    const readme = readFileSync(path.join(root, w.dir, 'README.md'), 'utf8');
    const house = ['What is this?', 'When to use it', 'Install', 'Use', 'API', 'What counts as what', 'Related'];
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
    // every house section, in the house order; a package may add its own between them
    expect(sections.filter((section) => house.includes(section))).toEqual(house);
    expect(readme).toMatch(/^```(ts|typescript|js|javascript)$/m);
  });

  it.each(libraries.map((w) => [w.name, w] as const))('%s has the metadata a registry page needs', (_name, w) => {
    const m = w.manifest as Record<string, any>;
    expect(m['description']).toEqual(expect.any(String));
    expect(m['keywords']).toEqual(expect.arrayContaining(['essaylens']));
    expect(m['license']).toBe('MIT');
    expect(m['repository']).toMatchObject({ type: 'git', directory: w.dir });
    expect(m['engines']).toEqual({ node: '>=20' });
    // TypeScript picks the first condition that matches, so `types` must come before `default`.
    expect(Object.keys(m['exports']['.'])).toEqual(['types', 'default']);
  });

  it.each(workspaces.map((w) => [w.name, w] as const))('%s declares internal dependencies by a version the packed siblings satisfy', (_name, w) => {
    for (const [dep, range] of Object.entries(w.manifest.dependencies ?? {})) {
      const sibling = workspaces.find((s) => s.name === dep);
      if (!sibling) continue;
      expect(range, `${dep} must not point at a path or workspace protocol`).toMatch(/^[\^~]?\d+\.\d+\.\d+$/);
      expect(range.replace(/^[\^~]/, '')).toBe(sibling.manifest.version);
    }
  });
});

describe('a fresh project that installs the tarballs', () => {
  it('got every package from its tarball, not through a link to the workspace', () => {
    for (const w of workspaces) {
      const installed = path.join(project, 'node_modules', w.name);
      const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { version: string };
      expect(manifest.version).toBe(w.manifest.version);
      expect(readFileSync(path.join(installed, 'dist/src', w.dir === 'apps/cli' ? 'bin.js' : 'index.js'), 'utf8').length).toBeGreaterThan(0);
      expect(path.relative(root, realpathSync(installed)).startsWith('..')).toBe(true);
    }
  });

  it.each(libraries.map((w) => [w.name] as const))('%s imports nothing by a relative path outside its own folder', (name) => {
    const installed = path.join(project, 'node_modules', name);
    const escapes: string[] = [];
    for (const file of readdirSync(path.join(installed, 'dist'), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(js|d\.ts)$/.test(file)) continue;
      const full = path.join(installed, 'dist', file);
      for (const [, specifier] of readFileSync(full, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = path.resolve(path.dirname(full), specifier!);
        if (path.relative(installed, target).startsWith('..')) escapes.push(`${file}: ${specifier}`);
      }
    }
    expect(escapes).toEqual([]);
  });

  it('type-checks the example with tsc --noEmit (strict, module and moduleResolution nodenext)', () => {
    const result = run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: project, allowFailure: true });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs the example: analyze() and each package on its own give the documented results', () => {
    const source = readFileSync(path.join(project, 'use.ts'), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    writeFileSync(path.join(project, 'use.mjs'), js);
    const result = run(process.execPath, ['use.mjs'], { cwd: project, allowFailure: true });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('essaylens works from a fresh project\n');
    expect(result.status).toBe(0);
  });

  it('runs the installed essaylens command on an essay', () => {
    const essay = path.join(root, 'fixtures/essays/seed-essay.txt');
    run(path.join(project, 'node_modules/.bin/essaylens'), ['analyze', essay, '--out', 'reports'], { cwd: project });
    const sentences = readFileSync(path.join(project, 'reports/sentences.csv'), 'utf8').split('\n');
    expect(sentences[0]).toMatch(/^doc_id,sentence_id,start,end,text/);
    expect(sentences[1]).toMatch(/^seed-essay,0,0,\d+,What to expect from the summit/);
  });
});

describe('import cost: what a bare import loads', () => {
  const loads = new Map<string, string[]>();
  const printed = new Map<string, string>();

  beforeAll(() => {
    for (const w of libraries) {
      const out = path.join(work, `${w.dir.replace('/', '-')}.cjs.json`);
      const log = path.join(work, `${w.dir.replace('/', '-')}.esm.txt`);
      writeFileSync(log, '');
      const result = run(process.execPath, ['list-modules.mjs', w.name, out, log], { cwd: project });
      printed.set(w.name, result.stdout);
      const files = [...readFileSync(log, 'utf8').split('\n'), ...(JSON.parse(readFileSync(out, 'utf8')) as string[])];
      loads.set(w.name, files.filter((file) => file !== '' && !file.startsWith('node:')));
    }
    for (const [name, files] of loads) {
      const byPackage = new Map<string, number>();
      for (const file of files) {
        const owner = packageOf(file);
        if (owner) byPackage.set(owner, (byPackage.get(owner) ?? 0) + 1);
      }
      const summary = [...byPackage].sort(([a], [b]) => a.localeCompare(b)).map(([p, n]) => `${p} (${n})`);
      console.log(`import '${name}' loads ${files.length} files: ${summary.join(', ')}`);
    }
  });

  const packagesLoaded = (name: string) => new Set((loads.get(name) ?? []).map(packageOf).filter((p): p is string => p !== undefined));

  it.each(libraries.map((w) => [w.name] as const))('%s prints nothing when imported', (name) => {
    expect(printed.get(name)).toBe('');
  });

  it.each(libraries.map((w) => [w.name] as const))('%s loads only what it declares, never the CLI or natural\'s package root', (name) => {
    const loaded = packagesLoaded(name);
    expect(loaded.size).toBeGreaterThan(0);
    // an import the package does not declare works here only because every tarball is installed
    // side by side; a user who installs that package alone would get ERR_MODULE_NOT_FOUND
    expect([...loaded].filter((p) => !dependencyClosure(name).has(p))).toEqual([]);
    expect(loaded.has('essaylens')).toBe(false);
    // natural's root index loads database clients and prints; DESIGN.md says import by subpath.
    expect((loads.get(name) ?? []).filter((file) => /\/node_modules\/natural\/(lib\/natural\/)?index\.js$/.test(file))).toEqual([]);
  });

  it('@essaylens/hedges does not load compromise-dates', () => {
    expect(packagesLoaded('@essaylens/hedges').has('compromise-dates')).toBe(false);
  });

  it('@essaylens/doc loads nothing but itself', () => {
    expect([...packagesLoaded('@essaylens/doc')]).toEqual(['@essaylens/doc']);
  });
});

/** The package and every package it depends on, transitively, as installed in the project. */
function dependencyClosure(name: string): Set<string> {
  const seen = new Set<string>();
  const visit = (pkg: string) => {
    if (seen.has(pkg)) return;
    seen.add(pkg);
    // A package npm had to nest under its parent is named by the parent's declaration already.
    const file = path.join(project, 'node_modules', pkg, 'package.json');
    if (!existsSync(file)) return;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(dep);
  };
  visit(name);
  return seen;
}

describe('the root README', () => {
  it('shows, under "Use it from your code", exactly the script this test runs', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Use it from your code'));
    const snippet = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(snippet).toBe(readFileSync(path.join(template, 'use.ts'), 'utf8'));
  });
});
