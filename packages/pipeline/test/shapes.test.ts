import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const essays = ['../../../fixtures/essays/', '../../../fixtures/dev/'].flatMap((folder) =>
  readdirSync(here(folder))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => here(folder + name)),
);

/**
 * Objects of one kind that V8 cannot give one hidden class make every function that reads
 * them re-optimise again and again: building them as `{ ...span, more }` gave each cue and
 * each mention a class of its own (hundreds per run), and the optimising compiler then used
 * a second core for the whole run. A handful per kind is normal (field representations
 * widen); one per object is the bug.
 */
const MAX_CLASSES_PER_KIND = 8;

describe('hidden classes of the results', () => {
  it('stay a handful per kind of object, however many documents are analysed', () => {
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', here('./support/count-shapes.mjs'), ...essays], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const counts = JSON.parse(run.stdout) as Record<string, number>;
    // the kinds the pipeline produces, so a renamed layer cannot make this test vacuous
    expect(Object.keys(counts)).toEqual(expect.arrayContaining(['token', 'sentence', 'entities.mentions', 'hedges.cues', 'stance.sentences', 'relations.relations']));
    const tooMany = Object.entries(counts).filter(([, classes]) => classes > MAX_CLASSES_PER_KIND);
    expect(tooMany).toEqual([]);
  });
});
