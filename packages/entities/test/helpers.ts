import { composeStages, type Doc } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { parseStage } from '@essaylens/parse';
import { entitiesPlugin, entitiesStage, type Mention } from '../src/index.js';

const run = composeStages([parseStage([entitiesPlugin]), entitiesStage()]);

/** Runs tokenize, parse (with the entities plugin) and the entities stage on a text. */
export function analyse(text: string, lexicon?: unknown): Doc {
  const stages = lexicon === undefined ? run : composeStages([parseStage([entitiesPlugin]), entitiesStage({ lexicon })]);
  return stages(tokenize(text, { id: 'test' }));
}

/** The mentions of a text as `text → canonical/TYPE` strings, in order. */
export function mentionsOf(text: string, lexicon?: unknown): string[] {
  return (analyse(text, lexicon).layers.entities?.mentions ?? []).map((m: Mention) => `${m.text} → ${m.canonical}/${m.type}`);
}
