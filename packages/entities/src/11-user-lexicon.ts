import { LexiconError, describeValue } from '@essaylens/doc';
import type { EntityEntry } from './02-lexicon.js';
import type { EntityType } from './layer.js';

const TYPES: readonly EntityType[] = ['PERSON', 'GPE', 'LOC', 'ORG', 'NORP', 'EVENT', 'MISC'];
const FIELDS = new Set(['name', 'type', 'aliases', 'adjectives', 'capitals', 'seats']);

function strings(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new LexiconError(field, 'an array of strings', describeValue(value));
  return value.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') throw new LexiconError(`${field}[${i}]`, 'a non-empty string', describeValue(item));
    return item;
  });
}

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
  if (lexicon === undefined || lexicon === null) return [];
  if (typeof lexicon !== 'object' || Array.isArray(lexicon)) throw new LexiconError('(top level)', 'an object with an `entities` array', describeValue(lexicon));
  const section = (lexicon as Record<string, unknown>).entities;
  if (section === undefined) return [];
  if (!Array.isArray(section)) throw new LexiconError('entities', 'an array of entity objects', describeValue(section));
  return section.map((raw, i): EntityEntry => {
    const at = `entities[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new LexiconError(at, 'an object with `name` and `type`', describeValue(raw));
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry)) if (!FIELDS.has(key)) throw new LexiconError(`${at}.${key}`, `one of the fields ${[...FIELDS].join(', ')}`, JSON.stringify(key));
    if (typeof entry.name !== 'string' || entry.name.trim() === '') throw new LexiconError(`${at}.name`, 'a non-empty string', describeValue(entry.name));
    if (typeof entry.type !== 'string' || !TYPES.includes(entry.type as EntityType)) throw new LexiconError(`${at}.type`, `one of ${TYPES.join(', ')}`, describeValue(entry.type));
    return {
      name: entry.name.trim(),
      type: entry.type as EntityType,
      aliases: strings(entry.aliases, `${at}.aliases`),
      adjectives: strings(entry.adjectives, `${at}.adjectives`),
      capitals: strings(entry.capitals, `${at}.capitals`),
      seats: strings(entry.seats, `${at}.seats`),
    };
  });
}
