import { describe, expect, it } from 'vitest';
import { LexiconError, lexiconEntries, lexiconStrings, lexiconText } from '../src/index.js';

describe('lexiconEntries', () => {
  it('gives each entry of the section with the path errors name', () => {
    expect(lexiconEntries({ cues: [{ text: 'a' }, { text: 'b' }], entities: 5 }, 'cues', 'cue entries')).toEqual([
      { at: 'cues[0]', fields: { text: 'a' } },
      { at: 'cues[1]', fields: { text: 'b' } },
    ]);
  });

  it.each([[undefined], [null], [{}], [{ entities: [] }]])('has no entries for a missing lexicon or section (%j)', (lexicon) => {
    expect(lexiconEntries(lexicon, 'cues', 'cue entries')).toEqual([]);
  });

  it.each([
    [[], '(top level)', 'an array'],
    ['x', '(top level)', '"x"'],
    [{ cues: 5 }, 'cues', 'number 5'],
    [{ cues: [7] }, 'cues[0]', 'number 7'],
    [{ cues: [{}, []] }, 'cues[1]', 'an array'],
  ])('names the field of a misshapen lexicon (%j)', (lexicon, field, got) => {
    const error = (() => {
      try {
        lexiconEntries(lexicon, 'cues', 'cue entries');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(LexiconError);
    expect(error).toMatchObject({ field, got });
  });
});

describe('lexiconText and lexiconStrings', () => {
  it('accept non-empty strings and missing optional values', () => {
    expect(lexiconText('on the cards', 'cues[0].text', true)).toBe('on the cards');
    expect(lexiconText(undefined, 'cues[0].family')).toBeUndefined();
    expect(lexiconStrings(undefined, 'entities[0].aliases')).toEqual([]);
    expect(lexiconStrings(['GPN', 'Gazprom'], 'entities[0].aliases')).toEqual(['GPN', 'Gazprom']);
  });

  it.each([
    [() => lexiconText(undefined, 'cues[0].text', true), 'cues[0].text'],
    [() => lexiconText('  ', 'cues[0].text', true), 'cues[0].text'],
    [() => lexiconText(3, 'cues[0].family'), 'cues[0].family'],
    [() => lexiconStrings('GPN', 'entities[0].aliases'), 'entities[0].aliases'],
    [() => lexiconStrings(['GPN', ''], 'entities[0].aliases'), 'entities[0].aliases[1]'],
  ])('reject a value of the wrong kind, naming its field (%#)', (read, field) => {
    expect(read).toThrow(LexiconError);
    expect(read).toThrow(`field \`${field}\``);
  });
});
