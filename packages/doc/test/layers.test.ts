import { describe, expect, it } from 'vitest';
import { LexiconError, describeValue, expectDoc, hasLayer, requireLayer, withLayer, type Doc } from '../src/index.js';
import { docOf } from './helpers.js';

describe('layers', () => {
  const doc = withLayer(docOf('x'), 'extra' as never, { ok: true } as never);

  it('says whether a Doc has a layer; every Doc has `tokens`', () => {
    expect(hasLayer(doc, 'tokens')).toBe(true);
    expect(hasLayer(doc, 'extra' as never)).toBe(true);
    expect(hasLayer(doc, 'missing' as never)).toBe(false);
  });

  it('returns a required layer, or says which stage should have run first', () => {
    expect(requireLayer(doc, 'extra' as never, 'test')).toEqual({ ok: true });
    expect(() => requireLayer(doc, 'parse' as never, 'findHedges')).toThrow('findHedges: expected a Doc with a `parse` layer, got `undefined` (did the parse stage run first?)');
  });

  it.each<[string, unknown, string]>([
    ['undefined', undefined, 'got undefined'],
    ['null', null, 'got null'],
    ['a string', 'text', 'got an object without `text`'],
    ['an object without tokens', { text: 'x' }, 'got an object without `tokens`'],
  ])('expectDoc rejects %s, saying what came and that tokenize should run', (_, value, got) => {
    expect(() => expectDoc(value, 'stage')).toThrow(`stage: expected a Doc with a \`tokens\` layer, ${got} (did tokenize run?)`);
  });

  it('expectDoc accepts a Doc', () => expect(() => expectDoc(docOf('x') as Doc, 'stage')).not.toThrow());
});

describe('LexiconError', () => {
  it('names the field, what was expected and what came', () => {
    const error = new LexiconError('entities[2].type', 'one of PERSON, GPE', describeValue('CITY'));
    expect(error.message).toBe('field `entities[2].type`: expected one of PERSON, GPE, got "CITY"');
    expect(error).toMatchObject({ name: 'LexiconError', field: 'entities[2].type', expected: 'one of PERSON, GPE', got: '"CITY"' });
  });

  it.each<[unknown, string]>([
    [null, 'null'],
    [[1], 'an array'],
    [{}, 'an object'],
    [3, 'number 3'],
    [true, 'boolean true'],
    [undefined, 'nothing'],
    ['x'.repeat(50), `"${'x'.repeat(40)}…"`],
  ])('describes %j as %s', (value, description) => expect(describeValue(value)).toBe(description));
});
