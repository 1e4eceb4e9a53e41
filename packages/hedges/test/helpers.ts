import { composeStages, type Doc } from '@essaylens/doc';
import { parseStage } from '@essaylens/parse';
import { tokenize } from '@essaylens/tokenize';
import { hedgesStage, type Cue } from '../src/index.js';

const run = composeStages([parseStage(), hedgesStage()]);

/** Tokenize, parse and find hedges (no entities layer: holders fall back to `other`). */
export function analyzeText(text: string): Doc {
  return run(tokenize(text, { id: 'test' }));
}

/** The cues of a text as `text|kind` strings, in order. */
export function cueList(text: string): string[] {
  return (analyzeText(text).layers.hedges?.cues ?? []).map((c) => `${c.text}|${c.kind}`);
}

/** The cues of a text. */
export function cuesIn(text: string): Cue[] {
  return analyzeText(text).layers.hedges?.cues ?? [];
}
