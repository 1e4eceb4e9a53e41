import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The monorepo root (this file runs from `bench/dist/src`). */
export const root = path.resolve(here, '../../..');

/** The shared, read-only spec folder beside the repository. */
export const shared = path.resolve(root, '../shared');

/** The Wikipedia sentences of the Szeged Uncertainty Corpus, one article a line (CC BY-SA). */
export const wikiJsonl = path.join(shared, 'data/szeged-wiki/wiki.jsonl');

/** The essaylens command as users run it: the bin shim, which loads the built JavaScript. */
export const cliBin = path.join(root, 'apps/cli/bin/essaylens.js');

/** The essay the cold-start measurement analyses. */
export const seedEssay = path.join(root, 'fixtures/essays/seed-essay.txt');

/** A compiled helper script of this package, by its name without extension. */
export function script(name: string): string {
  return path.join(here, `${name}.js`);
}
