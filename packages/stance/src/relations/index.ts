import { expectDoc, requireLayer, withLayer, type Doc, type Stage } from '@essaylens/doc';
import type { RelationsLayer } from '../layer.js';
import { sentenceRelations } from './03-find.js';
import { ellipsisRelations } from './10-ellipsis.js';
import { salientPair } from './11-salient.js';

/**
 * Finds the actor-to-actor relations of a Doc: pairs of canonical actors with `+`
 * (cooperation, support) or `-` (opposition, conflict), each citing its sentence and cue.
 * Needs the `parse` and `entities` layers.
 *
 * @returns a new Doc with the `relations` layer.
 * @example
 * const doc = findRelations(withEntities(parse(tokenize('Beijing is siding with Moscow.'))));
 * doc.layers.relations?.relations[0]; // { source: 'China', target: 'Russia', polarity: '+', ... }
 */
export function findRelations(doc: Doc): Doc {
  expectDoc(doc, 'findRelations');
  requireLayer(doc, 'parse', 'findRelations');
  requireLayer(doc, 'entities', 'findRelations');
  const bySentence = doc.sentences.map((_, i) => sentenceRelations(doc, i));
  // `..., and so did Japan`: an elliptical clause repeats the act just told
  ellipsisRelations(doc, bySentence);
  // the pair the essay keeps naming together, when no sentence relates it on its own
  const salient = salientPair(doc, bySentence.flat());
  if (salient) bySentence[salient.sentence]!.push(salient);
  const layer: RelationsLayer = { relations: bySentence.flat() };
  return withLayer(doc, 'relations', layer);
}

/** The relations stage for `composeStages`. */
export function relationsStage(): Stage {
  return { name: 'relations', requires: ['parse', 'entities'], adds: 'relations', run: findRelations };
}
