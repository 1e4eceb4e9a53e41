import words from '../data/words.json' with { type: 'json' };

type SetName = keyof typeof words.sets;

/** The closed word sets of `data/words.json`, as sets of normal forms. */
export const W = Object.fromEntries(
  Object.entries(words.sets).map(([name, set]) => [name, new Set(set.words)]),
) as unknown as Record<SetName, ReadonlySet<string>>;
