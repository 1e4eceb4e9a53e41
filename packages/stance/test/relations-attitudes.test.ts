import { describe, expect, it } from 'vitest';
import { relationPairs, type MentionSpec } from './helpers.js';

/** Actors the shared helper does not know, added for these cases. */
const EXTRA: MentionSpec[] = [
  { text: 'Kenya', canonical: 'Kenya' },
  { text: 'Greenland', canonical: 'Greenland' },
  { text: 'Denmark', canonical: 'Denmark' },
  { text: 'Danish', canonical: 'Denmark', type: 'NORP' },
  { text: 'Danes', canonical: 'Denmark', type: 'NORP' },
  { text: 'Copenhagen', canonical: 'Denmark' },
  { text: 'Europe', canonical: 'Europe', type: 'LOC' },
  { text: 'Ethiopian', canonical: 'Ethiopia', type: 'NORP' },
];

const pairs = (text: string) => relationPairs(text, EXTRA);

// Attitudes stated by an adjective and its `of`/`to`, closeness without a `to`, and the tone of a
// neutral exchange; each rule has a case it must find and one it must leave alone.
describe('relations: attitude adjectives need a named object', () => {
  it.each([
    ['`suspicious of` an actor is hostile', 'Egypt remains deeply suspicious of Ethiopia.', ['Egypt|Ethiopia-']],
    ['`wary of` an actor is hostile', 'Egypt is wary of Ethiopia.', ['Egypt|Ethiopia-']],
    ['`critical of` an actor is hostile', 'Hungary is critical of Ukraine.', ['Hungary|Ukraine-']],
    ['`sceptical of` an actor is hostile', 'Hungary is sceptical of Ukraine.', ['Hungary|Ukraine-']],
    ['`loyal to` an actor is support', 'Hungary has stayed loyal to Russia.', ['Hungary|Russia+']],
    ['`wary of` a confrontation leaves the confrontation its own pair', 'Berlin is wary of any confrontation with Beijing.', ['China|Germany-']],
    ['`wary of` a thing names no one', 'Egypt is wary of the new dam on the Nile.', []],
    ['`criticism of`, a noun, kept quiet is no attitude adjective', 'Washington kept its criticism of India quiet.', []],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});

describe('relations: closeness and friends', () => {
  it.each([
    ['`X and Y have grown closer`: the members of the subject', 'Kenya and Ethiopia have grown closer over the past year.', ['Ethiopia|Kenya+']],
    ['`grew closer to Y` keeps its subject and object', 'Kenya grew closer to Ethiopia after the election.', ['Ethiopia|Kenya+']],
    ['`moved closer together`: no pair without two actors in the subject', 'Kenya has moved closer together with its neighbours.', []],
    ['`X is Y\'s friend`', "Hungary has long been Moscow's most reliable friend inside the alliance.", ['Hungary|Russia+']],
    ['`closed ranks behind` an actor is support', 'Europe has closed ranks behind the Danes.', ['Denmark|Europe+']],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});

describe('relations: a nationality adjective with the state as its noun joins a pair', () => {
  it.each([
    ['`between X and the Danish state`', 'Relations between Greenland and the Danish state have been strained for decades.', ['Denmark|Greenland-']],
    ['`... and the Ethiopian government`', 'Ties between Kenya and the Ethiopian government have soured.', ['Ethiopia|Kenya-']],
    ['a nationality adjective before any other noun stays out of the pair', 'Ties between Kenya and Ethiopian farmers have soured.', []],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});

describe('relations: an exchange takes its tone from its words', () => {
  it.each([
    ['a frosty exchange between two capitals is hostile', 'It was the frostiest exchange between Washington and Copenhagen in living memory.', ['Denmark|United States-']],
    ['a warm exchange is friendly', 'It was a warm exchange between Washington and Copenhagen.', ['Denmark|United States+']],
    ['an exchange with no tone gives none', 'The exchange between Washington and Copenhagen lasted an hour.', []],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});
