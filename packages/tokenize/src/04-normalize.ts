import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
};
const FOLDABLE = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/gu;

/** Lower case with curly apostrophes and quotes folded to straight ones. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(FOLDABLE, (ch) => FOLD[ch] ?? ch);
}

// Stemming is the tokenizer's most expensive step and essays repeat their words, so stems are
// memoised; the cap keeps memory flat on corpora with huge vocabularies.
const STEM_CACHE_LIMIT = 50_000;
const stems = new Map<string, string>();

/**
 * English words are far shorter than this; a longer run of letters is no word, and the
 * stemmer's patterns grow slow on it, so it stems to itself.
 */
const MAX_STEM_LENGTH = 40;

/**
 * Porter stem (natural) of a normalised word; anything that is not a plain ASCII word of at
 * most 40 letters stems to itself.
 */
export function stem(normal: string): string {
  let cached = stems.get(normal);
  if (cached === undefined) {
    cached = normal.length <= MAX_STEM_LENGTH && /^[a-z]+$/u.test(normal) ? PorterStemmer.stem(normal) : normal;
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(normal, cached);
  }
  return cached;
}
