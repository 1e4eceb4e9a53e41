import { tokenize } from '@essaylens/tokenize';
import { describe, expect, it } from 'vitest';
import { compromiseChunks, hasTag, parse, parseStage, tagsOf } from '../src/index.js';

/** Each token with the text of the compromise term that covers it (`-` for none). */
function coverage(text: string): string[] {
  const doc = parse(tokenize(text));
  const { terms, termOfToken } = doc.layers.parse!;
  return doc.tokens.map((token, i) => {
    const term = terms[termOfToken[i]!];
    return `${token.text}→${term ? text.slice(term.start, term.end) : '-'}`;
  });
}

describe('parse: compromise’s terms placed on the Doc’s tokens', () => {
  it.each([
    ['possessives', 'Russia’s view', ['Russia→Russia’s', '’s→Russia’s', 'view→view']],
    ['possessives, straight apostrophe', "China's plan", ["China→China's", "'s→China's", 'plan→plan']],
    ['hyphen compounds', 'the US-led QUAD', ['the→the', 'US→US', '-→-', 'led→led', 'QUAD→QUAD']],
    ['hyphen compounds of names', 'China-Russia ties', ['China→China', '-→-', 'Russia→Russia', 'ties→ties']],
    ['contractions', "they don't", ['they→they', "do→don't", "n't→don't"]],
    ['contractions, curly apostrophe', 'I won’t', ['I→I', 'wo→won’t', 'n’t→won’t']],
    ['money', '$100 billion', ['$→$100', '100→$100', 'billion→billion']],
    ['numbers', '1.1 million and 500,000', ['1.1→1.1', 'million→million', 'and→and', '500,000→500,000']],
    ['URLs', 'see www.velinatchakarova.com now', ['see→see', 'www.velinatchakarova.com→www.velinatchakarova.com', 'now→now']],
    ['abbreviations', 'the U.S. and Mr. Li', ['the→the', 'U.S.→U.S.', 'and→and', 'Mr.→Mr', 'Li→Li']],
    ['punctuation, which no term covers', '“Yes,” he said.', ['“→-', 'Yes→Yes', ',→-', '”→-', 'he→he', 'said→said', '.→-']],
    ['astral characters and CRLF', '𝒜𝒷 one\r\ntwo', ['𝒜𝒷→𝒜𝒷', 'one→one', 'two→two']],
  ])('%s: %j', (_, text, expected) => expect(coverage(text)).toEqual(expected));

  it('keeps the input Doc as it was and adds only the `parse` layer', () => {
    const doc = tokenize('Russia might not support it.');
    const before = structuredClone(doc);
    const parsed = parse(doc);
    expect(doc).toEqual(before);
    expect(Object.keys(parsed.layers)).toEqual(['parse']);
    expect(parsed.tokens).toBe(doc.tokens);
  });

  it('says what it expected when given no Doc', () => {
    expect(() => parse(undefined as never)).toThrow('parse: expected a Doc with a `tokens` layer, got undefined (did tokenize run?)');
  });

  it('parses the empty text into an empty layer', () => {
    expect(parse(tokenize('')).layers.parse).toEqual({ terms: [], termOfToken: [] });
  });
});

describe('tagsOf and hasTag', () => {
  const doc = parse(tokenize('Russia might not support China’s plan in May.'));

  it.each([
    [0, 'Country'],
    [1, 'Modal'],
    [2, 'Negative'],
    [4, 'Possessive'],
    [5, 'Possessive'],
    [8, 'Month'],
  ])('token %i has the tag %s', (index, tag) => {
    expect(tagsOf(doc, index)).toContain(tag);
    expect(hasTag(doc, index, tag)).toBe(true);
  });

  it('gives no tags for punctuation, for indexes past the end, or when the Doc has no parse layer', () => {
    expect(tagsOf(doc, 9)).toEqual([]);
    expect(tagsOf(doc, 99)).toEqual([]);
    expect(tagsOf(tokenize('Russia'), 0)).toEqual([]);
    expect(hasTag(doc, 9, 'Noun')).toBe(false);
  });

  it('keeps the live compromise view beside the layer, but not in a Doc rebuilt from JSON', () => {
    const [chunk] = compromiseChunks(doc);
    expect(chunk?.offset).toBe(0);
    expect(chunk?.view.match('#Modal').text()).toBe('might');
    expect(compromiseChunks(JSON.parse(JSON.stringify(doc)))).toEqual([]);
    expect(compromiseChunks(tokenize('x'))).toEqual([]);
  });
});

describe('parseStage', () => {
  it('is a stage that requires tokens and adds parse', () => {
    const stage = parseStage();
    expect({ name: stage.name, requires: stage.requires, adds: stage.adds }).toEqual({ name: 'parse', requires: ['tokens'], adds: 'parse' });
    expect(stage.run(tokenize('Hello.')).layers.parse?.terms).toHaveLength(1);
  });

  it('registers each plugin with compromise once, before any parse, however often it is given', () => {
    let registrations = 0;
    const plugin = { words: { zorblatia: 'Country' }, api: () => void registrations++ };
    parseStage([plugin]);
    parseStage([plugin, plugin]);
    expect(registrations).toBe(1);
    const doc = parseStage([plugin]).run(tokenize('Zorblatia agreed.'));
    expect(hasTag(doc, 0, 'Country')).toBe(true);
  });
});
