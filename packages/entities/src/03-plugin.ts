import { nlp } from '@essaylens/parse';
import titles from '../data/titles.json' with { type: 'json' };
import people from '../data/people.json' with { type: 'json' };
import type { EntityEntry } from './02-lexicon.js';
import { builtinEntries } from './02-lexicon.js';

/** A compromise plugin object: lower-case words (or phrases) mapped to a compromise tag. */
export interface CompromisePlugin {
  words: Record<string, string>;
}

const TAG_OF_TYPE: Record<EntityEntry['type'], string> = {
  PERSON: 'Person',
  GPE: 'Country',
  LOC: 'Region',
  ORG: 'Organization',
  NORP: 'Demonym',
  EVENT: 'ProperNoun',
  MISC: 'ProperNoun',
};

/**
 * Builds the compromise plugin from lexicon entries. Only words compromise does not already
 * know are taught: re-tagging a word it knows (`us`, `fed`, `who`) would change how every
 * other stage reads ordinary English, and the entities stage matches case-sensitively itself.
 * Phrases of plain letters are taught whole (`south china sea` → Region), so compromise's
 * own chunks and tags see them as one name.
 */
export function buildPlugin(entries: readonly EntityEntry[], titleWords: readonly string[] = []): CompromisePlugin {
  const known = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
  const words: Record<string, string> = {};
  const teach = (surface: string, tag: string) => {
    const word = surface.toLowerCase().replace(/^the\s+/u, '');
    if (!/^[\p{L}][\p{L} '-]*$/u.test(word) || word in known || word in words) return;
    words[word] = tag;
  };
  for (const entry of entries) {
    const tag = TAG_OF_TYPE[entry.type];
    for (const name of [entry.name, ...(entry.aliases ?? [])]) teach(name, tag);
    for (const adjective of entry.adjectives ?? []) teach(adjective, 'Demonym');
    for (const capital of entry.capitals ?? []) teach(capital, 'City');
    for (const seat of entry.seats ?? []) teach(seat, 'Organization');
  }
  for (const title of titleWords) teach(title, 'Honorific');
  return { words };
}

/**
 * Well-known people of international affairs (`data/people.json`). They are taught to
 * compromise only, not matched as lexicon names: compromise does not know most of these
 * surnames (`Zelensky`, `Modi`, `Trump`), so without them a lone surname was typed as an
 * organisation or missed at the start of a sentence; with them it is a personal name, and
 * the stage's own person rules (titles, short forms linked to the full name) take it from there.
 */
const peopleEntries: readonly EntityEntry[] = people.entries.map((entry) => ({ name: entry.name, type: 'PERSON', aliases: entry.aliases ?? [] }));

/**
 * The compromise plugin for the built-in lexicons (states, capitals, demonyms, regions,
 * organisations, events, well-known people, titles). Register it before parsing:
 * `parseStage([entitiesPlugin])`.
 */
export const entitiesPlugin: CompromisePlugin = buildPlugin([...builtinEntries, ...peopleEntries], titles.titles);
