import { LexiconError, describeValue, lexiconEntries, lexiconStrings, lexiconText } from '@essaylens/doc';
import type { EntityEntry } from './02-lexicon.js';
import type { EntityType } from './layer.js';

const TYPES: readonly EntityType[] = ['PERSON', 'GPE', 'LOC', 'ORG', 'NORP', 'EVENT', 'MISC'];
const FIELDS = new Set(['name', 'type', 'aliases', 'adjectives', 'capitals', 'seats']);

/**
 * Reads the `entities` section of a user lexicon (the parsed JSON of `--lexicon FILE`); other
 * top-level keys (`cues`, ...) belong to other stages and are left alone.
 *
 * @param lexicon - the whole parsed lexicon, or `undefined` for none.
 * @returns the entries, validated.
 * @throws LexiconError naming the field (`entities[2].type`) when the section is malformed.
 * @example
 * readUserEntities({ entities: [{ name: 'Gazprom Neft', type: 'ORG', aliases: ['GPN'] }] });
 */
export function readUserEntities(lexicon: unknown): EntityEntry[] {
  return lexiconEntries(lexicon, 'entities', 'entity objects').map(({ at, fields: entry }): EntityEntry => {
    for (const key of Object.keys(entry)) if (!FIELDS.has(key)) throw new LexiconError(`${at}.${key}`, `one of the fields ${[...FIELDS].join(', ')}`, JSON.stringify(key));
    const name = lexiconText(entry.name, `${at}.name`, true);
    if (typeof entry.type !== 'string' || !TYPES.includes(entry.type as EntityType)) throw new LexiconError(`${at}.type`, `one of ${TYPES.join(', ')}`, describeValue(entry.type));
    return {
      name: name.trim(),
      type: entry.type as EntityType,
      aliases: lexiconStrings(entry.aliases, `${at}.aliases`),
      adjectives: lexiconStrings(entry.adjectives, `${at}.adjectives`),
      capitals: lexiconStrings(entry.capitals, `${at}.capitals`),
      seats: lexiconStrings(entry.seats, `${at}.seats`),
    };
  });
}
