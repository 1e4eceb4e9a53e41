import type { Cue } from '@essaylens/hedges';
import type { Epistemic } from './layer.js';

/**
 * Certainty of a sentence that carries no cue: an unqualified assertion commits the writer, but
 * less than an emphasised one, so it sits where boosters can still raise it (ICD 203's `likely`
 * to `very likely` boundary).
 */
export const BASE_CERTAINTY = 0.75;
/** How far (in log-odds) one hedge without a probability band lowers certainty. */
export const HEDGE_WEIGHT = 1;
/** How far (in log-odds) one booster without a probability band raises certainty. */
export const BOOSTER_WEIGHT = 1;
/** A weasel (`some say`) distances the writer by half a hedge. */
export const WEASEL_WEIGHT = 0.5;

/** What one cue does to certainty, after negation. */
export interface CueEffect {
  /** `down` lowers certainty (hedges, weasels, negated boosters), `up` raises it. */
  direction: 'down' | 'up';
  /** Log-odds step for a cue without a band. */
  weight: number;
  /** The cue's probability band as fractions, when it names a likelihood. */
  band: readonly [number, number] | null;
}

/**
 * The effect of one hedges-layer cue. A booster under negation (`not clear`) flips to lowering
 * certainty; a negated hedge (`I do not anticipate`) still lowers it, because ANNOTATION.md
 * keeps it a hedge and its band (already negated by the hedges stage) carries the low estimate.
 */
export function cueEffect(cue: Pick<Cue, 'kind' | 'negated' | 'probabilityLow' | 'probabilityHigh'>): CueEffect {
  const band = cue.probabilityLow !== null && cue.probabilityHigh !== null ? ([cue.probabilityLow, cue.probabilityHigh] as const) : null;
  if (cue.kind === 'booster') return { direction: cue.negated ? 'down' : 'up', weight: BOOSTER_WEIGHT, band };
  return { direction: 'down', weight: cue.kind === 'weasel' ? WEASEL_WEIGHT : HEDGE_WEIGHT, band };
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const clampOpen = (p: number) => Math.min(0.99, Math.max(0.01, p));

/**
 * Certainty of a sentence in [0, 1] from its cues' effects (formula in the README):
 * 1. anchor `a` = BASE_CERTAINTY;
 * 2. banded cues set it: `a = min(a, midpoints of banded down-cues)`, then
 *    `a = max(a, midpoints of banded up-cues)`;
 * 3. unbanded cues move it in log-odds: `logit(a) − Σ weight(down) + Σ weight(up)`;
 * 4. back through the logistic function, rounded to 3 decimals.
 * Each step is monotone, so adding a hedge never raises certainty and adding a booster never
 * lowers it.
 */
export function certaintyOf(effects: readonly CueEffect[]): number {
  let anchor = BASE_CERTAINTY;
  for (const e of effects) if (e.band && e.direction === 'down') anchor = Math.min(anchor, (e.band[0] + e.band[1]) / 2);
  for (const e of effects) if (e.band && e.direction === 'up') anchor = Math.max(anchor, (e.band[0] + e.band[1]) / 2);
  let x = logit(clampOpen(anchor));
  for (const e of effects) if (!e.band) x += e.direction === 'up' ? e.weight : -e.weight;
  return Math.round(sigmoid(x) * 1000) / 1000;
}

/** `hedged`, `boosted`, `mixed` (both) or `neutral` (no cue), by the cues' effective directions. */
export function epistemicOf(effects: readonly CueEffect[]): Epistemic {
  const down = effects.some((e) => e.direction === 'down');
  const up = effects.some((e) => e.direction === 'up');
  return down && up ? 'mixed' : down ? 'hedged' : up ? 'boosted' : 'neutral';
}
