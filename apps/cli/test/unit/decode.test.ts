import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../src/inputs/decode.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function isValid(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('firstInvalidUtf8', () => {
  it('agrees with a strict UTF-8 decoder on arbitrary bytes, and everything before the offset is valid', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).chain((s) =>
        fc.tuple(fc.constant(Buffer.from(s, 'utf8')), fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(([b, at, byte]) => {
          const copy = Uint8Array.from(b);
          if (copy.length > 0) copy[at % copy.length] = byte;
          return copy;
        }),
      ),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const bad = firstInvalidUtf8(input);
        expect(bad === -1).toBe(isValid(input));
        if (bad >= 0) {
          expect(isValid(input.subarray(0, bad))).toBe(true);
          expect(isValid(input.subarray(0, bad + 4))).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from('héllo\r\n', 'utf8'), 'héllo\r\n'],
    ['UTF-8 with BOM', Buffer.from('\ufeffhéllo', 'utf8'), 'héllo'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('h😀', 'utf16le')]), 'h😀'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('h😀', 'utf16le').swap16()]), 'h😀'],
    ['nothing', Buffer.alloc(0), ''],
  ])('decodes %s', (_label, bytes, text) => {
    expect(decodeText(bytes)).toBe(text);
  });

  it('reports a NUL inside UTF-16 text by its byte offset', () => {
    expect(() => decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab\u0000', 'utf16le')]))).toThrow('binary file: a NUL character at byte offset 6, not text');
  });
});
