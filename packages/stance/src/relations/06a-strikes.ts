/** Force on a thing that lies in a state: the state is struck (`bombed a compound in Doha`). */
import type { Doc } from '@essaylens/doc';
import { resolveName } from '@essaylens/entities';
import { hasTag } from '@essaylens/parse';
import type { CueMatch } from './02-cues.js';
import type { Group } from './01-groups.js';

/**
 * `Israeli aircraft bombed a compound in Doha`, `struck targets in Syria`: a verb of force whose
 * object names no actor strikes the state where its object lies (a place after `in` within the
 * object's few words, no verb or comma between).
 */
export function struckIn(doc: Doc, m: CueMatch, inClause: readonly Group[], clauseEnd: number): Group | undefined {
  if (!m.verb || m.cue.family !== 'force' || m.cue.polarity !== '-') return undefined;
  for (let t = m.tokenEnd; t < Math.min(m.tokenEnd + 7, clauseEnd); t++) {
    const word = doc.tokens[t]!.normal;
    if (word === ',' || (t > m.tokenEnd && hasTag(doc, t, 'Verb')) || inClause.some((g) => g.tokenStart === t)) return undefined;
    if (word !== 'in' || t === m.tokenEnd) continue;
    const place = inClause.find((g) => g.tokenStart === t + 1 && g.types.every((type) => type === 'GPE'));
    // (a capital is its state already, `in Doha` names Qatar: see relationActor; a city the
    // lexicon does not know is no party: `a hospital in Kharkiv`)
    return place && place.names.every((name) => resolveName(name)?.type === 'GPE') ? place : undefined;
  }
  return undefined;
}
