import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { isFormulaLike, neutralizeFormula, rowsToCsv, rowsToJsonLines } from '../src/index.js';

describe('neutralizeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd|" /C calc"!A0', `'+cmd|" /C calc"!A0`],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\uff1d1+1', "'\uff1d1+1"],
    ['\uff0b1', "'\uff0b1"],
    ['\uff0d1', "'\uff0d1"],
    ['\uff20SUM(1)', "'\uff20SUM(1)"],
    ['  =1+1', "'  =1+1"],
    ['\u00a0=1', "'\u00a0=1"],
    ['\u3000+1+1', "'\u3000+1+1"],
    [' -', "' -"],
    ['+ ', "'+ "],
    ['=', "'="],
  ])('neutralises the formula-like %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
    expect(isFormulaLike(input)).toBe(true);
  });

  it.each([['Putin'], ['-'], ['+'], [''], ['   '], ['a=b'], ["'=1"], ['1+1'], ['-5'], ['+0.25'], ['-1,000'], ['-1.5e3'], ['.5']])(
    'leaves %j as it is',
    (input) => {
      expect(neutralizeFormula(input)).toBe(input);
      expect(isFormulaLike(input)).toBe(false);
    },
  );
});

describe('rowsToCsv', () => {
  it('writes numbers as numbers, negative ones included', () => {
    expect(rowsToCsv(['a', 'b', 'c'], [{ a: -0.5, b: 3, c: true }])).toBe('a,b,c\n-0.5,3,true\n');
  });

  it('neutralises formula cells in every column and in the header', () => {
    expect(rowsToCsv(['=h'], [{ '=h': '@x' }])).toBe("'=h\n'@x\n");
  });

  it('starts with a byte-order mark only when asked', () => {
    expect(rowsToCsv(['a'], [], { bom: true })).toBe('\ufeffa\n');
    expect(rowsToCsv(['a'], [{ a: 1 }], { header: false })).toBe('1\n');
  });

  // Any string at all (quotes, commas, CR, LF, astral characters, controls) must come back
  // exactly from a standard CSV reader, except that formula-like ones gain one apostrophe.
  it('round-trips every string through csv-parse', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', ' ', '=', '+', '-', '@', '\t', "'", 'a', '\uff1d', '\u3000') }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 5 }), (pairs) => {
        const rows = pairs.map(([a, b]) => ({ a, b }));
        const csv = rowsToCsv(['a', 'b'], rows);
        const back = parse(csv, { relax_column_count: false }) as string[][];
        expect(back).toEqual([['a', 'b'], ...pairs.map(([a, b]) => [neutralizeFormula(a), neutralizeFormula(b)])]);
        for (const [a, b] of pairs) {
          for (const value of [a, b]) {
            const cell = neutralizeFormula(value);
            expect(cell === value || cell === `'${value}`).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('rowsToJsonLines', () => {
  it('writes one object per row with keys in column order and null for a missing cell', () => {
    expect(rowsToJsonLines(['b', 'a'], [{ a: '=1', b: 2 }, { a: 'x' }])).toBe('{"b":2,"a":"=1"}\n{"b":null,"a":"x"}\n');
  });
});
