import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BASE_CERTAINTY, certaintyOf, cueEffect, epistemicOf, type CueEffect } from '../src/index.js';

const hedge = (band: [number, number] | null = null): CueEffect => ({ direction: 'down', weight: 1, band });
const booster = (band: [number, number] | null = null): CueEffect => ({ direction: 'up', weight: 1, band });

describe('certaintyOf', () => {
  it.each<[string, CueEffect[], number]>([
    ['no cue: the base certainty', [], BASE_CERTAINTY],
    ['one unbanded hedge: one log-odds step down', [hedge()], 0.525],
    ['one unbanded booster: one log-odds step up', [booster()], 0.891],
    ['a hedge band sets it (`unlikely` 20-45%)', [hedge([0.2, 0.45])], 0.325],
    ['a booster band sets it (`almost certain` 95-99%)', [booster([0.95, 0.99])], 0.97],
    ['a hedge band above the base does not raise it', [hedge([0.8, 0.95])], BASE_CERTAINTY],
    ['a band, then an unbanded booster on top', [hedge([0.2, 0.45]), booster()], 0.567],
  ])('%s', (_, effects, expected) => {
    expect(certaintyOf(effects)).toBeCloseTo(expected, 3);
  });

  const band = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);
  const effect: fc.Arbitrary<CueEffect> = fc.record({
    direction: fc.constantFrom('down' as const, 'up' as const),
    weight: fc.constantFrom(0.5, 1),
    band: fc.option(band, { nil: null }),
  });

  it('adding a hedge never raises certainty', () => {
    fc.assert(fc.property(fc.array(effect, { maxLength: 6 }), fc.option(band, { nil: null }), (effects, b) => {
      expect(certaintyOf([...effects, hedge(b)])).toBeLessThanOrEqual(certaintyOf(effects));
    }));
  });

  it('adding a booster never lowers certainty', () => {
    fc.assert(fc.property(fc.array(effect, { maxLength: 6 }), fc.option(band, { nil: null }), (effects, b) => {
      expect(certaintyOf([...effects, booster(b)])).toBeGreaterThanOrEqual(certaintyOf(effects));
    }));
  });

  it('stays in [0, 1] and does not depend on the order of the cues', () => {
    fc.assert(fc.property(fc.array(effect, { maxLength: 6 }), (effects) => {
      const c = certaintyOf(effects);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
      expect(certaintyOf([...effects].reverse())).toBe(c);
    }));
  });
});

describe('cueEffect', () => {
  const cue = { probabilityLow: null, probabilityHigh: null };
  it.each([
    ['a hedge lowers', { ...cue, kind: 'hedge' as const, negated: false }, 'down'],
    ['a booster raises', { ...cue, kind: 'booster' as const, negated: false }, 'up'],
    ['a negated booster (`not clear`) flips to lowering', { ...cue, kind: 'booster' as const, negated: true }, 'down'],
    ['a negated hedge (`I do not anticipate`) still lowers', { ...cue, kind: 'hedge' as const, negated: true }, 'down'],
    ['a weasel lowers', { ...cue, kind: 'weasel' as const, negated: false }, 'down'],
  ])('%s', (_, input, direction) => {
    expect(cueEffect(input).direction).toBe(direction);
  });

  it('keeps the band of a cue that names a likelihood', () => {
    expect(cueEffect({ kind: 'hedge', negated: true, probabilityLow: 0.2, probabilityHigh: 0.45 }).band).toEqual([0.2, 0.45]);
  });
});

describe('epistemicOf', () => {
  it.each<[CueEffect[], string]>([
    [[], 'neutral'],
    [[hedge()], 'hedged'],
    [[booster()], 'boosted'],
    [[hedge(), booster()], 'mixed'],
  ])('%j is %s', (effects, expected) => {
    expect(epistemicOf(effects)).toBe(expected);
  });
});
