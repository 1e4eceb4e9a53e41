import { isUtf8 } from 'node:buffer';

/** Bytes that could not be decoded as text; `problem` says why in words a user can act on. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

/**
 * The byte offset of the first sequence that is not well-formed UTF-8 (per the Unicode
 * standard's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when
 * every byte is fine. One pass, no backtracking.
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Decodes a file's bytes as text the way a reader expects: a UTF-16 byte-order mark (LE or BE)
 * selects UTF-16, a UTF-8 one is dropped, anything else must be UTF-8. Line breaks are kept as
 * they are (CRLF and lone CR included), so offsets point into the text as read.
 *
 * @throws DecodeError for a NUL byte (binary data), malformed UTF-8 (with the byte offset of
 *   the first bad sequence) or UTF-16 with an odd number of bytes.
 */
export function decodeText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    if (bytes.length % 2 !== 0) throw new DecodeError(`UTF-16 text with an odd number of bytes (${bytes.length}); the file is cut short or not UTF-16`);
    const text = (b0 === 0xff ? utf16le : utf16be).decode(bytes.subarray(2));
    const nul = text.indexOf('\0');
    if (nul >= 0) throw new DecodeError(`binary file: a NUL character at byte offset ${2 + nul * 2}, not text`);
    return text;
  }
  const start = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const nul = bytes.indexOf(0, start);
  if (nul >= 0) throw new DecodeError(`binary file: a NUL byte at byte offset ${nul}, not text`);
  const body = bytes.subarray(start);
  const bad = isUtf8(body) ? -1 : firstInvalidUtf8(bytes, start);
  if (bad >= 0) throw new DecodeError(`not valid UTF-8: a bad byte sequence at byte offset ${bad} (0x${bytes[bad]!.toString(16).padStart(2, '0')})`);
  return utf8.decode(body);
}
