import type { Doc, LayerName } from './types.js';

/**
 * A pipeline component, in the manner of spaCy's: it names the layers it needs and the one it
 * adds, and `run` returns a new Doc with that layer.
 */
export interface Stage {
  name: string;
  requires: readonly LayerName[];
  adds: LayerName;
  run(doc: Doc): Doc;
}

/**
 * Checks the order of `stages` once, when the pipeline is built, and returns a function that
 * runs them in turn. A stage whose requirement no earlier stage adds fails here, not halfway
 * through a corpus.
 *
 * @param stages - the stages in the order they run; the input Doc is expected to have `tokens`.
 * @returns a function from a tokenized Doc to a Doc with every stage's layer.
 * @throws Error naming the stage and the missing layer.
 * @example
 * const run = composeStages([parseStage, entitiesStage, hedgesStage]);
 * const doc = run(tokenize(text));
 */
export function composeStages(stages: readonly Stage[]): (doc: Doc) => Doc {
  const available = new Set<LayerName>(['tokens']);
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!available.has(need)) {
        const provider = stages.find((s) => s.adds === need);
        const hint = provider ? `put \`${provider.name}\` before it` : `add a stage that adds \`${need}\``;
        throw new Error(`Stage \`${stage.name}\` requires the \`${need}\` layer, but no earlier stage adds it (${hint})`);
      }
    }
    available.add(stage.adds);
  }
  return (doc) => stages.reduce((current, stage) => stage.run(current), doc);
}
