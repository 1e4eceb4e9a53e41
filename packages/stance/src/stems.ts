/**
 * Matching a token's Porter stem against the stem lists of the data files. The lists hold stem
 * prefixes (`sanction` covers `sanctions`, `sanctioned`), so a word family is one entry.
 */

/** The stem begins with one of the listed stems. */
export function startsWithAny(stem: string, stems: readonly string[]): boolean {
  return stems.some((s) => stem.startsWith(s));
}

/**
 * The stem is one of the listed stems, or begins with one of four letters or more: a short
 * listed stem (`arm`, `aid`) must match whole, or it would take in unrelated words (`armi`,
 * `aide`).
 */
export function matchesStem(stem: string, stems: readonly string[]): boolean {
  return stems.some((s) => stem === s || (s.length >= 4 && stem.startsWith(s)));
}
