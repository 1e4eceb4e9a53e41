import hedges from '../../data/hedges.json' with { type: 'json' };
import boosters from '../../data/boosters.json' with { type: 'json' };
import weasels from '../../data/weasels.json' with { type: 'json' };
import nonCues from '../../data/non-cues.json' with { type: 'json' };
import type { CueKind } from '../layer.js';
import type { CueEntry } from './types.js';

type RawEntry = Omit<CueEntry, 'kind'> & { kind?: string };

function withKind(entries: readonly RawEntry[], kind: CueKind): CueEntry[] {
  return entries.map((entry) => ({ ...entry, kind: (entry.kind as CueKind | undefined) ?? kind }) as CueEntry);
}

/** The built-in cue entries: hedges, boosters and weasels, each file's kind the default. */
export const BUILTIN_CUES: readonly CueEntry[] = [
  ...withKind(hedges.entries as RawEntry[], 'hedge'),
  ...withKind(boosters.entries as RawEntry[], 'booster'),
  ...withKind(weasels.entries as RawEntry[], 'weasel'),
];

/** The built-in non-cue patterns (technical terms, fixed phrases). */
export const BUILTIN_NON_CUES: readonly string[] = nonCues.entries.map((e) => e.text);
