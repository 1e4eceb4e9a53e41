import { LexiconError, describeValue } from './lexicon-error.js';

/** One entry of a user-lexicon section, with the path errors name (`cues[3]`). */
export interface LexiconEntry {
  at: string;
  fields: Record<string, unknown>;
}

/**
 * The entries of one section of a user lexicon (the parsed JSON of `--lexicon FILE`). The
 * lexicon is one object shared by the stages; each stage reads its own section and leaves the
 * other keys alone. A missing lexicon or section has no entries.
 *
 * @param lexicon - the whole parsed lexicon, or `undefined`.
 * @param section - the key of the stage's section (`entities`, `cues`).
 * @param kind - what one entry is, for messages (`entity objects`).
 * @throws LexiconError naming the field when the lexicon, the section or an entry is not the
 *   shape expected.
 * @example
 * lexiconEntries({ cues: [{ text: 'on the cards' }] }, 'cues', 'cue entries');
 * // [{ at: 'cues[0]', fields: { text: 'on the cards' } }]
 */
export function lexiconEntries(lexicon: unknown, section: string, kind: string): LexiconEntry[] {
  if (lexicon === undefined || lexicon === null) return [];
  if (typeof lexicon !== 'object' || Array.isArray(lexicon)) {
    throw new LexiconError('(top level)', `an object with \`${section}\` and other sections`, describeValue(lexicon));
  }
  const entries = (lexicon as Record<string, unknown>)[section];
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) throw new LexiconError(section, `an array of ${kind}`, describeValue(entries));
  return entries.map((raw, i) => {
    const at = `${section}[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new LexiconError(at, 'an object', describeValue(raw));
    return { at, fields: raw as Record<string, unknown> };
  });
}

/** A non-empty string field; `undefined` for a missing optional one. */
export function lexiconText(value: unknown, field: string, required: true): string;
export function lexiconText(value: unknown, field: string, required?: false): string | undefined;
export function lexiconText(value: unknown, field: string, required = false): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new LexiconError(field, 'a non-empty string', describeValue(value));
  return value;
}

/** An optional array of non-empty strings; `[]` when missing. */
export function lexiconStrings(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new LexiconError(field, 'an array of strings', describeValue(value));
  return value.map((item, i) => lexiconText(item, `${field}[${i}]`, true));
}
