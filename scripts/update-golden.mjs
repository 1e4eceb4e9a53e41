#!/usr/bin/env node
// Regenerates the golden CSV files the tests compare with, by running the BUILT command line on
// every essay in fixtures/essays:
//
//   npm run build                                   # or build the packages you changed
//   node scripts/update-golden.mjs                  # every table the CLI writes
//   node scripts/update-golden.mjs sentences tokens # only these tables
//
// Tests never write these files; review the diff before committing it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'apps/cli/bin/essaylens.js');
const essays = path.join(root, 'fixtures/essays');
const expected = path.join(root, 'fixtures/expected');
const wanted = process.argv.slice(2).map((name) => name.replace(/\.csv$/u, ''));

if (!existsSync(path.join(root, 'apps/cli/dist'))) {
  console.error('update-golden: expected a built CLI in apps/cli/dist, got none (run `npm run build` first)');
  process.exit(1);
}

let changed = 0;
for (const file of readdirSync(essays).filter((f) => f.endsWith('.txt')).sort()) {
  const id = path.basename(file, '.txt');
  const scratch = mkdtempSync(path.join(tmpdir(), 'essaylens-golden-'));
  try {
    execFileSync(process.execPath, [cli, 'analyze', path.join(essays, file), '--out', scratch], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    const produced = readdirSync(scratch).filter((f) => f.endsWith('.csv')).map((f) => f.slice(0, -4));
    const unknown = wanted.filter((name) => !produced.includes(name));
    if (unknown.length > 0) throw new Error(`the CLI wrote no table named ${unknown.join(', ')} (it wrote ${produced.join(', ')})`);
    const target = path.join(expected, id);
    mkdirSync(target, { recursive: true });
    for (const name of wanted.length > 0 ? wanted : produced) {
      const from = path.join(scratch, `${name}.csv`);
      const to = path.join(target, `${name}.csv`);
      const same = existsSync(to) && readFileSync(to).equals(readFileSync(from));
      copyFileSync(from, to);
      if (!same) changed++;
      console.log(`${same ? 'unchanged' : 'updated  '} ${path.relative(root, to)}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
console.log(changed > 0 ? `${changed} golden file(s) changed: review \`git diff fixtures/expected\` before committing.` : 'all golden files unchanged.');
