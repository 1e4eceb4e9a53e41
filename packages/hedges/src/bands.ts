/**
 * Probability bands, as fractions. The seven named bands are the US Intelligence Community's
 * ICD 203 words of estimative probability; the four wider ones cover cues that name a likelihood
 * less precisely (`may` is "roughly even or below", `not certain` is "uncertain").
 */
export const BANDS = {
  almost_no_chance: [0.01, 0.05],
  very_unlikely: [0.05, 0.2],
  unlikely: [0.2, 0.45],
  even: [0.45, 0.55],
  likely: [0.55, 0.8],
  very_likely: [0.8, 0.95],
  almost_certain: [0.95, 0.99],
  even_or_below: [0.2, 0.55],
  even_or_above: [0.45, 0.8],
  uncertain: [0.2, 0.8],
} as const satisfies Record<string, readonly [number, number]>;

/** The name of a probability band. */
export type BandName = keyof typeof BANDS;

/** True when `name` is a band this package knows. */
export function isBand(name: unknown): name is BandName {
  return typeof name === 'string' && Object.hasOwn(BANDS, name);
}

/**
 * The band a negated cue names: its own `negatedBand` when the lexicon gives one, otherwise the
 * mirror image (`likely` ↔ `unlikely`), because a negated estimate is an estimate of the opposite
 * (`I do not anticipate an attack`: an attack is unlikely).
 */
export function bandOf(band: BandName | undefined, negated: boolean, negatedBand?: BandName): readonly [number, number] | null {
  if (negated && negatedBand) return BANDS[negatedBand];
  if (!band) return null;
  const [low, high] = BANDS[band];
  return negated ? [round(1 - high), round(1 - low)] : [low, high];
}

const round = (x: number) => Math.round(x * 100) / 100;
