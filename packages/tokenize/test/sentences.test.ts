import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/index.js';

const sentences = (text: string) => tokenize(text).sentences.map((s) => s.text);

describe('sentences', () => {
  it.each([
    ['U.S. positions matter. Next one.', ['U.S. positions matter.', 'Next one.']],
    ['That is, i.e. the rivalry, e.g. this one.', ['That is, i.e. the rivalry, e.g. this one.']],
    ['Mr. Smith met J. R. R. Tolkien. Then he left.', ['Mr. Smith met J. R. R. Tolkien.', 'Then he left.']],
    ['better than all alliances.” Especially here.', ['better than all alliances.”', 'Especially here.']],
    ['A title\n\n| February 2nd, 2022\nBody text.', ['A title', '| February 2nd, 2022', 'Body text.']],
    ['in Vienna. www.example.com', ['in Vienna.', 'www.example.com']],
  ])('%j', (text, expected) => expect(sentences(text)).toEqual(expected));
});
