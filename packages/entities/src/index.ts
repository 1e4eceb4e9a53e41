import type {} from '@essaylens/parse';
import { withLayer, type Stage, type TableSpec } from '@essaylens/doc';
import { compileLexicon } from './02-lexicon.js';
import { findEntities } from './12-find.js';
import { readUserEntities } from './11-user-lexicon.js';
import { entitiesTable, entityCountsTable } from './14-tables.js';

export type { EntitiesLayer, EntitySummary, EntityType, Mention } from './layer.js';
export type { EntityEntry, Lexicon } from './02-lexicon.js';
export { compileLexicon, builtinEntries } from './02-lexicon.js';
export { entitiesPlugin, buildPlugin, type CompromisePlugin } from './03-plugin.js';
export { findEntities } from './12-find.js';
export { readUserEntities } from './11-user-lexicon.js';
export { mentionAt, mentionOf, resolveName } from './13-helpers.js';

/** Options for `entitiesStage`. */
export interface EntitiesOptions {
  /** A parsed user lexicon; its `entities` section adds names and aliases (see the README). */
  lexicon?: unknown;
}

/**
 * The entities stage for `composeStages`: requires `parse`, adds `entities`. The lexicon is
 * compiled once here, not per document. Register `entitiesPlugin` with the parse stage
 * (`parseStage([entitiesPlugin])`) so compromise's tags know the lexicon's words.
 *
 * @throws LexiconError when the user lexicon's `entities` section is malformed.
 */
export function entitiesStage(options: EntitiesOptions = {}): Stage {
  const lexicon = compileLexicon(readUserEntities(options.lexicon));
  return { name: 'entities', requires: ['parse'], adds: 'entities', run: (doc) => withLayer(doc, 'entities', findEntities(doc, lexicon)) };
}

/** The entities report tables: `entities.csv` and `entity_counts.csv`. */
export const entitiesTables: readonly TableSpec[] = [entitiesTable, entityCountsTable];
