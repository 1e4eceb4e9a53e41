import { describe, expect, it } from 'vitest';
import { LexiconError } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { builtinEntries, readUserEntities, resolveName } from '../src/index.js';
import { keyOf, namePieces } from '../src/01-keys.js';
import { mentionsOf } from './helpers.js';
import countries from '../data/countries.json' with { type: 'json' };

describe('user lexicon', () => {
  it('adds entities and aliases without code', () => {
    const lexicon = { entities: [{ name: 'Gazprom Neft', type: 'ORG', aliases: ['GPN'] }], cues: [{ ignored: true }] };
    expect(mentionsOf('GPN and Gazprom Neft raised output.', lexicon)).toEqual(['GPN → Gazprom Neft/ORG', 'Gazprom Neft → Gazprom Neft/ORG']);
  });

  it('wins over a built-in entry with the same name', () => {
    expect(mentionsOf('The Quad met.', { entities: [{ name: 'Quad Cities', type: 'GPE', aliases: ['Quad'] }] })).toEqual(['Quad → Quad Cities/GPE']);
  });

  it('ignores the sections of other stages and a missing lexicon', () => {
    expect(readUserEntities({ cues: [] })).toEqual([]);
    expect(readUserEntities(undefined)).toEqual([]);
  });

  it.each([
    [[], '(top level)'],
    [{ entities: {} }, 'entities'],
    [{ entities: ['NATO'] }, 'entities[0]'],
    [{ entities: [{ type: 'ORG' }] }, 'entities[0].name'],
    [{ entities: [{ name: 'X', type: 'ORG' }, { name: 'Y', type: 'CITY' }] }, 'entities[1].type'],
    [{ entities: [{ name: 'X', type: 'ORG', aliases: 'XX' }] }, 'entities[0].aliases'],
    [{ entities: [{ name: 'X', type: 'ORG', aliases: ['XX', 3] }] }, 'entities[0].aliases[1]'],
    [{ entities: [{ name: 'X', type: 'ORG', alias: ['XX'] }] }, 'entities[0].alias'],
  ])('rejects %j naming the field %s', (lexicon, field) => {
    let error: unknown;
    try {
      readUserEntities(lexicon);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).field).toBe(field);
    expect((error as LexiconError).message).toContain(`\`${field}\``);
  });
});

describe('built-in lexicon', () => {
  const surfaces = builtinEntries.flatMap((e) => [e.name, ...(e.aliases ?? []), ...(e.adjectives ?? []), ...(e.capitals ?? [])]);

  it('cuts every name the way the tokenizer cuts text', () => {
    const differ = surfaces.filter((s) => {
      const tokens = tokenize(`${s} `, { id: 'x' }).tokens.map((t) => keyOf(t.text));
      return tokens.join('|') !== namePieces(s).map(keyOf).join('|');
    });
    expect(differ).toEqual([]);
  });

  it('covers the 193 UN members, the two observer states, Taiwan and Kosovo', () => {
    const names = countries.entries.map((e) => e.name);
    expect(new Set(names).size).toBe(197);
    expect(names).toEqual(expect.arrayContaining(['Taiwan', 'Kosovo', 'Holy See', 'Palestine', 'South Sudan', 'Tuvalu']));
  });

  it.each([
    ['Russian', 'Russia'],
    ['Moscow', 'Russia'],
    ['U.S.', 'United States'],
    ['Kyiv', 'Ukraine'],
    ['Filipino', 'Philippines'],
    ['SCO', 'Shanghai Cooperation Organization'],
    ['Fed', 'Federal Reserve'],
  ])('resolves %s to %s', (word, canonical) => {
    expect(resolveName(word)?.canonical).toBe(canonical);
  });

  it('does not resolve the pronoun `us`', () => {
    expect(resolveName('us')).toBeUndefined();
  });
});
