/**
 * A user lexicon that does not match its schema. The message names the field and says what
 * was expected and what came; the CLI adds the file name in front.
 *
 * @example
 * throw new LexiconError('entities[2].type', 'one of PERSON, GPE, LOC, ORG, NORP, EVENT, MISC', '"CITY"');
 * // message: field `entities[2].type`: expected one of PERSON, ..., got "CITY"
 */
export class LexiconError extends Error {
  override name = 'LexiconError';
  constructor(
    readonly field: string,
    readonly expected: string,
    readonly got: string,
  ) {
    super(`field \`${field}\`: expected ${expected}, got ${got}`);
  }
}

/**
 * A short description of a JSON value for error messages (`number 3`, `an array`, `null`,
 * `nothing` for a missing field).
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
