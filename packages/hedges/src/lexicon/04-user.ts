import { LexiconError, describeValue, lexiconEntries, lexiconText } from '@essaylens/doc';
import { isBand } from '../bands.js';
import { RULES } from '../match/rules.js';
import type { CueEntry } from './types.js';

const KINDS = ['hedge', 'booster', 'weasel'] as const;

/**
 * Reads the `cues` section of a user lexicon (`{"cues": [{"text": ..., "kind": ...}]}`); other
 * top-level keys belong to other packages and are ignored.
 *
 * @param lexicon - the parsed user lexicon, or `undefined`.
 * @returns the user's entries, validated, with `family` defaulting to `user` and `source` to
 *   `user lexicon`.
 * @throws LexiconError naming the first field that does not fit.
 * @example
 * userCues({ cues: [{ text: 'on the cards', kind: 'hedge', band: 'likely' }] });
 */
export function userCues(lexicon: unknown): CueEntry[] {
  return lexiconEntries(lexicon, 'cues', 'cue entries').map(({ at, fields: r }) => {
    const kind = r.kind;
    if (!KINDS.includes(kind as (typeof KINDS)[number])) throw new LexiconError(`${at}.kind`, 'one of hedge, booster, weasel', describeValue(kind));
    const entry: CueEntry = {
      text: lexiconText(r.text, `${at}.text`, true),
      kind: kind as CueEntry['kind'],
      family: lexiconText(r.family, `${at}.family`) ?? 'user',
      source: lexiconText(r.source, `${at}.source`) ?? 'user lexicon',
    };
    for (const key of ['band', 'negatedBand'] as const) {
      if (r[key] === undefined) continue;
      if (!isBand(r[key])) throw new LexiconError(`${at}.${key}`, 'a band name (almost_no_chance, very_unlikely, unlikely, even, likely, very_likely, almost_certain, even_or_below, even_or_above, uncertain)', describeValue(r[key]));
      entry[key] = r[key];
    }
    if (r.direction !== undefined) {
      if (r.direction !== 'up' && r.direction !== 'down') throw new LexiconError(`${at}.direction`, '"up" or "down"', describeValue(r.direction));
      entry.direction = r.direction;
    }
    if (r.rule !== undefined) {
      if (typeof r.rule !== 'string' || !Object.hasOwn(RULES, r.rule)) throw new LexiconError(`${at}.rule`, `one of ${Object.keys(RULES).join(', ')}`, describeValue(r.rule));
      entry.rule = r.rule;
    }
    if (r.subject !== undefined) {
      if (typeof r.subject !== 'boolean') throw new LexiconError(`${at}.subject`, 'a boolean', describeValue(r.subject));
      entry.subject = r.subject;
    }
    return entry;
  });
}
