import { requireLayer, type Doc } from '@essaylens/doc';
import type {} from '@essaylens/parse';
import type { EntitiesLayer, EntitySummary, EntityType, Mention } from './layer.js';
import type { Lexicon } from './02-lexicon.js';
import { matchLexicon } from './04-gazetteer.js';
import { findCandidates } from './09-runs.js';
import { resolveAcronyms, resolveCapitals, resolvePersons } from './10-resolve.js';
import { nameAfterTitles } from './10b-titles.js';
import { firstNamesFromCapitals } from './10c-first-names.js';
import { mentionOf } from './13-helpers.js';

/** One row per canonical name: the type most of its mentions have (a state over its adjective or its seat). */
export function summarise(mentions: readonly Mention[]): EntitySummary[] {
  const byName = new Map<string, { mentions: Mention[] }>();
  for (const m of mentions) {
    const group = byName.get(m.canonical) ?? { mentions: [] };
    group.mentions.push(m);
    byName.set(m.canonical, group);
  }
  return [...byName].map(([canonical, { mentions: list }]) => {
    const counts = new Map<EntityType, number>();
    for (const m of list) counts.set(m.type, (counts.get(m.type) ?? 0) + (m.type === 'NORP' ? 0.5 : 1));
    // a state named often through its adjective (`Russian`) or its seat (`the Kremlin`, ORG) is
    // still a state: one GPE mention decides
    const state = list.some((m) => m.type === 'GPE');
    const type = state ? 'GPE' : [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    return { canonical, type, mentions: list.length, firstSentence: list[0]!.sentence };
  });
}

/**
 * Finds the entity mentions of a parsed Doc: lexicon names, titles with names, and names from
 * capitalisation and compromise's tags; then links canonical names across the document
 * (capitals, acronyms defined in the text, short forms of personal names).
 *
 * @param doc - a Doc with the `parse` layer.
 * @param lexicon - a compiled lexicon (`compileLexicon`), built once per analyzer.
 * @returns the `entities` layer.
 */
export function findEntities(doc: Doc, lexicon: Lexicon): EntitiesLayer {
  requireLayer(doc, 'parse', 'entities');
  const matches = matchLexicon(doc, lexicon);
  const candidates = findCandidates(doc, matches);
  nameAfterTitles(doc, candidates);
  firstNamesFromCapitals(doc, candidates);
  resolveCapitals(doc, candidates);
  resolveAcronyms(doc, candidates);
  resolvePersons(doc, candidates);
  const mentions: Mention[] = candidates.map((c) => mentionOf(doc, c.tokenStart, c.tokenEnd, c.canonical, c.type));
  return { mentions, entities: summarise(mentions) };
}
