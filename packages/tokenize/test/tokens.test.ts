import { describe, expect, it } from 'vitest';
import { normalize, tokenize } from '../src/index.js';

/** Each token as `text/kind`, the way the cases below are written. */
const tokens = (text: string) => tokenize(text).tokens.map((t) => `${t.text}/${t.kind}`);

describe('tokens', () => {
  describe('abbreviations and initials keep their period', () => {
    it.each([
      ['U.S. positions', ['U.S./word', 'positions/word']],
      ['i.e. the rivalry', ['i.e./word', 'the/word', 'rivalry/word']],
      ['e.g., Japan', ['e.g./word', ',/punct', 'Japan/word']],
      ['Mr. Putin', ['Mr./word', 'Putin/word']],
      ['J. R. R. Tolkien', ['J./word', 'R./word', 'R./word', 'Tolkien/word']],
      ['a Ph.D. thesis', ['a/word', 'Ph.D./word', 'thesis/word']],
      ['at 5 p.m. sharp', ['at/word', '5/number', 'p.m./word', 'sharp/word']],
      ['No. 10 Downing', ['No./word', '10/number', 'Downing/word']],
      ['Smith et al. argue', ['Smith/word', 'et/word', 'al./word', 'argue/word']],
    ])('%j', (text, expected) => expect(tokens(text)).toEqual(expected));
  });

  describe('a period that is no abbreviation is a token of its own', () => {
    it.each([
      ['in Vienna.', ['in/word', 'Vienna/word', './punct']],
      ['Say no.', ['Say/word', 'no/word', './punct']],
      ['Plan B. The rest', ['Plan/word', 'B/word', './punct', 'The/word', 'rest/word']],
      ['I. Then', ['I/word', './punct', 'Then/word']],
      ['etc...', ['etc/word', '.../punct']],
    ])('%j', (text, expected) => expect(tokens(text)).toEqual(expected));
  });

  describe('hyphenated compounds are split so each part stays addressable', () => {
    it.each([
      ['China-Russia relations', ['China/word', '-/punct', 'Russia/word', 'relations/word']],
      ['the US-led QUAD', ['the/word', 'US/word', '-/punct', 'led/word', 'QUAD/word']],
      ['Indo-Pacific', ['Indo/word', '-/punct', 'Pacific/word']],
      ['Covid-19', ['Covid/word', '-/punct', '19/number']],
      ['non\u2011binding', ['non/word', '\u2011/punct', 'binding/word']],
      ['yes -- no', ['yes/word', '--/punct', 'no/word']],
    ])('%j', (text, expected) => expect(tokens(text)).toEqual(expected));
  });

  describe('possessives and contractions split off their clitic', () => {
    it.each([
      ['Russia’s position', ['Russia/word', '’s/word', 'position/word']],
      ["Russia's position", ['Russia/word', "'s/word", 'position/word']],
      ['the U.S.’s allies', ['the/word', 'U.S./word', '’s/word', 'allies/word']],
      ['the 1990s’s end', ['the/word', '1990s/number', '’s/word', 'end/word']],
      ["don't", ['do/word', "n't/word"]],
      ['won’t', ['wo/word', 'n’t/word']],
      ["they're, we've, I'm, she'll, he'd", ['they/word', "'re/word", ',/punct', 'we/word', "'ve/word", ',/punct', 'I/word', "'m/word", ',/punct', 'she/word', "'ll/word", ',/punct', 'he/word', "'d/word"]],
      ['O’Brien', ['O’Brien/word']],
      ["the states' rights", ['the/word', 'states/word', "'/punct", 'rights/word']],
    ])('%j', (text, expected) => expect(tokens(text)).toEqual(expected));
  });

  describe('money and numbers', () => {
    it.each([
      ['$100 billion', ['$/symbol', '100/number', 'billion/word']],
      ['1.1 million', ['1.1/number', 'million/word']],
      ['500,000 troops', ['500,000/number', 'troops/word']],
      ['3.5% growth', ['3.5/number', '%/symbol', 'growth/word']],
      ['€20bn', ['€/symbol', '20/number', 'bn/word']],
      ['February 2nd, 2022', ['February/word', '2nd/number', ',/punct', '2022/number']],
      ['the 1990s', ['the/word', '1990s/number']],
      ['rose .5 points', ['rose/word', '.5/number', 'points/word']],
      ['in 2022.', ['in/word', '2022/number', './punct']],
      ['2021–22', ['2021/number', '–/punct', '22/number']],
      ['½ of it', ['½/number', 'of/word', 'it/word']],
      ['𝟏𝟐 units', ['𝟏𝟐/number', 'units/word']],
    ])('%j', (text, expected) => expect(tokens(text)).toEqual(expected));
  });

  describe('URLs and e-mail addresses stay whole, without the punctuation that ends the sentence', () => {
    it.each([
      ['www.velinatchakarova.com', ['www.velinatchakarova.com/url']],
      ['See https://example.org/a?b=1.', ['See/word', 'https://example.org/a?b=1/url', './punct']],
      ['(https://en.wikipedia.org/wiki/Foo_(bar))', ['(/punct', 'https://en.wikipedia.org/wiki/Foo_(bar)/url', ')/punct']],
      ['Write to press@example.org, please', ['Write/word', 'to/word', 'press@example.org/url', ',/punct', 'please/word']],
      ['visit example.com today', ['visit/word', 'example.com/url', 'today/word']],
      ['in Vienna.It was', ['in/word', 'Vienna/word', './punct', 'It/word', 'was/word']],
      ['the end.in the', ['the/word', 'end/word', './punct', 'in/word', 'the/word']],
      ['read bbc.co.uk and spiegel.de', ['read/word', 'bbc.co.uk/url', 'and/word', 'spiegel.de/url']],
      ['see www.gov.it or http://x.it', ['see/word', 'www.gov.it/url', 'or/word', 'http://x.it/url']],
    ])('%j', (text, expected) => expect(tokens(text)).toEqual(expected));
  });

  describe('Unicode: astral characters, combining marks, joiners and non-breaking spaces', () => {
    it.each([
      ['café', ['café/word']],
      ['cafe\u0301 noir', ['cafe\u0301/word', 'noir/word']],
      ['𝒜𝒷 test', ['𝒜𝒷/word', 'test/word']],
      ['unique\u00a0modus\u00a0vivendi', ['unique/word', 'modus/word', 'vivendi/word']],
      ['inter\u00adnational', ['inter\u00adnational/word']],
      ['ok 👩\u200d💻 👍🏽 🇦🇹', ['ok/word', '👩\u200d💻/symbol', '👍🏽/symbol', '🇦🇹/symbol']],
      ['\u0301alone', ['\u0301/symbol', 'alone/word']],
      ['\ud800 lone', ['\ud800/symbol', 'lone/word']],
    ])('%j', (text, expected) => expect(tokens(text)).toEqual(expected));
  });

  it('gives offsets into the text as read, CRLF and lone CR included', () => {
    const text = 'One\r\ntwo\rthree';
    expect(tokenize(text).tokens.map((t) => [t.start, t.end])).toEqual([[0, 3], [5, 8], [9, 14]]);
  });

  describe('normal form: lower case with curly quotes and apostrophes folded', () => {
    it.each([
      ['Russia', 'russia'],
      ['’s', "'s"],
      ['n’t', "n't"],
      ['“', '"'],
      ['»', '"'],
      ['U.S.', 'u.s.'],
    ])('%j → %j', (text, expected) => expect(normalize(text)).toBe(expected));
  });

  describe('stems: natural’s Porter stemmer for plain words, the normal form otherwise', () => {
    it.each([
      ['supporting', 0, 'support'],
      ['Relations', 0, 'relat'],
      ['Russia’s', 1, "'s"],
      ['U.S.', 0, 'u.s.'],
      ['500,000', 0, '500,000'],
      ['a'.repeat(41), 0, 'a'.repeat(41)],
    ])('%j (token %i) → %j', (text, index, expected) => expect(tokenize(text).tokens[index]!.stem).toBe(expected));
  });
});
