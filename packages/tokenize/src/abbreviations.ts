import data from '../data/abbreviations.json' with { type: 'json' };

export type AbbreviationGroup = 'never_final' | 'final_before_capital' | 'before_number';

const groupOf = new Map<string, AbbreviationGroup>();
for (const [group, { words }] of Object.entries(data.groups)) {
  for (const word of words) groupOf.set(word, group as AbbreviationGroup);
}

/** The abbreviation group of a lower-case word written with a period after it, if any. */
export function abbreviationGroup(word: string): AbbreviationGroup | undefined {
  return groupOf.get(word);
}

const starters = new Set(data.sentence_starters.words);

/** True for common sentence openers (`The`, `In`, `However`), lower case. */
export function isSentenceStarter(normal: string): boolean {
  return starters.has(normal);
}

const nameHeads = new Set(data.name_heads.words);

/** True for title and institution nouns that continue a name after an initialism (`U.S. President`), lower case. */
export function isNameHead(normal: string): boolean {
  return nameHeads.has(normal);
}
