import { describe, expect, it } from 'vitest';
import { composeStages, withLayer, type Doc, type LayerName, type Stage } from '../src/index.js';
import { docOf } from './helpers.js';

// layer names only these tests use; the cast stands in for the declaration merging stages do
const stage = (name: string, requires: string[], adds: string, log: string[] = []): Stage => ({
  name,
  requires: requires as LayerName[],
  adds: adds as LayerName,
  run: (doc: Doc) => {
    log.push(name);
    return withLayer(doc, adds as never, name as never);
  },
});

describe('composeStages', () => {
  it('runs the stages in the order given, each on the Doc the one before returned', () => {
    const log: string[] = [];
    const run = composeStages([stage('a', ['tokens'], 'one', log), stage('b', ['one'], 'two', log)]);
    const doc = run(docOf('x'));
    expect(log).toEqual(['a', 'b']);
    expect(doc.layers).toEqual({ one: 'a', two: 'b' });
  });

  it('returns the input Doc unchanged when there are no stages', () => {
    const doc = docOf('x');
    expect(composeStages([])(doc)).toBe(doc);
  });

  it.each<[string, Stage[], RegExp]>([
    ['a stage placed before the one it needs', [stage('b', ['one'], 'two'), stage('a', ['tokens'], 'one')], /Stage `b` requires the `one` layer, but no earlier stage adds it \(put `a` before it\)/],
    ['a stage whose layer no stage adds', [stage('a', ['tokens'], 'one'), stage('c', ['nothing'], 'three')], /Stage `c` requires the `nothing` layer, but no earlier stage adds it \(add a stage that adds `nothing`\)/],
  ])('fails when the pipeline is built, not when it runs: %s', (_, stages, message) => {
    expect(() => composeStages(stages)).toThrow(message);
  });
});

describe('withLayer', () => {
  it('returns a new Doc with the layer and leaves the input as it was', () => {
    const doc = docOf('x');
    const next = withLayer(doc, 'extra' as never, [1] as never);
    expect((next.layers as Record<string, unknown>).extra).toEqual([1]);
    expect(doc.layers).toEqual({});
    expect(next.tokens).toBe(doc.tokens);
  });
});
